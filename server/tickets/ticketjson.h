#pragma once

#include "principal.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>


namespace Courtyard::Server {

/// Reading work orders and their timeline out of the store, shaped for one viewer: a
/// resident never sees the pool flag, the check-in position or internal notes, a technician
/// sees a resident's phone only on orders assigned to them. The JSON carries every fact the
/// life-cycle rules decide on (heldFrom included), so a phone judges an act as the server does.
namespace TicketJson {

/// Columns for SELECT ... FROM tickets t LEFT JOIN users a ON a.id = t.assignee_id.
[[nodiscard]] QString ticketColumns();
[[nodiscard]] QJsonObject ticket(const QSqlQuery &row, const Principal &viewer);

/// Columns for SELECT ... FROM ticket_events e LEFT JOIN users u ON u.id = e.actor_id.
[[nodiscard]] QString eventColumns();
[[nodiscard]] QJsonObject event(const QSqlQuery &row);

} // namespace TicketJson
} // namespace Courtyard::Server
