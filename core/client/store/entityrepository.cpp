#include "store/entityrepository.h"

#include "store/entitycatalog.h"
#include "store/localstore.h"
#include "store/storelogging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

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

void bindKey(QSqlQuery &query, const EntityCatalog::Table &table, const QString &entity, const QString &id)
{
    if (table.generic)
        query.addBindValue(entity);
    query.addBindValue(id);
}

} // namespace

EntityRepository::EntityRepository(LocalStore &store)
    : m_store(store)
    , m_catalog(store.catalog())
{
}

QString EntityRepository::tableFor(const QString &entity) const
{
    return m_catalog.table(entity).spec.table;
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
    if (!EntityCatalog::isValidName(entity) || !isSafeId(id) || !revOk) {
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
    const EntityCatalog::Table &table = m_catalog.table(entity);
    QSqlQuery lookup = m_store.prepared(
        u"SELECT rev, local_pending FROM %1 WHERE %2"_s.arg(table.spec.table, table.keyClause));
    bindKey(lookup, table, entity, id);
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
    // remove() also drops what cascades from it, even when the record itself was never stored.
    return data ? upsertRow(entity, id, *data, rev) : remove(entity, id);
}

std::optional<QJsonObject> EntityRepository::get(const QString &entity, const QString &id) const
{
    const EntityCatalog::Table &table = m_catalog.table(entity);
    QSqlQuery query = m_store.prepared(u"SELECT data FROM %1 WHERE %2"_s.arg(table.spec.table, table.keyClause));
    bindKey(query, table, entity, id);
    if (!m_store.exec(query) || !query.next())
        return std::nullopt;
    const QVariant text = query.value(0);
    query.finish();
    return parseObject(text);
}

std::optional<qint64> EntityRepository::revision(const QString &entity, const QString &id) const
{
    const EntityCatalog::Table &table = m_catalog.table(entity);
    QSqlQuery query = m_store.prepared(u"SELECT rev FROM %1 WHERE %2"_s.arg(table.spec.table, table.keyClause));
    bindKey(query, table, entity, id);
    if (!m_store.exec(query) || !query.next())
        return std::nullopt;
    const qint64 rev = query.value(0).toLongLong();
    query.finish();
    return rev;
}

int EntityRepository::localPending(const QString &entity, const QString &id) const
{
    const EntityCatalog::Table &table = m_catalog.table(entity);
    QSqlQuery query = m_store.prepared(
        u"SELECT local_pending FROM %1 WHERE %2"_s.arg(table.spec.table, table.keyClause));
    bindKey(query, table, entity, id);
    if (!m_store.exec(query) || !query.next())
        return 0;
    const int pending = query.value(0).toInt();
    query.finish();
    return pending;
}

bool EntityRepository::put(const QString &entity, const QJsonObject &data, qint64 rev)
{
    const QString id = data.value(u"id"_s).toString();
    if (!EntityCatalog::isValidName(entity) || !isSafeId(id) || rev < 0)
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
    const EntityCatalog::Table &table = m_catalog.table(entity);
    QSqlQuery query = m_store.prepared(ifCurrent ? table.upsertIfCurrent : table.upsertAlways);
    if (table.generic)
        query.addBindValue(entity);
    query.addBindValue(id);
    query.addBindValue(rev);
    query.addBindValue(QJsonDocument(data).toJson(QJsonDocument::Compact));
    for (const EntityColumn &column : table.spec.columns)
        query.addBindValue(column.value(data));
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
    if (!EntityCatalog::isValidName(entity))
        return false;
    for (const EntityCascade &cascade : m_catalog.cascadesOf(entity)) {
        if (!m_catalog.isTyped(cascade.child))
            continue; // the module that owns the children is not here: nothing of them is typed
        QSqlQuery children = m_store.prepared(
            u"DELETE FROM %1 WHERE %2 = ?"_s.arg(m_catalog.table(cascade.child).spec.table, cascade.column));
        children.addBindValue(id);
        if (!m_store.exec(children))
            return false;
        m_store.markChanged(cascade.child);
    }
    const EntityCatalog::Table &table = m_catalog.table(entity);
    QSqlQuery query = m_store.prepared(u"DELETE FROM %1 WHERE %2"_s.arg(table.spec.table, table.keyClause));
    bindKey(query, table, entity, id);
    if (!m_store.exec(query))
        return false;
    m_store.markChanged(entity);
    return true;
}

bool EntityRepository::addPending(const QString &entity, const QString &id, int delta)
{
    const EntityCatalog::Table &table = m_catalog.table(entity);
    QSqlQuery query = m_store.prepared(
        u"UPDATE %1 SET local_pending = MAX(0, local_pending + ?) WHERE %2"_s.arg(table.spec.table, table.keyClause));
    query.addBindValue(delta);
    bindKey(query, table, entity, id);
    if (!m_store.exec(query) || query.numRowsAffected() != 1)
        return false;
    m_store.markChanged(entity);
    return true;
}

bool EntityRepository::holdServerState(const QString &entity, const QString &id, qint64 rev,
                                       const std::optional<QJsonObject> &data)
{
    const EntityCatalog::Table &table = m_catalog.table(entity);
    QSqlQuery query = m_store.prepared(
        u"UPDATE %1 SET server_rev = ?, server_data = ? WHERE %2 AND (server_rev IS NULL OR server_rev <= ?)"_s
            .arg(table.spec.table, table.keyClause));
    query.addBindValue(rev);
    query.addBindValue(data ? QVariant(compact(*data)) : QVariant(QMetaType::fromType<QString>()));
    bindKey(query, table, entity, id);
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
    const EntityCatalog::Table &table = m_catalog.table(entity);
    QSqlQuery query = m_store.prepared(
        u"SELECT server_rev, server_data FROM %1 WHERE %2"_s.arg(table.spec.table, table.keyClause));
    bindKey(query, table, entity, id);
    if (!m_store.exec(query) || !query.next() || query.value(0).isNull())
        return std::nullopt;
    Held held{query.value(0).toLongLong(), parseObject(query.value(1))};
    query.finish();
    return held;
}

bool EntityRepository::clearHeldServerState(const QString &entity, const QString &id)
{
    const EntityCatalog::Table &table = m_catalog.table(entity);
    QSqlQuery query = m_store.prepared(
        u"UPDATE %1 SET server_rev = NULL, server_data = NULL WHERE %2"_s.arg(table.spec.table, table.keyClause));
    bindKey(query, table, entity, id);
    return m_store.exec(query);
}

std::optional<qsizetype> EntityRepository::adoptGeneric(const QString &entity)
{
    if (!m_catalog.isTyped(entity))
        return 0;
    const EntityCatalog::Table &table = m_catalog.table(entity);
    QStringList names{u"id"_s, u"rev"_s, u"data"_s, u"local_pending"_s, u"server_rev"_s, u"server_data"_s};
    for (const EntityColumn &column : table.spec.columns)
        names.append(column.name);
    QStringList updates;
    for (const QString &name : names.mid(1))
        updates.append(u"%1 = excluded.%1"_s.arg(name));
    // A row already in the table (a store that had it typed before) keeps whichever is newer.
    const QString insert = u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4 WHERE excluded.rev >= rev"_s.arg(
        table.spec.table, names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s), updates.join(u", "_s));
    QList<QVariantList> rows;
    {
        QSqlQuery kept = m_store.prepared(
            u"SELECT id, rev, data, local_pending, server_rev, server_data FROM records WHERE entity = ?"_s);
        kept.addBindValue(entity);
        if (!m_store.exec(kept))
            return std::nullopt;
        while (kept.next())
            rows.append({kept.value(0), kept.value(1), kept.value(2), kept.value(3), kept.value(4), kept.value(5)});
    }
    for (QVariantList &row : rows) {
        const QJsonObject data = parseObject(row.at(2)).value_or(QJsonObject());
        QSqlQuery query = m_store.prepared(insert);
        for (const QVariant &value : std::as_const(row))
            query.addBindValue(value);
        for (const EntityColumn &column : table.spec.columns)
            query.addBindValue(column.value(data));
        if (!m_store.exec(query))
            return std::nullopt;
    }
    QSqlQuery drop = m_store.prepared(u"DELETE FROM records WHERE entity = ?"_s);
    drop.addBindValue(entity);
    if (!m_store.exec(drop))
        return std::nullopt;
    m_store.markChanged(entity);
    return rows.size();
}

