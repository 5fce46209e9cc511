// A manager's commands on events: save (create or edit), publish, cancel. Editing the time or
// place of a published event, and cancelling it, tells every resident signed up or waiting
// (eventNotice); a cancellation ends all their sign-ups. Each command reads its payload
// strictly (400, nothing changed), checks the estate (404) and the role (403), and writes its
// audit entry in the same transaction.
#include "eventsparts.h"

#include "auditlog.h"
#include "database.h"
#include "events/eventrules.h"
#include "json.h"
#include "payloadreader.h"
#include "platformmodule.h"
#include "principal.h"
#include "registry.h"
#include "text.h"

#include <QJsonArray>

#include <variant>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

using namespace EventsCommand;

namespace {

/// Plain text of up to @p max characters, without control characters (empty allowed when
/// @p allowEmpty).
std::optional<QString> plainText(PayloadReader &r, const QJsonObject &payload, const QString &key, bool required, int max,
                                 bool allowEmpty = false)
{
    if (allowEmpty && payload.value(key).isString() && payload.value(key).toString().trimmed().isEmpty())
        return u""_s;
    std::optional<QString> v = r.text(key, required, max);
    if (v && Text::hasControlCharacters(Text::clean(*v))) {
        r.fail(u"validation_failed"_s, u"'%1' must be plain text."_s.arg(key));
        return std::nullopt;
    }
    return v ? std::optional<QString>(Text::clean(*v)) : std::nullopt;
}

/// The sign-ups still in play of an event (user, state), for telling them.
QList<std::pair<QString, QString>> activeSignups(Database &db, const QString &eventId)
{
    QList<std::pair<QString, QString>> out;
    QSqlQuery &q = db.query(u"SELECT id, user_id FROM event_signups WHERE event_id = ?"
                            " AND state IN ('confirmed', 'waitlisted', 'offered') ORDER BY seq"_s);
    q.bindValue(0, eventId);
    if (db.execPrepared(q)) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString()});
    }
    q.finish();
    return out;
}

