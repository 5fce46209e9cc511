#pragma once

#include "tickets/ticketrules.h"

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace Courtyard::Client {

/**
 * An order's SLA clock in plain words, e.g. "Answered in 12 min · target 30 min" or "Fix due
 * in 3 h 20 min", over the domain's one definition of answered, fixed and overdue
 * (TicketRules). Times recorded offline are the device's times of the act (the server keeps
 * its receipt time beside them), so a fix made at 10:05 with no signal counts as 10:05.
 */
namespace TicketSla {

using Times = Courtyard::TicketTimes;

/// True while the order is open and past its response or its fix deadline (TicketRules::isOverdue).
[[nodiscard]] bool isOverdue(const Times &t, qint64 now);
/// The response clock: answered in / answer due in / answer overdue by; empty when unknown.
[[nodiscard]] QString responseText(const Times &t, qint64 now);
/// The fix clock: fixed in / fix due in / fix overdue by; empty when unknown or withdrawn.
[[nodiscard]] QString resolveText(const Times &t, qint64 now);
/// The one line a list shows: the clock that matters now.
[[nodiscard]] QString headline(const Times &t, qint64 now);
/// An API time ("2026-11-27T05:10:53.123Z") in ms since the epoch; 0 when empty or malformed.
[[nodiscard]] qint64 parseTime(const QString &iso);
/// The SLA moments of a Ticket object as the API sends it.
[[nodiscard]] Times timesOf(const QJsonObject &ticket);
/// A status by its wire name; an unknown one counts as ended (no clock, never overdue).
[[nodiscard]] Courtyard::TicketStatus statusOf(const QString &name);
/// "12 min", "3 h 20 min", "2 d 4 h" (translated).
[[nodiscard]] QString duration(qint64 ms);

} // namespace TicketSla

} // namespace Courtyard::Client
