// The reads and writes every events decision shares, inside the caller's revisioned
// transaction: the event row (locked on PostgreSQL), the places held, the queue, promotion.
#include "eventsparts.h"

#include "database.h"
#include "events/eventrules.h"
#include "json.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::EventStore {

std::optional<EventRow> event(Database &db, const QString &id, bool lock)
{
    QString sql = u"SELECT id, estate_id, status, title, place, capacity, max_party, whole_estate, waitlist_mode,"
                  " offer_hours, walk_ins, skip_ahead, starts_at, ends_at, signup_opens_at, signup_closes_at"
                  " FROM events WHERE id = ?"_s;
    // Every decision on the event's places waits for the one before it (the revisioned
    // transaction already serializes writers; this keeps it so for any other writer).
    if (lock && db.isPostgres())
        sql += u" FOR UPDATE"_s;
    QSqlQuery &q = db.query(sql);
    q.bindValue(0, id);
    std::optional<EventRow> row;
    if (db.execPrepared(q) && q.next()) {
        row = EventRow{q.value(0).toString(),          q.value(1).toString(),  q.value(2).toString(),
                       q.value(3).toString(),          q.value(4).toString(),  q.value(5).toInt(),
                       q.value(6).toInt(),             q.value(7).toInt() != 0, q.value(8).toString(),
                       q.value(9).toInt(),             q.value(10).toInt() != 0, q.value(11).toInt() != 0,
                       q.value(12).toLongLong(),       q.value(13).toLongLong(), q.value(14).toLongLong(),
                       q.value(15).toLongLong()};
    }
    q.finish();
    return row;
}

std::optional<SignupRow> signup(Database &db, const QString &id)
{
    QSqlQuery &q = db.query(u"SELECT id, event_id, estate_id, user_id, party_size, seq, state, offer_expires_at"
                            " FROM event_signups WHERE id = ?"_s);
    q.bindValue(0, id);
    std::optional<SignupRow> row;
    if (db.execPrepared(q) && q.next())
        row = SignupRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toInt(),    q.value(5).toLongLong(),
                        q.value(6).toString(), q.value(7).toLongLong()};
    q.finish();
    return row;
}

int heldPeople(Database &db, const QString &eventId)
{
    return db.scalar(u"SELECT COALESCE(SUM(party_size), 0) FROM event_signups WHERE event_id = ?"
                     " AND state IN ('confirmed', 'offered')"_s,
                     {eventId})
        .toInt();
}

bool someoneWaits(Database &db, const QString &eventId)
{
    return db.scalar(u"SELECT 1 FROM event_signups WHERE event_id = ? AND state = 'waitlisted'"_s, {eventId}).isValid();
}

bool touchEvent(Database &db, const QString &eventId)
{
    return db.exec(u"UPDATE events SET rev = ? WHERE id = ?"_s, {db.nextRevision(), eventId});
}

bool setState(Database &db, const QString &signupId, const QString &state, qint64 offerExpiresAt, qint64 now)
{
    return db.exec(u"UPDATE event_signups SET state = ?, offer_expires_at = ?, decided_at = ?, rev = ? WHERE id = ?"_s,
                   {state, offerExpiresAt > 0 ? QVariant(offerExpiresAt) : QVariant(QMetaType(QMetaType::LongLong)), now,
                    db.nextRevision(), signupId});
}

bool bumpQueueBehind(Database &db, const QString &eventId, qint64 seq)
{
    QStringList ids;
    QSqlQuery &q = db.query(u"SELECT id FROM event_signups WHERE event_id = ? AND state = 'waitlisted' AND seq > ?"
                            " ORDER BY seq"_s);
    q.bindValue(0, eventId);
    q.bindValue(1, seq);
    if (!db.execPrepared(q))
        return false;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    for (const QString &id : std::as_const(ids)) {
        if (!db.exec(u"UPDATE event_signups SET rev = ? WHERE id = ?"_s, {db.nextRevision(), id}))
            return false;
    }
    return true;
}

bool notice(Database &db, const EventRow &event, const QString &userId, const QString &kind, const QStringList &changes,
            qint64 now)
{
    return db.exec(u"INSERT INTO event_notices (id, estate_id, event_id, user_id, kind, changes, at, rev)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {Json::randomId(), event.estateId, event.id, userId, kind, changes.isEmpty() ? u""_s : changes.join(u','), now,
                    db.nextRevision()});
}

