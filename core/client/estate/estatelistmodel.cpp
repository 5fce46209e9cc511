#include "estate/estatelistmodel.h"

#include "estate/estatedirectory.h"
#include "estate/estatewords.h"
#include "estate/unitarea.h"
#include "store/entitycatalog.h"
#include "store/localstore.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

struct Row : ListRow
{
    QString title;
    QString detail;
    QJsonObject record;
    bool active = true;
    int count = 0;
    QString state;
    QString sortKey;
    bool sameAs(const ListRow &other) const override
    {
        const auto &o = static_cast<const Row &>(other);
        return title == o.title && detail == o.detail && record == o.record && count == o.count && state == o.state;
    }
};

QString tr(const char *text)
{
    return QCoreApplication::translate("EstateListModel", text);
}

QString entityOf(const QString &kind)
{
    return kind == u"technician" ? u"staff"_s : kind;
}

/// Every record of @p entity, from its own table or the generic one (an entity no module of
/// this app owns, e.g. residency before the onboarding module registers it).
QList<QJsonObject> readAll(LocalStore &store, const QString &entity)
{
    QList<QJsonObject> out;
    const EntityCatalog::Table &table = store.catalog().table(entity);
    QSqlQuery q = store.prepared(table.generic ? u"SELECT data FROM %1 WHERE entity = ?"_s.arg(table.spec.table)
                                               : u"SELECT data FROM %1"_s.arg(table.spec.table));
    if (table.generic)
        q.addBindValue(entity);
    if (store.exec(q)) {
        while (q.next()) {
            const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            if (!o.value(u"removed"_s).toBool())
                out.append(o);
        }
    }
    q.finish();
    return out;
}

QString dayOf(const QString &isoTime)
{
    const QDateTime t = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd"_s) : QString();
}

} // namespace

EstateListModel::EstateListModel(QObject *parent)
    : PagedListModel({u"estate"_s, u"building"_s, u"unit"_s, u"parkingSpace"_s, u"staff"_s, u"residency"_s, u"joinCode"_s},
                     parent)
{
    setPaged(false);
}

QVariant EstateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = rowAs<Row>(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case IdRole:
        return r.id;
    case DetailRole:
        return r.detail;
    case RecordRole:
        return r.record.toVariantMap();
    case ActiveRole:
        return r.active;
    case CountRole:
        return r.count;
    case StateRole:
        return r.state;
    default:
        return {};
    }
}

QHash<int, QByteArray> EstateListModel::roleNames() const
{
    return {{IdRole, "id"},         {TitleRole, "title"}, {DetailRole, "detail"}, {RecordRole, "record"},
            {ActiveRole, "active"}, {CountRole, "count"}, {StateRole, "state"}};
}

void EstateListModel::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    invalidate();
}

void EstateListModel::setEstateId(const QString &id)
{
    if (m_estateId == id)
        return;
    m_estateId = id;
    Q_EMIT estateIdChanged();
    invalidate();
}

void EstateListModel::setParentId(const QString &id)
{
    if (m_parentId == id)
        return;
    m_parentId = id;
    Q_EMIT parentIdChanged();
    invalidate();
}

void EstateListModel::setSearch(const QString &search)
{
    if (m_search == search)
        return;
    m_search = search;
    Q_EMIT searchChanged();
    invalidate();
}

void EstateListModel::setRecordId(const QString &id)
{
    if (m_recordId == id)
        return;
    m_recordId = id;
    Q_EMIT recordIdChanged();
    invalidate();
}

QVariantMap EstateListModel::recordAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowAs<Row>(row).record.toVariantMap() : QVariantMap();
}

