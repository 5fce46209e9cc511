#include "ticketcommands.h"

#include "database.h"
#include "json.h"
#include "fieldlimits.h"
#include "formats.h"
#include "payloadreader.h"
#include "revisions.h"
#include "ticketjson.h"
#include "tokenservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

using TicketRules::statusName;

CommandOutcome refuse(int status, const QString &code, const QString &message, const QString &ticketId = {},
                      bool showCurrent = false)
{
    return CommandOutcome{status, code, message, ticketId, showCurrent};
}

CommandOutcome invalid(const PayloadReader &r)
{
    return refuse(400, r.errorCode(), r.errorMessage());
}

QVariant orNull(const std::optional<QString> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant orNull(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant orNull(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

/// The payload fields each action accepts besides ticketId.
QStringList fieldsFor(TicketAction action)
{
    switch (action) {
    case TicketAction::SetPriority:
        return {u"priority"_s};
    case TicketAction::Assign:
        return {u"technicianId"_s, u"roundRobin"_s};
    case TicketAction::CheckIn:
        return {u"at"_s, u"latitude"_s, u"longitude"_s, u"accuracyM"_s};
    case TicketAction::Hold:
    case TicketAction::Reject:
    case TicketAction::Cancel:
        return {u"reason"_s};
    case TicketAction::Resolve:
        return {u"summary"_s, u"at"_s, u"parts"_s, u"minutesWorked"_s, u"signature"_s, u"photos"_s};
    case TicketAction::Confirm:
        return {u"overall"_s, u"speed"_s, u"service"_s, u"comment"_s};
    case TicketAction::Note:
        return {u"text"_s, u"internal"_s, u"photos"_s};
    case TicketAction::CallBack:
        return {u"note"_s};
    case TicketAction::Convert:
        return {u"category"_s};
    case TicketAction::Accept:
    case TicketAction::OpenToPool:
    case TicketAction::Take:
    case TicketAction::Resume:
        break;
    }
    return {};
}

/// The parts a resolve report lists: [{name, quantity}], at most PartsMax.
QJsonArray readParts(PayloadReader &r)
{
    QJsonArray out;
    const std::optional<QList<QJsonObject>> items = r.objects(u"parts"_s, Limits::PartsMax);
    for (qsizetype i = 0; items && i < items->size(); ++i) {
        PayloadReader p(items->at(i), {u"name"_s, u"quantity"_s});
        const auto name = p.text(u"name"_s, true, Limits::PartNameMax);
        const auto quantity = p.integer(u"quantity"_s, true, 1, Limits::PartQuantityMax);
        if (!p.ok()) {
            r.fail(p.errorCode(), u"parts[%1]: %2"_s.arg(i).arg(p.errorMessage()));
            return {};
        }
        out.append(QJsonObject{{u"name"_s, *name}, {u"quantity"_s, *quantity}});
    }
    return out;
}

} // namespace

TicketCommands::TicketCommands(Database &db, Revisions &revisions)
    : m_db(db)
    , m_revisions(revisions)
{
}

CommandOutcome TicketCommands::apply(const Principal &who, const QString &type, const QJsonObject &payload, qint64 now)
{
    if (type == u"ticket.submit")
        return submit(who, payload, now);
    if (const std::optional<TicketAction> action = TicketRules::actionFromCommand(type))
        return act(*action, who, payload, now);
    return refuse(400, u"unknown_command"_s, u"There is no command '%1'."_s.arg(type.left(64)));
}

CommandOutcome TicketCommands::submit(const Principal &who, const QJsonObject &payload, qint64 now)
{
    PayloadReader r(payload, {u"ticketId"_s, u"kind"_s, u"category"_s, u"description"_s, u"unitId"_s, u"location"_s,
                              u"photos"_s, u"visitFrom"_s, u"visitTo"_s, u"contactPhone"_s, u"reportedAt"_s,
                              u"onBehalfOf"_s});
    const auto ticketId = r.id(u"ticketId"_s, true, true);
    const auto kind = r.choice(u"kind"_s, true, TicketRules::kinds());
    const auto category = r.choice(u"category"_s, true, TicketRules::categories());
    const auto description = r.text(u"description"_s, true, Limits::DescriptionMax);
    auto unitId = r.id(u"unitId"_s, false);
    const auto location = r.object(u"location"_s, false);
    const auto photos = r.hashes(u"photos"_s, Limits::PhotosPerTicket);
    const auto visitFrom = r.time(u"visitFrom"_s, false, now, false);
    const auto visitTo = r.time(u"visitTo"_s, false, now, false);
    const auto phone = r.text(u"contactPhone"_s, false, Limits::PhoneMax);
    const auto reportedAt = r.time(u"reportedAt"_s, false, now);
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
        label = l.text(u"label"_s, true, Limits::LocationLabelMax);
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
        return invalid(r);

    QString owner = who.id;
    QString estateId;
    if (who.role == Role::Resident) {
        if (onBehalfOf)
            return refuse(403, u"forbidden"_s, u"Only the property office logs requests for someone else."_s);
        if (unitId && !who.ownsUnit(*unitId))
            return refuse(403, u"forbidden"_s, u"That unit is not yours."_s);
        if (who.estateIds.isEmpty())
            return refuse(403, u"forbidden"_s, u"Your account belongs to no estate."_s);
    } else if (isOffice(who.role)) {
        if (!unitId)
            return refuse(400, u"validation_failed"_s, u"Give the unitId of the resident the request is for."_s);
        // An unknown unit and another estate's look alike, so units cannot be probed.
        if (!who.inEstate(m_db.scalar(u"SELECT estate_id FROM units WHERE id = ?"_s, {*unitId}).toString()))
            return refuse(403, u"forbidden"_s, u"That unit is outside your estates."_s);
        if (onBehalfOf) {
            const QVariant lives = m_db.scalar(u"SELECT u.role FROM user_units uu JOIN users u ON u.id = uu.user_id"
                                               " WHERE uu.user_id = ? AND uu.unit_id = ?"_s,
                                               {*onBehalfOf, *unitId});
            if (lives.toString() != u"resident")
                return refuse(400, u"validation_failed"_s, u"That resident does not live in that unit."_s);
            owner = *onBehalfOf;
        } else {
            // Someone phoned about a unit: the order is for the resident registered there.
            owner = m_db.scalar(u"SELECT MIN(u.id) FROM user_units uu JOIN users u ON u.id = uu.user_id"
                                " WHERE uu.unit_id = ? AND u.role = 'resident'"_s,
                                {*unitId})
                        .toString();
            if (owner.isEmpty())
                return refuse(400, u"validation_failed"_s, u"No resident is registered to that unit."_s);
        }
    } else {
        return refuse(403, u"forbidden"_s, u"Technicians do not file requests."_s);
    }
    estateId = unitId ? m_db.scalar(u"SELECT estate_id FROM units WHERE id = ?"_s, {*unitId}).toString()
                      : who.estateIds.constFirst();
    if (!who.inEstate(estateId))
        return refuse(403, u"forbidden"_s, u"That unit is outside your estates."_s);
    if (m_db.scalar(u"SELECT 1 FROM tickets WHERE id = ?"_s, {*ticketId}).isValid())
        return refuse(409, u"already_exists"_s, u"A request with this id exists already."_s);
    const QStringList photoList = photos.value_or(QStringList());
    if (const QString missing = unownedPhoto(photoList, who.id); !missing.isEmpty())
        return refuse(400, u"validation_failed"_s, u"Photo %1 has not been uploaded yet."_s.arg(missing.left(12)));

    const QString priority = TicketRules::priorityName(TicketPriority::Normal);
    const SlaTarget target = sla(estateId, priority);
    const qint64 rev = m_revisions.next();
    const bool ok = m_db.exec(
        u"INSERT INTO tickets (id, estate_id, unit_id, created_by, kind, category, description, location_label, latitude,"
        " longitude, accuracy_m, photos, visit_from, visit_to, contact_phone, status, priority, pooled, on_behalf,"
        " created_at, reported_at, updated_at, response_due_at, resolve_due_at, rev)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)"_s,
        {*ticketId, estateId, orNull(unitId), owner, *kind, *category, *description, orNull(label), orNull(lat),
         orNull(lon), orNull(accuracy), photoList.join(u','), orNull(visitFrom), orNull(visitTo), orNull(phone),
         statusName(TicketStatus::Submitted), priority, isOffice(who.role) ? 1 : 0, now, reportedAt.value_or(now), now,
         now + target.responseMinutes * 60000LL, now + target.resolveMinutes * 60000LL, rev});
    if (!ok)
        return refuse(500, u"internal"_s, u"The request could not be stored."_s);
    for (const QString &h : photoList)
        m_db.exec(u"INSERT INTO ticket_photos (ticket_id, sha256) VALUES (?, ?)"_s, {*ticketId, h});
    Row row;
    row.id = *ticketId;
    row.estateId = estateId;
    row.unitId = unitId.value_or(QString());
    row.createdBy = owner;
    if (!addEvent(row, u"status"_s, {}, statusName(TicketStatus::Submitted), who.id, {}, false, reportedAt.value_or(now), now))
        return refuse(500, u"internal"_s, u"The request could not be stored."_s);
    return CommandOutcome{200, {}, {}, *ticketId, false};
}

CommandOutcome TicketCommands::act(TicketAction action, const Principal &who, const QJsonObject &payload, qint64 now)
{
    PayloadReader r(payload, fieldsFor(action) << u"ticketId"_s);
    const auto ticketId = r.id(u"ticketId"_s, true, true);
    // Every field is read before anything is looked up, so a bad payload is always a 400.
    std::optional<QString> text, priority, technician, signature, category;
    std::optional<qint64> at, overall, speed, service, minutes;
    std::optional<double> lat, lon, accuracy;
    std::optional<bool> internal, roundRobin;
    std::optional<QStringList> photos;
    QJsonArray parts;
    switch (action) {
    case TicketAction::SetPriority:
        priority = r.choice(u"priority"_s, true, {u"urgent"_s, u"high"_s, u"normal"_s, u"low"_s});
        break;
    case TicketAction::Assign:
        technician = r.id(u"technicianId"_s, false);
        roundRobin = r.boolean(u"roundRobin"_s);
        if (r.ok() && roundRobin == false)
            r.fail(u"validation_failed"_s, u"'roundRobin' is either true or left out"_s);
        if (r.ok() && technician.has_value() == roundRobin.has_value())
            r.fail(u"validation_failed"_s, u"give either technicianId or roundRobin: true"_s);
        break;
    case TicketAction::CheckIn:
        at = r.time(u"at"_s, false, now);
        lat = r.number(u"latitude"_s, false, -90, 90);
        lon = r.number(u"longitude"_s, false, -180, 180);
        accuracy = r.number(u"accuracyM"_s, false, 0, 100000);
        if (r.ok() && lat.has_value() != lon.has_value())
            r.fail(u"validation_failed"_s, u"give both latitude and longitude, or neither"_s);
        break;
    case TicketAction::Hold:
    case TicketAction::Reject:
        text = r.text(u"reason"_s, true, Limits::ReasonMax);
        break;
    case TicketAction::Cancel:
        text = r.text(u"reason"_s, false, Limits::ReasonMax);
        break;
    case TicketAction::Resolve:
        text = r.text(u"summary"_s, true, Limits::NoteMax);
        at = r.time(u"at"_s, false, now);
        minutes = r.integer(u"minutesWorked"_s, false, 0, Limits::MinutesWorkedMax);
        signature = r.sha256(u"signature"_s, false);
        photos = r.hashes(u"photos"_s, Limits::PhotosPerEvent);
        parts = readParts(r);
        break;
    case TicketAction::Confirm:
        overall = r.integer(u"overall"_s, true, 1, 5);
        speed = r.integer(u"speed"_s, true, 1, 5);
        service = r.integer(u"service"_s, true, 1, 5);
        text = r.text(u"comment"_s, false, Limits::CommentMax);
        break;
    case TicketAction::Note:
        text = r.text(u"text"_s, true, Limits::NoteMax);
        internal = r.boolean(u"internal"_s);
        photos = r.hashes(u"photos"_s, Limits::PhotosPerEvent);
        break;
    case TicketAction::Convert:
        category = r.choice(u"category"_s, true, TicketRules::categories());
        break;
    case TicketAction::CallBack:
        text = r.text(u"note"_s, true, Limits::NoteMax);
        break;
    default:
        break;
    }
    if (!r.ok())
        return invalid(r);

    const std::optional<Row> found = load(*ticketId);
    // An order the caller may not see does not exist for them.
    if (!found || !canSee(who, *found))
        return refuse(404, u"not_found"_s, u"No such request."_s);
    const Row &row = *found;
    const QString verb = TicketRules::actionCommand(action);
    if (!TicketRules::mayPerform(action, who.role, relation(who, row)))
        return refuse(403, u"forbidden"_s, u"You may not do %1 on this request."_s.arg(verb), row.id, true);
    if (!TicketRules::allowedIn(action, row.status))
        return refuse(409, u"illegal_transition"_s,
                      u"%1 is not possible while the request is %2."_s.arg(verb, statusName(row.status)), row.id, true);
    if (action == TicketAction::Note && internal.value_or(false) && !isStaff(who.role))
        return refuse(403, u"forbidden"_s, u"Only staff write internal notes."_s, row.id, true);
    if (action == TicketAction::Convert && !TicketRules::convertible(row.kind))
        return refuse(409, u"illegal_transition"_s, u"Only a complaint can be converted."_s, row.id, true);
    const QStringList photoList = photos.value_or(QStringList());
    if (const QString missing = unownedPhoto(photoList, who.id); !missing.isEmpty())
        return refuse(400, u"validation_failed"_s, u"Photo %1 has not been uploaded yet."_s.arg(missing.left(12)));
    if (signature) {
        const QVariant type = m_db.scalar(u"SELECT a.content_type FROM attachments a JOIN attachment_owners o"
                                          " ON o.sha256 = a.sha256 WHERE a.sha256 = ? AND o.user_id = ?"_s,
                                          {*signature, who.id});
        if (type.toString() != u"image/png" && type.toString() != u"image/jpeg")
            return refuse(400, u"validation_failed"_s, u"The signature %1 has not been uploaded yet."_s.arg(signature->left(12)));
    }

    const QString from = statusName(row.status);
    Row after = row;
    QMap<QString, QVariant> set; // columns to write besides status, updated_at and rev
    QString note = text.value_or(QString());
    qint64 eventAt = now;
    std::optional<TicketStatus> to = TicketRules::nextStatus(action, row.status);
    QString autoAssignee;

    switch (action) {
    case TicketAction::Accept: {
        set.insert(u"accepted_at"_s, now);
        const QString mode = m_db.scalar(u"SELECT dispatch_mode FROM estates WHERE id = ?"_s, {row.estateId}).toString();
        if (mode == u"pool") {
            after.pooled = true;
            after.assigneeId.clear();
        } else if (mode == u"roundRobin") {
            autoAssignee = nextOnDuty(row.estateId);
        }
        break;
    }
    case TicketAction::SetPriority: {
        const SlaTarget target = sla(row.estateId, *priority);
        set.insert(u"priority"_s, *priority);
        set.insert(u"response_due_at"_s, row.createdAt + target.responseMinutes * 60000LL);
        set.insert(u"resolve_due_at"_s, row.createdAt + target.resolveMinutes * 60000LL);
        note = u"priority: "_s + *priority;
        break;
    }
    case TicketAction::Assign:
        if (roundRobin) {
            technician = nextOnDuty(row.estateId);
            if (technician->isEmpty())
                return refuse(409, u"no_technician_on_duty"_s, u"No technician of this estate is on duty."_s, row.id, true);
            note = u"round-robin"_s;
        } else if (!isTechnicianOf(*technician, row.estateId)) {
            return refuse(400, u"validation_failed"_s, u"That person is not a technician of this estate."_s);
        }
        after.assigneeId = *technician;
        after.pooled = false;
        if (row.status == TicketStatus::Submitted)
            set.insert(u"accepted_at"_s, now);
        break;
    case TicketAction::OpenToPool:
        after.assigneeId.clear();
        after.pooled = true;
        break;
    case TicketAction::Take:
        after.assigneeId = who.id;
        after.pooled = false;
        break;
    case TicketAction::CheckIn:
        eventAt = at.value_or(now);
        set.insert(u"on_site_at"_s, eventAt);
        set.insert(u"checkin_latitude"_s, orNull(lat));
        set.insert(u"checkin_longitude"_s, orNull(lon));
        set.insert(u"checkin_accuracy_m"_s, orNull(accuracy));
        break;
    case TicketAction::Hold:
        set.insert(u"held_from"_s, from);
        set.insert(u"hold_reason"_s, note);
        break;
    case TicketAction::Resume:
        to = TicketRules::statusFromName(row.heldFrom).value_or(TicketStatus::Assigned);
        set.insert(u"held_from"_s, QVariant());
        set.insert(u"hold_reason"_s, QVariant());
        break;
    case TicketAction::Resolve:
        // Each resolve carries the whole report: a second one (after a reopen) replaces it.
        eventAt = at.value_or(now);
        set.insert(u"resolved_at"_s, eventAt);
        set.insert(u"parts"_s, parts.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact))));
        set.insert(u"minutes_worked"_s, orNull(minutes));
        set.insert(u"signature"_s, orNull(signature));
        break;
    case TicketAction::Confirm:
        set.insert(u"closed_at"_s, now);
        set.insert(u"rating_overall"_s, *overall);
        set.insert(u"rating_speed"_s, *speed);
        set.insert(u"rating_service"_s, *service);
        set.insert(u"rating_comment"_s, orNull(text));
        break;
    case TicketAction::Cancel:
    case TicketAction::CallBack:
        set.insert(u"closed_at"_s, now);
        break;
    case TicketAction::Reject:
    case TicketAction::Note:
    case TicketAction::Convert:
        break;
    }

    if (action == TicketAction::Note) {
        if (!linkPhotos(row.id, photoList, internal.value_or(false))
            || !addEvent(row, u"note"_s, {}, {}, who.id, note, internal.value_or(false), now, now, photoList))
            return refuse(500, u"internal"_s, u"The note could not be stored."_s);
        return CommandOutcome{200, {}, {}, row.id, false};
    }
    if (action == TicketAction::Convert) {
        // The same order, with every photo and note it had: only what it is changes.
        const bool ok = m_db.exec(u"UPDATE tickets SET kind = 'repair', category = ?, converted_from = ?, updated_at = ?,"
                                  " rev = ? WHERE id = ?"_s,
                                  {*category, row.kind, now, m_revisions.next(), row.id})
                        && addEvent(row, u"converted"_s, {}, {}, who.id, u"%1 → repair"_s.arg(row.kind), false, now, now);
        if (!ok)
            return refuse(500, u"internal"_s, u"The request could not be updated."_s);
        return CommandOutcome{200, {}, {}, row.id, false};
    }
    if (action == TicketAction::Resolve) {
        QStringList linked = photoList;
        if (signature && !linked.contains(*signature))
            linked << *signature;
        if (!linkPhotos(row.id, linked, false))
            return refuse(500, u"internal"_s, u"The request could not be updated."_s);
    }

    if (!autoAssignee.isEmpty()) {
        after.assigneeId = autoAssignee;
        after.pooled = false;
    }
    const bool scopeChanged = after.assigneeId != row.assigneeId || after.pooled != row.pooled;
    if (scopeChanged) {
        set.insert(u"assignee_id"_s, after.assigneeId.isEmpty() ? QVariant() : QVariant(after.assigneeId));
        set.insert(u"pooled"_s, after.pooled ? 1 : 0);
        if (!moveScope(row, after.assigneeId, after.pooled, now))
            return refuse(500, u"internal"_s, u"The request could not be updated."_s);
    }
    const QString toName = statusName(*to);
    QString sql = u"UPDATE tickets SET status = ?, updated_at = ?, rev = ?"_s;
    QVariantList values{toName, now, m_revisions.next()};
    for (auto it = set.cbegin(); it != set.cend(); ++it) {
        sql += u", %1 = ?"_s.arg(it.key());
        values << it.value();
    }
    sql += u" WHERE id = ?"_s;
    values << row.id;
    if (!m_db.exec(sql, values))
        return refuse(500, u"internal"_s, u"The request could not be updated."_s);

    if (!addEvent(after, u"status"_s, from, autoAssignee.isEmpty() ? toName : statusName(TicketStatus::Accepted), who.id,
                  note, false, eventAt, now, action == TicketAction::Resolve ? photoList : QStringList()))
        return refuse(500, u"internal"_s, u"The request could not be updated."_s);
    if (!autoAssignee.isEmpty()) {
        // Round-robin dispatch: the acceptance and the assignment are two steps on the timeline.
        m_db.exec(u"UPDATE tickets SET status = ? WHERE id = ?"_s, {statusName(TicketStatus::Assigned), row.id});
        if (!addEvent(after, u"status"_s, statusName(TicketStatus::Accepted), statusName(TicketStatus::Assigned), who.id,
                      u"round-robin"_s, false, now, now))
            return refuse(500, u"internal"_s, u"The request could not be updated."_s);
    }
    return CommandOutcome{200, {}, {}, row.id, false};
}

