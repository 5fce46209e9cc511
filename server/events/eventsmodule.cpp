// The events module (docs/EVENTS.md): community events a manager publishes, residents' sign-ups
// with a party size decided first come first served with a fair waitlist (automatic or by
// timed offers), signed tickets the staff check offline, check-ins, walk-ins and turnout.
#include "eventsparts.h"

#include "registry.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

class EventsModule final : public ServerModule
{
public:
    QString name() const override { return u"events"_s; }
    QStringList dependencies() const override { return {u"estate"_s}; }

    void registerWith(Registry &registry) override
    {
        registry.addMigrations(EventsSchema::migrations());
        EventsEntities::registerWith(registry);
        registerEventCommands(registry);
        registerSignups(registry);
        registerCheckins(registry);
        registerEventRoutes(registry);
        registry.setSeed({EventsSeed::demo, {}});
    }
};

} // namespace

std::unique_ptr<ServerModule> makeEventsModule()
{
    return std::make_unique<EventsModule>();
}

} // namespace Courtyard::Server
