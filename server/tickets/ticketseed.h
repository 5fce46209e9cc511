#pragma once

#include "module.h"

namespace Courtyard::Server::Tickets {

/// Ten demo requests in every state of the life cycle, made through the same commands the
/// apps send at past server times (so SLA clocks, overdue flags and timelines have a history).
bool seedDemo(SeedContext &ctx, QString *error);
/// --tickets new requests spread over the bench estate's units.
bool seedBench(SeedContext &ctx, QString *error);
/// The default SLA targets for an estate (inside a transaction).
bool addSlaPolicies(Database &db, const QString &estateId);

} // namespace Courtyard::Server::Tickets