std::optional<TicketCommands::Row> TicketCommands::load(const QString &ticketId)
{
    QSqlQuery &q = m_db.query(u"SELECT id, estate_id, unit_id, created_by, assignee_id, held_from, priority, status,"
                              " pooled, on_behalf, created_at, kind FROM tickets WHERE id = ?"_s);
    q.bindValue(0, ticketId);
    std::optional<Row> row;
    if (m_db.execPrepared(q) && q.next()) {
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
        row = r;
    }
    q.finish();
    return row;
}

bool TicketCommands::canSee(const Principal &who, const Row &row) const
{
    return TicketJson::visible(who, {row.estateId, row.unitId, row.createdBy, row.assigneeId, row.pooled});
}

TicketRelation TicketCommands::relation(const Principal &who, const Row &row) const
{
    TicketRelation rel;
    rel.owner = who.role == Role::Resident
                && (row.createdBy == who.id || (!row.unitId.isEmpty() && who.ownsUnit(row.unitId)));
    rel.assignee = !row.assigneeId.isEmpty() && row.assigneeId == who.id;
    rel.inPool = row.pooled && row.assigneeId.isEmpty();
    rel.onBehalf = row.onBehalf;
    return rel;
}

bool TicketCommands::addEvent(const Row &row, const QString &type, const QString &from, const QString &to,
                              const QString &actorId, const QString &note, bool internal, qint64 at, qint64 now,
                              const QStringList &photos)
{
    return m_db.exec(u"INSERT INTO ticket_events (id, ticket_id, estate_id, unit_id, created_by, assignee_id, pooled, type,"
                     " from_status, to_status, actor_id, note, internal, at, received_at, photos, rev)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?)"_s,
                     {TokenService::randomId(), row.id, row.estateId, row.unitId.isEmpty() ? QVariant() : QVariant(row.unitId),
                      row.createdBy, row.assigneeId.isEmpty() ? QVariant() : QVariant(row.assigneeId), row.pooled ? 1 : 0,
                      type, from.isEmpty() ? QVariant() : QVariant(from), to.isEmpty() ? QVariant() : QVariant(to),
                      actorId, note.isEmpty() ? QVariant() : QVariant(note), internal ? 1 : 0, at, now,
                      photos.join(u','), m_revisions.next()});
}