QList<ListRowPtr> EstateListModel::fetchRows(LocalStore &store, int offset, int limit) const
{
    Q_UNUSED(offset)
    Q_UNUSED(limit)
    if (m_kind.isEmpty())
        return {};
    const QString entity = entityOf(m_kind);
    QHash<QString, int> unitsPerBuilding;
    if (m_kind == u"building") {
        for (const QJsonObject &u : readAll(store, u"unit"_s))
            ++unitsPerBuilding[u.value(u"buildingId"_s).toString()];
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<std::shared_ptr<Row>> rows;
    for (const QJsonObject &o : readAll(store, entity)) {
        if (!m_estateId.isEmpty()) {
            const bool inEstate = entity == u"staff" ? o.value(u"estateIds"_s).toArray().contains(m_estateId)
                                                     : o.value(u"estateId"_s).toString() == m_estateId;
            if (!inEstate)
                continue;
        }
        if (!m_recordId.isEmpty() && o.value(u"id"_s).toString() != m_recordId)
            continue;
        auto r = std::make_shared<Row>();
        r->id = o.value(u"id"_s).toString();
        r->record = o;
        if (m_kind == u"building") {
            r->title = o.value(u"name"_s).toString();
            r->count = unitsPerBuilding.value(r->id);
            r->detail = QCoreApplication::translate("EstateListModel", "%n unit(s)", nullptr, r->count);
            r->sortKey = r->title;
        } else if (m_kind == u"unit") {
            if (!m_parentId.isEmpty() && o.value(u"buildingId"_s).toString() != m_parentId)
                continue;
            r->title = o.value(u"number"_s).toString();
            const qint64 area = o.value(u"areaCentiSqm"_s).toInteger();
            r->detail = QCoreApplication::translate("EstateListModel", "Floor %1 · %2 m² · %3 · %4")
                            .arg(o.value(u"floor"_s).toInt())
                            .arg(area > 0 ? UnitArea::format(area) : u"–"_s,
                                 EstateWords::purposeTitle(o.value(u"purpose"_s).toString(u"residential"_s)),
                                 EstateWords::unitStatusTitle(o.value(u"status"_s).toString(u"occupied"_s)));
            r->state = o.value(u"status"_s).toString();
            r->sortKey = r->title;
        } else if (m_kind == u"parkingSpace") {
            r->title = o.value(u"number"_s).toString();
            const QString unit = EstateDirectory::labelOf(store, o.value(u"unitId"_s).toString());
            r->detail = unit.isEmpty() ? tr(QT_TRANSLATE_NOOP("EstateListModel", "Not assigned to a unit"))
                                       : QCoreApplication::translate("EstateListModel", "Unit %1").arg(unit);
            r->sortKey = r->title;
        } else if (m_kind == u"staff" || m_kind == u"technician") {
            const QString role = o.value(u"role"_s).toString();
            if (m_kind == u"technician" && role != u"technician")
                continue;
            r->title = o.value(u"name"_s).toString();
            r->active = o.value(u"active"_s).toBool(true);
            QStringList parts{EstateWords::roleTitle(role)};
            if (!r->active)
                parts << tr(QT_TRANSLATE_NOOP("EstateListModel", "Deactivated"));
            else if (role == u"technician")
                parts << (o.value(u"onDuty"_s).toBool() ? tr(QT_TRANSLATE_NOOP("EstateListModel", "On duty"))
                                                         : tr(QT_TRANSLATE_NOOP("EstateListModel", "Off duty")));
            const QString phone = o.value(u"phoneMasked"_s).toString();
            if (!phone.isEmpty())
                parts << phone;
            r->detail = parts.join(u" · "_s);
            r->state = !r->active ? u"inactive"_s : (o.value(u"onDuty"_s).toBool() ? u"onDuty"_s : u"offDuty"_s);
            // Active people first, then by name.
            r->sortKey = (r->active ? u"0"_s : u"1"_s) + r->title;
        } else if (m_kind == u"residency") {
            if (!m_parentId.isEmpty() && o.value(u"unitId"_s).toString() != m_parentId)
                continue;
            r->title = o.value(u"name"_s).toString();
            QStringList parts{EstateWords::relationTitle(o.value(u"relation"_s).toString())};
            if (const QString phone = o.value(u"phoneMasked"_s).toString(); !phone.isEmpty())
                parts << phone;
            if (const QString since = dayOf(o.value(u"since"_s).toString()); !since.isEmpty())
                parts << QCoreApplication::translate("EstateListModel", "since %1").arg(since);
            r->detail = parts.join(u" · "_s);
            r->state = o.value(u"relation"_s).toString();
            const int rank = int(EstateWords::relations().indexOf(r->state));
            r->sortKey = QString::number(rank < 0 ? 9 : rank) + r->title;
        } else if (m_kind == u"joinCode") {
            if (!m_parentId.isEmpty() && o.value(u"unitId"_s).toString() != m_parentId)
                continue;
            QString state = o.value(u"state"_s).toString();
            const QDateTime expires = QDateTime::fromString(o.value(u"expiresAt"_s).toString(), Qt::ISODateWithMs);
            // The server marks a code used or revoked; expiry is a matter of the clock.
            if (state == u"open" && expires.isValid() && expires.toMSecsSinceEpoch() <= now)
                state = u"expired"_s;
            r->state = state;
            const QString code = o.value(u"code"_s).toString();
            r->title = code.isEmpty() ? tr(QT_TRANSLATE_NOOP("EstateListModel", "Waiting for the server…"))
                                      : EstateWords::displayCode(code);
            QStringList parts{EstateWords::relationTitle(o.value(u"relation"_s).toString()),
                              EstateWords::joinCodeStateTitle(state)};
            if (state == u"open")
                parts << QCoreApplication::translate("EstateListModel", "until %1").arg(dayOf(o.value(u"expiresAt"_s).toString()));
            else if (state == u"used" && !o.value(u"usedByName"_s).toString().isEmpty())
                parts << o.value(u"usedByName"_s).toString();
            r->detail = parts.join(u" · "_s);
            r->active = state == u"open";
            // Open codes first, newest first within each group.
            r->sortKey = (state == u"open" ? u"0"_s : u"1"_s) + QString::number(9'999'999'999'999LL -
                                                                              QDateTime::fromString(o.value(u"issuedAt"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch());
        } else {
            continue;
        }
        if (!m_search.trimmed().isEmpty() && !r->title.contains(m_search.trimmed(), Qt::CaseInsensitive))
            continue;
        rows.append(r);
    }
    QCollator collator;
    collator.setNumericMode(true); // 2栋 before 10栋, 302 before 1201
    std::sort(rows.begin(), rows.end(), [&collator](const auto &a, const auto &b) {
        const int c = collator.compare(a->sortKey, b->sortKey);
        return c != 0 ? c < 0 : a->id < b->id;
    });
    return QList<ListRowPtr>(rows.cbegin(), rows.cend());
}

} // namespace Courtyard::Client
