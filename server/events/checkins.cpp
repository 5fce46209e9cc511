// At the door: check-ins (by a scanned ticket or from the list), their undo, and walk-ins.
// A check-in is a command like any other, queued on the phone and sent once; the server keeps
// the first check-in of a sign-up and answers a second phone's with it (applied, not an error:
// the phone shows who was first and when).
#include "eventsparts.h"

#include "database.h"
#include "events/eventrules.h"
#include "events/ticket.h"
#include "json.h"
#include "payloadreader.h"
#include "principal.h"
#include "registry.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

using namespace EventsCommand;

namespace {

/// The event of the payload for door staff (agents, managers) of its estate.
std::variant<EventRow, CommandOutcome> doorEvent(CommandContext &ctx, const QString &eventId)
{
    const std::optional<EventRow> e = EventStore::event(ctx.db, eventId, true);
    if (!e || !ctx.who.inEstate(e->estateId) || (e->status == u"draft" && ctx.who.role == Role::Resident))
        return notFound(u"event"_s);
    if (!isOffice(ctx.who.role))
        return forbidden();
    if (e->status == u"cancelled")
        return refuse(409, u"event_cancelled"_s, u"The event is cancelled."_s);
    return *e;
}

CommandOutcome recordCheckin(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"checkinId"_s, u"eventId"_s, u"ticket"_s, u"signupId"_s, u"people"_s, u"at"_s});
    const auto id = r.id(u"checkinId"_s, true, true);
    const auto eventId = r.id(u"eventId"_s, true);
    const auto ticketText = r.text(u"ticket"_s, false, 400);
    const auto signupParam = r.id(u"signupId"_s, false);
    const auto people = r.integer(u"people"_s, false, 1, Events::Limits::PartyMax);
    const qint64 deviceAt = r.time(u"at"_s, false, ctx.now).value_or(ctx.now);
    if (r.ok() && bool(ticketText) == bool(signupParam))
        r.fail(u"validation_failed"_s, u"Give either 'ticket' or 'signupId'."_s);
    if (!r.ok())
        return invalid(r);
    auto found = doorEvent(ctx, *eventId);
    if (auto *no = std::get_if<CommandOutcome>(&found))
        return *no;
    const EventRow &e = std::get<EventRow>(found);

    QString signupId;
    if (ticketText) {
        Events::Ticket ticket;
        if (!Events::TicketKeys::verify(*ticketText, EventKeys::publicKey(ctx.db, e.estateId), &ticket))
            return refuse(400, u"bad_ticket"_s, u"This is not a valid ticket of the estate."_s);
        if (ticket.eventId != e.id)
            return refuse(409, u"wrong_event"_s, u"The ticket is for another event."_s);
        signupId = ticket.signupId;
    } else {
        signupId = *signupParam;
    }
    const std::optional<SignupRow> s = EventStore::signup(ctx.db, signupId);
    if (!s || s->estateId != e.estateId)
        return notFound(u"sign-up"_s);
    if (s->eventId != e.id)
        return refuse(409, u"wrong_event"_s, u"The sign-up is for another event."_s);
    // The first check-in stands; this one is answered with it.
    if (ctx.db.scalar(u"SELECT 1 FROM event_checkins WHERE signup_id = ?"_s, {s->id}).isValid())
        return CommandOutcome::done(u"eventSignup"_s, s->id);
    if (s->state != u"confirmed")
        return CommandOutcome::refuseShowing(409, u"not_confirmed"_s, u"This sign-up holds no place."_s, u"eventSignup"_s, s->id);
    const int count = int(people.value_or(s->partySize));
    if (count > s->partySize)
        return refuse(400, u"party_too_large"_s, u"The ticket is for %1 people."_s.arg(s->partySize));
    if (ctx.db.scalar(u"SELECT 1 FROM event_checkins WHERE id = ?"_s, {*id}).isValid())
        return refuse(409, u"already_exists"_s, u"A check-in with this id exists already."_s);
    const bool ok = ctx.db.exec(u"INSERT INTO event_checkins (id, signup_id, event_id, estate_id, people, by_user, device_at, at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                {*id, s->id, e.id, e.estateId, count, ctx.who.id, deviceAt, ctx.now})
                    && ctx.db.exec(u"UPDATE event_signups SET rev = ? WHERE id = ?"_s, {ctx.db.nextRevision(), s->id})
                    && EventStore::touchEvent(ctx.db, e.id)
                    && audit(ctx, e.estateId, u"checkin.record"_s, u"eventSignup"_s, s->id,
                             u"Checked in %1 people for %2"_s.arg(count).arg(e.title));
    if (!ok)
        return CommandOutcome::failure(u"Could not store the check-in."_s);
    return CommandOutcome::done(u"eventSignup"_s, s->id);
}