QString TicketCommands::unownedPhoto(const QStringList &hashes, const QString &userId)
{
    for (const QString &h : hashes) {
        if (!m_db.scalar(u"SELECT 1 FROM attachment_owners WHERE sha256 = ? AND user_id = ?"_s, {h, userId}).isValid())
            return h;
    }
    return {};
}

bool TicketCommands::linkPhotos(const QString &ticketId, const QStringList &hashes, bool internal)
{
    // A photo linked through any entry residents see is theirs to see too: public wins.
    const QString sql = internal ? u"INSERT INTO ticket_photos (ticket_id, sha256, internal) VALUES (?, ?, 1)"
                                   " ON CONFLICT DO NOTHING"_s
                                 : u"INSERT INTO ticket_photos (ticket_id, sha256, internal) VALUES (?, ?, 0)"
                                   " ON CONFLICT (sha256, ticket_id) DO UPDATE SET internal = 0"_s;
    for (const QString &h : hashes) {
        if (!m_db.exec(sql, {ticketId, h}))
            return false;
    }
    return true;
}

bool TicketCommands::moveScope(const Row &before, const QString &newAssignee, bool newPooled, qint64 now)
{
    QStringList eventIds;
    QSqlQuery &q = m_db.query(u"SELECT id FROM ticket_events WHERE ticket_id = ? ORDER BY rev"_s);
    q.bindValue(0, before.id);
    if (!m_db.execPrepared(q))
        return false;
    while (q.next())
        eventIds << q.value(0).toString();
    q.finish();
    for (const QString &id : std::as_const(eventIds)) {
        if (!m_db.exec(u"UPDATE ticket_events SET assignee_id = ?, pooled = ?, rev = ? WHERE id = ?"_s,
                       {newAssignee.isEmpty() ? QVariant() : QVariant(newAssignee), newPooled ? 1 : 0,
                        m_revisions.next(), id}))
            return false;
    }
    const bool wasInPool = before.pooled && before.assigneeId.isEmpty();
    const bool inPool = newPooled && newAssignee.isEmpty();
    if (!before.assigneeId.isEmpty() && before.assigneeId != newAssignee && !inPool
        && !tombstone(before, u"user"_s, before.assigneeId, {}, now))
        return false;
    if (wasInPool && !inPool && !tombstone(before, u"technicians"_s, {}, newAssignee, now))
        return false;
    return true;
}