CommandOutcome saveEvent(CommandContext &ctx, const QJsonObject &payload)
{
    namespace L = Events::Limits;
    PayloadReader r(payload, {u"eventId"_s, u"estateId"_s, u"kind"_s, u"title"_s, u"description"_s, u"place"_s,
                              u"startsAt"_s, u"endsAt"_s, u"capacity"_s, u"signupOpensAt"_s, u"signupClosesAt"_s,
                              u"maxPartySize"_s, u"buildingIds"_s, u"coverPhoto"_s, u"waitlistMode"_s, u"offerHours"_s,
                              u"walkInsAllowed"_s, u"skipAhead"_s});
    const auto id = r.id(u"eventId"_s, true, true);
    const auto estateId = r.id(u"estateId"_s, true);
    const auto kind = r.choice(u"kind"_s, true, Events::kinds());
    const auto title = plainText(r, payload, u"title"_s, true, L::TitleMax);
    const auto description = plainText(r, payload, u"description"_s, false, L::DescriptionMax, true);
    const auto place = plainText(r, payload, u"place"_s, true, L::PlaceMax);
    const auto startsAt = r.time(u"startsAt"_s, true, ctx.now, false);
    const auto endsAt = r.time(u"endsAt"_s, true, ctx.now, false);
    const auto capacity = r.integer(u"capacity"_s, true, 1, L::CapacityMax);
    const auto opensAt = r.time(u"signupOpensAt"_s, true, ctx.now, false);
    const auto closesAt = r.time(u"signupClosesAt"_s, true, ctx.now, false);
    const qint64 maxParty = r.integer(u"maxPartySize"_s, false, 1, L::PartyMax).value_or(L::DefaultPartyMax);
    const auto cover = r.sha256(u"coverPhoto"_s, false);
    const QString mode = r.choice(u"waitlistMode"_s, false, Events::waitlistModes()).value_or(u"automatic"_s);
    const qint64 offerHours = r.integer(u"offerHours"_s, false, L::OfferHoursMin, L::OfferHoursMax).value_or(L::DefaultOfferHours);
    const bool walkIns = r.boolean(u"walkInsAllowed"_s).value_or(false);
    const bool skipAhead = r.boolean(u"skipAhead"_s).value_or(false);
    QStringList buildings;
    if (r.ok() && payload.contains(u"buildingIds"_s)) {
        const QJsonValue v = payload.value(u"buildingIds"_s);
        for (const QJsonValue &b : v.toArray()) {
            if (!b.isString() || !Json::isId(b.toString()) || buildings.contains(b.toString())) {
                r.fail(u"validation_failed"_s, u"'buildingIds' must be a list of distinct building ids."_s);
                break;
            }
            buildings << b.toString();
        }
        if (r.ok() && !v.isArray())
            r.fail(u"validation_failed"_s, u"'buildingIds' must be a list."_s);
    }
    if (!r.ok())
        return invalid(r);
    if (*endsAt <= *startsAt)
        return refuse(400, u"ends_before_start"_s, u"The event must end after it starts."_s);
    if (*closesAt <= *opensAt)
        return refuse(400, u"closes_before_opens"_s, u"Sign-up must close after it opens."_s);
    if (*closesAt > *endsAt)
        return refuse(400, u"closes_after_end"_s, u"Sign-up must close by the end of the event."_s);

    if (!ctx.who.inEstate(*estateId))
        return notFound(u"estate"_s);
    if (ctx.who.role != Role::Manager)
        return forbidden();
    const std::optional<EventRow> old = EventStore::event(ctx.db, *id, true);
    if (old && old->estateId != *estateId)
        return ctx.who.inEstate(old->estateId) ? refuse(409, u"estate_fixed"_s, u"An event stays in its estate."_s)
                                               : notFound(u"event"_s);
    if (old && old->status == u"cancelled")
        return refuse(409, u"event_cancelled"_s, u"The event is cancelled."_s);
    for (const QString &b : std::as_const(buildings)) {
        if (ctx.db.scalar(u"SELECT estate_id FROM buildings WHERE id = ?"_s, {b}).toString() != *estateId)
            return refuse(404, u"unknown_building"_s, u"There is no such building in the estate."_s);
    }
    if (cover && !Attachments::firstNotOwned(ctx.db, {*cover}, ctx.who.id).isEmpty())
        return refuse(400, u"unknown_photo"_s, u"Upload the cover photo first."_s);
    int held = 0;
    if (old) {
        held = EventStore::heldPeople(ctx.db, *id);
        if (*capacity < held)
            return refuse(409, u"capacity_below_held"_s,
                          u"%1 people hold places already: the capacity cannot go below that."_s.arg(held));
    }

    const QVariantList fields{*kind, *title, description.value_or(u""_s), *place, *startsAt, *endsAt, int(*capacity),
                              *opensAt, *closesAt, int(maxParty), buildings.isEmpty() ? 1 : 0,
                              cover ? QVariant(*cover) : QVariant(QMetaType(QMetaType::QString)), mode, int(offerHours),
                              walkIns ? 1 : 0, skipAhead ? 1 : 0, ctx.db.nextRevision()};
    bool ok = false;
    if (old) {
        ok = ctx.db.exec(u"UPDATE events SET kind = ?, title = ?, description = ?, place = ?, starts_at = ?, ends_at = ?,"
                         " capacity = ?, signup_opens_at = ?, signup_closes_at = ?, max_party = ?, whole_estate = ?,"
                         " cover_photo = ?, waitlist_mode = ?, offer_hours = ?, walk_ins = ?, skip_ahead = ?, rev = ?"
                         " WHERE id = ?"_s,
                         fields + QVariantList{*id})
             && ctx.db.exec(u"DELETE FROM event_buildings WHERE event_id = ?"_s, {*id});
    } else {
        ok = ctx.db.exec(u"INSERT INTO events (kind, title, description, place, starts_at, ends_at, capacity,"
                         " signup_opens_at, signup_closes_at, max_party, whole_estate, cover_photo, waitlist_mode,"
                         " offer_hours, walk_ins, skip_ahead, rev, id, estate_id, status, next_seq, created_by, created_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?)"_s,
                         fields + QVariantList{*id, *estateId, ctx.who.id, ctx.now});
    }
    for (const QString &b : std::as_const(buildings))
        ok = ok && ctx.db.exec(u"INSERT INTO event_buildings (event_id, building_id) VALUES (?, ?)"_s, {*id, b});
    if (ok && cover)
        ok = Attachments::link(ctx.db, u"event"_s, *id, {*cover}, false);
    if (!ok)
        return CommandOutcome::failure(u"Could not store the event."_s);

    if (old && old->status == u"published") {
        QStringList changes;
        if (old->startsAt != *startsAt)
            changes << u"startsAt"_s;
        if (old->endsAt != *endsAt)
            changes << u"endsAt"_s;
        if (old->place != *place)
            changes << u"place"_s;
        if (!changes.isEmpty()) {
            for (const auto &[signupId, userId] : activeSignups(ctx.db, *id)) {
                if (!EventStore::notice(ctx.db, *old, userId, u"changed"_s, changes, ctx.now))
                    return CommandOutcome::failure(u"Could not tell the residents."_s);
            }
        }
        // More places, or smaller parties may now pass: the queue moves at once.
        std::optional<EventRow> now = EventStore::event(ctx.db, *id, false);
        if (!now || !EventStore::promote(ctx.db, *now, ctx.now))
            return CommandOutcome::failure(u"Could not move the waitlist."_s);
    }
    if (!audit(ctx, *estateId, u"event.save"_s, u"event"_s, *id,
               (old ? u"Edited event %1"_s : u"Created event %1"_s).arg(*title)))
        return CommandOutcome::failure(u"Could not write the audit entry."_s);
    return CommandOutcome::done(u"event"_s, *id);
}

