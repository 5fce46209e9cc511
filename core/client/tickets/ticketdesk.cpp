#include "tickets/ticketdesk.h"

#include "estate/estatedirectory.h"
#include "fieldlimits.h"
#include "formats.h"
#include "store/entityrepository.h"
#include "store/localstore.h"
#include "text.h"
#include "tickets/ticketlimits.h"
#include "viewer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;
using Courtyard::Role;
using Courtyard::TicketAction;
using Courtyard::TicketStatus;
namespace Rules = Courtyard::TicketRules;
namespace TL = Courtyard::TicketLimits;

namespace Courtyard::Client {

namespace {


/// A form's time: a JS Date (QDateTime), ms since the epoch, or an ISO string; 0 = none.
qint64 timeOf(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return 0;
    if (v.metaType().id() == QMetaType::QDateTime)
        return v.toDateTime().isValid() ? v.toDateTime().toMSecsSinceEpoch() : 0;
    if (v.metaType().id() == QMetaType::QString) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toMSecsSinceEpoch() : 0;
    }
    bool ok = false;
    const qint64 ms = v.toLongLong(&ok);
    return ok ? ms : 0;
}

QJsonArray hashArray(const QStringList &hashes)
{
    QJsonArray a;
    for (const QString &h : hashes)
        a.append(h);
    return a;
}

QStringList stringList(const QVariant &v)
{
    QStringList out;
    for (const QVariant &item : v.toList())
        out << item.toString();
    return out;
}

/// How the contact phone is sent: as typed, without the spaces and dashes people write.
QString phoneOf(const QVariantMap &form)
{
    QString phone = Courtyard::Text::clean(form.value(u"contactPhone"_s).toString());
    phone.remove(u' ').remove(u'-');
    return phone;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

Courtyard::TicketFacts factsOf(const QJsonObject &ticket)
{
    return {ticket.value(u"estateId"_s).toString(), ticket.value(u"unitId"_s).toString(),
            ticket.value(u"createdBy"_s).toString(), ticket.value(u"assigneeId"_s).toString(),
            ticket.value(u"pooled"_s).toBool(), ticket.value(u"onBehalf"_s).toBool()};
}

} // namespace

TicketDesk::TicketDesk(LocalStore &store, AttachmentQueue &attachments, const Viewer &viewer, QString mediaDir,
                       const EstateDirectory &directory, QObject *parent)
    : CommandDesk(store, attachments, viewer, std::move(mediaDir), parent)
    , m_directory(directory)
{
}

QString TicketDesk::textProblem(const QString &text, int max, bool required)
{
    const QString t = Courtyard::Text::clean(text);
    if (required && t.isEmpty())
        return QCoreApplication::translate("TicketDesk", "Write something first.");
    if (!Courtyard::Text::isWellFormed(t))
        return QCoreApplication::translate("TicketDesk", "The text holds characters that cannot be sent.");
    const qsizetype length = Courtyard::Text::length(t);
    if (length > max)
        return QCoreApplication::translate("TicketDesk", "Too long: at most %1 characters (%2 now).").arg(max).arg(length);
    return {};
}

QVariantMap TicketDesk::checkRequest(const QVariantMap &form, qint64 now)
{
    QVariantMap e;
    if (!Rules::kinds().contains(form.value(u"kind"_s).toString()))
        e.insert(u"kind"_s, QCoreApplication::translate("TicketDesk", "Choose what kind of request this is."));
    if (!Rules::categories().contains(form.value(u"category"_s).toString()))
        e.insert(u"category"_s, QCoreApplication::translate("TicketDesk", "Choose a category."));
    const QString description = form.value(u"description"_s).toString();
    if (Courtyard::Text::clean(description).isEmpty())
        e.insert(u"description"_s, QCoreApplication::translate("TicketDesk", "Describe the problem in a few words."));
    else if (const QString problem = textProblem(description, TL::DescriptionMax, true); !problem.isEmpty())
        e.insert(u"description"_s, problem);
    const QString placeKind = form.value(u"placeKind"_s).toString();
    const QString unitId = form.value(u"unitId"_s).toString();
    const QString label = form.value(u"locationLabel"_s).toString();
    const bool common = placeKind == u"common" || (placeKind.isEmpty() && unitId.isEmpty());
    if (!common && unitId.isEmpty())
        e.insert(u"place"_s, QCoreApplication::translate("TicketDesk", "Choose the unit."));
    else if (common && Courtyard::Text::clean(label).isEmpty())
        e.insert(u"place"_s, QCoreApplication::translate("TicketDesk", "Say where it is, e.g. \"Lift hall, building 3\"."));
    else if (common)
        if (const QString problem = textProblem(label, TL::LocationLabelMax, true); !problem.isEmpty())
            e.insert(u"place"_s, problem);
    const qint64 visitFrom = timeOf(form.value(u"visitFrom"_s));
    const qint64 visitTo = timeOf(form.value(u"visitTo"_s));
    if ((visitFrom > 0) != (visitTo > 0) || (visitFrom > 0 && visitTo <= visitFrom))
        e.insert(u"visit"_s, QCoreApplication::translate("TicketDesk", "The end of the visit window must be after its start."));
    else if (visitTo > 0 && visitTo < now)
        e.insert(u"visit"_s, QCoreApplication::translate("TicketDesk", "That time has already passed."));
    const QStringList photos = stringList(form.value(u"photos"_s));
    if (photos.size() > TL::PhotosPerTicket)
        e.insert(u"photos"_s, QCoreApplication::translate("TicketDesk", "At most %1 photos.").arg(TL::PhotosPerTicket));
    else if (form.value(u"photosBusy"_s).toBool())
        e.insert(u"photos"_s, QCoreApplication::translate("TicketDesk", "Photos are still being prepared; a moment please."));
    const QString phone = phoneOf(form);
    if (!phone.isEmpty() && !Courtyard::Formats::isContactPhone(phone))
        e.insert(u"phone"_s, QCoreApplication::translate("TicketDesk", "Enter a phone number of %1 to %2 digits.")
                                 .arg(Courtyard::Limits::PhoneMin)
                                 .arg(Courtyard::Limits::PhoneMax));
    return e;
}

QString TicketDesk::submit(const QVariantMap &form)
{
    const Viewer &me = viewer();
    if (me.role() == Role::Technician)
        return fail(QCoreApplication::translate("TicketDesk", "Technicians do not file requests."));
    const QVariantMap problems = checkRequest(form, now());
    for (const char *field : {"kind", "category", "description", "place", "visit", "photos", "phone"}) {
        if (problems.contains(QLatin1StringView(field)))
            return fail(problems.value(QLatin1StringView(field)).toString());
    }
    const QString kind = form.value(u"kind"_s).toString();
    const QString category = form.value(u"category"_s).toString();
    const QString description = Courtyard::Text::clean(form.value(u"description"_s).toString());
    const bool common = form.value(u"placeKind"_s).toString() == u"common";
    const QString unitId = common ? QString() : form.value(u"unitId"_s).toString();
    const QString label = unitId.isEmpty() ? Courtyard::Text::clean(form.value(u"locationLabel"_s).toString()) : QString();
    const QStringList photos = stringList(form.value(u"photos"_s));
    const qint64 visitFrom = timeOf(form.value(u"visitFrom"_s));
    const qint64 visitTo = timeOf(form.value(u"visitTo"_s));
    const QString phone = phoneOf(form);
    const QString onBehalfOf = form.value(u"onBehalfOf"_s).toString();
    const bool office = me.isOffice();
    if (office && unitId.isEmpty())
        return fail(QCoreApplication::translate("TicketDesk", "Choose the resident's unit."));
    if (!office && !unitId.isEmpty() && !me.unitIds().contains(unitId))
        return fail(QCoreApplication::translate("TicketDesk", "That unit is not yours."));

    QString estateId = unitId.isEmpty() ? QString() : m_directory.estateOfUnit(unitId);
    if (estateId.isEmpty() && !me.estateIds().isEmpty())
        estateId = me.estateIds().constFirst();
    if (estateId.isEmpty())
        return fail(QCoreApplication::translate("TicketDesk", "Your account belongs to no estate."));

    const QString ticketId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 at = now();
    QJsonObject payload{{u"ticketId"_s, ticketId}, {u"kind"_s, kind},           {u"category"_s, category},
                        {u"description"_s, description}, {u"reportedAt"_s, iso(at)}};
    QJsonValue location = QJsonValue::Null;
    if (!unitId.isEmpty())
        payload.insert(u"unitId"_s, unitId);
    if (!label.isEmpty()) {
        QJsonObject loc{{u"label"_s, label}};
        const QVariant lat = form.value(u"latitude"_s);
        const QVariant lon = form.value(u"longitude"_s);
        if (lat.isValid() && lon.isValid() && !lat.isNull() && !lon.isNull()) {
            loc.insert(u"latitude"_s, lat.toDouble());
            loc.insert(u"longitude"_s, lon.toDouble());
            const QVariant acc = form.value(u"accuracyM"_s);
            if (acc.isValid() && !acc.isNull() && acc.toDouble() >= 0)
                loc.insert(u"accuracyM"_s, acc.toDouble());
        }
        payload.insert(u"location"_s, loc);
        location = loc;
    }
    if (!photos.isEmpty())
        payload.insert(u"photos"_s, hashArray(photos));
    if (visitFrom > 0) {
        payload.insert(u"visitFrom"_s, iso(visitFrom));
        payload.insert(u"visitTo"_s, iso(visitTo));
    }
    if (!phone.isEmpty())
        payload.insert(u"contactPhone"_s, phone);
    if (office && !onBehalfOf.isEmpty())
        payload.insert(u"onBehalfOf"_s, onBehalfOf);

    // What the order looks like until the server has it: the server fills in the deadlines.
    const QJsonObject optimistic{
        {u"id"_s, ticketId},
        {u"estateId"_s, estateId},
        {u"unitId"_s, orNull(unitId)},
        {u"kind"_s, kind},
        {u"category"_s, category},
        {u"description"_s, description},
        {u"location"_s, location},
        {u"photos"_s, hashArray(photos)},
        {u"visitFrom"_s, visitFrom > 0 ? QJsonValue(iso(visitFrom)) : QJsonValue(QJsonValue::Null)},
        {u"visitTo"_s, visitTo > 0 ? QJsonValue(iso(visitTo)) : QJsonValue(QJsonValue::Null)},
        {u"contactPhone"_s, orNull(phone)},
        {u"status"_s, u"submitted"_s},
        {u"priority"_s, u"normal"_s},
        {u"assigneeId"_s, QJsonValue::Null},
        {u"assigneeName"_s, QJsonValue::Null},
        {u"onBehalf"_s, office},
        {u"createdBy"_s, office ? onBehalfOf : me.id()},
        {u"createdAt"_s, iso(at)},
        {u"reportedAt"_s, iso(at)},
        {u"updatedAt"_s, iso(at)},
        {u"responseDueAt"_s, QJsonValue::Null},
        {u"resolveDueAt"_s, QJsonValue::Null},
        {u"acceptedAt"_s, QJsonValue::Null},
        {u"onSiteAt"_s, QJsonValue::Null},
        {u"resolvedAt"_s, QJsonValue::Null},
        {u"closedAt"_s, QJsonValue::Null},
        {u"holdReason"_s, QJsonValue::Null},
        {u"heldFrom"_s, QJsonValue::Null},
        {u"rating"_s, QJsonValue::Null},
        {u"parts"_s, QJsonArray()},
    };
    if (queue(u"ticket.submit"_s, u"ticket"_s, ticketId, payload, optimistic, photos).isEmpty())
        return {};
    return ticketId;
}

QString TicketDesk::act(TicketAction action, const QString &ticketId, QJsonObject payload,
                        const std::function<bool(QJsonObject &)> &effect, const QStringList &photos)
{
    EntityRepository repo(store());
    const std::optional<QJsonObject> current = repo.get(u"ticket"_s, ticketId);
    if (!current)
        return fail(QCoreApplication::translate("TicketDesk", "This request is not on this device."));
    const std::optional<TicketStatus> status = Rules::statusFromName(current->value(u"status"_s).toString());
    if (!status)
        return fail(QCoreApplication::translate("TicketDesk", "This request is in an unknown state."));
    if (!Rules::mayPerform(action, viewer().role(), relation(*current, viewer())))
        return fail(QCoreApplication::translate("TicketDesk", "You may not do this on this request."));
    if (!Rules::allowedIn(action, *status))
        return fail(QCoreApplication::translate("TicketDesk", "This is not possible in the request's present state."));
    QJsonObject optimistic = *current;
    if (const std::optional<TicketStatus> next = Rules::nextStatus(action, *status)) {
        optimistic.insert(u"status"_s, Rules::statusName(*next));
        // The first answer of the office stops the response clock, as the server records it.
        if (Rules::answers(*status, *next) && current->value(u"acceptedAt"_s).toString().isEmpty())
            optimistic.insert(u"acceptedAt"_s, iso(now()));
    }
    if (effect && !effect(optimistic))
        return {};
    optimistic.insert(u"updatedAt"_s, iso(now()));
    payload.insert(u"ticketId"_s, ticketId);
    return queue(Rules::actionCommand(action), u"ticket"_s, ticketId, payload, optimistic, photos);
}

QString TicketDesk::accept(const QString &ticketId)
{
    return act(TicketAction::Accept, ticketId, {}, {});
}

QString TicketDesk::setPriority(const QString &ticketId, const QString &priority)
{
    if (!Rules::priorityFromName(priority))
        return fail(QCoreApplication::translate("TicketDesk", "Choose a priority."));
    return act(TicketAction::SetPriority, ticketId, {{u"priority"_s, priority}}, [&priority](QJsonObject &t) {
        t.insert(u"priority"_s, priority);
        return true;
    });
}

QString TicketDesk::assign(const QString &ticketId, const QString &technicianId)
{
    if (technicianId.isEmpty())
        return fail(QCoreApplication::translate("TicketDesk", "Choose a technician."));
    const QString name = m_directory.staffName(technicianId);
    return act(TicketAction::Assign, ticketId, {{u"technicianId"_s, technicianId}},
               [&technicianId, &name](QJsonObject &t) {
                   t.insert(u"assigneeId"_s, technicianId);
                   t.insert(u"assigneeName"_s, orNull(name));
                   t.insert(u"pooled"_s, false);
                   return true;
               });
}

QString TicketDesk::assignRoundRobin(const QString &ticketId)
{
    // The server picks the technician; until it answers the order shows "assigned" to nobody yet.
    return act(TicketAction::Assign, ticketId, {{u"roundRobin"_s, true}}, [](QJsonObject &t) {
        t.insert(u"pooled"_s, false);
        return true;
    });
}

QString TicketDesk::openToPool(const QString &ticketId)
{
    return act(TicketAction::OpenToPool, ticketId, {}, [](QJsonObject &t) {
        t.insert(u"assigneeId"_s, QJsonValue::Null);
        t.insert(u"assigneeName"_s, QJsonValue::Null);
        t.insert(u"pooled"_s, true);
        return true;
    });
}

QString TicketDesk::take(const QString &ticketId)
{
    const QString name = m_directory.staffName(viewer().id());
    return act(TicketAction::Take, ticketId, {}, [this, &name](QJsonObject &t) {
        t.insert(u"assigneeId"_s, viewer().id());
        t.insert(u"assigneeName"_s, orNull(name));
        t.insert(u"pooled"_s, false);
        return true;
    });
}

QString TicketDesk::checkIn(const QString &ticketId, const QVariant &fix)
{
    const QString at = iso(now());
    QJsonObject payload{{u"at"_s, at}};
    QJsonObject checkIn{{u"at"_s, at}, {u"latitude"_s, QJsonValue::Null}, {u"longitude"_s, QJsonValue::Null},
                        {u"accuracyM"_s, QJsonValue::Null}};
    const QVariantMap f = fix.toMap();
    if (f.contains(u"latitude"_s) && f.contains(u"longitude"_s)) {
        const double lat = f.value(u"latitude"_s).toDouble();
        const double lon = f.value(u"longitude"_s).toDouble();
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
            return fail(QCoreApplication::translate("TicketDesk", "The position fix is not valid."));
        payload.insert(u"latitude"_s, lat);
        payload.insert(u"longitude"_s, lon);
        checkIn.insert(u"latitude"_s, lat);
        checkIn.insert(u"longitude"_s, lon);
        if (f.contains(u"accuracyM"_s) && f.value(u"accuracyM"_s).toDouble() >= 0) {
            payload.insert(u"accuracyM"_s, f.value(u"accuracyM"_s).toDouble());
            checkIn.insert(u"accuracyM"_s, f.value(u"accuracyM"_s).toDouble());
        }
    }
    return act(TicketAction::CheckIn, ticketId, payload, [&at, &checkIn](QJsonObject &t) {
        t.insert(u"onSiteAt"_s, at);
        t.insert(u"checkIn"_s, checkIn);
        return true;
    });
}

QString TicketDesk::hold(const QString &ticketId, const QString &reason)
{
    const QString why = Courtyard::Text::clean(reason);
    if (why.isEmpty())
        return fail(QCoreApplication::translate("TicketDesk", "Say why the work waits."));
    if (const QString problem = textProblem(why, TL::ReasonMax, true); !problem.isEmpty())
        return fail(problem);
    const QString from = EntityRepository(store()).get(u"ticket"_s, ticketId).value_or(QJsonObject()).value(u"status"_s).toString();
    return act(TicketAction::Hold, ticketId, {{u"reason"_s, why}}, [&why, &from](QJsonObject &t) {
        t.insert(u"holdReason"_s, why);
        // Where resume returns to, as the server records it: the status before the hold.
        t.insert(u"heldFrom"_s, from);
        return true;
    });
}

QString TicketDesk::resume(const QString &ticketId)
{
    // The server returns the order to the status it was held from, which it sends as heldFrom.
    return act(TicketAction::Resume, ticketId, {}, [this](QJsonObject &t) {
        const std::optional<TicketStatus> back = Rules::statusFromName(t.value(u"heldFrom"_s).toString());
        if (!back) {
            fail(QCoreApplication::translate("TicketDesk", "This device does not know where the work stood before the hold; sync first."));
            return false;
        }
        t.insert(u"status"_s, Rules::statusName(*back));
        t.insert(u"holdReason"_s, QJsonValue::Null);
        t.insert(u"heldFrom"_s, QJsonValue::Null);
        return true;
    });
}

QString TicketDesk::resolve(const QString &ticketId, const QVariantMap &report)
{
    const QString summary = Courtyard::Text::clean(report.value(u"summary"_s).toString());
    if (summary.isEmpty())
        return fail(QCoreApplication::translate("TicketDesk", "Write what was done."));
    if (const QString problem = textProblem(summary, TL::NoteMax, true); !problem.isEmpty())
        return fail(problem);
    QJsonArray parts;
    for (const QVariant &p : report.value(u"parts"_s).toList()) {
        const QVariantMap part = p.toMap();
        const QString name = Courtyard::Text::clean(part.value(u"name"_s).toString());
        bool ok = false;
        const int quantity = part.value(u"quantity"_s).toInt(&ok);
        if (name.isEmpty() || !textProblem(name, TL::PartNameMax, true).isEmpty() || !ok
            || quantity < TL::PartQuantityMin || quantity > TL::PartQuantityMax)
            return fail(QCoreApplication::translate("TicketDesk", "Each part needs a name and a quantity from %1 to %2.")
                            .arg(TL::PartQuantityMin)
                            .arg(TL::PartQuantityMax));
        parts.append(QJsonObject{{u"name"_s, name}, {u"quantity"_s, quantity}});
    }
    if (parts.size() > TL::PartsMax)
        return fail(QCoreApplication::translate("TicketDesk", "At most %1 parts.").arg(TL::PartsMax));
    const QVariant minutesValue = report.value(u"minutesWorked"_s);
    const bool hasMinutes = minutesValue.isValid() && !minutesValue.isNull() && !minutesValue.toString().isEmpty();
    const int minutes = minutesValue.toInt();
    if (hasMinutes && (minutes < 0 || minutes > TL::MinutesWorkedMax))
        return fail(QCoreApplication::translate("TicketDesk", "Minutes worked must be 0 or more."));
    const QString signature = report.value(u"signature"_s).toString();
    QStringList photos = stringList(report.value(u"photos"_s));
    if (photos.size() > TL::PhotosPerEvent)
        return fail(QCoreApplication::translate("TicketDesk", "At most %1 photos.").arg(TL::PhotosPerEvent));

    const QString at = iso(now());
    QJsonObject payload{{u"summary"_s, summary}, {u"at"_s, at}};
    if (!parts.isEmpty())
        payload.insert(u"parts"_s, parts);
    if (hasMinutes)
        payload.insert(u"minutesWorked"_s, minutes);
    if (!signature.isEmpty())
        payload.insert(u"signature"_s, signature);
    if (!photos.isEmpty())
        payload.insert(u"photos"_s, hashArray(photos));
    QStringList uploads = photos;
    if (!signature.isEmpty())
        uploads << signature;
    return act(TicketAction::Resolve, ticketId, payload,
               [&](QJsonObject &t) {
                   t.insert(u"resolvedAt"_s, at);
                   t.insert(u"parts"_s, parts);
                   t.insert(u"minutesWorked"_s, hasMinutes ? QJsonValue(minutes) : QJsonValue(QJsonValue::Null));
                   t.insert(u"signature"_s, orNull(signature));
                   return true;
               },
               uploads);
}

QString TicketDesk::confirm(const QString &ticketId, int overall, int speed, int service, const QString &comment)
{
    for (const int score : {overall, speed, service}) {
        if (score < TL::RatingMin || score > TL::RatingMax)
            return fail(QCoreApplication::translate("TicketDesk", "Give each rating from 1 to 5 stars."));
    }
    const QString text = Courtyard::Text::clean(comment);
    if (const QString problem = textProblem(text, TL::CommentMax, false); !problem.isEmpty())
        return fail(problem);
    QJsonObject payload{{u"overall"_s, overall}, {u"speed"_s, speed}, {u"service"_s, service}};
    if (!text.isEmpty())
        payload.insert(u"comment"_s, text);
    const QJsonObject rating{{u"overall"_s, overall}, {u"speed"_s, speed}, {u"service"_s, service},
                             {u"comment"_s, orNull(text)}};
    return act(TicketAction::Confirm, ticketId, payload, [this, &rating](QJsonObject &t) {
        t.insert(u"rating"_s, rating);
        t.insert(u"closedAt"_s, iso(now()));
        return true;
    });
}

QString TicketDesk::reject(const QString &ticketId, const QString &reason)
{
    const QString why = Courtyard::Text::clean(reason);
    if (why.isEmpty())
        return fail(QCoreApplication::translate("TicketDesk", "Say what is still wrong."));
    if (const QString problem = textProblem(why, TL::ReasonMax, true); !problem.isEmpty())
        return fail(problem);
    return act(TicketAction::Reject, ticketId, {{u"reason"_s, why}}, {});
}

QString TicketDesk::cancel(const QString &ticketId, const QString &reason)
{
    const QString why = Courtyard::Text::clean(reason);
    if (const QString problem = textProblem(why, TL::ReasonMax, false); !problem.isEmpty())
        return fail(problem);
    QJsonObject payload;
    if (!why.isEmpty())
        payload.insert(u"reason"_s, why);
    return act(TicketAction::Cancel, ticketId, payload, [this](QJsonObject &t) {
        t.insert(u"closedAt"_s, iso(now()));
        return true;
    });
}

QString TicketDesk::note(const QString &ticketId, const QString &text, bool internal, const QStringList &photos)
{
    const QString body = Courtyard::Text::clean(text);
    if (body.isEmpty())
        return fail(QCoreApplication::translate("TicketDesk", "Write the note first."));
    if (const QString problem = textProblem(body, TL::NoteMax, true); !problem.isEmpty())
        return fail(problem);
    if (internal && !viewer().isStaff())
        return fail(QCoreApplication::translate("TicketDesk", "Only staff write internal notes."));
    if (photos.size() > TL::PhotosPerEvent)
        return fail(QCoreApplication::translate("TicketDesk", "At most %1 photos.").arg(TL::PhotosPerEvent));
    QJsonObject payload{{u"text"_s, body}};
    if (internal)
        payload.insert(u"internal"_s, true);
    if (!photos.isEmpty())
        payload.insert(u"photos"_s, hashArray(photos));
    return act(TicketAction::Note, ticketId, payload, {}, photos);
}

QString TicketDesk::callBack(const QString &ticketId, const QString &note)
{
    const QString body = Courtyard::Text::clean(note);
    if (body.isEmpty())
        return fail(QCoreApplication::translate("TicketDesk", "Write what the resident said."));
    if (const QString problem = textProblem(body, TL::NoteMax, true); !problem.isEmpty())
        return fail(problem);
    return act(TicketAction::CallBack, ticketId, {{u"note"_s, body}}, [this](QJsonObject &t) {
        t.insert(u"closedAt"_s, iso(now()));
        return true;
    });
}

QString TicketDesk::convert(const QString &ticketId, const QString &category)
{
    if (!Rules::categories().contains(category))
        return fail(QCoreApplication::translate("TicketDesk", "Choose a category."));
    const std::optional<QJsonObject> current = EntityRepository(store()).get(u"ticket"_s, ticketId);
    if (current && !Rules::convertible(current->value(u"kind"_s).toString()))
        return fail(QCoreApplication::translate("TicketDesk", "Only a complaint can be converted into a repair order."));
    return act(TicketAction::Convert, ticketId, {{u"category"_s, category}}, [&category](QJsonObject &t) {
        t.insert(u"convertedFrom"_s, t.value(u"kind"_s));
        t.insert(u"kind"_s, u"repair"_s);
        t.insert(u"category"_s, category);
        return true;
    });
}

Courtyard::TicketRelation TicketDesk::relation(const QJsonObject &ticket, const Viewer &viewer)
{
    return Rules::relation(factsOf(ticket), Courtyard::TicketActor{viewer.id(), viewer.role(), viewer.unitIds()});
}

QStringList TicketDesk::allowedActions(const QJsonObject &ticket, const Viewer &viewer)
{
    QStringList out;
    const std::optional<TicketStatus> status = Rules::statusFromName(ticket.value(u"status"_s).toString());
    if (!status)
        return out;
    const Courtyard::TicketRelation rel = relation(ticket, viewer);
    for (int a = 0; a <= int(TicketAction::Convert); ++a) {
        const auto action = TicketAction(a);
        if (action == TicketAction::Convert && !Rules::convertible(ticket.value(u"kind"_s).toString()))
            continue;
        if (Rules::mayPerform(action, viewer.role(), rel) && Rules::allowedIn(action, *status))
            out << Rules::actionCommand(action).mid(7); // without "ticket."
    }
    return out;
}

} // namespace Courtyard::Client
