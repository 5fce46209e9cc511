#include "ticketjson.h"

#include "json.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::TicketJson {

namespace {

enum TicketColumn {
    TId, TEstate, TUnit, TKind, TCategory, TDescription, TLocLabel, TLat, TLon, TAcc, TPhotos, TVisitFrom,
    TVisitTo, TPhone, TStatus, TPriority, TAssignee, TAssigneeName, TPooled, TOnBehalf, TCreatedBy, TCreatedAt,
    TReportedAt, TUpdatedAt, TResponseDue, TResolveDue, TAcceptedAt, TOnSiteAt, TResolvedAt, TClosedAt,
    THoldReason, TROverall, TRSpeed, TRService, TRComment, TParts, TMinutes, TSignature, TConvertedFrom, TCheckInLat,
    TCheckInLon, TCheckInAcc, THeldFrom,
};

enum EventColumn {
    EId, ETicket, EType, EFrom, ETo, EActor, EActorName, EActorRole, ENote, EInternal, EAt, EReceived, EPhotos, EDetail
};

QJsonArray hashList(const QVariant &column)
{
    QJsonArray out;
    for (const QString &h : column.toString().split(u',', Qt::SkipEmptyParts))
        out.append(h);
    return out;
}

QJsonValue numberOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toDouble());
}

} // namespace

QString ticketColumns()
{
    return u"t.id, t.estate_id, t.unit_id, t.kind, t.category, t.description, t.location_label, t.latitude,"
           " t.longitude, t.accuracy_m, t.photos, t.visit_from, t.visit_to, t.contact_phone, t.status, t.priority,"
           " t.assignee_id, a.name, t.pooled, t.on_behalf, t.created_by, t.created_at, t.reported_at, t.updated_at,"
           " t.response_due_at, t.resolve_due_at, t.accepted_at, t.on_site_at, t.resolved_at, t.closed_at,"
           " t.hold_reason, t.rating_overall, t.rating_speed, t.rating_service, t.rating_comment, t.parts,"
           " t.minutes_worked, t.signature, t.converted_from, t.checkin_latitude, t.checkin_longitude,"
           " t.checkin_accuracy_m, t.held_from"_s;
}