/// The event of the payload for a manager's act: 404 outside the caller's estates, 403 for
/// another role.
std::variant<EventRow, CommandOutcome> managedEvent(CommandContext &ctx, PayloadReader &r)
{
    const auto id = r.id(u"eventId"_s, true);
    if (!r.ok())
        return invalid(r);
    const std::optional<EventRow> e = EventStore::event(ctx.db, *id, true);
    if (!e || !ctx.who.inEstate(e->estateId) || (e->status == u"draft" && ctx.who.role == Role::Resident))
        return notFound(u"event"_s);
    if (ctx.who.role != Role::Manager)
        return forbidden();
    return *e;
}

CommandOutcome publishEvent(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"eventId"_s});
    auto found = managedEvent(ctx, r);
    if (auto *no = std::get_if<CommandOutcome>(&found))
        return *no;
    const EventRow &e = std::get<EventRow>(found);
    if (e.status == u"cancelled")
        return refuse(409, u"event_cancelled"_s, u"The event is cancelled."_s);
    if (e.status == u"published")
        return refuse(409, u"already_published"_s, u"The event is published already."_s);
    const bool ok = EventKeys::ensure(ctx.db, e.estateId, ctx.now)
                    && ctx.db.exec(u"UPDATE events SET status = 'published', published_at = ?, rev = ? WHERE id = ?"_s,
                                   {ctx.now, ctx.db.nextRevision(), e.id})
                    && audit(ctx, e.estateId, u"event.publish"_s, u"event"_s, e.id, u"Published event %1"_s.arg(e.title));
    if (!ok)
        return CommandOutcome::failure(u"Could not publish the event."_s);
    return CommandOutcome::done(u"event"_s, e.id);
}

CommandOutcome cancelEvent(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"eventId"_s, u"reason"_s});
    const auto reason = plainText(r, payload, u"reason"_s, false, Events::Limits::ReasonMax, true);
    auto found = managedEvent(ctx, r);
    if (auto *no = std::get_if<CommandOutcome>(&found))
        return *no;
    const EventRow &e = std::get<EventRow>(found);
    if (e.status == u"cancelled")
        return refuse(409, u"event_cancelled"_s, u"The event is cancelled already."_s);
    bool ok = ctx.db.exec(u"UPDATE events SET status = 'cancelled', cancelled_at = ?, cancel_reason = ?, rev = ? WHERE id = ?"_s,
                          {ctx.now, reason && !reason->isEmpty() ? QVariant(*reason) : QVariant(QMetaType(QMetaType::QString)),
                           ctx.db.nextRevision(), e.id});
    for (const auto &[signupId, userId] : activeSignups(ctx.db, e.id)) {
        ok = ok && EventStore::setState(ctx.db, signupId, u"cancelled"_s, 0, ctx.now)
             && EventStore::notice(ctx.db, e, userId, u"cancelled"_s, {}, ctx.now);
    }
    ok = ok && audit(ctx, e.estateId, u"event.cancel"_s, u"event"_s, e.id, u"Cancelled event %1"_s.arg(e.title));
    if (!ok)
        return CommandOutcome::failure(u"Could not cancel the event."_s);
    return CommandOutcome::done(u"event"_s, e.id);
}

} // namespace

namespace EventsCommand {

CommandOutcome invalid(const PayloadReader &r)
{
    return CommandOutcome::refuse(400, r.errorCode(), r.errorMessage());
}

CommandOutcome refuse(int status, const QString &code, const QString &message)
{
    return CommandOutcome::refuse(status, code, message);
}

CommandOutcome notFound(const QString &what)
{
    return CommandOutcome::refuse(404, u"not_found"_s, u"There is no such %1."_s.arg(what));
}

CommandOutcome forbidden()
{
    return CommandOutcome::refuse(403, u"forbidden"_s, u"Your role may not do this."_s);
}

bool audit(CommandContext &ctx, const QString &estateId, const QString &action, const QString &kind, const QString &id,
           const QString &summary)
{
    return AuditLog::record(ctx.db, {estateId, ctx.who.id, action, kind, id, summary, ctx.address}, ctx.now);
}

} // namespace EventsCommand

void registerEventCommands(Registry &registry)
{
    registry.addCommand({u"event.save"_s, saveEvent});
    registry.addCommand({u"event.publish"_s, publishEvent});
    registry.addCommand({u"event.cancel"_s, cancelEvent});
}

} // namespace Courtyard::Server
