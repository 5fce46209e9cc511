#include "entityrepository.h"

#include "localstore.h"
#include "storelogging.h"
#include "ticketrepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

enum class Kind { Text, Time, Bool, PriorityRank, DueSort };

struct Column
{
    QString name;
    QString field;
    Kind kind = Kind::Text;
};

struct TableSpec
{
    QString table;
    QList<Column> columns;
};

const QHash<QString, TableSpec> &specs()
{
    static const QHash<QString, TableSpec> all{
        {u"estate"_s, {u"estates"_s, {}}},
        {u"building"_s, {u"buildings"_s, {{u"estate_id"_s, u"estateId"_s}}}},
        {u"unit"_s, {u"units"_s, {{u"estate_id"_s, u"estateId"_s}, {u"building_id"_s, u"buildingId"_s}}}},
        {u"staff"_s, {u"staff"_s, {{u"name"_s, u"name"_s}, {u"role"_s, u"role"_s}}}},
        {u"ticket"_s,
         {u"tickets"_s,
          {{u"estate_id"_s, u"estateId"_s},
           {u"unit_id"_s, u"unitId"_s},
           {u"status"_s, u"status"_s},
           {u"priority"_s, u"priority"_s},
           {u"priority_rank"_s, u"priority"_s, Kind::PriorityRank},
           {u"kind"_s, u"kind"_s},
           {u"category"_s, u"category"_s},
           {u"assignee_id"_s, u"assigneeId"_s},
           {u"created_by"_s, u"createdBy"_s},
           {u"created_at"_s, u"createdAt"_s, Kind::Time},
           {u"updated_at"_s, u"updatedAt"_s, Kind::Time},
           {u"response_due_at"_s, u"responseDueAt"_s, Kind::Time},
           {u"resolve_due_at"_s, u"resolveDueAt"_s, Kind::Time},
           {u"due_sort"_s, u"resolveDueAt"_s, Kind::DueSort}}}},
        {u"ticketEvent"_s, {u"ticket_events"_s, {{u"ticket_id"_s, u"ticketId"_s}, {u"at"_s, u"at"_s, Kind::Time}}}},
        {u"bill"_s,
         {u"bills"_s,
          {{u"estate_id"_s, u"estateId"_s},
           {u"unit_id"_s, u"unitId"_s},
           {u"status"_s, u"status"_s},
           {u"due_date"_s, u"dueDate"_s}}}},
        {u"payment"_s,
         {u"payments"_s,
          {{u"bill_id"_s, u"billId"_s}, {u"unit_id"_s, u"unitId"_s}, {u"paid_at"_s, u"paidAt"_s, Kind::Time}}}},
        {u"notice"_s,
         {u"notices"_s,
          {{u"estate_id"_s, u"estateId"_s},
           {u"pinned"_s, u"pinned"_s, Kind::Bool},
           {u"published_at"_s, u"publishedAt"_s, Kind::Time}}}},
    };
    return all;
}

const TableSpec *specFor(const QString &entity)
{
    const auto &all = specs();
    auto it = all.constFind(entity);
    return it == all.constEnd() ? nullptr : &*it;
}

// The server's own format, "2026-11-27T02:38:04.123Z", read without QDateTime's general
// parser (a pull of 10,000 tickets reads 50,000 of these).
std::optional<qint64> parseServerTime(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return std::nullopt;
    auto number = [&](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2), ms = number(20, 3);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59 || ms < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    const qint64 days = QDate(1970, 1, 1).daysTo(date);
    return ((days * 24 + hour) * 60 + minute) * 60'000 + second * 1000 + ms;
}

QVariant timeValue(const QJsonValue &value)
{
    const std::optional<qint64> ms = value.isString() ? EntityRepository::parseTime(value.toString()) : std::nullopt;
    return ms ? QVariant(*ms) : QVariant(QMetaType::fromType<qint64>());
}

QVariant columnValue(const Column &column, const QJsonObject &data)
{
    const QJsonValue value = data.value(column.field);
    switch (column.kind) {
    case Kind::Text:
        return value.isString() ? QVariant(value.toString()) : QVariant(QMetaType::fromType<QString>());
    case Kind::Time:
        return timeValue(value);
    case Kind::Bool:
        return value.isBool() ? QVariant(value.toBool() ? 1 : 0) : QVariant(QMetaType::fromType<int>());
    case Kind::PriorityRank:
        return TicketRepository::priorityRank(value.toString());
    case Kind::DueSort: {
        const QVariant due = timeValue(value);
        return due.isNull() ? std::numeric_limits<qint64>::max() : due.toLongLong();
    }
    }
    return {};
}

