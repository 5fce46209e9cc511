#include "estate/estatedirectory.h"

#include "store/entityrepository.h"
#include "store/localstore.h"
#include "viewer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

EstateDirectory::EstateDirectory(LocalStore &store, const Viewer &viewer, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_viewer(viewer)
{
}

QString EstateDirectory::composeLabel(const QString &buildingName, const QString &number)
{
    return buildingName.isEmpty() ? number : buildingName + u' ' + number;
}

QString EstateDirectory::unitLabel(const QString &unitId) const
{
    return labelOf(m_store, unitId);
}

QString EstateDirectory::labelOf(LocalStore &store, const QString &unitId)
{
    EntityRepository repo(store);
    const std::optional<QJsonObject> unit = unitId.isEmpty() ? std::nullopt : repo.get(u"unit"_s, unitId);
    if (!unit)
        return {};
    const QString building =
        repo.get(u"building"_s, unit->value(u"buildingId"_s).toString()).value_or(QJsonObject()).value(u"name"_s).toString();
    return composeLabel(building, unit->value(u"number"_s).toString());
}

QList<std::pair<QString, QString>> EstateDirectory::unitLabels() const
{
    QList<std::pair<QString, QString>> labels;
    QSqlQuery query = m_store.prepared(u"SELECT u.id, u.data, b.data FROM units u "
                                       "LEFT JOIN buildings b ON b.id = u.building_id ORDER BY u.building_id, u.id"_s);
    if (!m_store.exec(query))
        return labels;
    while (query.next()) {
        const QJsonObject unit = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        const QJsonObject building = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        labels.append({query.value(0).toString(),
                       composeLabel(building.value(u"name"_s).toString(), unit.value(u"number"_s).toString())});
    }
    query.finish();
    return labels;
}

QVariantList EstateDirectory::unitChoices(const QString &search, int max) const
{
    QVariantList out;
    const QString needle = search.trimmed();
    for (const auto &[id, label] : unitLabels()) {
        if (!needle.isEmpty() && !label.contains(needle, Qt::CaseInsensitive))
            continue;
        out.append(QVariantMap{{u"id"_s, id}, {u"label"_s, label}});
        if (max > 0 && out.size() >= max)
            break;
    }
    return out;
}

QVariantList EstateDirectory::myUnits() const
{
    QVariantList out;
    for (const QString &id : m_viewer.unitIds()) {
        const QString label = unitLabel(id);
        out.append(QVariantMap{{u"id"_s, id}, {u"label"_s, label.isEmpty() ? id : label}});
    }
    return out;
}

QString EstateDirectory::staffName(const QString &staffId) const
{
    return EntityRepository(m_store).get(u"staff"_s, staffId).value_or(QJsonObject()).value(u"name"_s).toString();
}

QString EstateDirectory::estateOfUnit(const QString &unitId) const
{
    return EntityRepository(m_store).get(u"unit"_s, unitId).value_or(QJsonObject()).value(u"estateId"_s).toString();
}

} // namespace Courtyard::Client
