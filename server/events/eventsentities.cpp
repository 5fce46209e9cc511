// What of events syncs, and who sees it: residents the estate's published (and cancelled)
// events with their counts, only their own sign-ups (with the ticket) and their own feed
// items; the office every event and sign-up of its estates (the door list), with the
// turnout and the public ticket key; technicians nothing.
#include "eventsparts.h"

#include "database.h"
#include "json.h"
#include "principal.h"
#include "registry.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::EventsEntities {

namespace {

bool isDoorStaff(Role role)
{
    return isOffice(role);
}

Scope eventScope(Role role)
{
    if (role == Role::Resident)
        return Scope::inEstates(u"estate_id"_s)
               && (Scope::equals(u"status"_s, u"published"_s) || Scope::equals(u"status"_s, u"cancelled"_s));
    return isDoorStaff(role) ? Scope::inEstates(u"estate_id"_s) : Scope::none();
}

Scope signupScope(Role role)
{
    if (role == Role::Resident)
        return Scope::isMe(u"user_id"_s);
    return isDoorStaff(role) ? Scope::inEstates(u"estate_id"_s) : Scope::none();
}

Scope noticeScope(Role role)
{
    return role == Role::Resident ? Scope::isMe(u"user_id"_s) : Scope::none();
}

Scope keyScope(Role role)
{
    return isDoorStaff(role) ? Scope::inEstates(u"estate_id"_s) : Scope::none();
}

const QString HeldSql = u"(SELECT COALESCE(SUM(h.party_size), 0) FROM event_signups h WHERE h.event_id = e.id"
                        " AND h.state IN ('confirmed', 'offered'))"_s;
const QString WaitingSql = u"(SELECT COUNT(*) FROM event_signups w WHERE w.event_id = e.id AND w.state = 'waitlisted'),"
                           " (SELECT COALESCE(SUM(w.party_size), 0) FROM event_signups w WHERE w.event_id = e.id"
                           " AND w.state = 'waitlisted')"_s;

QJsonObject eventJson(const QSqlQuery &q, const Principal &)
{
    const int capacity = q.value(8).toInt();
    const int held = q.value(22).toInt();
    return QJsonObject{{u"id"_s, q.value(0).toString()},
                       {u"estateId"_s, q.value(1).toString()},
                       {u"kind"_s, q.value(2).toString()},
                       {u"title"_s, q.value(3).toString()},
                       {u"description"_s, q.value(4).toString()},
                       {u"place"_s, q.value(5).toString()},
                       {u"startsAt"_s, Json::isoTime(q.value(6).toLongLong())},
                       {u"endsAt"_s, Json::isoTime(q.value(7).toLongLong())},
                       {u"capacity"_s, capacity},
                       {u"signupOpensAt"_s, Json::isoTime(q.value(9).toLongLong())},
                       {u"signupClosesAt"_s, Json::isoTime(q.value(10).toLongLong())},
                       {u"maxPartySize"_s, q.value(11).toInt()},
                       {u"wholeEstate"_s, q.value(12).toInt() != 0},
                       {u"coverPhoto"_s, Json::textOrNull(q.value(13))},
                       {u"waitlistMode"_s, q.value(14).toString()},
                       {u"offerHours"_s, q.value(15).toInt()},
                       {u"walkInsAllowed"_s, q.value(16).toInt() != 0},
                       {u"skipAhead"_s, q.value(17).toInt() != 0},
                       {u"status"_s, q.value(18).toString()},
                       {u"publishedAt"_s, Json::timeOrNull(q.value(19))},
                       {u"cancelledAt"_s, Json::timeOrNull(q.value(20))},
                       {u"cancelReason"_s, Json::textOrNull(q.value(21))},
                       {u"heldPeople"_s, held},
                       {u"placesLeft"_s, qMax(0, capacity - held)},
                       {u"waitingParties"_s, q.value(23).toInt()},
                       {u"waitingPeople"_s, q.value(24).toInt()}};
}

/// The audience's buildings, whether the viewer is in it, and the office's turnout.
void completeEvent(Database &db, const Principal &viewer, QJsonObject &data)
{
    const QString id = data.value(u"id"_s).toString();
    QJsonArray buildings;
    QSqlQuery &q = db.query(u"SELECT building_id FROM event_buildings WHERE event_id = ? ORDER BY building_id"_s);
    q.bindValue(0, id);
    if (db.execPrepared(q)) {
        while (q.next())
            buildings.append(q.value(0).toString());
    }
    q.finish();
    data.insert(u"buildingIds"_s, buildings);
    bool eligible = true;
    if (viewer.role == Role::Resident && !data.value(u"wholeEstate"_s).toBool()) {
        eligible = false;
        for (const QString &unit : viewer.unitIds) {
            const QString building = db.scalar(u"SELECT building_id FROM units WHERE id = ?"_s, {unit}).toString();
            if (buildings.contains(building))
                eligible = true;
        }
    }
    data.insert(u"eligible"_s, eligible);
    data.insert(u"turnout"_s, isOffice(viewer.role) ? QJsonValue(EventStore::turnout(db, id)) : QJsonValue(QJsonValue::Null));
}

QJsonObject signupJson(const QSqlQuery &q, const Principal &)
{
    QJsonValue checkIn = QJsonValue::Null;
    if (!q.value(14).isNull())
        checkIn = QJsonObject{{u"id"_s, q.value(14).toString()},
                              {u"at"_s, Json::isoTime(q.value(15).toLongLong())},
                              {u"deviceAt"_s, Json::isoTime(q.value(16).toLongLong())},
                              {u"by"_s, q.value(17).toString()},
                              {u"byName"_s, q.value(18).toString()},
                              {u"people"_s, q.value(19).toInt()}};
    const QString label = q.value(6).isNull() ? QString() : q.value(6).toString() + u' ' + q.value(7).toString();
    return QJsonObject{{u"id"_s, q.value(0).toString()},
                       {u"eventId"_s, q.value(1).toString()},
                       {u"estateId"_s, q.value(2).toString()},
                       {u"userId"_s, q.value(3).toString()},
                       {u"residentName"_s, q.value(4).toString()},
                       {u"unitId"_s, Json::textOrNull(q.value(5))},
                       {u"unitLabel"_s, label.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(label)},
                       {u"partySize"_s, q.value(8).toInt()},
                       {u"seq"_s, q.value(9).toLongLong()},
                       {u"state"_s, q.value(10).toString()},
                       {u"offerExpiresAt"_s, Json::timeOrNull(q.value(11))},
                       {u"createdAt"_s, Json::isoTime(q.value(12).toLongLong())},
                       {u"decidedAt"_s, Json::isoTime(q.value(13).toLongLong())},
                       {u"checkIn"_s, checkIn},
                       {u"position"_s, q.value(20).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(20).toInt())}};
}

