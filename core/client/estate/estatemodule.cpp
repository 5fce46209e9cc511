#include "estate/estatemodule.h"

#include "estate/estatedirectory.h"
#include "estate/estatewords.h"
#include "estate/unitarea.h"
#include "kit/shellregistry.h"
#include "logging.h"
#include "store/entitycatalog.h"
#include "store/entityrepository.h"
#include "store/localstore.h"
#include "viewer.h"

#include <QCollator>
#include <QCoreApplication>
#include <QJSEngine>
#include <QQmlEngine>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>

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
    s_estate->m_engine = qmlEngine;
    return s_estate;
}

Estate *Estate::instance()
{
    return s_estate;
}

void Estate::setSession(EstateDirectory *directory, EstateDesk *desk, ApiClient *api)
{
    m_api = api;
    if (m_directory == directory && m_desk == desk)
        return;
    m_directory = directory;
    m_desk = desk;
    Q_EMIT directoryChanged();
}

QVariantList Estate::choices(const QString &kind) const
{
    return EstateWords::choices(kind);
}

QVariantList Estate::timeZones() const
{
    // China's zones first: nearly every estate is there (Asia/Urumqi for Xinjiang).
    const QList<QByteArray> first{"Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei"};
    QList<QByteArray> ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // IANA region names only: not "UTC+08:00" aliases or the Etc/ zones.
        if (id.contains('/') && !id.startsWith("Etc/") && !first.contains(id))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    QVariantList out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QByteArray &id : first + ids) {
        const QTimeZone zone(id);
        if (!zone.isValid())
            continue;
        const QString name = QString::fromUtf8(id);
        out.append(QVariantMap{{u"id"_s, name},
                               {u"title"_s, name + u"  (UTC"_s + zone.displayName(now, QTimeZone::OffsetName).mid(3) + u')'}});
    }
    return out;
}

QString Estate::areaText(qint64 centiSqm) const
{
    return UnitArea::format(centiSqm);
}

QString Estate::displayCode(const QString &code) const
{
    return EstateWords::displayCode(code);
}

QString Estate::joinQrSource(const QString &code) const
{
    // No QR image without the provider (core/client/kit/qrcode, from the onboarding work): the
    // code in letters still works.
    if (code.isEmpty() || (m_engine && !m_engine->imageProvider(u"qr"_s)))
        return {};
    return u"image://qr/"_s + QString::fromUtf8(QUrl::toPercentEncoding(u"courtyard:join:"_s + code));
}

QString Estate::durationText(int minutes) const
{
    if (minutes <= 0)
        return QCoreApplication::translate("Estate", "not set");
    const int days = minutes / (24 * 60);
    const int hours = minutes % (24 * 60) / 60;
    const int mins = minutes % 60;
    QStringList parts;
    if (days)
        parts << QCoreApplication::translate("Estate", "%n d", nullptr, days);
    if (hours)
        parts << QCoreApplication::translate("Estate", "%n h", nullptr, hours);
    if (mins)
        parts << QCoreApplication::translate("Estate", "%n min", nullptr, mins);
    return parts.join(u' ');
}

QString Estate::relationTitle(const QString &relation) const
{
    return EstateWords::relationTitle(relation);
}

QString Estate::roleTitle(const QString &role) const
{
    return EstateWords::roleTitle(role);
}

QVariantMap Estate::record(const QString &entity, const QString &id) const
{
    if (!m_desk || id.isEmpty())
        return {};
    return EntityRepository(m_desk->store()).get(entity, id).value_or(QJsonObject()).toVariantMap();
}

QVariantList Estate::estates() const
{
    QVariantList out;
    if (!m_desk)
        return out;
    EntityRepository repo(m_desk->store());
    for (const QString &id : m_desk->viewer().estateIds()) {
        const QJsonObject e = repo.get(u"estate"_s, id).value_or(QJsonObject());
        out.append(QVariantMap{{u"id"_s, id}, {u"title"_s, e.value(u"name"_s).toString(id)}});
    }
    return out;
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
                          ModuleSchema::entityTable(u"staff"_s, u"name TEXT, role TEXT"_s)}},
                        // Issue 10: parking spaces and SLA targets (the new fields of estates,
                        // units and staff live in their JSON).
                        {2,
                         {ModuleSchema::entityTable(u"parking_spaces"_s, u"estate_id TEXT, unit_id TEXT"_s),
                          u"CREATE INDEX IF NOT EXISTS parking_estate ON parking_spaces (estate_id)"_s,
                          ModuleSchema::entityTable(u"sla_policies"_s, u"estate_id TEXT"_s)}}},
                       [](int legacy) { return legacy >= 1 ? 1 : 0; }});
    catalog.addEntity({u"estate"_s, u"estates"_s, {}});
    catalog.addEntity({u"building"_s, u"buildings"_s, {EntityColumn::text(u"estate_id"_s, u"estateId"_s)}});
    catalog.addEntity({u"unit"_s, u"units"_s,
                       {EntityColumn::text(u"estate_id"_s, u"estateId"_s),
                        EntityColumn::text(u"building_id"_s, u"buildingId"_s)}});
    catalog.addEntity({u"staff"_s, u"staff"_s,
                       {EntityColumn::text(u"name"_s, u"name"_s), EntityColumn::text(u"role"_s, u"role"_s)}});
    catalog.addEntity({u"parkingSpace"_s, u"parking_spaces"_s,
                       {EntityColumn::text(u"estate_id"_s, u"estateId"_s), EntityColumn::text(u"unit_id"_s, u"unitId"_s)}});
    catalog.addEntity({u"slaPolicy"_s, u"sla_policies"_s, {EntityColumn::text(u"estate_id"_s, u"estateId"_s)}});
}

