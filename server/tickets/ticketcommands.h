#pragma once

#include "module.h"

#include <QList>

namespace Courtyard::Server::Tickets {

/// The work-order commands (ticket.*): each reads its payload against its own list of
/// fields, checks who may act through TicketRules, applies the life-cycle transition, writes
/// the timeline and gives every changed row a new revision. Every statement's result is
/// checked: a failure answers 500, and the command's transaction rolls back whole.
[[nodiscard]] QList<CommandSpec> commands();

/// Closes orders left resolved for `days` without an answer, each in its own transaction;
/// returns how many.
int autoClose(Database &db, int days, qint64 now);

} // namespace Courtyard::Server::Tickets