/// The ticket, for its owner only and only while confirmed.
void completeSignup(Database &db, const Principal &viewer, QJsonObject &data)
{
    QJsonValue ticket = QJsonValue::Null;
    if (data.value(u"userId"_s).toString() == viewer.id && data.value(u"state"_s).toString() == u"confirmed") {
        const QString text = EventKeys::ticketFor(db, data.value(u"estateId"_s).toString(), data.value(u"id"_s).toString(),
                                                  data.value(u"eventId"_s).toString(), data.value(u"partySize"_s).toInt());
        if (!text.isEmpty())
            ticket = text;
    }
    data.insert(u"ticket"_s, ticket);
}

QJsonObject noticeJson(const QSqlQuery &q, const Principal &)
{
    return QJsonObject{{u"id"_s, q.value(0).toString()},
                       {u"estateId"_s, q.value(1).toString()},
                       {u"eventId"_s, q.value(2).toString()},
                       {u"userId"_s, q.value(3).toString()},
                       {u"kind"_s, q.value(4).toString()},
                       {u"changes"_s, QJsonArray::fromStringList(q.value(5).toString().split(u',', Qt::SkipEmptyParts))},
                       {u"at"_s, Json::isoTime(q.value(6).toLongLong())}};
}

QJsonObject keyJson(const QSqlQuery &q, const Principal &)
{
    return QJsonObject{{u"id"_s, q.value(0).toString()},
                       {u"estateId"_s, q.value(1).toString()},
                       {u"algorithm"_s, u"Ed25519"_s},
                       {u"publicKey"_s, q.value(2).toString()},
                       {u"createdAt"_s, Json::isoTime(q.value(3).toLongLong())}};
}

} // namespace

void registerWith(Registry &registry)
{
    registry.addEntity({u"event"_s, u"events"_s, u"e"_s, u"events e"_s,
                        u"e.id, e.estate_id, e.kind, e.title, e.description, e.place, e.starts_at, e.ends_at, e.capacity,"
                        " e.signup_opens_at, e.signup_closes_at, e.max_party, e.whole_estate, e.cover_photo,"
                        " e.waitlist_mode, e.offer_hours, e.walk_ins, e.skip_ahead, e.status, e.published_at,"
                        " e.cancelled_at, e.cancel_reason, "_s
                            + HeldSql + u", "_s + WaitingSql,
                        eventScope, eventJson, completeEvent});
    registry.addEntity({u"eventSignup"_s, u"event_signups"_s, u"s"_s,
                        u"event_signups s JOIN users u ON u.id = s.user_id LEFT JOIN units un ON un.id = s.unit_id"
                        " LEFT JOIN buildings b ON b.id = un.building_id LEFT JOIN event_checkins c ON c.signup_id = s.id"
                        " LEFT JOIN users cu ON cu.id = c.by_user"_s,
                        u"s.id, s.event_id, s.estate_id, s.user_id, u.name, s.unit_id, b.name, un.number, s.party_size,"
                        " s.seq, s.state, s.offer_expires_at, s.created_at, s.decided_at, c.id, c.at, c.device_at,"
                        " c.by_user, cu.name, c.people,"
                        " CASE WHEN s.state = 'waitlisted' THEN (SELECT COUNT(*) + 1 FROM event_signups w"
                        " WHERE w.event_id = s.event_id AND w.state = 'waitlisted' AND w.seq < s.seq) END"_s,
                        signupScope, signupJson, completeSignup});
    registry.addEntity({u"eventNotice"_s, u"event_notices"_s, u"n"_s, u"event_notices n"_s,
                        u"n.id, n.estate_id, n.event_id, n.user_id, n.kind, n.changes, n.at"_s, noticeScope, noticeJson, {}});
    registry.addEntity({u"eventKey"_s, u"event_keys"_s, u"k"_s, u"event_keys k"_s,
                        u"k.id, k.estate_id, k.public_key, k.created_at"_s, keyScope, keyJson, {}});
}

} // namespace Courtyard::Server::EventsEntities