// The JSON is bound as UTF-8 bytes and cast to TEXT: stored exactly as before, without the
// round trip through UTF-16 that binding a QString costs (the text is most of each row).
// IfCurrent: a pulled change only replaces a row that is not newer and has no pending commands.
enum class Upsert { Always, IfCurrent };

QString buildUpsertSql(const TableSpec *spec, Upsert mode)
{
    QStringList names{u"id"_s, u"rev"_s, u"data"_s};
    if (!spec)
        names.prepend(u"entity"_s);
    if (spec) {
        for (const Column &column : spec->columns)
            names.append(column.name);
    }
    QStringList updates;
    for (const QString &name : names.mid(spec ? 1 : 2))
        updates.append(u"%1 = excluded.%1"_s.arg(name));
    QStringList values(names.size(), u"?"_s);
    values[names.indexOf(u"data"_s)] = u"CAST(? AS TEXT)"_s;
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5%6"_s.arg(
        spec ? spec->table : u"records"_s, names.join(u", "_s), values.join(u", "_s),
        spec ? u"id"_s : u"entity, id"_s, updates.join(u", "_s),
        mode == Upsert::IfCurrent ? u" WHERE rev <= excluded.rev AND local_pending = 0"_s : QString());
}

// Built once (thread-safe static init) because a pull upserts thousands of rows.
const QString &upsertSql(const QString &entity, Upsert mode)
{
    using Key = std::pair<QString, bool>;
    static const QHash<Key, QString> all = [] {
        QHash<Key, QString> sql;
        for (const Upsert mode : {Upsert::Always, Upsert::IfCurrent}) {
            const bool ifCurrent = mode == Upsert::IfCurrent;
            for (auto it = specs().cbegin(); it != specs().cend(); ++it)
                sql.insert({it.key(), ifCurrent}, buildUpsertSql(&it.value(), mode));
            sql.insert({QString(), ifCurrent}, buildUpsertSql(nullptr, mode));
        }
        return sql;
    }();
    const bool ifCurrent = mode == Upsert::IfCurrent;
    auto it = all.constFind({entity, ifCurrent});
    return it != all.constEnd() ? *it : *all.constFind({QString(), ifCurrent});
}

// WHERE clause and key binding shared by the typed tables and the generic one.
QString keyClause(const QString &entity)
{
    return specFor(entity) ? u"id = ?"_s : u"entity = ? AND id = ?"_s;
}

QString tableOf(const QString &entity)
{
    const TableSpec *spec = specFor(entity);
    return spec ? spec->table : u"records"_s;
}

