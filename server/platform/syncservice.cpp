#include "syncservice.h"

#include "database.h"
#include "fieldlimits.h"
#include "json.h"
#include "platformmodule.h"
#include "registry.h"
#include "revisions.h"

#include <QJsonArray>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

SyncService::SyncService(Database &db, const Registry &registry, Revisions &revisions)
    : m_db(db)
    , m_registry(registry)
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

    // Already at the newest revision this process knows of: nothing to read. known() may lag
    // the store (another process's commit on its way) but never leads it, so this never
    // skips a change; the next pull brings it.
    if (since == m_revisions.known()) {
        return ctx->respond(HttpReply::json(
            200, QJsonObject{{u"changes"_s, QJsonArray()}, {u"cursor"_s, since}, {u"hasMore"_s, false}}));
    }
    QList<Change> changes;
    qint64 head = 0;
    {
        // One snapshot for the head and every source: a revision in it means every lower
        // one is in it too (revisioned transactions commit in revision order).
        Database::Transaction snapshot(m_db, Database::Kind::Read);
        if (!snapshot.isOpen())
            return ctx->respond(HttpReply::error(503, u"unavailable"_s, u"The store is busy; try again."_s));
        head = m_db.storedHead();
        if (since > head) {
            // The client has seen revisions this store never had (it was restored from a
            // backup): it must forget its cursor and pull everything again.
            return ctx->respond(HttpReply::json(200, QJsonObject{{u"changes"_s, QJsonArray()},
                                                                 {u"cursor"_s, 0},
                                                                 {u"hasMore"_s, true},
                                                                 {u"reset"_s, true}}));
        }
        if (since < head)
            changes = collect(*ctx->principal, since, limit + 1);
    }
    m_revisions.observe(head);
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
    // With nothing more to send the cursor jumps to the snapshot's head, so the next pull of
    // an idle client takes the fast path above.
    const qint64 cursor = hasMore ? changes.constLast().rev : head;
    ctx->respond(HttpReply::json(200, QJsonObject{{u"changes"_s, out}, {u"cursor"_s, cursor}, {u"hasMore"_s, hasMore}}));
}

QList<SyncService::Change> SyncService::collect(const Principal &p, qint64 since, int limit)
{
    QList<Change> all;
    // "SELECT <columns>, id, rev FROM <from> WHERE rev > ? AND <scope> ORDER BY rev LIMIT ?"
    auto run = [&](const QString &sql, const SqlFilter &scope, const std::function<void(const QSqlQuery &, int)> &read) {
        QSqlQuery &q = m_db.query(sql);
        int i = 0;
        q.bindValue(i++, since);
        for (const QVariant &v : scope.values)
            q.bindValue(i++, v);
        q.bindValue(i, limit);
        if (m_db.execPrepared(q)) {
            int keyColumn = -1;
            while (q.next()) {
                if (keyColumn < 0)
                    keyColumn = q.record().count() - 2;
                read(q, keyColumn);
            }
        }
        q.finish();
    };
    for (const EntitySpec &e : m_registry.entities()) {
        const Scope scope = e.visibility(p.role);
        const SqlFilter filter = scope.sql(p, e.alias + u'.');
        if (filter.where == u"1 = 0")
            continue;
        const QString sql = u"SELECT %1, %2.id, %2.rev FROM %3 WHERE %2.rev > ? AND %4 ORDER BY %2.rev LIMIT ?"_s.arg(
            e.columns, e.alias, e.from, filter.where);
        const qsizetype first = all.size();
        run(sql, filter, [&](const QSqlQuery &q, int key) {
            all.append(Change{q.value(key + 1).toLongLong(), e.entity, q.value(key).toString(), e.json(q, p)});
        });
        if (e.complete) {
            for (qsizetype i = first; i < all.size(); ++i)
                e.complete(m_db, p, all[i].data);
        }
    }
    // A tombstone names its own entity.
    const SqlFilter gone = Tombstones::scopeFor(p.role).sql(p);
    run(u"SELECT entity, entity_id, rev FROM tombstones WHERE rev > ? AND %1 ORDER BY rev LIMIT ?"_s.arg(gone.where), gone,
        [&](const QSqlQuery &q, int) {
            all.append(Change{q.value(2).toLongLong(), q.value(0).toString(), q.value(1).toString(), {}});
        });

    std::sort(all.begin(), all.end(), [](const Change &a, const Change &b) { return a.rev < b.rev; });
    if (all.size() > limit)
        all.resize(limit);
    return all;
}

} // namespace Courtyard::Server
