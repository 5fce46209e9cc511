// Every ticket.* command after the submit: one act of the life cycle on an existing order.
#include "ticketcommands.h"

#include "database.h"
#include "fieldlimits.h"
#include "json.h"
#include "payloadreader.h"
#include "platformmodule.h"
#include "principal.h"
#include "ticketrows.h"
#include "tickets/ticketlimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::Tickets {

CommandOutcome submit(CommandContext &ctx, const QJsonObject &payload);

namespace {

using TicketRules::statusName;

template<typename T>
QVariant orNull(const std::optional<T> &v)
{
    return v ? QVariant(*v) : QVariant();
}

CommandOutcome failed()
{
    return CommandOutcome::failure(u"The request could not be updated."_s);
}

CommandOutcome refuseShowing(int status, const QString &code, const QString &message, const QString &ticketId)
{
    return CommandOutcome::refuseShowing(status, code, message, u"ticket"_s, ticketId);
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
    const std::optional<QList<QJsonObject>> items = r.objects(u"parts"_s, TicketLimits::PartsMax);
    for (qsizetype i = 0; items && i < items->size(); ++i) {
        PayloadReader p(items->at(i), {u"name"_s, u"quantity"_s});
        const auto name = p.text(u"name"_s, true, TicketLimits::PartNameMax);
        const auto quantity = p.integer(u"quantity"_s, true, TicketLimits::PartQuantityMin, TicketLimits::PartQuantityMax);
        if (!p.ok()) {
            r.fail(p.errorCode(), u"parts[%1]: %2"_s.arg(i).arg(p.errorMessage()));
            return {};
        }
        out.append(QJsonObject{{u"name"_s, *name}, {u"quantity"_s, *quantity}});
    }
    return out;
}

/// The time of an act done on site, as the device said it happened: no earlier than the
/// step it follows and no later than its arrival here. Within the allowed clock skew it is
/// moved to the nearest of those; beyond it the act is refused.
std::optional<qint64> actTime(qint64 at, qint64 earliest, qint64 now)
{
    if (at < earliest - Limits::ClockSkewMs || at > now + Limits::ClockSkewMs)
        return std::nullopt;
    return std::clamp(at, std::min(earliest, now), now);
}

/// What an act reads from its payload; every field is read before anything is looked up,
/// so a bad payload is always a 400.
struct Fields
{
    std::optional<QString> ticketId, text, priority, technician, signature, category;
    std::optional<qint64> at, overall, speed, service, minutes;
    std::optional<double> lat, lon, accuracy;
    std::optional<bool> internal, roundRobin;
    QStringList photos;
    QJsonArray parts;
};

std::optional<Fields> readFields(TicketAction action, const QJsonObject &payload, qint64 now, CommandOutcome *refusal)
{
    PayloadReader r(payload, fieldsFor(action) << u"ticketId"_s);
    Fields f;
    f.ticketId = r.id(u"ticketId"_s, true, true);
    switch (action) {
    case TicketAction::SetPriority:
        f.priority = r.choice(u"priority"_s, true, TicketRules::priorities());
        break;
    case TicketAction::Assign:
        f.technician = r.id(u"technicianId"_s, false);
        f.roundRobin = r.boolean(u"roundRobin"_s);
        if (r.ok() && f.roundRobin == false)
            r.fail(u"validation_failed"_s, u"'roundRobin' is either true or left out"_s);
        if (r.ok() && f.technician.has_value() == f.roundRobin.has_value())
            r.fail(u"validation_failed"_s, u"give either technicianId or roundRobin: true"_s);
        break;
    case TicketAction::CheckIn:
        f.at = r.time(u"at"_s, false, now);
        f.lat = r.number(u"latitude"_s, false, -90, 90);
        f.lon = r.number(u"longitude"_s, false, -180, 180);
        f.accuracy = r.number(u"accuracyM"_s, false, 0, 100000);
        if (r.ok() && f.lat.has_value() != f.lon.has_value())
            r.fail(u"validation_failed"_s, u"give both latitude and longitude, or neither"_s);
        break;
    case TicketAction::Hold:
    case TicketAction::Reject:
        f.text = r.text(u"reason"_s, true, TicketLimits::ReasonMax);
        break;
    case TicketAction::Cancel:
        f.text = r.text(u"reason"_s, false, TicketLimits::ReasonMax);
        break;
    case TicketAction::Resolve:
        f.text = r.text(u"summary"_s, true, TicketLimits::NoteMax);
        f.at = r.time(u"at"_s, false, now);
        f.minutes = r.integer(u"minutesWorked"_s, false, 0, TicketLimits::MinutesWorkedMax);
        f.signature = r.sha256(u"signature"_s, false);
        f.photos = r.hashes(u"photos"_s, TicketLimits::PhotosPerEvent).value_or(QStringList());
        f.parts = readParts(r);
        break;
    case TicketAction::Confirm:
        f.overall = r.integer(u"overall"_s, true, TicketLimits::RatingMin, TicketLimits::RatingMax);
        f.speed = r.integer(u"speed"_s, true, TicketLimits::RatingMin, TicketLimits::RatingMax);
        f.service = r.integer(u"service"_s, true, TicketLimits::RatingMin, TicketLimits::RatingMax);
        f.text = r.text(u"comment"_s, false, TicketLimits::CommentMax);
        break;
    case TicketAction::Note:
        f.text = r.text(u"text"_s, true, TicketLimits::NoteMax);
        f.internal = r.boolean(u"internal"_s);
        f.photos = r.hashes(u"photos"_s, TicketLimits::PhotosPerEvent).value_or(QStringList());
        break;
    case TicketAction::Convert:
        f.category = r.choice(u"category"_s, true, TicketRules::categories());
        break;
    case TicketAction::CallBack:
        f.text = r.text(u"note"_s, true, TicketLimits::NoteMax);
        break;
    default:
        break;
    }
    if (!r.ok()) {
        *refusal = CommandOutcome::refuse(400, r.errorCode(), r.errorMessage());
        return std::nullopt;
    }
    return f;
}

CommandOutcome act(TicketAction action, CommandContext &ctx, const QJsonObject &payload)
{
    Database &db = ctx.db;
    const Principal &who = ctx.who;
    const qint64 now = ctx.now;
    CommandOutcome refusal;
    std::optional<Fields> read = readFields(action, payload, now, &refusal);
    if (!read)
        return refusal;
    Fields &f = *read;

    const std::optional<Row> found = loadRow(db, *f.ticketId);
    // An order the caller may not see does not exist for them.
    if (!found || !canSee(who, *found))
        return CommandOutcome::refuse(404, u"not_found"_s, u"No such request."_s);
    const Row &row = *found;
    const QString verb = TicketRules::actionCommand(action);
    if (!TicketRules::mayPerform(action, who.role, relation(who, row)))
        return refuseShowing(403, u"forbidden"_s, u"You may not do %1 on this request."_s.arg(verb), row.id);
    if (!TicketRules::allowedIn(action, row.status))
        return refuseShowing(409, u"illegal_transition"_s,
                             u"%1 is not possible while the request is %2."_s.arg(verb, statusName(row.status)), row.id);
    if (action == TicketAction::Note && f.internal.value_or(false) && !isStaff(who.role))
        return refuseShowing(403, u"forbidden"_s, u"Only staff write internal notes."_s, row.id);
    if (action == TicketAction::Convert && !TicketRules::convertible(row.kind))
        return refuseShowing(409, u"illegal_transition"_s, u"Only a complaint can be converted."_s, row.id);
    if (const QString missing = Attachments::firstNotOwned(db, f.photos, who.id); !missing.isEmpty())
        return CommandOutcome::refuse(400, u"validation_failed"_s,
                                      u"Photo %1 has not been uploaded yet."_s.arg(missing.left(12)));
    if (f.signature) {
        const QVariant type = db.scalar(u"SELECT a.content_type FROM attachments a JOIN attachment_owners o"
                                        " ON o.sha256 = a.sha256 WHERE a.sha256 = ? AND o.user_id = ?"_s,
                                        {*f.signature, who.id});
        if (type.toString() != u"image/png" && type.toString() != u"image/jpeg")
            return CommandOutcome::refuse(400, u"validation_failed"_s,
                                          u"The signature %1 has not been uploaded yet."_s.arg(f.signature->left(12)));
    }

    const QString from = statusName(row.status);
    Row after = row;
    QMap<QString, QVariant> set; // columns to write besides status, updated_at and rev
    QString note = f.text.value_or(QString());
    QJsonObject detail;
    qint64 eventAt = now;
    std::optional<TicketStatus> to = TicketRules::nextStatus(action, row.status);
    QString autoAssignee;

    switch (action) {
    case TicketAction::Accept: {
        const QString mode = db.scalar(u"SELECT dispatch_mode FROM estates WHERE id = ?"_s, {row.estateId}).toString();
        if (mode == u"pool") {
            after.pooled = true;
            after.assigneeId.clear();
        } else if (mode == u"roundRobin") {
            const std::optional<QString> next = nextOnDuty(db, row.estateId);
            if (!next)
                return failed();
            autoAssignee = *next;
        }
        break;
    }
    case TicketAction::SetPriority: {
        const SlaTarget target = sla(db, row.estateId, *f.priority);
        set.insert(u"priority"_s, *f.priority);
        set.insert(u"response_due_at"_s, row.createdAt + target.responseMinutes * 60000LL);
        set.insert(u"resolve_due_at"_s, row.createdAt + target.resolveMinutes * 60000LL);
        detail = QJsonObject{{u"kind"_s, u"priority"_s}, {u"from"_s, row.priority}, {u"to"_s, *f.priority}};
        break;
    }
    case TicketAction::Assign:
        if (f.roundRobin) {
            const std::optional<QString> next = nextOnDuty(db, row.estateId);
            if (!next)
                return failed();
            if (next->isEmpty())
                return refuseShowing(409, u"no_technician_on_duty"_s, u"No technician of this estate is on duty."_s, row.id);
            f.technician = *next;
            detail = QJsonObject{{u"kind"_s, u"roundRobin"_s}};
        } else if (!isTechnicianOf(db, *f.technician, row.estateId)) {
            return CommandOutcome::refuse(400, u"validation_failed"_s, u"That person is not a technician of this estate."_s);
        }
        after.assigneeId = *f.technician;
        after.pooled = false;
        break;
    case TicketAction::OpenToPool:
        after.assigneeId.clear();
        after.pooled = true;
        break;
    case TicketAction::Take:
        after.assigneeId = who.id;
        after.pooled = false;
        break;
    case TicketAction::CheckIn: {
        // On site no earlier than the order was handed to this technician.
        const std::optional<qint64> at = actTime(f.at.value_or(now), std::max(row.createdAt, assignedAt(db, row.id)), now);
        if (!at)
            return refuseShowing(409, u"time_out_of_order"_s,
                                 u"The check-in time lies before the order was assigned or after it arrived; check the device clock."_s,
                                 row.id);
        eventAt = *at;
        set.insert(u"on_site_at"_s, eventAt);
        set.insert(u"checkin_latitude"_s, orNull(f.lat));
        set.insert(u"checkin_longitude"_s, orNull(f.lon));
        set.insert(u"checkin_accuracy_m"_s, orNull(f.accuracy));
        break;
    }
    case TicketAction::Hold:
        set.insert(u"held_from"_s, from);
        set.insert(u"hold_reason"_s, note);
        break;
    case TicketAction::Resume:
        to = TicketRules::statusFromName(row.heldFrom).value_or(TicketStatus::Assigned);
        set.insert(u"held_from"_s, QVariant());
        set.insert(u"hold_reason"_s, QVariant());
        break;
    case TicketAction::Resolve: {
        // Fixed no earlier than checked in.
        const std::optional<qint64> at = actTime(f.at.value_or(now), std::max(row.createdAt, row.onSiteAt), now);
        if (!at)
            return refuseShowing(409, u"time_out_of_order"_s,
                                 u"The fix time lies before the check-in or after it arrived; check the device clock."_s,
                                 row.id);
        // Each resolve carries the whole report: a second one (after a reopen) replaces it.
        eventAt = *at;
        set.insert(u"resolved_at"_s, eventAt);
        set.insert(u"parts"_s, f.parts.isEmpty() ? QVariant()
                                                 : QVariant(QString::fromUtf8(QJsonDocument(f.parts).toJson(QJsonDocument::Compact))));
        set.insert(u"minutes_worked"_s, orNull(f.minutes));
        set.insert(u"signature"_s, orNull(f.signature));
        break;
    }
    case TicketAction::Confirm:
        set.insert(u"closed_at"_s, now);
        set.insert(u"rating_overall"_s, *f.overall);
        set.insert(u"rating_speed"_s, *f.speed);
        set.insert(u"rating_service"_s, *f.service);
        set.insert(u"rating_comment"_s, orNull(f.text));
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
        Event event{u"note"_s, {}, {}, who.id, note, f.internal.value_or(false), now, f.photos, {}};
        if (!Attachments::link(db, u"ticket"_s, row.id, f.photos, event.internal) || !addEvent(db, row, event, now))
            return failed();
        return CommandOutcome::done(u"ticket"_s, row.id);
    }
    if (action == TicketAction::Convert) {
        // The same order, with every photo and note it had: only what it is changes.
        Event event{u"converted"_s, {}, {}, who.id, {}, false, now, {}, QJsonObject{{u"kind"_s, u"convert"_s},
                                                                                     {u"from"_s, row.kind},
                                                                                     {u"to"_s, u"repair"_s}}};
        const bool ok = db.exec(u"UPDATE tickets SET kind = 'repair', category = ?, converted_from = ?, updated_at = ?,"
                                " rev = ? WHERE id = ?"_s,
                                {*f.category, row.kind, now, db.nextRevision(), row.id})
                        && addEvent(db, row, event, now);
        return ok ? CommandOutcome::done(u"ticket"_s, row.id) : failed();
    }
    if (action == TicketAction::Resolve) {
        QStringList linked = f.photos;
        if (f.signature && !linked.contains(*f.signature))
            linked << *f.signature;
        if (!Attachments::link(db, u"ticket"_s, row.id, linked, false))
            return failed();
    }

    if (!autoAssignee.isEmpty()) {
        after.assigneeId = autoAssignee;
        after.pooled = false;
    }
    // The first step out of "submitted" answers the order, whichever act it is.
    const TicketStatus reached = autoAssignee.isEmpty() ? *to : TicketStatus::Assigned;
    if (row.acceptedAt == 0 && TicketRules::answers(row.status, reached))
        set.insert(u"accepted_at"_s, now);
    const bool scopeChanged = after.assigneeId != row.assigneeId || after.pooled != row.pooled;
    if (scopeChanged) {
        set.insert(u"assignee_id"_s, after.assigneeId.isEmpty() ? QVariant() : QVariant(after.assigneeId));
        set.insert(u"pooled"_s, after.pooled ? 1 : 0);
        if (!moveScope(db, row, after.assigneeId, after.pooled, now))
            return failed();
    }
    QString sql = u"UPDATE tickets SET status = ?, updated_at = ?, rev = ?"_s;
    QVariantList values{statusName(reached), now, db.nextRevision()};
    for (auto it = set.cbegin(); it != set.cend(); ++it) {
        sql += u", %1 = ?"_s.arg(it.key());
        values << it.value();
    }
    sql += u" WHERE id = ?"_s;
    values << row.id;
    if (!db.exec(sql, values))
        return failed();

    Event event{u"status"_s, from, autoAssignee.isEmpty() ? statusName(*to) : statusName(TicketStatus::Accepted),
                who.id, note, false, eventAt, action == TicketAction::Resolve ? f.photos : QStringList(), detail};
    if (!addEvent(db, after, event, now))
        return failed();
    if (!autoAssignee.isEmpty()) {
        // Round-robin dispatch: the acceptance and the assignment are two steps on the timeline.
        Event assigned{u"status"_s, statusName(TicketStatus::Accepted), statusName(TicketStatus::Assigned), who.id, {}, false,
                       now, {}, QJsonObject{{u"kind"_s, u"roundRobin"_s}}};
        if (!addEvent(db, after, assigned, now))
            return failed();
    }
    return CommandOutcome::done(u"ticket"_s, row.id);
}

} // namespace

