#include "syncservice.h"

#include "database.h"
#include "json.h"
#include "fieldlimits.h"
#include "revisions.h"
#include "ticketjson.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

/// "?, ?, ?" for a list, or a condition that is never true for an empty one.
QString inList(const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return u"1 = 0"_s;
    QStringList marks;
    marks.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        marks << u"?"_s;
    return u"%1 IN (%2)"_s.arg(column, marks.join(u", "_s));
}

/// A WHERE fragment and the values it binds, in order.
struct Scope
{
    QString where;
    QVariantList values;
};

Scope estates(const QString &column, const Principal &p)
{
    return {inList(column, p.estateIds), QVariantList(p.estateIds.cbegin(), p.estateIds.cend())};
}

Scope units(const QString &column, const Principal &p)
{
    return {inList(column, p.unitIds), QVariantList(p.unitIds.cbegin(), p.unitIds.cend())};
}

/// Who sees which work orders (and so their timeline): a resident their units' and their
/// own, a technician theirs and the estate's pool, the office its estates'.
Scope ticketScope(const QString &prefix, const Principal &p)
{
    if (p.role == Role::Resident) {
        Scope s = units(prefix + u"unit_id"_s, p);
        s.where = u"(%1 OR %2created_by = ?)"_s.arg(s.where, prefix);
        s.values << p.id;
        return s;
    }
    Scope s = estates(prefix + u"estate_id"_s, p);
    if (p.role == Role::Technician) {
        s.where += u" AND (%1assignee_id = ? OR (%1pooled = 1 AND %1assignee_id IS NULL))"_s.arg(prefix);
        s.values << p.id;
    }
    return s;
}

} // namespace

SyncService::SyncService(Database &db, Revisions &revisions)
    : m_db(db)
    , m_revisions(revisions)
{
}

void SyncService::registerRoutes(ApiServer &server)
{
    server.route("GET", u"/v1/sync"_s, ApiServer::Access::Authenticated, 0, [this](const Context &c) { pull(c); });
}

void SyncService::pull(const Context &ctx)
{
    bool ok = true;
    qint64 since = 0;
    if (ctx->query.hasQueryItem(u"since"_s)) {
        since = ctx->query.queryItemValue(u"since"_s).toLongLong(&ok);
        if (!ok || since < 0)
            return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"since must be a whole number >= 0."_s));
    }
    int limit = Limits::SyncPageDefault;
    if (ctx->query.hasQueryItem(u"limit"_s)) {
        limit = ctx->query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > Limits::SyncPageMax)
            return ctx->respond(HttpReply::error(400, u"validation_failed"_s,
                                                 u"limit must be from 1 to %1."_s.arg(Limits::SyncPageMax)));
    }
    for (const auto &item : ctx->query.queryItems()) {
        if (item.first != u"since" && item.first != u"limit")
            return ctx->respond(HttpReply::error(400, u"unknown_field"_s, u"Only since and limit are accepted."_s));
    }

    const qint64 current = m_revisions.current();
    QList<Change> changes;
    // Nothing has changed anywhere since the cursor: answer without touching the store.
    if (since < current) {
        // One read transaction for all sources: one snapshot, and the locks taken once.
        Database::Transaction snapshot(m_db);
        changes = collect(*ctx->principal, since, limit + 1);
    }
    const bool hasMore = changes.size() > limit;
    if (hasMore)
        changes.resize(limit);

    QJsonArray out;
    for (const Change &c : std::as_const(changes)) {
        QJsonObject o{{u"rev"_s, c.rev}, {u"entity"_s, c.entity}, {u"id"_s, c.id}};
        if (c.data.isEmpty()) {
            o.insert(u"op"_s, u"delete"_s);
        } else {
            o.insert(u"op"_s, u"upsert"_s);
            o.insert(u"data"_s, c.data);
        }
        out.append(o);
    }
    // With nothing more to send the cursor jumps to the newest revision, so the next pull
    // of an idle client takes the fast path above.
    const qint64 cursor = hasMore ? changes.constLast().rev : std::max(since, current);
    ctx->respond(HttpReply::json(200, QJsonObject{{u"changes"_s, out}, {u"cursor"_s, cursor}, {u"hasMore"_s, hasMore}}));
}

