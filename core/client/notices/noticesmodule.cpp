// Notices on the phone, for now only what the store keeps of them: the notices table of the
// repair loop's store (version 1), indexed by estate, pin and publication. No screens yet.
#include "clientmodule.h"
#include "store/entitycatalog.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

class NoticesModule : public ClientModule
{
public:
    [[nodiscard]] QString name() const override { return u"notices"_s; }
    [[nodiscard]] QStringList dependencies() const override { return {u"estate"_s}; }

    void registerCatalog(EntityCatalog &catalog) override
    {
        catalog.addSchema({u"notices"_s,
                           {{1,
                             {ModuleSchema::entityTable(u"notices"_s, u"estate_id TEXT, pinned INTEGER, published_at INTEGER"_s),
                              u"CREATE INDEX IF NOT EXISTS notices_estate ON notices (estate_id, pinned, published_at)"_s}}},
                           [](int legacy) { return legacy >= 1 ? 1 : 0; }});
        catalog.addEntity({u"notice"_s, u"notices"_s,
                           {EntityColumn::text(u"estate_id"_s, u"estateId"_s),
                            EntityColumn::flag(u"pinned"_s, u"pinned"_s),
                            EntityColumn::time(u"published_at"_s, u"publishedAt"_s)}});
    }
};

} // namespace

std::unique_ptr<ClientModule> makeNoticesModule()
{
    return std::make_unique<NoticesModule>();
}

} // namespace Courtyard::Client
