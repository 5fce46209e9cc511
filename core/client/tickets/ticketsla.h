#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

/// The moments an order's service levels are measured by (ms since the epoch, 0 = none).
struct TicketTimes
{
    QString status;
    qint64 createdAt = 0;
    qint64 responseDueAt = 0;
    qint64 resolveDueAt = 0;
    qint64 acceptedAt = 0;
    qint64 resolvedAt = 0;
};

/**
 * An order's SLA clock in plain words, e.g. "Answered in 12 min · target 30 min" or "Fix due
 * in 3 h 20 min". Times recorded offline are the device's times of the act (the server keeps
 * its receipt time beside them), so a fix made at 10:05 with no signal counts as 10:05.
 */
namespace TicketSla {

/// True while the order is open and past its response or its fix deadline.
[[nodiscard]] bool isOverdue(const TicketTimes &t, qint64 now);
/// The response clock: answered in / answer due in / answer overdue by; empty when unknown.
[[nodiscard]] QString responseText(const TicketTimes &t, qint64 now);
/// The fix clock: fixed in / fix due in / fix overdue by; empty when unknown or withdrawn.
[[nodiscard]] QString resolveText(const TicketTimes &t, qint64 now);
/// The one line a list shows: the clock that matters now.
[[nodiscard]] QString headline(const TicketTimes &t, qint64 now);
/// An API time ("2026-11-27T05:10:53.123Z") in ms since the epoch; 0 when empty or malformed.
[[nodiscard]] qint64 parseTime(const QString &iso);
/// The SLA moments of a Ticket object as the API sends it.
[[nodiscard]] TicketTimes timesOf(const QJsonObject &ticket);
/// "12 min", "3 h 20 min", "2 d 4 h" (translated).
[[nodiscard]] QString duration(qint64 ms);

} // namespace TicketSla