bool promote(Database &db, const EventRow &event, qint64 now, int *admitted)
{
    if (admitted)
        *admitted = 0;
    // Once the event has begun the door decides (walk-ins), not the queue.
    if (event.status != u"published" || now >= event.startsAt)
        return true;
    QList<Events::Waiting> queue;
    QHash<QString, std::pair<QString, qint64>> who; // signup → (user, seq)
    {
        QSqlQuery &q = db.query(u"SELECT id, party_size, user_id, seq FROM event_signups WHERE event_id = ?"
                                " AND state = 'waitlisted' ORDER BY seq"_s);
        q.bindValue(0, event.id);
        if (!db.execPrepared(q))
            return false;
        while (q.next()) {
            queue.append({q.value(0).toString(), q.value(1).toInt()});
            who.insert(q.value(0).toString(), {q.value(2).toString(), q.value(3).toLongLong()});
        }
        q.finish();
    }
    if (queue.isEmpty())
        return true;
    const QStringList in = Events::admit(event.capacity, heldPeople(db, event.id), queue, event.skipAhead);
    if (in.isEmpty())
        return true;
    const bool offer = event.waitlistMode == u"offer";
    const qint64 expires = offer ? now + qint64(event.offerHours) * 3600 * 1000 : 0;
    qint64 firstSeq = -1;
    for (const QString &id : in) {
        const auto &[userId, seq] = who.value(id);
        if (firstSeq < 0 || seq < firstSeq)
            firstSeq = seq;
        if (!setState(db, id, offer ? u"offered"_s : u"confirmed"_s, expires, now)
            || !notice(db, event, userId, offer ? u"offered"_s : u"confirmed"_s, {}, now))
            return false;
    }
    if (admitted)
        *admitted = int(in.size());
    return bumpQueueBehind(db, event.id, firstSeq) && touchEvent(db, event.id);
}

int checkedInPeople(Database &db, const QString &eventId)
{
    return db.scalar(u"SELECT COALESCE(SUM(people), 0) FROM event_checkins WHERE event_id = ?"_s, {eventId}).toInt();
}

int walkInPeople(Database &db, const QString &eventId)
{
    return db.scalar(u"SELECT COALESCE(SUM(people), 0) FROM event_walkins WHERE event_id = ?"_s, {eventId}).toInt();
}

QJsonObject turnout(Database &db, const QString &eventId)
{
    // Signed up: the confirmed sign-ups (a checked-in one stays confirmed); a no-show is one of
    // them not checked in.
    QSqlQuery &q = db.query(
        u"SELECT COUNT(s.id), COALESCE(SUM(s.party_size), 0), COUNT(c.id), COALESCE(SUM(c.people), 0),"
        " COALESCE(SUM(CASE WHEN c.id IS NULL THEN 1 ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN c.id IS NULL THEN s.party_size ELSE 0 END), 0)"
        " FROM event_signups s LEFT JOIN event_checkins c ON c.signup_id = s.id"
        " WHERE s.event_id = ? AND s.state = 'confirmed'"_s);
    q.bindValue(0, eventId);
    QJsonObject out;
    if (db.execPrepared(q) && q.next()) {
        out = QJsonObject{{u"signedUpParties"_s, q.value(0).toInt()}, {u"signedUpPeople"_s, q.value(1).toInt()},
                          {u"checkedInParties"_s, q.value(2).toInt()}, {u"checkedInPeople"_s, q.value(3).toInt()},
                          {u"noShowParties"_s, q.value(4).toInt()},   {u"noShowPeople"_s, q.value(5).toInt()}};
    }
    q.finish();
    QSqlQuery &w = db.query(u"SELECT COUNT(*), COALESCE(SUM(people), 0) FROM event_walkins WHERE event_id = ?"_s);
    w.bindValue(0, eventId);
    if (db.execPrepared(w) && w.next()) {
        out.insert(u"walkInParties"_s, w.value(0).toInt());
        out.insert(u"walkInPeople"_s, w.value(1).toInt());
    }
    w.finish();
    return out;
}

} // namespace Courtyard::Server::EventStore
