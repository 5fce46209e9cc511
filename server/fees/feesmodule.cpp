// The fees module (docs/FEES.md): fee items and rates, the estate's policy, meter readings,
// bills generated per unit and period with their lines, payments spread over bills with the
// rest kept as credit, and the collection figures of the KPIs. Money is integer fen; due
// dates are calendar days of the estate.
#include "feesparts.h"

#include "database.h"
#include "registry.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

class FeesModule final : public ServerModule
{
public:
    QString name() const override { return u"fees"_s; }
    QStringList dependencies() const override { return {u"estate"_s}; }
    int legacyVersion(int legacySchema) const override { return legacySchema >= 1 ? 1 : 0; }

    void registerWith(Registry &registry) override
    {
        registry.addMigrations(FeesSchema::migrations());
        FeesEntities::registerWith(registry);
        registerBilling(registry);
        registerPayments(registry);
        registry.addKpiSection({u"fees"_s, fillCollectionKpis});
        registerReminders(registry);
        registerReports(registry);
        registerPaymentImport(registry);
        registry.setSeed({FeesSeed::demo, {}});
    }
};

} // namespace

std::unique_ptr<ServerModule> makeFeesModule()
{
    return std::make_unique<FeesModule>();
}

} // namespace Courtyard::Server
