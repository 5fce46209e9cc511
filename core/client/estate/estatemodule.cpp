#include "estate/estatemodule.h"

#include "estate/estatedirectory.h"
#include "logging.h"
#include "store/entitycatalog.h"

#include <QJSEngine>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QPointer<Estate> s_estate;

} // namespace

Estate::Estate(Made, QObject *parent)
    : QObject(parent)
{
}

Estate::~Estate()
{
    if (s_estate == this)
        s_estate = nullptr;
}

Estate *Estate::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    if (!s_estate) {
        qCCritical(lcApp) << "QML asked for Estate, but the estate module is not built in";
        return nullptr;
    }
    QJSEngine::setObjectOwnership(s_estate, QJSEngine::CppOwnership);
    return s_estate;
}

void Estate::setDirectory(EstateDirectory *directory)
{
    if (m_directory == directory)
        return;
    m_directory = directory;
    Q_EMIT directoryChanged();
}

EstateModule::EstateModule()
    : m_facade(std::make_unique<Estate>(Estate::Made{}))
{
    s_estate = m_facade.get();
}

EstateModule::~EstateModule() = default;

void EstateModule::registerCatalog(EntityCatalog &catalog)
{
    catalog.addSchema({u"estate"_s,
                       {{1,
                         {ModuleSchema::entityTable(u"estates"_s),
                          ModuleSchema::entityTable(u"buildings"_s, u"estate_id TEXT"_s),
                          u"CREATE INDEX IF NOT EXISTS buildings_estate ON buildings (estate_id)"_s,
                          ModuleSchema::entityTable(u"units"_s, u"estate_id TEXT, building_id TEXT"_s),
                          u"CREATE INDEX IF NOT EXISTS units_building ON units (building_id)"_s,
                          ModuleSchema::entityTable(u"staff"_s, u"name TEXT, role TEXT"_s)}}},
                       [](int legacy) { return legacy >= 1 ? 1 : 0; }});
    catalog.addEntity({u"estate"_s, u"estates"_s, {}});
    catalog.addEntity({u"building"_s, u"buildings"_s, {EntityColumn::text(u"estate_id"_s, u"estateId"_s)}});
    catalog.addEntity({u"unit"_s, u"units"_s,
                       {EntityColumn::text(u"estate_id"_s, u"estateId"_s),
                        EntityColumn::text(u"building_id"_s, u"buildingId"_s)}});
    catalog.addEntity({u"staff"_s, u"staff"_s,
                       {EntityColumn::text(u"name"_s, u"name"_s), EntityColumn::text(u"role"_s, u"role"_s)}});
}

void EstateModule::openSession(const SessionContext &context)
{
    m_directory = std::make_unique<EstateDirectory>(context.store, context.viewer);
    m_facade->setDirectory(m_directory.get());
}

void EstateModule::closeSession()
{
    m_facade->setDirectory(nullptr);
    m_directory.reset();
}

std::unique_ptr<ClientModule> makeEstateModule()
{
    return std::make_unique<EstateModule>();
}

} // namespace Courtyard::Client
