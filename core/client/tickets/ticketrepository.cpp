#include "tickets/ticketrepository.h"

#include "store/entityrepository.h"
#include "store/localstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

const QString rowColumns = u"id, estate_id, unit_id, status, priority, kind, category, assignee_id, "
                           "created_at, updated_at, response_due_at, resolve_due_at, local_pending, data"_s;

// Builds the WHERE clause with placeholders only; values are bound by bindFilter in the same order.
QString whereClause(const TicketRepository::Filter &filter, bool forCount = false)
{
    QStringList terms;
    // The unary + keeps SQLite from picking a status index and sorting thousands of rows:
    // a status set is rarely selective, so walking an index in sort order and stopping after
    // one page is faster. Equality on assignee, unit, estate or creator still uses its index.
    if (!filter.statuses.isEmpty())
        terms.append(u"%1status IN (%2)"_s.arg(forCount ? QString() : u"+"_s,
                                                 QStringList(filter.statuses.size(), u"?"_s).join(u", "_s)));
    if (filter.assigneeId)
        terms.append(filter.assigneeId->isEmpty() ? u"assignee_id IS NULL"_s : u"assignee_id = ?"_s);
    if (filter.unitId)
        terms.append(u"unit_id = ?"_s);
    if (filter.estateId)
        terms.append(u"estate_id = ?"_s);
    if (filter.createdBy)
        terms.append(u"created_by = ?"_s);
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

void bindFilter(QSqlQuery &query, const TicketRepository::Filter &filter)
{
    for (const QString &status : filter.statuses)
        query.addBindValue(status);
    if (filter.assigneeId && !filter.assigneeId->isEmpty())
        query.addBindValue(*filter.assigneeId);
    if (filter.unitId)
        query.addBindValue(*filter.unitId);
    if (filter.estateId)
        query.addBindValue(*filter.estateId);
    if (filter.createdBy)
        query.addBindValue(*filter.createdBy);
}

qint64 msOf(const QJsonValue &iso)
{
    return iso.isString() ? EntityRepository::parseTime(iso.toString()).value_or(0) : 0;
}

TicketRow readRow(const QSqlQuery &query)
{
    TicketRow row;
    row.id = query.value(0).toString();
    row.estateId = query.value(1).toString();
    row.unitId = query.value(2).toString();
    row.status = query.value(3).toString();
    row.priority = query.value(4).toString();
    row.kind = query.value(5).toString();
    row.category = query.value(6).toString();
    row.assigneeId = query.value(7).toString();
    row.createdAt = query.value(8).toLongLong();
    row.updatedAt = query.value(9).toLongLong();
    row.responseDueAt = query.value(10).toLongLong();
    row.resolveDueAt = query.value(11).toLongLong();
    row.localPending = query.value(12).toInt();
    // Only a page of rows is read, so parsing each row's JSON for two display fields is cheap.
    const QJsonObject data = QJsonDocument::fromJson(query.value(13).toString().toUtf8()).object();
    row.assigneeName = data.value(u"assigneeName"_s).toString();
    row.description = data.value(u"description"_s).toString();
    row.acceptedAt = msOf(data.value(u"acceptedAt"_s));
    row.resolvedAt = msOf(data.value(u"resolvedAt"_s));
    row.ratingOverall = data.value(u"rating"_s).toObject().value(u"overall"_s).toInt();
    row.locationLabel = data.value(u"location"_s).toObject().value(u"label"_s).toString();
    row.createdBy = data.value(u"createdBy"_s).toString();
    row.pooled = data.value(u"pooled"_s).toBool();
    row.onBehalf = data.value(u"onBehalf"_s).toBool();
    return row;
}

} // namespace

TicketRepository::TicketRepository(LocalStore &store)
    : m_store(store)
{
}

QList<TicketRow> TicketRepository::list(const Filter &filter, Sort sort, int limit, int offset) const
{
    QList<TicketRow> rows;
    if (limit <= 0 || offset < 0)
        return rows;
    QString order = u"priority_rank, due_sort, created_at, id"_s;
    if (sort == Sort::NewestFirst)
        order = u"created_at DESC, id DESC"_s;
    else if (sort == Sort::OpenFirst)
        order = u"status IN ('closed', 'cancelled'), created_at DESC, id DESC"_s;
    // Pick the page by rowid from the indexes first, then read only those rows: sorting or
    // skipping whole rows (with their JSON) would cost far more.
    QSqlQuery query = m_store.prepared(
        u"SELECT %1 FROM tickets WHERE rowid IN (SELECT rowid FROM tickets%2 ORDER BY %3 LIMIT ? OFFSET ?) "
        "ORDER BY %3"_s.arg(rowColumns, whereClause(filter), order));
    bindFilter(query, filter);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!m_store.exec(query))
        return rows;
    rows.reserve(limit);
    while (query.next())
        rows.append(readRow(query));
    query.finish();
    return rows;
}

int TicketRepository::count(const Filter &filter) const
{
    QSqlQuery query = m_store.prepared(u"SELECT COUNT(*) FROM tickets%1"_s.arg(whereClause(filter, true)));
    bindFilter(query, filter);
    if (!m_store.exec(query) || !query.next())
        return 0;
    const int n = query.value(0).toInt();
    query.finish();
    return n;
}

std::optional<TicketRow> TicketRepository::row(const QString &id) const
{
    QSqlQuery query = m_store.prepared(u"SELECT %1 FROM tickets WHERE id = ?"_s.arg(rowColumns));
    query.addBindValue(id);
    if (!m_store.exec(query) || !query.next())
        return std::nullopt;
    TicketRow row = readRow(query);
    query.finish();
    return row;
}

QList<QJsonObject> TicketRepository::events(const QString &ticketId) const
{
    QList<QJsonObject> events;
    QSqlQuery query = m_store.prepared(u"SELECT data FROM ticket_events WHERE ticket_id = ? ORDER BY at, id"_s);
    query.addBindValue(ticketId);
    if (!m_store.exec(query))
        return events;
    while (query.next())
        events.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    query.finish();
    return events;
}

} // namespace Courtyard::Client