bool TicketCommands::tombstone(const Row &row, const QString &audience, const QString &userId, const QString &exceptUser,
                               qint64 now)
{
    return m_db.exec(u"INSERT INTO tombstones (rev, entity, entity_id, estate_id, unit_id, audience, user_id, except_user,"
                     " created_at) VALUES (?, 'ticket', ?, ?, NULL, ?, ?, ?, ?)"_s,
                     {m_revisions.next(), row.id, row.estateId, audience, userId.isEmpty() ? QVariant() : QVariant(userId),
                      exceptUser.isEmpty() ? QVariant() : QVariant(exceptUser), now});
}

SlaTarget TicketCommands::sla(const QString &estateId, const QString &priority)
{
    QSqlQuery &q = m_db.query(u"SELECT response_min, resolve_min FROM sla_policies WHERE estate_id = ? AND priority = ?"_s);
    q.bindValue(0, estateId);
    q.bindValue(1, priority);
    SlaTarget target = TicketRules::defaultSla(TicketRules::priorityFromName(priority).value_or(TicketPriority::Normal));
    if (m_db.execPrepared(q) && q.next())
        target = SlaTarget{q.value(0).toInt(), q.value(1).toInt()};
    q.finish();
    return target;
}

QString TicketCommands::nextOnDuty(const QString &estateId)
{
    const QString last = m_db.scalar(u"SELECT rr_cursor FROM estates WHERE id = ?"_s, {estateId}).toString();
    QStringList onDuty;
    QSqlQuery &q = m_db.query(u"SELECT u.id FROM users u JOIN user_estates ue ON ue.user_id = u.id"
                              " WHERE ue.estate_id = ? AND u.role = 'technician' AND u.on_duty = 1 ORDER BY u.id"_s);
    q.bindValue(0, estateId);
    if (m_db.execPrepared(q)) {
        while (q.next())
            onDuty << q.value(0).toString();
    }
    q.finish();
    if (onDuty.isEmpty())
        return {};
    QString next = onDuty.constFirst();
    for (const QString &id : std::as_const(onDuty)) {
        if (id > last) {
            next = id;
            break;
        }
    }
    m_db.exec(u"UPDATE estates SET rr_cursor = ? WHERE id = ?"_s, {next, estateId});
    return next;
}

