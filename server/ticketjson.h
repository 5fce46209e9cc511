#pragma once

#include "principal.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Courtyard::Server {

class Database;

/// Reading work orders and their timeline out of the store, shaped for one viewer: a
/// resident never sees the pool flag, the check-in position or internal notes, a technician
/// sees a resident's phone only on orders assigned to them.
namespace TicketJson {

/// The columns that decide who may see an order.
struct Scope
{
    QString estateId, unitId, createdBy, assigneeId;
    bool pooled = false;
};
/// A resident sees their units' orders and their own, a technician theirs and the
/// estate's pool, the office everything in its estates. (Sync applies the same rule in SQL.)
[[nodiscard]] bool visible(const Principal &viewer, const Scope &order);

/// Columns for SELECT ... FROM tickets t LEFT JOIN users a ON a.id = t.assignee_id; rev is last.
[[nodiscard]] QString ticketColumns();
[[nodiscard]] QJsonObject ticket(const QSqlQuery &row, const Principal &viewer);
[[nodiscard]] qint64 ticketRev(const QSqlQuery &row);

/// Columns for SELECT ... FROM ticket_events e LEFT JOIN users u ON u.id = e.actor_id; rev is last.
[[nodiscard]] QString eventColumns();
[[nodiscard]] QJsonObject event(const QSqlQuery &row);
[[nodiscard]] qint64 eventRev(const QSqlQuery &row);

/// One ticket as `viewer` may see it, or nothing when it does not exist.
[[nodiscard]] std::optional<QJsonObject> load(Database &db, const QString &ticketId, const Principal &viewer);

} // namespace TicketJson
} // namespace Courtyard::Server