void bindKey(QSqlQuery &query, const QString &entity, const QString &id)
{
    if (!specFor(entity))
        query.addBindValue(entity);
    query.addBindValue(id);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> parseObject(const QVariant &text)
{
    if (text.isNull())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toString().toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool isSafeId(const QString &id)
{
    static const QRegularExpression safeId(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return safeId.match(id).hasMatch();
}

} // namespace

EntityRepository::EntityRepository(LocalStore &store)
    : m_store(store)
{
}

const QStringList &EntityRepository::entityNames()
{
    static const QStringList names{
        u"estate"_s, u"building"_s, u"unit"_s, u"staff"_s, u"ticket"_s, u"ticketEvent"_s,
        u"bill"_s, u"payment"_s, u"reminder"_s, u"notice"_s, u"noticeRead"_s, u"event"_s,
        u"eventSignup"_s, u"survey"_s, u"surveyResponse"_s, u"asset"_s, u"maintenancePlan"_s,
        u"checklistRun"_s,
    };
    return names;
}

const QStringList &EntityRepository::typedEntityNames()
{
    static const QStringList names{
        u"estate"_s, u"building"_s, u"unit"_s, u"staff"_s, u"ticket"_s,
        u"ticketEvent"_s, u"bill"_s, u"payment"_s, u"notice"_s,
    };
    return names;
}

bool EntityRepository::isKnownEntity(const QString &entity)
{
    return entityNames().contains(entity);
}

QString EntityRepository::tableFor(const QString &entity)
{
    return isKnownEntity(entity) ? tableOf(entity) : QString();
}

bool EntityRepository::applyChange(const QJsonObject &change)
{
    const QString entity = change.value(u"entity"_s).toString();
    const QString id = change.value(u"id"_s).toString();
    const QString op = change.value(u"op"_s).toString();
    const QJsonValue revValue = change.value(u"rev"_s);
    const double revNumber = revValue.toDouble(-1);
    const qint64 rev = qint64(revNumber);
    const bool revOk = revValue.isDouble() && revNumber >= 1 && double(rev) == revNumber;
    if (!isKnownEntity(entity) || !isSafeId(id) || !revOk) {
        qCWarning(lcStore) << "refused a malformed change" << entity << id;
        return false;
    }
    std::optional<QJsonObject> data;
    if (op == u"upsert") {
        const QJsonValue dataValue = change.value(u"data"_s);
        if (!dataValue.isObject() || dataValue.toObject().value(u"id"_s).toString() != id) {
            qCWarning(lcStore) << "refused an upsert without matching data" << entity << id;
            return false;
        }
        data = dataValue.toObject();
    } else if (op != u"delete" || change.contains(u"data"_s)) {
        qCWarning(lcStore) << "refused a change with op" << op << entity << id;
        return false;
    }

    if (data) {
        // The common case (every change of an initial sync) in one statement: written unless
        // the stored row is newer or has pending commands, which the lookup below sorts out.
        bool written = false;
        if (!writeRow(entity, id, *data, rev, true, &written))
            return false;
        if (written)
            return true;
    }
    QSqlQuery lookup = m_store.prepared(
        u"SELECT rev, local_pending FROM %1 WHERE %2"_s.arg(tableOf(entity), keyClause(entity)));
    bindKey(lookup, entity, id);
    if (!m_store.exec(lookup))
        return false;
    const bool exists = lookup.next();
    const qint64 storedRev = exists ? lookup.value(0).toLongLong() : 0;
    const int pending = exists ? lookup.value(1).toInt() : 0;
    lookup.finish();
    // A change older than what is stored (a late replay) must not move the record back.
    if (exists && storedRev > rev)
        return true;
    if (pending > 0)
        return holdServerState(entity, id, rev, data);
    // remove() also drops a ticket's timeline, even when the ticket itself was never stored.
    return data ? upsertRow(entity, id, *data, rev) : remove(entity, id);
}

std::optional<QJsonObject> EntityRepository::get(const QString &entity, const QString &id) const
{
    if (!isKnownEntity(entity))
        return std::nullopt;
    QSqlQuery query = m_store.prepared(u"SELECT data FROM %1 WHERE %2"_s.arg(tableOf(entity), keyClause(entity)));
    bindKey(query, entity, id);
    if (!m_store.exec(query) || !query.next())
        return std::nullopt;
    const QVariant text = query.value(0);
    query.finish();
    return parseObject(text);
}

std::optional<qint64> EntityRepository::revision(const QString &entity, const QString &id) const
{
    if (!isKnownEntity(entity))
        return std::nullopt;
    QSqlQuery query = m_store.prepared(u"SELECT rev FROM %1 WHERE %2"_s.arg(tableOf(entity), keyClause(entity)));
    bindKey(query, entity, id);
    if (!m_store.exec(query) || !query.next())
        return std::nullopt;
    const qint64 rev = query.value(0).toLongLong();
    query.finish();
    return rev;
}

int EntityRepository::localPending(const QString &entity, const QString &id) const
{
    if (!isKnownEntity(entity))
        return 0;
    QSqlQuery query = m_store.prepared(
        u"SELECT local_pending FROM %1 WHERE %2"_s.arg(tableOf(entity), keyClause(entity)));
    bindKey(query, entity, id);
    if (!m_store.exec(query) || !query.next())
        return 0;
    const int pending = query.value(0).toInt();
    query.finish();
    return pending;
}

bool EntityRepository::put(const QString &entity, const QJsonObject &data, qint64 rev)
{
    const QString id = data.value(u"id"_s).toString();
    if (!isKnownEntity(entity) || !isSafeId(id) || rev < 0)
        return false;
    return upsertRow(entity, id, data, rev);
}

bool EntityRepository::upsertRow(const QString &entity, const QString &id, const QJsonObject &data, qint64 rev)
{
    return writeRow(entity, id, data, rev, false, nullptr);
}

bool EntityRepository::writeRow(const QString &entity, const QString &id, const QJsonObject &data, qint64 rev,
                                bool ifCurrent, bool *written)
{
    const TableSpec *spec = specFor(entity);
    QSqlQuery query = m_store.prepared(upsertSql(entity, ifCurrent ? Upsert::IfCurrent : Upsert::Always));
    if (!spec)
        query.addBindValue(entity);
    query.addBindValue(id);
    query.addBindValue(rev);
    query.addBindValue(QJsonDocument(data).toJson(QJsonDocument::Compact));
    if (spec) {
        for (const Column &column : spec->columns)
            query.addBindValue(columnValue(column, data));
    }
    if (!m_store.exec(query))
        return false;
    if (ifCurrent && query.numRowsAffected() < 1) {
        *written = false;
        return true;
    }
    if (written)
        *written = true;
    m_store.markChanged(entity);
    return true;
}

bool EntityRepository::remove(const QString &entity, const QString &id)
{
    if (!isKnownEntity(entity))
        return false;
    if (entity == u"ticket") {
        QSqlQuery events = m_store.prepared(u"DELETE FROM ticket_events WHERE ticket_id = ?"_s);
        events.addBindValue(id);
        if (!m_store.exec(events))
            return false;
        m_store.markChanged(u"ticketEvent"_s);
    }
    QSqlQuery query = m_store.prepared(u"DELETE FROM %1 WHERE %2"_s.arg(tableOf(entity), keyClause(entity)));
    bindKey(query, entity, id);
    if (!m_store.exec(query))
        return false;
    m_store.markChanged(entity);
    return true;
}

bool EntityRepository::addPending(const QString &entity, const QString &id, int delta)
{
    if (!isKnownEntity(entity))
        return false;
    QSqlQuery query = m_store.prepared(
        u"UPDATE %1 SET local_pending = MAX(0, local_pending + ?) WHERE %2"_s.arg(tableOf(entity), keyClause(entity)));
    query.addBindValue(delta);
    bindKey(query, entity, id);
    if (!m_store.exec(query) || query.numRowsAffected() != 1)
        return false;
    m_store.markChanged(entity);
    return true;
}

bool EntityRepository::holdServerState(const QString &entity, const QString &id, qint64 rev,
                                       const std::optional<QJsonObject> &data)
{
    QSqlQuery query = m_store.prepared(
        u"UPDATE %1 SET server_rev = ?, server_data = ? WHERE %2 AND (server_rev IS NULL OR server_rev <= ?)"_s
            .arg(tableOf(entity), keyClause(entity)));
    query.addBindValue(rev);
    query.addBindValue(data ? QVariant(compact(*data)) : QVariant(QMetaType::fromType<QString>()));
    bindKey(query, entity, id);
    query.addBindValue(rev);
    if (!m_store.exec(query))
        return false;
    qCDebug(lcStore) << "held a pulled" << entity << id << "behind local commands";
    m_store.markChanged(entity);
    return true;
}

std::optional<EntityRepository::Held> EntityRepository::heldServerState(const QString &entity,
                                                                        const QString &id) const
{
    if (!isKnownEntity(entity))
        return std::nullopt;
    QSqlQuery query = m_store.prepared(
        u"SELECT server_rev, server_data FROM %1 WHERE %2"_s.arg(tableOf(entity), keyClause(entity)));
    bindKey(query, entity, id);
    if (!m_store.exec(query) || !query.next() || query.value(0).isNull())
        return std::nullopt;
    Held held{query.value(0).toLongLong(), parseObject(query.value(1))};
    query.finish();
    return held;
}

bool EntityRepository::clearHeldServerState(const QString &entity, const QString &id)
{
    if (!isKnownEntity(entity))
        return false;
    QSqlQuery query = m_store.prepared(
        u"UPDATE %1 SET server_rev = NULL, server_data = NULL WHERE %2"_s.arg(tableOf(entity), keyClause(entity)));
    bindKey(query, entity, id);
    return m_store.exec(query);
}

namespace {

QString composeUnitLabel(const QString &buildingName, const QString &number)
{
    return buildingName.isEmpty() ? number : buildingName + u' ' + number;
}

} // namespace

QString EntityRepository::unitLabel(const QString &unitId) const
{
    const std::optional<QJsonObject> unit = unitId.isEmpty() ? std::nullopt : get(u"unit"_s, unitId);
    if (!unit)
        return {};
    const QString building =
        get(u"building"_s, unit->value(u"buildingId"_s).toString()).value_or(QJsonObject()).value(u"name"_s).toString();
    return composeUnitLabel(building, unit->value(u"number"_s).toString());
}

QList<std::pair<QString, QString>> EntityRepository::unitLabels() const
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
                       composeUnitLabel(building.value(u"name"_s).toString(), unit.value(u"number"_s).toString())});
    }
    query.finish();
    return labels;
}

std::optional<qint64> EntityRepository::parseTime(const QString &iso)
{
    if (const auto fast = parseServerTime(iso))
        return fast;
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}
