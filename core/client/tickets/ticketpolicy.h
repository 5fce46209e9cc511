#pragma once

#include "roles.h"
#include "tickets/ticketrepository.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace Courtyard::Client {

/// A named list of orders a screen shows: which statuses, whose, in which order.
struct TicketQueue
{
    enum class Assignee { Anyone, Viewer, Unassigned };
    QString id;
    QStringList statuses;
    Assignee assignee = Assignee::Anyone;
    TicketRepository::Sort sort = TicketRepository::Sort::PriorityThenDeadline;
    QString icon;
};

/**
 * What the ticket screens decide, written once: the queues (the staff tabs, the home tiles, the
 * resident's open and past lists — their status sets come from TicketRules), the action policy
 * of the staff app per role (which of the allowed actions is the main button, which follow),
 * the words and icons of those buttons, and the per-field check of a fix report.
 */
namespace TicketPolicy {

[[nodiscard]] const QList<TicketQueue> &queues();
[[nodiscard]] const TicketQueue *queue(const QString &id);
/// The queues of a role's order lists, in tab order.
[[nodiscard]] QStringList queuesFor(Courtyard::Role role);
/// {id, title, icon, emptyTitle, emptyText} of a queue, translated.
[[nodiscard]] QVariantMap describe(const QString &id);

/// The staff app's buttons for @p actions (TicketDesk::allowedActions) of a viewer of @p role:
/// {primary: {name, text, icon} or null, secondary: [{name, text, icon, danger}], canAssign,
/// canPool}. "assign" and "openToPool" become one "dispatch"; a role never sees another's work.
[[nodiscard]] QVariantMap actionPolicy(const QStringList &actions, Courtyard::Role role);
[[nodiscard]] QString actionButtonText(const QString &action);
[[nodiscard]] QString actionIcon(const QString &action);

/// The per-field problems of a fix report {summary, minutesText, parts: [{name, quantity}]}:
/// {summary, minutes, parts: [message per row, "" when fine]} — only the fields that fail,
/// parts always (one entry per row).
[[nodiscard]] QVariantMap checkReport(const QVariantMap &report);
/// One part row's problem: "" when fine.
[[nodiscard]] QString checkPart(const QString &name, const QString &quantity);

} // namespace TicketPolicy

} // namespace Courtyard::Client
