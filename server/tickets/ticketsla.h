#pragma once

#include "module.h"

namespace Courtyard::Server::TicketSla {

/// The slaPolicy entity, the sla.set command and the job that gives new estates defaults.
void registerWith(Registry &registry);
/// Inside a revisioned transaction: the default targets for every estate that lacks some.
bool fillDefaults(Database &db);

} // namespace Courtyard::Server::TicketSla
