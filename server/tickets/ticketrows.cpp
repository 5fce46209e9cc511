#include "ticketrows.h"

#include "database.h"
#include "json.h"
#include "platformmodule.h"
#include "principal.h"
#include "ticketscope.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::Tickets {

namespace {

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

std::optional<Row> loadRow(Database &db, const QString &ticketId)
{
    QSqlQuery &q = db.query(u"SELECT id, estate_id, unit_id, created_by, assignee_id, held_from, priority, status,"
                            " pooled, on_behalf, created_at, kind, accepted_at, on_site_at FROM tickets WHERE id = ?"_s);
    q.bindValue(0, ticketId);
    std::optional<Row> row;
    if (db.execPrepared(q) && q.next()) {
        Row r;
        r.id = q.value(0).toString();
        r.estateId = q.value(1).toString();
        r.unitId = q.value(2).toString();
        r.createdBy = q.value(3).toString();
        r.assigneeId = q.value(4).toString();
        r.heldFrom = q.value(5).toString();
        r.priority = q.value(6).toString();
        r.status = TicketRules::statusFromName(q.value(7).toString()).value_or(TicketStatus::Submitted);
        r.pooled = q.value(8).toInt() != 0;
        r.onBehalf = q.value(9).toInt() != 0;
        r.createdAt = q.value(10).toLongLong();
        r.kind = q.value(11).toString();
        r.acceptedAt = q.value(12).toLongLong();
        r.onSiteAt = q.value(13).toLongLong();
        row = r;
    }
    q.finish();
    return row;
}

bool canSee(const Principal &who, const Row &row)
{
    return orderScope(who.role).matches(who, [&row](const QString &column) -> QVariant {
        if (column == u"estate_id")
            return row.estateId;
        if (column == u"unit_id")
            return orNull(row.unitId);
        if (column == u"created_by")
            return row.createdBy;
        if (column == u"assignee_id")
            return orNull(row.assigneeId);
        if (column == u"pooled")
            return row.pooled ? 1 : 0;
        return {};
    });
}

TicketRelation relation(const Principal &who, const Row &row)
{
    return TicketRules::relation(row.facts(), TicketActor{who.id, who.role, who.unitIds});
}

bool addEvent(Database &db, const Row &row, const Event &e, qint64 now)
{
    const QVariant detail = e.detail.isEmpty()
                                ? QVariant(QMetaType::fromType<QString>())
                                : QVariant(QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)));
    return db.exec(u"INSERT INTO ticket_events (id, ticket_id, estate_id, unit_id, created_by, assignee_id, pooled, type,"
                   " from_status, to_status, actor_id, note, internal, at, received_at, photos, detail, rev)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?)"_s,
                   {Json::randomId(), row.id, row.estateId, orNull(row.unitId), row.createdBy, orNull(row.assigneeId),
                    row.pooled ? 1 : 0, e.type, orNull(e.from), orNull(e.to), e.actorId, orNull(e.note), e.internal ? 1 : 0,
                    e.at, now, e.photos.join(u','), detail, db.nextRevision()});
}

bool moveScope(Database &db, const Row &before, const QString &newAssignee, bool newPooled, qint64 now)
{
    QStringList eventIds;
    QSqlQuery &q = db.query(u"SELECT id FROM ticket_events WHERE ticket_id = ? ORDER BY rev"_s);
    q.bindValue(0, before.id);
    if (!db.execPrepared(q))
        return false;
    while (q.next())
        eventIds << q.value(0).toString();
    q.finish();
    for (const QString &id : std::as_const(eventIds)) {
        if (!db.exec(u"UPDATE ticket_events SET assignee_id = ?, pooled = ?, rev = ? WHERE id = ?"_s,
                     {orNull(newAssignee), newPooled ? 1 : 0, db.nextRevision(), id}))
            return false;
    }
    const bool wasInPool = before.pooled && before.assigneeId.isEmpty();
    const bool inPool = newPooled && newAssignee.isEmpty();
    if (!before.assigneeId.isEmpty() && before.assigneeId != newAssignee && !inPool) {
        TombstoneAudience lost;
        lost.kind = TombstoneAudience::Kind::User;
        lost.userId = before.assigneeId;
        if (!Tombstones::add(db, u"ticket"_s, before.id, before.estateId, lost, now))
            return false;
    }
    if (wasInPool && !inPool) {
        TombstoneAudience pool;
        pool.kind = TombstoneAudience::Kind::Role;
        pool.role = roleName(Role::Technician);
        pool.exceptUser = newAssignee;
        if (!Tombstones::add(db, u"ticket"_s, before.id, before.estateId, pool, now))
            return false;
    }
    return true;
}

SlaTarget sla(Database &db, const QString &estateId, const QString &priority)
{
    QSqlQuery &q = db.query(u"SELECT response_min, resolve_min FROM sla_policies WHERE estate_id = ? AND priority = ?"_s);
    q.bindValue(0, estateId);
    q.bindValue(1, priority);
    SlaTarget target = TicketRules::defaultSla(TicketRules::priorityFromName(priority).value_or(TicketPriority::Normal));
    if (db.execPrepared(q) && q.next())
        target = SlaTarget{q.value(0).toInt(), q.value(1).toInt()};
    q.finish();
    return target;
}

std::optional<QString> nextOnDuty(Database &db, const QString &estateId)
{
    const QString last = db.scalar(u"SELECT rr_cursor FROM estates WHERE id = ?"_s, {estateId}).toString();
    QStringList onDuty;
    QSqlQuery &q = db.query(u"SELECT u.id FROM users u JOIN user_estates ue ON ue.user_id = u.id"
                            " WHERE ue.estate_id = ? AND u.role = 'technician' AND u.on_duty = 1 AND u.deactivated_at IS NULL"
                            " ORDER BY u.id"_s);
    q.bindValue(0, estateId);
    if (!db.execPrepared(q))
        return std::nullopt;
    while (q.next())
        onDuty << q.value(0).toString();
    q.finish();
    if (onDuty.isEmpty())
        return QString();
    QString next = onDuty.constFirst();
    for (const QString &id : std::as_const(onDuty)) {
        if (id > last) {
            next = id;
            break;
        }
    }
    if (!db.exec(u"UPDATE estates SET rr_cursor = ? WHERE id = ?"_s, {next, estateId}))
        return std::nullopt;
    return next;
}

bool isTechnicianOf(Database &db, const QString &userId, const QString &estateId)
{
    return db.scalar(u"SELECT 1 FROM users u JOIN user_estates ue ON ue.user_id = u.id"
                     " WHERE u.id = ? AND ue.estate_id = ? AND u.role = 'technician' AND u.deactivated_at IS NULL"_s,
                     {userId, estateId})
        .isValid();
}

qint64 assignedAt(Database &db, const QString &ticketId)
{
    // Resuming after a hold keeps the assignee: only a hand-over counts.
    return db.scalar(u"SELECT MAX(at) FROM ticket_events WHERE ticket_id = ? AND type = 'status' AND to_status = 'assigned'"
                     " AND (from_status IS NULL OR from_status <> 'on_hold')"_s,
                     {ticketId})
        .toLongLong();
}

} // namespace Courtyard::Server::Tickets