QStringList EntityRepository::allTables() const
{
    QStringList tables{m_catalog.genericTable().spec.table};
    for (const QString &entity : m_catalog.typedEntities())
        tables.append(m_catalog.table(entity).spec.table);
    return tables;
}

bool EntityRepository::markAllForResync()
{
    for (const QString &table : allTables()) {
        QSqlQuery query = m_store.prepared(u"UPDATE %1 SET rev = 0, server_rev = NULL, server_data = NULL"_s.arg(table));
        if (!m_store.exec(query))
            return false;
    }
    for (const QString &entity : m_catalog.typedEntities())
        m_store.markChanged(entity);
    return true;
}

std::optional<qsizetype> EntityRepository::sweepUnresynced()
{
    qsizetype dropped = 0;
    // Records the person is still changing stay: their commands' answers decide what they become.
    for (const QString &table : allTables()) {
        QSqlQuery query = m_store.prepared(u"DELETE FROM %1 WHERE rev = 0 AND local_pending = 0"_s.arg(table));
        if (!m_store.exec(query))
            return std::nullopt;
        dropped += std::max(0, query.numRowsAffected());
    }
    for (const QString &entity : m_catalog.typedEntities())
        m_store.markChanged(entity);
    return dropped;
}

std::optional<qint64> EntityRepository::parseTime(const QString &iso)
{
    if (const auto fast = parseServerTime(iso))
        return fast;
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

} // namespace Courtyard::Client