bool TicketCommands::isTechnicianOf(const QString &userId, const QString &estateId)
{
    return m_db.scalar(u"SELECT 1 FROM users u JOIN user_estates ue ON ue.user_id = u.id"
                       " WHERE u.id = ? AND ue.estate_id = ? AND u.role = 'technician'"_s,
                       {userId, estateId})
        .isValid();
}

int TicketCommands::autoClose(int days, qint64 now)
{
    QStringList ids;
    QSqlQuery &q = m_db.query(u"SELECT id FROM tickets WHERE status = 'resolved' AND resolved_at < ?"_s);
    q.bindValue(0, now - qint64(days) * 24 * 3600 * 1000);
    if (m_db.execPrepared(q)) {
        while (q.next())
            ids << q.value(0).toString();
    }
    q.finish();
    int closed = 0;
    for (const QString &id : std::as_const(ids)) {
        Database::Transaction tx(m_db);
        const std::optional<Row> row = load(id);
        if (!row)
            continue;
        const bool ok = m_db.exec(u"UPDATE tickets SET status = 'closed', closed_at = ?, updated_at = ?, rev = ? WHERE id = ?"_s,
                                  {now, now, m_revisions.next(), id})
                        && addEvent(*row, u"status"_s, statusName(TicketStatus::Resolved), statusName(TicketStatus::Closed),
                                    u"system"_s, u"auto-closed after %1 days without an answer"_s.arg(days), false, now, now);
        if (ok && tx.commit())
            ++closed;
    }
    return closed;
}

} // namespace Courtyard::Server