QList<CommandSpec> commands()
{
    QList<CommandSpec> specs{{u"ticket.submit"_s, submit}};
    for (int a = 0; a <= int(TicketAction::Convert); ++a) {
        const auto action = TicketAction(a);
        specs.append({TicketRules::actionCommand(action),
                      [action](CommandContext &ctx, const QJsonObject &payload) { return act(action, ctx, payload); }});
    }
    return specs;
}

int autoClose(Database &db, int days, qint64 now)
{
    QStringList ids;
    QSqlQuery &q = db.query(u"SELECT id FROM tickets WHERE status = 'resolved' AND resolved_at < ?"_s);
    q.bindValue(0, now - qint64(days) * 24 * 3600 * 1000);
    if (db.execPrepared(q)) {
        while (q.next())
            ids << q.value(0).toString();
    }
    q.finish();
    int closed = 0;
    for (const QString &id : std::as_const(ids)) {
        Database::Transaction tx(db, Database::Kind::Revisioned);
        // Read again under the lock: another server process may have closed it meanwhile.
        const std::optional<Row> row = tx.isOpen() ? loadRow(db, id) : std::nullopt;
        if (!row || row->status != TicketStatus::Resolved)
            continue;
        Event event{u"status"_s, statusName(TicketStatus::Resolved), statusName(TicketStatus::Closed), u"system"_s, {}, false,
                    now, {}, QJsonObject{{u"kind"_s, u"autoClose"_s}, {u"afterDays"_s, days}}};
        const bool ok = db.exec(u"UPDATE tickets SET status = 'closed', closed_at = ?, updated_at = ?, rev = ? WHERE id = ?"_s,
                                {now, now, db.nextRevision(), id})
                        && addEvent(db, *row, event, now);
        if (ok && tx.commit())
            ++closed;
    }
    return closed;
}

} // namespace Courtyard::Server::Tickets