CommandOutcome undoCheckin(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"signupId"_s});
    const auto signupId = r.id(u"signupId"_s, true);
    if (!r.ok())
        return invalid(r);
    const std::optional<SignupRow> s = EventStore::signup(ctx.db, *signupId);
    if (!s || !ctx.who.inEstate(s->estateId) || (ctx.who.role == Role::Resident && s->userId != ctx.who.id))
        return notFound(u"sign-up"_s);
    if (!isOffice(ctx.who.role))
        return forbidden();
    const std::optional<EventRow> e = EventStore::event(ctx.db, s->eventId, true);
    const QString by = ctx.db.scalar(u"SELECT by_user FROM event_checkins WHERE signup_id = ?"_s, {s->id}).toString();
    if (by.isEmpty())
        return CommandOutcome::refuseShowing(409, u"not_checked_in"_s, u"This sign-up is not checked in."_s, u"eventSignup"_s, s->id);
    if (by != ctx.who.id && ctx.who.role != Role::Manager)
        return refuse(403, u"forbidden"_s, u"Only who checked them in, or a manager, may undo it."_s);
    const bool ok = e && ctx.db.exec(u"DELETE FROM event_checkins WHERE signup_id = ?"_s, {s->id})
                    && ctx.db.exec(u"UPDATE event_signups SET rev = ? WHERE id = ?"_s, {ctx.db.nextRevision(), s->id})
                    && EventStore::touchEvent(ctx.db, s->eventId)
                    && audit(ctx, s->estateId, u"checkin.undo"_s, u"eventSignup"_s, s->id,
                             u"Undid a check-in for %1"_s.arg(e->title));
    if (!ok)
        return CommandOutcome::failure(u"Could not undo the check-in."_s);
    return CommandOutcome::done(u"eventSignup"_s, s->id);
}

CommandOutcome recordWalkin(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"walkinId"_s, u"eventId"_s, u"people"_s, u"note"_s, u"at"_s});
    const auto id = r.id(u"walkinId"_s, true, true);
    const auto eventId = r.id(u"eventId"_s, true);
    const auto people = r.integer(u"people"_s, true, 1, Events::Limits::PartyMax);
    const auto note = r.text(u"note"_s, false, Events::Limits::WalkInNoteMax);
    const qint64 deviceAt = r.time(u"at"_s, false, ctx.now).value_or(ctx.now);
    if (r.ok() && note && Text::hasControlCharacters(Text::clean(*note)))
        r.fail(u"validation_failed"_s, u"'note' must be plain text."_s);
    if (!r.ok())
        return invalid(r);
    auto found = doorEvent(ctx, *eventId);
    if (auto *no = std::get_if<CommandOutcome>(&found))
        return *no;
    const EventRow &e = std::get<EventRow>(found);
    if (!e.walkIns)
        return refuse(409, u"walkins_not_allowed"_s, u"This event takes no walk-ins."_s);
    if (ctx.now < e.startsAt)
        return refuse(409, u"not_started"_s, u"Walk-ins fill the places left once the event has started."_s);
    if (ctx.db.scalar(u"SELECT 1 FROM event_walkins WHERE id = ?"_s, {*id}).isValid())
        return refuse(409, u"already_exists"_s, u"A walk-in with this id exists already."_s);
    const int left = e.capacity - EventStore::checkedInPeople(ctx.db, e.id) - EventStore::walkInPeople(ctx.db, e.id);
    if (*people > left)
        return refuse(409, u"no_places"_s, u"%1 places are left at the door."_s.arg(qMax(0, left)));
    const bool ok = ctx.db.exec(u"INSERT INTO event_walkins (id, event_id, estate_id, people, note, by_user, device_at, at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                {*id, e.id, e.estateId, int(*people),
                                 note ? QVariant(Text::clean(*note)) : QVariant(QMetaType(QMetaType::QString)), ctx.who.id,
                                 deviceAt, ctx.now})
                    && EventStore::touchEvent(ctx.db, e.id)
                    && audit(ctx, e.estateId, u"walkin.record"_s, u"event"_s, e.id,
                             u"Let in %1 walk-in people at %2"_s.arg(*people).arg(e.title));
    if (!ok)
        return CommandOutcome::failure(u"Could not store the walk-in."_s);
    return CommandOutcome::done(u"event"_s, e.id);
}

} // namespace

void registerCheckins(Registry &registry)
{
    registry.addCommand({u"checkin.record"_s, recordCheckin});
    registry.addCommand({u"checkin.undo"_s, undoCheckin});
    registry.addCommand({u"walkin.record"_s, recordWalkin});
}

} // namespace Courtyard::Server
