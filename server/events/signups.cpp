// A resident's sign-up and what follows it: the decision on arrival (confirmed when the party
// fits and nobody waits before it, else waitlisted), cancelling or leaving the queue, taking
// or declining an offer, and the job that lets lapsed offers pass on. Every decision runs in
// the command's one revisioned transaction with the event row locked, so the places held
// never pass the capacity and the queue is the order of arrival on the server.
#include "eventsparts.h"

#include "database.h"
#include "events/eventrules.h"
#include "json.h"
#include "payloadreader.h"
#include "principal.h"
#include "registry.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEvents, "courtyard.events")

namespace Courtyard::Server {

using namespace EventsCommand;

namespace {

/// Whether one of the resident's units is in a building of the event's audience.
bool inAudience(Database &db, const EventRow &e, const Principal &who)
{
    if (e.wholeEstate)
        return true;
    for (const QString &unit : who.unitIds) {
        if (db.scalar(u"SELECT 1 FROM event_buildings eb JOIN units u ON u.building_id = eb.building_id"
                      " WHERE eb.event_id = ? AND u.id = ?"_s,
                      {e.id, unit})
                .isValid())
            return true;
    }
    return false;
}

CommandOutcome createSignup(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"signupId"_s, u"eventId"_s, u"partySize"_s});
    const auto id = r.id(u"signupId"_s, true, true);
    const auto eventId = r.id(u"eventId"_s, true);
    const auto party = r.integer(u"partySize"_s, true, 1, Events::Limits::PartyMax);
    if (!r.ok())
        return invalid(r);
    const std::optional<EventRow> e = EventStore::event(ctx.db, *eventId, true);
    // A draft is no event to a resident; another estate's is none to anybody.
    if (!e || !ctx.who.inEstate(e->estateId) || (e->status == u"draft" && ctx.who.role == Role::Resident))
        return notFound(u"event"_s);
    if (ctx.who.role != Role::Resident)
        return forbidden();
    if (!inAudience(ctx.db, *e, ctx.who))
        return refuse(403, u"not_in_audience"_s, u"This event is for other buildings of the estate."_s);
    if (e->status == u"cancelled")
        return refuse(409, u"event_cancelled"_s, u"The event is cancelled."_s);
    if (ctx.now < e->opensAt)
        return refuse(409, u"not_open"_s, u"Sign-up has not opened yet."_s);
    if (ctx.now >= e->closesAt || ctx.now >= e->startsAt)
        return refuse(409, u"closed"_s, u"Sign-up has closed."_s);
    if (*party > e->maxParty)
        return refuse(400, u"party_too_large"_s, u"At most %1 people per household."_s.arg(e->maxParty));
    const QString existing = ctx.db.scalar(u"SELECT id FROM event_signups WHERE event_id = ? AND user_id = ?"
                                           " AND state IN ('confirmed', 'waitlisted', 'offered')"_s,
                                           {e->id, ctx.who.id})
                                 .toString();
    if (!existing.isEmpty())
        return CommandOutcome::refuseShowing(409, u"already_signed_up"_s, u"You have signed up for this event already."_s,
                                             u"eventSignup"_s, existing);
    if (ctx.db.scalar(u"SELECT 1 FROM event_signups WHERE id = ?"_s, {*id}).isValid())
        return refuse(409, u"already_exists"_s, u"A sign-up with this id exists already."_s);

    const qint64 seq = ctx.db.scalar(u"SELECT next_seq FROM events WHERE id = ?"_s, {e->id}).toLongLong();
    const bool confirmed = Events::confirmsAtOnce(e->capacity, EventStore::heldPeople(ctx.db, e->id), int(*party),
                                                  EventStore::someoneWaits(ctx.db, e->id), e->skipAhead);
    const QString state = confirmed ? u"confirmed"_s : u"waitlisted"_s;
    const QVariant unit = ctx.who.unitIds.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(ctx.who.unitIds.first());
    const bool ok = ctx.db.exec(u"UPDATE events SET next_seq = next_seq + 1, rev = ? WHERE id = ?"_s,
                                {ctx.db.nextRevision(), e->id})
                    && ctx.db.exec(u"INSERT INTO event_signups (id, event_id, estate_id, user_id, unit_id, party_size, seq,"
                                   " state, created_at, decided_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                   {*id, e->id, e->estateId, ctx.who.id, unit, int(*party), seq, state, ctx.now, ctx.now,
                                    ctx.db.nextRevision()})
                    && audit(ctx, e->estateId, u"signup.create"_s, u"event"_s, e->id,
                             u"Signed up %1 people for %2: %3"_s.arg(*party).arg(e->title, state));
    if (!ok)
        return CommandOutcome::failure(u"Could not store the sign-up."_s);
    return CommandOutcome::done(u"eventSignup"_s, *id);
}

/// The caller's own sign-up of the payload and its event (locked); a refusal otherwise:
/// 404 for someone else's (unless the office of its estate: 403).
std::variant<std::pair<SignupRow, EventRow>, CommandOutcome> ownSignup(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"signupId"_s});
    const auto id = r.id(u"signupId"_s, true);
    if (!r.ok())
        return invalid(r);
    std::optional<SignupRow> s = EventStore::signup(ctx.db, *id);
    if (!s || (s->userId != ctx.who.id && !(isStaff(ctx.who.role) && ctx.who.inEstate(s->estateId))))
        return notFound(u"sign-up"_s);
    if (s->userId != ctx.who.id)
        return forbidden();
    const std::optional<EventRow> e = EventStore::event(ctx.db, s->eventId, true);
    if (!e)
        return notFound(u"sign-up"_s);
    // Read again under the event's lock: an expiry or another phone may have moved it.
    s = EventStore::signup(ctx.db, *id);
    return std::pair{*s, *e};
}

