// ticket.submit: a new request, from a resident for their unit or a spot of the estate, or
// logged by the office for a resident.
#include "ticketcommands.h"

#include "database.h"
#include "fieldlimits.h"
#include "formats.h"
#include "payloadreader.h"
#include "platformmodule.h"
#include "principal.h"
#include "ticketrows.h"
#include "tickets/ticketlimits.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server::Tickets {

namespace {

template<typename T>
QVariant orNull(const std::optional<T> &v)
{
    return v ? QVariant(*v) : QVariant();
}

CommandOutcome failed()
{
    return CommandOutcome::failure(u"The request could not be stored."_s);
}

} // namespace

CommandOutcome submit(CommandContext &ctx, const QJsonObject &payload)
{
    Database &db = ctx.db;
    const Principal &who = ctx.who;
    PayloadReader r(payload, {u"ticketId"_s, u"kind"_s, u"category"_s, u"description"_s, u"unitId"_s, u"location"_s,
                              u"photos"_s, u"visitFrom"_s, u"visitTo"_s, u"contactPhone"_s, u"reportedAt"_s,
                              u"onBehalfOf"_s});
    const auto ticketId = r.id(u"ticketId"_s, true, true);
    const auto kind = r.choice(u"kind"_s, true, TicketRules::kinds());
    const auto category = r.choice(u"category"_s, true, TicketRules::categories());
    const auto description = r.text(u"description"_s, true, TicketLimits::DescriptionMax);
    auto unitId = r.id(u"unitId"_s, false);
    const auto location = r.object(u"location"_s, false);
    const auto photos = r.hashes(u"photos"_s, TicketLimits::PhotosPerTicket);
    const auto visitFrom = r.time(u"visitFrom"_s, false, ctx.now, false);
    const auto visitTo = r.time(u"visitTo"_s, false, ctx.now, false);
    const auto phone = r.text(u"contactPhone"_s, false, Limits::PhoneMax);
    const auto reportedAt = r.time(u"reportedAt"_s, false, ctx.now);
    const auto onBehalfOf = r.id(u"onBehalfOf"_s, false);
    if (r.ok() && phone && !Formats::isContactPhone(*phone))
        r.fail(u"validation_failed"_s, u"'contactPhone' must be a phone number"_s);
    if (r.ok() && visitFrom.has_value() != visitTo.has_value())
        r.fail(u"validation_failed"_s, u"give both ends of the visit window"_s);
    if (r.ok() && visitFrom && *visitTo <= *visitFrom)
        r.fail(u"validation_failed"_s, u"the visit window must end after it starts"_s);
    std::optional<QString> label;
    std::optional<double> lat, lon, accuracy;
    if (r.ok() && location) {
        PayloadReader l(*location, {u"label"_s, u"latitude"_s, u"longitude"_s, u"accuracyM"_s});
        label = l.text(u"label"_s, true, TicketLimits::LocationLabelMax);
        lat = l.number(u"latitude"_s, false, -90, 90);
        lon = l.number(u"longitude"_s, false, -180, 180);
        accuracy = l.number(u"accuracyM"_s, false, 0, 100000);
        if (l.ok() && lat.has_value() != lon.has_value())
            l.fail(u"validation_failed"_s, u"give both latitude and longitude, or neither"_s);
        if (!l.ok())
            r.fail(l.errorCode(), u"location: "_s + l.errorMessage());
    }
    if (r.ok() && !unitId && !label)
        r.fail(u"validation_failed"_s, u"say where: a unitId or a location label"_s);
    if (!r.ok())
        return CommandOutcome::refuse(400, r.errorCode(), r.errorMessage());

    QString owner = who.id;
    if (who.role == Role::Resident) {
        if (onBehalfOf)
            return CommandOutcome::refuse(403, u"forbidden"_s, u"Only the property office logs requests for someone else."_s);
        if (unitId && !who.ownsUnit(*unitId))
            return CommandOutcome::refuse(403, u"forbidden"_s, u"That unit is not yours."_s);
        if (who.estateIds.isEmpty())
            return CommandOutcome::refuse(403, u"forbidden"_s, u"Your account belongs to no estate."_s);
    } else if (isOffice(who.role)) {
        if (!unitId)
            return CommandOutcome::refuse(400, u"validation_failed"_s, u"Give the unitId of the resident the request is for."_s);
        // An unknown unit and another estate's look alike, so units cannot be probed.
        if (!who.inEstate(db.scalar(u"SELECT estate_id FROM units WHERE id = ?"_s, {*unitId}).toString()))
            return CommandOutcome::refuse(403, u"forbidden"_s, u"That unit is outside your estates."_s);
        if (onBehalfOf) {
            const QVariant lives = db.scalar(u"SELECT u.role FROM user_units uu JOIN users u ON u.id = uu.user_id"
                                             " WHERE uu.user_id = ? AND uu.unit_id = ?"_s,
                                             {*onBehalfOf, *unitId});
            if (lives.toString() != u"resident")
                return CommandOutcome::refuse(400, u"validation_failed"_s, u"That resident does not live in that unit."_s);
            owner = *onBehalfOf;
        } else {
            // Someone phoned about a unit: the order is for the resident registered there.
            owner = db.scalar(u"SELECT MIN(u.id) FROM user_units uu JOIN users u ON u.id = uu.user_id"
                              " WHERE uu.unit_id = ? AND u.role = 'resident'"_s,
                              {*unitId})
                        .toString();
            if (owner.isEmpty())
                return CommandOutcome::refuse(400, u"validation_failed"_s, u"No resident is registered to that unit."_s);
        }
    } else {
        return CommandOutcome::refuse(403, u"forbidden"_s, u"Technicians do not file requests."_s);
    }
    const QString estateId = unitId ? db.scalar(u"SELECT estate_id FROM units WHERE id = ?"_s, {*unitId}).toString()
                                    : who.estateIds.constFirst();
    if (!who.inEstate(estateId))
        return CommandOutcome::refuse(403, u"forbidden"_s, u"That unit is outside your estates."_s);
    if (db.scalar(u"SELECT 1 FROM tickets WHERE id = ?"_s, {*ticketId}).isValid())
        return CommandOutcome::refuse(409, u"already_exists"_s, u"A request with this id exists already."_s);
    const QStringList photoList = photos.value_or(QStringList());
    if (const QString missing = Attachments::firstNotOwned(db, photoList, who.id); !missing.isEmpty())
        return CommandOutcome::refuse(400, u"validation_failed"_s,
                                      u"Photo %1 has not been uploaded yet."_s.arg(missing.left(12)));

    const QString priority = TicketRules::priorityName(TicketPriority::Normal);
    const SlaTarget target = sla(db, estateId, priority);
    const qint64 now = ctx.now;
    const bool stored = db.exec(
        u"INSERT INTO tickets (id, estate_id, unit_id, created_by, kind, category, description, location_label, latitude,"
        " longitude, accuracy_m, photos, visit_from, visit_to, contact_phone, status, priority, pooled, on_behalf,"
        " created_at, reported_at, updated_at, response_due_at, resolve_due_at, rev)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)"_s,
        {*ticketId, estateId, orNull(unitId), owner, *kind, *category, *description, orNull(label), orNull(lat),
         orNull(lon), orNull(accuracy), photoList.join(u','), orNull(visitFrom), orNull(visitTo), orNull(phone),
         TicketRules::statusName(TicketStatus::Submitted), priority, isOffice(who.role) ? 1 : 0, now,
         reportedAt.value_or(now), now, now + target.responseMinutes * 60000LL, now + target.resolveMinutes * 60000LL,
         db.nextRevision()});
    if (!stored || !Attachments::link(db, u"ticket"_s, *ticketId, photoList, false))
        return failed();
    Row row;
    row.id = *ticketId;
    row.estateId = estateId;
    row.unitId = unitId.value_or(QString());
    row.createdBy = owner;
    Event event;
    event.type = u"status"_s;
    event.to = TicketRules::statusName(TicketStatus::Submitted);
    event.actorId = who.id;
    event.at = reportedAt.value_or(now);
    if (!addEvent(db, row, event, now))
        return failed();
    return CommandOutcome::done(u"ticket"_s, *ticketId);
}

} // namespace Courtyard::Server::Tickets