QList<SyncService::Change> SyncService::collect(const Principal &p, qint64 since, int limit)
{
    QList<Change> all;
    // Runs "SELECT <columns> FROM <from> WHERE rev > ? AND <scope> ORDER BY rev LIMIT ?".
    auto run = [&](const QString &entity, const QString &columns, const QString &from, const QString &revColumn,
                   const Scope &scope, const std::function<Change(const QSqlQuery &)> &read) {
        const QString sql = u"SELECT %1 FROM %2 WHERE %3 > ? AND %4 ORDER BY %3 LIMIT ?"_s.arg(columns, from, revColumn,
                                                                                               scope.where);
        QSqlQuery &q = m_db.query(sql);
        int i = 0;
        q.bindValue(i++, since);
        for (const QVariant &v : scope.values)
            q.bindValue(i++, v);
        q.bindValue(i, limit);
        if (m_db.execPrepared(q)) {
            while (q.next()) {
                Change c = read(q);
                if (c.entity.isEmpty())
                    c.entity = entity;
                all.append(std::move(c));
            }
        }
        q.finish();
    };
    const bool office = isOffice(p.role);
    const bool resident = p.role == Role::Resident;

    run(u"estate"_s, u"id, name, address, dispatch_mode, rev"_s, u"estates"_s, u"rev"_s, estates(u"id"_s, p),
        [](const QSqlQuery &q) {
            return Change{q.value(4).toLongLong(), {}, q.value(0).toString(),
                          QJsonObject{{u"id"_s, q.value(0).toString()}, {u"name"_s, q.value(1).toString()},
                                      {u"address"_s, q.value(2).toString()}, {u"dispatchMode"_s, q.value(3).toString()}}};
        });
    run(u"building"_s, u"id, estate_id, name, rev"_s, u"buildings"_s, u"rev"_s, estates(u"estate_id"_s, p),
        [](const QSqlQuery &q) {
            return Change{q.value(3).toLongLong(), {}, q.value(0).toString(),
                          QJsonObject{{u"id"_s, q.value(0).toString()}, {u"estateId"_s, q.value(1).toString()},
                                      {u"name"_s, q.value(2).toString()}}};
        });
    run(u"unit"_s, u"id, estate_id, building_id, number, floor, area_centi_sqm, rev"_s, u"units"_s, u"rev"_s,
        resident ? units(u"id"_s, p) : estates(u"estate_id"_s, p), [](const QSqlQuery &q) {
            return Change{q.value(6).toLongLong(), {}, q.value(0).toString(),
                          QJsonObject{{u"id"_s, q.value(0).toString()}, {u"estateId"_s, q.value(1).toString()},
                                      {u"buildingId"_s, q.value(2).toString()}, {u"number"_s, q.value(3).toString()},
                                      {u"floor"_s, q.value(4).toInt()}, {u"areaCentiSqm"_s, q.value(5).toLongLong()}}};
        });
    if (!resident) {
        Scope staff = estates(u"ue.estate_id"_s, p);
        staff.where = u"u.role <> 'resident' AND u.id IN (SELECT ue.user_id FROM user_estates ue WHERE %1)"_s.arg(staff.where);
        run(u"staff"_s, u"u.id, u.name, u.role, u.on_duty, u.rev"_s, u"users u"_s, u"u.rev"_s, staff,
            [](const QSqlQuery &q) {
                return Change{q.value(4).toLongLong(), {}, q.value(0).toString(),
                              QJsonObject{{u"id"_s, q.value(0).toString()}, {u"name"_s, q.value(1).toString()},
                                          {u"role"_s, q.value(2).toString()}, {u"onDuty"_s, q.value(3).toInt() != 0}}};
            });
        // Each colleague's estates, as far as they overlap the caller's.
        for (Change &c : all) {
            if (c.entity != u"staff")
                continue;
            QJsonArray shared;
            QSqlQuery &q = m_db.query(u"SELECT estate_id FROM user_estates WHERE user_id = ? ORDER BY estate_id"_s);
            q.bindValue(0, c.id);
            if (m_db.execPrepared(q)) {
                while (q.next()) {
                    if (p.inEstate(q.value(0).toString()))
                        shared.append(q.value(0).toString());
                }
            }
            q.finish();
            c.data.insert(u"estateIds"_s, shared);
        }
    }
    run(u"ticket"_s, TicketJson::ticketColumns(), u"tickets t LEFT JOIN users a ON a.id = t.assignee_id"_s, u"t.rev"_s,
        ticketScope(u"t."_s, p), [&p](const QSqlQuery &q) {
            QJsonObject data = TicketJson::ticket(q, p);
            const QString id = data.value(u"id"_s).toString();
            return Change{TicketJson::ticketRev(q), {}, id, data};
        });
    Scope events = ticketScope(u"e."_s, p);
    if (resident)
        events.where += u" AND e.internal = 0"_s;
    run(u"ticketEvent"_s, TicketJson::eventColumns(), u"ticket_events e LEFT JOIN users u ON u.id = e.actor_id"_s, u"e.rev"_s,
        events, [](const QSqlQuery &q) {
            QJsonObject data = TicketJson::event(q);
            const QString id = data.value(u"id"_s).toString();
            return Change{TicketJson::eventRev(q), {}, id, data};
        });
    if (office || resident) {
        const Scope billScope = resident ? units(u"unit_id"_s, p) : estates(u"estate_id"_s, p);
        run(u"bill"_s, u"id, estate_id, unit_id, period, item, amount_fen, paid_fen, due_date, status, rev"_s, u"bills"_s,
            u"rev"_s, billScope, [](const QSqlQuery &q) {
                return Change{q.value(9).toLongLong(), {}, q.value(0).toString(),
                              QJsonObject{{u"id"_s, q.value(0).toString()}, {u"estateId"_s, q.value(1).toString()},
                                          {u"unitId"_s, q.value(2).toString()}, {u"period"_s, q.value(3).toString()},
                                          {u"item"_s, q.value(4).toString()}, {u"amountFen"_s, q.value(5).toLongLong()},
                                          {u"paidFen"_s, q.value(6).toLongLong()}, {u"dueDate"_s, q.value(7).toString()},
                                          {u"status"_s, q.value(8).toString()}}};
            });
        run(u"payment"_s, u"id, bill_id, unit_id, amount_fen, method, receipt_no, paid_at, rev"_s, u"payments"_s, u"rev"_s,
            billScope, [](const QSqlQuery &q) {
                return Change{q.value(7).toLongLong(), {}, q.value(0).toString(),
                              QJsonObject{{u"id"_s, q.value(0).toString()}, {u"billId"_s, q.value(1).toString()},
                                          {u"unitId"_s, q.value(2).toString()}, {u"amountFen"_s, q.value(3).toLongLong()},
                                          {u"method"_s, q.value(4).toString()}, {u"receiptNo"_s, q.value(5).toString()},
                                          {u"paidAt"_s, Json::isoTime(q.value(6).toLongLong())}}};
            });
    }
    run(u"notice"_s, u"id, estate_id, title, body, category, pinned, published_at, expires_at, rev"_s, u"notices"_s,
        u"rev"_s, estates(u"estate_id"_s, p), [](const QSqlQuery &q) {
            return Change{q.value(8).toLongLong(), {}, q.value(0).toString(),
                          QJsonObject{{u"id"_s, q.value(0).toString()}, {u"estateId"_s, q.value(1).toString()},
                                      {u"title"_s, q.value(2).toString()}, {u"body"_s, q.value(3).toString()},
                                      {u"category"_s, q.value(4).toString()}, {u"pinned"_s, q.value(5).toInt() != 0},
                                      {u"publishedAt"_s, Json::isoTime(q.value(6).toLongLong())},
                                      {u"expiresAt"_s, Json::timeOrNull(q.value(7))}}};
        });

    Scope gone = estates(u"estate_id"_s, p);
    if (resident) {
        const Scope mine = units(u"unit_id"_s, p);
        gone.where += u" AND audience = 'all' AND (unit_id IS NULL OR %1)"_s.arg(mine.where);
        gone.values += mine.values;
    } else if (p.role == Role::Technician) {
        gone.where += u" AND (audience = 'all' OR (audience = 'technicians' AND (except_user IS NULL OR except_user <> ?))"
                      " OR (audience = 'user' AND user_id = ?))"_s;
        gone.values << p.id << p.id;
    } else {
        gone.where += u" AND audience = 'all'"_s;
    }
    // A tombstone names its own entity.
    run(QString(), u"entity, entity_id, rev"_s, u"tombstones"_s, u"rev"_s, gone, [](const QSqlQuery &q) {
        return Change{q.value(2).toLongLong(), q.value(0).toString(), q.value(1).toString(), {}};
    });

    std::sort(all.begin(), all.end(), [](const Change &a, const Change &b) { return a.rev < b.rev; });
    if (all.size() > limit)
        all.resize(limit);
    return all;
}

} // namespace Courtyard::Server
