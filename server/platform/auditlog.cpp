#include "auditlog.h"

#include "database.h"
#include "json.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::AuditLog {

namespace {

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

bool record(Database &db, const Entry &entry, qint64 atMs)
{
    return db.exec(u"INSERT INTO audit_log (id, at, estate_id, actor_id, action, target_kind, target_id, summary, address)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {u"aud-"_s + Json::randomId(10), atMs, orNull(entry.estateId), orNull(entry.actorId), entry.action,
                    orNull(entry.targetKind), orNull(entry.targetId), entry.summary, orNull(entry.address)});
}

QJsonArray read(Database &db, const Filter &filter, bool *ok)
{
    QJsonArray out;
    *ok = false;
    const QStringList estates = filter.estateId.isEmpty() ? filter.estateIds : QStringList{filter.estateId};
    if (estates.isEmpty()) {
        *ok = true;
        return out;
    }
    QString sql = u"SELECT a.id, a.at, a.estate_id, a.actor_id, u.name, a.action, a.target_kind, a.target_id, a.summary,"
                  " a.address FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id WHERE a.estate_id IN ("_s;
    QVariantList values;
    for (qsizetype i = 0; i < estates.size(); ++i) {
        sql += i ? u", ?"_s : u"?"_s;
        values << estates.at(i);
    }
    sql += u")"_s;
    if (!filter.actorId.isEmpty()) {
        sql += u" AND a.actor_id = ?"_s;
        values << filter.actorId;
    }
    if (filter.fromMs > 0) {
        sql += u" AND a.at >= ?"_s;
        values << filter.fromMs;
    }
    if (filter.toMs > 0) {
        sql += u" AND a.at < ?"_s;
        values << filter.toMs;
    }
    if (filter.beforeMs > 0) {
        sql += u" AND (a.at < ? OR (a.at = ? AND a.id < ?))"_s;
        values << filter.beforeMs << filter.beforeMs << filter.beforeId;
    }
    sql += u" ORDER BY a.at DESC, a.id DESC LIMIT ?"_s;
    values << filter.limit;
    QSqlQuery &q = db.query(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!db.execPrepared(q))
        return out;
    while (q.next()) {
        out.append(QJsonObject{{u"id"_s, q.value(0).toString()},
                               {u"at"_s, Json::isoTime(q.value(1).toLongLong())},
                               {u"estateId"_s, Json::textOrNull(q.value(2))},
                               {u"actorId"_s, Json::textOrNull(q.value(3))},
                               {u"actorName"_s, Json::textOrNull(q.value(4))},
                               {u"action"_s, q.value(5).toString()},
                               {u"targetKind"_s, Json::textOrNull(q.value(6))},
                               {u"targetId"_s, Json::textOrNull(q.value(7))},
                               {u"summary"_s, q.value(8).toString()},
                               {u"address"_s, Json::textOrNull(q.value(9))}});
    }
    q.finish();
    *ok = true;
    return out;
}

} // namespace Courtyard::Server::AuditLog