namespace {

const QString Pages = u"qrc:/qt/qml/Courtyard/Estate/"_s;

ShellRegistry::Tile adminTile(const QString &id, const char *title, const QString &icon, const QString &page, int order,
                              std::function<bool(const Viewer &)> shownTo)
{
    ShellRegistry::Tile t;
    t.id = id;
    t.app = ShellRegistry::App::Staff;
    t.title = [title] { return QCoreApplication::translate("EstateModule", title); };
    t.icon = icon;
    // After the day's queues (orders 10 to 40 of the tickets module).
    t.order = order;
    t.shownTo = std::move(shownTo);
    t.target = [page](LocalStore &, const Viewer &viewer) {
        return PageRequest{QUrl(Pages + page), {{u"estateId"_s, viewer.estateIds().value(0)}}};
    };
    return t;
}

} // namespace

void EstateModule::registerShell(ShellRegistry &shell)
{
    const auto manager = [](const Viewer &v) { return v.role() == Courtyard::Role::Manager; };
    const auto office = [](const Viewer &v) { return v.isOffice(); };
    const auto technician = [](const Viewer &v) { return v.role() == Courtyard::Role::Technician; };
    shell.addTile(adminTile(u"estate.settings"_s, QT_TRANSLATE_NOOP("EstateModule", "Estate"), u"settings"_s,
                            u"EstateSettingsPage.qml"_s, 100, manager));
    shell.addTile(adminTile(u"estate.buildings"_s, QT_TRANSLATE_NOOP("EstateModule", "Buildings & units"), u"apartment"_s,
                            u"BuildingsPage.qml"_s, 110, manager));
    shell.addTile(adminTile(u"estate.import"_s, QT_TRANSLATE_NOOP("EstateModule", "Import units"), u"upload_file"_s,
                            u"ImportUnitsPage.qml"_s, 120, manager));
    shell.addTile(adminTile(u"estate.parking"_s, QT_TRANSLATE_NOOP("EstateModule", "Parking"), u"local_parking"_s,
                            u"ParkingPage.qml"_s, 130, manager));
    shell.addTile(adminTile(u"estate.staff"_s, QT_TRANSLATE_NOOP("EstateModule", "Staff"), u"badge"_s,
                            u"StaffPage.qml"_s, 140, manager));
    shell.addTile(adminTile(u"estate.duty"_s, QT_TRANSLATE_NOOP("EstateModule", "Duty roster"), u"event_available"_s,
                            u"DutyRosterPage.qml"_s, 150, manager));
    shell.addTile(adminTile(u"estate.residents"_s, QT_TRANSLATE_NOOP("EstateModule", "Residents & join codes"), u"key"_s,
                            u"ResidentsPage.qml"_s, 160, office));
    shell.addTile(adminTile(u"estate.audit"_s, QT_TRANSLATE_NOOP("EstateModule", "Audit log"), u"history"_s,
                            u"AuditLogPage.qml"_s, 170, manager));
    // A technician's own duty, on their home.
    shell.addTile(adminTile(u"estate.myDuty"_s, QT_TRANSLATE_NOOP("EstateModule", "My duty"), u"event_available"_s,
                            u"MyDutyPage.qml"_s, 50, technician));
}

void EstateModule::openSession(const SessionContext &context)
{
    m_directory = std::make_unique<EstateDirectory>(context.store, context.viewer);
    m_desk = std::make_unique<EstateDesk>(context.store, context.attachments, context.viewer, context.mediaDir);
    m_facade->setSession(m_directory.get(), m_desk.get(), context.api);
}

void EstateModule::closeSession()
{
    m_facade->setSession(nullptr, nullptr, nullptr);
    m_desk.reset();
    m_directory.reset();
}

std::unique_ptr<ClientModule> makeEstateModule()
{
    return std::make_unique<EstateModule>();
}

} // namespace Courtyard::Client