QJsonObject ticket(const QSqlQuery &r, const Principal &viewer)
{
    QJsonValue location = QJsonValue::Null;
    if (!r.value(TLocLabel).isNull()) {
        QJsonObject loc{{u"label"_s, r.value(TLocLabel).toString()}};
        if (!r.value(TLat).isNull()) {
            loc.insert(u"latitude"_s, r.value(TLat).toDouble());
            loc.insert(u"longitude"_s, r.value(TLon).toDouble());
            if (!r.value(TAcc).isNull())
                loc.insert(u"accuracyM"_s, r.value(TAcc).toDouble());
        }
        location = loc;
    }
    const QJsonArray photos = hashList(r.value(TPhotos));
    const QJsonArray parts = QJsonDocument::fromJson(r.value(TParts).toString().toUtf8()).array();

    QJsonValue rating = QJsonValue::Null;
    if (!r.value(TROverall).isNull()) {
        rating = QJsonObject{{u"overall"_s, r.value(TROverall).toInt()},
                             {u"speed"_s, r.value(TRSpeed).toInt()},
                             {u"service"_s, r.value(TRService).toInt()},
                             {u"comment"_s, Json::textOrNull(r.value(TRComment))}};
    }
    const QString assignee = r.value(TAssignee).toString();
    const bool showPhone = viewer.role != Role::Technician || assignee == viewer.id;

    QJsonObject o{
        {u"id"_s, r.value(TId).toString()},
        {u"estateId"_s, r.value(TEstate).toString()},
        {u"unitId"_s, Json::textOrNull(r.value(TUnit))},
        {u"kind"_s, r.value(TKind).toString()},
        {u"category"_s, r.value(TCategory).toString()},
        {u"description"_s, r.value(TDescription).toString()},
        {u"location"_s, location},
        {u"photos"_s, photos},
        {u"visitFrom"_s, Json::timeOrNull(r.value(TVisitFrom))},
        {u"visitTo"_s, Json::timeOrNull(r.value(TVisitTo))},
        {u"contactPhone"_s, showPhone ? Json::textOrNull(r.value(TPhone)) : QJsonValue(QJsonValue::Null)},
        {u"status"_s, r.value(TStatus).toString()},
        {u"priority"_s, r.value(TPriority).toString()},
        {u"assigneeId"_s, Json::textOrNull(r.value(TAssignee))},
        {u"assigneeName"_s, Json::textOrNull(r.value(TAssigneeName))},
        {u"onBehalf"_s, r.value(TOnBehalf).toInt() != 0},
        {u"createdBy"_s, r.value(TCreatedBy).toString()},
        {u"createdAt"_s, Json::isoTime(r.value(TCreatedAt).toLongLong())},
        {u"reportedAt"_s, Json::isoTime(r.value(TReportedAt).toLongLong())},
        {u"updatedAt"_s, Json::isoTime(r.value(TUpdatedAt).toLongLong())},
        {u"responseDueAt"_s, Json::timeOrNull(r.value(TResponseDue))},
        {u"resolveDueAt"_s, Json::timeOrNull(r.value(TResolveDue))},
        {u"acceptedAt"_s, Json::timeOrNull(r.value(TAcceptedAt))},
        {u"onSiteAt"_s, Json::timeOrNull(r.value(TOnSiteAt))},
        {u"resolvedAt"_s, Json::timeOrNull(r.value(TResolvedAt))},
        {u"closedAt"_s, Json::timeOrNull(r.value(TClosedAt))},
        {u"holdReason"_s, Json::textOrNull(r.value(THoldReason))},
        {u"heldFrom"_s, Json::textOrNull(r.value(THeldFrom))},
        {u"rating"_s, rating},
        {u"parts"_s, parts},
        {u"minutesWorked"_s, r.value(TMinutes).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.value(TMinutes).toInt())},
        {u"signature"_s, Json::textOrNull(r.value(TSignature))},
        {u"convertedFrom"_s, Json::textOrNull(r.value(TConvertedFrom))},
    };
    if (isStaff(viewer.role)) {
        o.insert(u"pooled"_s, r.value(TPooled).toInt() != 0);
        // Where the technician stood is for colleagues only: residents never get coordinates.
        QJsonValue checkIn = QJsonValue::Null;
        if (!r.value(TOnSiteAt).isNull()) {
            checkIn = QJsonObject{{u"at"_s, Json::isoTime(r.value(TOnSiteAt).toLongLong())},
                                  {u"latitude"_s, numberOrNull(r.value(TCheckInLat))},
                                  {u"longitude"_s, numberOrNull(r.value(TCheckInLon))},
                                  {u"accuracyM"_s, numberOrNull(r.value(TCheckInAcc))}};
        }
        o.insert(u"checkIn"_s, checkIn);
    }
    return o;
}

QString eventColumns()
{
    return u"e.id, e.ticket_id, e.type, e.from_status, e.to_status, e.actor_id, u.name, u.role, e.note, e.internal,"
           " e.at, e.received_at, e.photos, e.detail"_s;
}

QJsonObject event(const QSqlQuery &r)
{
    return QJsonObject{
        {u"id"_s, r.value(EId).toString()},
        {u"ticketId"_s, r.value(ETicket).toString()},
        {u"type"_s, r.value(EType).toString()},
        {u"fromStatus"_s, Json::textOrNull(r.value(EFrom))},
        {u"toStatus"_s, Json::textOrNull(r.value(ETo))},
        {u"actorId"_s, r.value(EActor).toString()},
        // Automatic steps (auto-close) are made by the server itself, not a person.
        {u"actorName"_s, r.value(EActorName).isNull() ? u"Courtyard"_s : r.value(EActorName).toString()},
        {u"actorRole"_s, r.value(EActorRole).isNull() ? u"system"_s : r.value(EActorRole).toString()},
        {u"note"_s, Json::textOrNull(r.value(ENote))},
        {u"internal"_s, r.value(EInternal).toInt() != 0},
        {u"at"_s, Json::isoTime(r.value(EAt).toLongLong())},
        {u"receivedAt"_s, Json::isoTime(r.value(EReceived).toLongLong())},
        {u"photos"_s, hashList(r.value(EPhotos))},
        // What the server did by itself (a priority set, a round-robin pick, an auto-close),
        // as fields: no client reads meaning out of the note.
        {u"detail"_s, r.value(EDetail).isNull() ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(QJsonDocument::fromJson(r.value(EDetail).toString().toUtf8()).object())},
    };
}

} // namespace Courtyard::Server::TicketJson