CommandOutcome cancelSignup(CommandContext &ctx, const QJsonObject &payload)
{
    auto found = ownSignup(ctx, payload);
    if (auto *no = std::get_if<CommandOutcome>(&found))
        return *no;
    const auto &[s, e] = std::get<std::pair<SignupRow, EventRow>>(found);
    if (!Events::isActive(s.state))
        return CommandOutcome::refuseShowing(409, u"not_active"_s, u"This sign-up has ended already."_s, u"eventSignup"_s, s.id);
    if (ctx.now >= e.startsAt)
        return refuse(409, u"event_started"_s, u"The event has started."_s);
    bool ok = EventStore::setState(ctx.db, s.id, u"cancelled"_s, 0, ctx.now);
    if (s.state == u"waitlisted")
        ok = ok && EventStore::bumpQueueBehind(ctx.db, e.id, s.seq);
    ok = ok && EventStore::touchEvent(ctx.db, e.id) && EventStore::promote(ctx.db, e, ctx.now)
         && audit(ctx, e.estateId, u"signup.cancel"_s, u"event"_s, e.id,
                  u"Cancelled a %1 sign-up of %2 people for %3"_s.arg(s.state).arg(s.partySize).arg(e.title));
    if (!ok)
        return CommandOutcome::failure(u"Could not cancel the sign-up."_s);
    return CommandOutcome::done(u"eventSignup"_s, s.id);
}

CommandOutcome answerOffer(CommandContext &ctx, const QJsonObject &payload, bool accept)
{
    auto found = ownSignup(ctx, payload);
    if (auto *no = std::get_if<CommandOutcome>(&found))
        return *no;
    const auto &[s, e] = std::get<std::pair<SignupRow, EventRow>>(found);
    if (s.state == u"expired" || (s.state == u"offered" && ctx.now >= s.offerExpiresAt))
        return CommandOutcome::refuseShowing(409, u"offer_expired"_s, u"The offer has expired."_s, u"eventSignup"_s, s.id);
    if (s.state != u"offered")
        return CommandOutcome::refuseShowing(409, u"no_offer"_s, u"There is no offer to answer."_s, u"eventSignup"_s, s.id);
    bool ok = EventStore::setState(ctx.db, s.id, accept ? u"confirmed"_s : u"declined"_s, 0, ctx.now);
    if (!accept)
        ok = ok && EventStore::touchEvent(ctx.db, e.id) && EventStore::promote(ctx.db, e, ctx.now);
    ok = ok && audit(ctx, e.estateId, accept ? u"offer.accept"_s : u"offer.decline"_s, u"event"_s, e.id,
                     u"%1 an offer of %2 places for %3"_s.arg(accept ? u"Accepted"_s : u"Declined"_s).arg(s.partySize).arg(e.title));
    if (!ok)
        return CommandOutcome::failure(u"Could not answer the offer."_s);
    return CommandOutcome::done(u"eventSignup"_s, s.id);
}

} // namespace

void expireOffers(JobContext &ctx)
{
    Database &db = ctx.db;
    QStringList events;
    {
        Database::Transaction read(db, Database::Kind::Read);
        if (!read.isOpen())
            return;
        QSqlQuery &q = db.query(u"SELECT DISTINCT event_id FROM event_signups WHERE state = 'offered' AND offer_expires_at <= ?"_s);
        q.bindValue(0, ctx.now);
        if (db.execPrepared(q)) {
            while (q.next())
                events << q.value(0).toString();
        }
        q.finish();
    }
    int expired = 0;
    for (const QString &eventId : std::as_const(events)) {
        Database::Transaction tx(db, Database::Kind::Revisioned);
        if (!tx.isOpen())
            return;
        const std::optional<EventRow> e = EventStore::event(db, eventId, true);
        if (!e)
            continue;
        // Looked up again under the lock: the resident may have answered meanwhile.
        QList<std::pair<QString, QString>> lapsed;
        QSqlQuery &q = db.query(u"SELECT id, user_id FROM event_signups WHERE event_id = ? AND state = 'offered'"
                                " AND offer_expires_at <= ? ORDER BY seq"_s);
        q.bindValue(0, eventId);
        q.bindValue(1, ctx.now);
        if (db.execPrepared(q)) {
            while (q.next())
                lapsed.append({q.value(0).toString(), q.value(1).toString()});
        }
        q.finish();
        bool ok = true;
        for (const auto &[signupId, userId] : std::as_const(lapsed)) {
            ok = ok && EventStore::setState(db, signupId, u"expired"_s, 0, ctx.now)
                 && EventStore::notice(db, *e, userId, u"expired"_s, {}, ctx.now);
        }
        ok = ok && EventStore::touchEvent(db, eventId) && EventStore::promote(db, *e, ctx.now);
        if (!ok || db.transactionFailed() || !tx.commit()) {
            qCWarning(lcEvents) << "could not expire the offers of an event";
            return;
        }
        expired += int(lapsed.size());
    }
    if (expired > 0)
        qCInfo(lcEvents) << "offers expired:" << expired;
}

void registerSignups(Registry &registry)
{
    registry.addCommand({u"signup.create"_s, createSignup});
    registry.addCommand({u"signup.cancel"_s, cancelSignup});
    registry.addCommand({u"offer.accept"_s, [](CommandContext &ctx, const QJsonObject &p) { return answerOffer(ctx, p, true); }});
    registry.addCommand({u"offer.decline"_s, [](CommandContext &ctx, const QJsonObject &p) { return answerOffer(ctx, p, false); }});
    registry.addJob({u"events.expireOffers"_s, std::chrono::minutes(1), expireOffers});
}

} // namespace Courtyard::Server
