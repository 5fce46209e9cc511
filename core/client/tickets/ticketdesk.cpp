#include "ticketdesk.h"

#include "attachmentqueue.h"
#include "entityrepository.h"
#include "fieldlimits.h"
#include "tickets/ticketlimits.h"
#include "formats.h"
#include "localstore.h"
#include "outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;
using Courtyard::Role;
using Courtyard::TicketAction;
using Courtyard::TicketStatus;
namespace Rules = Courtyard::TicketRules;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TicketDesk", text);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

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

} // namespace

TicketDesk::TicketDesk(LocalStore &store, AttachmentQueue &attachments, Viewer viewer, QString mediaDir,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_attachments(attachments)
    , m_viewer(std::move(viewer))
    , m_mediaDir(std::move(mediaDir))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

qint64 TicketDesk::now() const
{
    return m_clock();
}

QString TicketDesk::fail(const QString &message)
{
    if (m_lastError != message) {
        m_lastError = message;
        Q_EMIT lastErrorChanged();
    }
    return {};
}

QString TicketDesk::submit(const QVariantMap &form)
{
    using namespace Courtyard;
    if (m_viewer.role == Role::Technician)
        return fail(tr("Technicians do not file requests."));
    const QString kind = form.value(u"kind"_s).toString();
    const QString category = form.value(u"category"_s).toString();
    const QString description = form.value(u"description"_s).toString().trimmed();
    const QString unitId = form.value(u"unitId"_s).toString();
    const QString label = form.value(u"locationLabel"_s).toString().trimmed();
    const QStringList photos = stringList(form.value(u"photos"_s));
    const qint64 visitFrom = timeOf(form.value(u"visitFrom"_s));
    const qint64 visitTo = timeOf(form.value(u"visitTo"_s));
    const QString phone = form.value(u"contactPhone"_s).toString().trimmed();
    const QString onBehalfOf = form.value(u"onBehalfOf"_s).toString();
    const bool office = isOffice(m_viewer.role);

    if (!TicketRules::kinds().contains(kind))
        return fail(tr("Choose what kind of request this is."));
    if (!TicketRules::categories().contains(category))
        return fail(tr("Choose a category."));
    if (description.isEmpty())
        return fail(tr("Describe the problem."));
    if (description.size() > TicketLimits::DescriptionMax)
        return fail(tr("The description is too long."));
    if (unitId.isEmpty() && label.isEmpty())
        return fail(tr("Say where: your unit or a place in the estate."));
    if (label.size() > TicketLimits::LocationLabelMax)
        return fail(tr("The place is too long."));
    if (office && unitId.isEmpty())
        return fail(tr("Choose the resident's unit."));
    if (!office && !unitId.isEmpty() && !m_viewer.unitIds.contains(unitId))
        return fail(tr("That unit is not yours."));
    if (photos.size() > TicketLimits::PhotosPerTicket)
        return fail(tr("At most 6 photos."));
    if ((visitFrom > 0) != (visitTo > 0) || (visitFrom > 0 && visitTo <= visitFrom))
        return fail(tr("The visit window must end after it starts."));
    if (!phone.isEmpty() && !Courtyard::Formats::isContactPhone(phone))
        return fail(tr("The contact phone is not a phone number."));

    EntityRepository repo(m_store);
    QString estateId;
    if (!unitId.isEmpty())
        estateId = repo.get(u"unit"_s, unitId).value_or(QJsonObject()).value(u"estateId"_s).toString();
    if (estateId.isEmpty() && !m_viewer.estateIds.isEmpty())
        estateId = m_viewer.estateIds.constFirst();
    if (estateId.isEmpty())
        return fail(tr("Your account belongs to no estate."));

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
        {u"unitId"_s, unitId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(unitId)},
        {u"kind"_s, kind},
        {u"category"_s, category},
        {u"description"_s, description},
        {u"location"_s, location},
        {u"photos"_s, hashArray(photos)},
        {u"visitFrom"_s, visitFrom > 0 ? QJsonValue(iso(visitFrom)) : QJsonValue(QJsonValue::Null)},
        {u"visitTo"_s, visitTo > 0 ? QJsonValue(iso(visitTo)) : QJsonValue(QJsonValue::Null)},
        {u"contactPhone"_s, phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(phone)},
        {u"status"_s, u"submitted"_s},
        {u"priority"_s, u"normal"_s},
        {u"assigneeId"_s, QJsonValue::Null},
        {u"assigneeName"_s, QJsonValue::Null},
        {u"onBehalf"_s, office},
        {u"createdBy"_s, office ? onBehalfOf : m_viewer.id},
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
        {u"rating"_s, QJsonValue::Null},
        {u"parts"_s, QJsonArray()},
    };
    if (queue(u"ticket.submit"_s, ticketId, payload, optimistic, photos).isEmpty())
        return {};
    return ticketId;
}

QString TicketDesk::act(TicketAction action, const QString &ticketId, QJsonObject payload,
                        const std::function<void(QJsonObject &)> &effect, const QStringList &photos)
{
    EntityRepository repo(m_store);
    const std::optional<QJsonObject> current = repo.get(u"ticket"_s, ticketId);
    if (!current)
        return fail(tr("This request is not on this device."));
    const std::optional<TicketStatus> status = Rules::statusFromName(current->value(u"status"_s).toString());
    if (!status)
        return fail(tr("This request is in an unknown state."));
    if (!Rules::mayPerform(action, m_viewer.role, relation(*current, m_viewer)))
        return fail(tr("You may not do this on this request."));
    if (!Rules::allowedIn(action, *status))
        return fail(tr("This is not possible in the request's present state."));
    QJsonObject optimistic = *current;
    if (const std::optional<TicketStatus> next = Rules::nextStatus(action, *status))
        optimistic.insert(u"status"_s, Rules::statusName(*next));
    if (effect)
        effect(optimistic);
    payload.insert(u"ticketId"_s, ticketId);
    return queue(Rules::actionCommand(action), ticketId, payload, optimistic, photos);
}

QString TicketDesk::queue(const QString &type, const QString &ticketId, const QJsonObject &payload,
                          const QJsonObject &optimistic, const QStringList &photos)
{
    for (const QString &sha : photos) {
        if (!Courtyard::Formats::isSha256(sha))
            return fail(tr("A photo could not be read."));
    }
    LocalStore::Transaction tx(m_store);
    if (!tx.isActive())
        return fail(tr("Could not save on this device."));
    // The photos join the upload queue in the same transaction as the command naming them.
    for (const QString &sha : photos) {
        const QFileInfo file(QDir(m_mediaDir).filePath(sha + u".jpg"_s));
        if (m_attachments.state(sha) == AttachmentQueue::State::Uploaded)
            continue;
        if (!file.isFile())
            return fail(tr("A photo is missing on this device; add it again."));
        ProcessedPhoto photo;
        photo.path = file.absoluteFilePath();
        photo.sha256 = sha;
        photo.contentType = u"image/jpeg"_s;
        photo.size = file.size();
        if (!m_attachments.add(photo))
            return fail(tr("Could not save on this device."));
    }
    const QString id = Outbox(m_store).enqueue(type, u"ticket"_s, ticketId, payload, optimistic, photos);
    if (id.isEmpty() || !tx.commit())
        return fail(tr("Could not save on this device."));
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        Q_EMIT lastErrorChanged();
    }
    return id;
}

QString TicketDesk::accept(const QString &ticketId)
{
    return act(TicketAction::Accept, ticketId, {}, [this](QJsonObject &t) { t.insert(u"acceptedAt"_s, iso(now())); });
}

QString TicketDesk::setPriority(const QString &ticketId, const QString &priority)
{
    if (!Rules::priorityFromName(priority))
        return fail(tr("Choose a priority."));
    return act(TicketAction::SetPriority, ticketId, {{u"priority"_s, priority}},
               [&priority](QJsonObject &t) { t.insert(u"priority"_s, priority); });
}

QString TicketDesk::assign(const QString &ticketId, const QString &technicianId)
{
    if (technicianId.isEmpty())
        return fail(tr("Choose a technician."));
    const QString name = staffName(technicianId);
    return act(TicketAction::Assign, ticketId, {{u"technicianId"_s, technicianId}},
               [&technicianId, &name](QJsonObject &t) {
                   t.insert(u"assigneeId"_s, technicianId);
                   t.insert(u"assigneeName"_s, name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name));
                   t.insert(u"pooled"_s, false);
               });
}

QString TicketDesk::assignRoundRobin(const QString &ticketId)
{
    // The server picks the technician; until it answers the order shows "assigned" to nobody yet.
    return act(TicketAction::Assign, ticketId, {{u"roundRobin"_s, true}}, [](QJsonObject &t) {
        t.insert(u"pooled"_s, false);
    });
}

QString TicketDesk::openToPool(const QString &ticketId)
{
    return act(TicketAction::OpenToPool, ticketId, {}, [](QJsonObject &t) {
        t.insert(u"assigneeId"_s, QJsonValue::Null);
        t.insert(u"assigneeName"_s, QJsonValue::Null);
        t.insert(u"pooled"_s, true);
    });
}

QString TicketDesk::take(const QString &ticketId)
{
    const QString name = staffName(m_viewer.id);
    return act(TicketAction::Take, ticketId, {}, [this, &name](QJsonObject &t) {
        t.insert(u"assigneeId"_s, m_viewer.id);
        t.insert(u"assigneeName"_s, name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name));
        t.insert(u"pooled"_s, false);
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
            return fail(tr("The position fix is not valid."));
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
    });
}

QString TicketDesk::hold(const QString &ticketId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(tr("Say why the work waits."));
    if (why.size() > Courtyard::TicketLimits::ReasonMax)
        return fail(tr("The reason is too long."));
    return act(TicketAction::Hold, ticketId, {{u"reason"_s, why}}, [&why](QJsonObject &t) {
        t.insert(u"holdReason"_s, why);
    });
}

QString TicketDesk::resume(const QString &ticketId)
{
    // The server returns the order to where it was held; guess the same from what is known.
    return act(TicketAction::Resume, ticketId, {}, [](QJsonObject &t) {
        QString back = u"accepted"_s;
        if (!t.value(u"onSiteAt"_s).toString().isEmpty())
            back = u"on_site"_s;
        else if (!t.value(u"assigneeId"_s).toString().isEmpty())
            back = u"assigned"_s;
        t.insert(u"status"_s, back);
        t.insert(u"holdReason"_s, QJsonValue::Null);
    });
}

QString TicketDesk::resolve(const QString &ticketId, const QVariantMap &report)
{
    using namespace Courtyard;
    const QString summary = report.value(u"summary"_s).toString().trimmed();
    if (summary.isEmpty())
        return fail(tr("Write what was done."));
    if (summary.size() > TicketLimits::NoteMax)
        return fail(tr("The summary is too long."));
    QJsonArray parts;
    for (const QVariant &p : report.value(u"parts"_s).toList()) {
        const QVariantMap part = p.toMap();
        const QString name = part.value(u"name"_s).toString().trimmed();
        bool ok = false;
        const int quantity = part.value(u"quantity"_s).toInt(&ok);
        if (name.isEmpty() || name.size() > TicketLimits::PartNameMax || !ok || quantity < 1 || quantity > TicketLimits::PartQuantityMax)
            return fail(tr("Each part needs a name and a quantity from 1 to 9999."));
        parts.append(QJsonObject{{u"name"_s, name}, {u"quantity"_s, quantity}});
    }
    if (parts.size() > TicketLimits::PartsMax)
        return fail(tr("At most 20 parts."));
    const QVariant minutesValue = report.value(u"minutesWorked"_s);
    const bool hasMinutes = minutesValue.isValid() && !minutesValue.isNull() && !minutesValue.toString().isEmpty();
    const int minutes = minutesValue.toInt();
    if (hasMinutes && (minutes < 0 || minutes > TicketLimits::MinutesWorkedMax))
        return fail(tr("Minutes worked must be 0 or more."));
    const QString signature = report.value(u"signature"_s).toString();
    QStringList photos = stringList(report.value(u"photos"_s));
    if (photos.size() > TicketLimits::PhotosPerEvent)
        return fail(tr("At most 6 photos."));

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
                   t.insert(u"signature"_s, signature.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(signature));
               },
               uploads);
}

QString TicketDesk::confirm(const QString &ticketId, int overall, int speed, int service, const QString &comment)
{
    for (const int score : {overall, speed, service}) {
        if (score < 1 || score > 5)
            return fail(tr("Give each rating from 1 to 5 stars."));
    }
    const QString text = comment.trimmed();
    if (text.size() > Courtyard::TicketLimits::CommentMax)
        return fail(tr("The comment is too long."));
    QJsonObject payload{{u"overall"_s, overall}, {u"speed"_s, speed}, {u"service"_s, service}};
    if (!text.isEmpty())
        payload.insert(u"comment"_s, text);
    const QJsonObject rating{{u"overall"_s, overall},
                             {u"speed"_s, speed},
                             {u"service"_s, service},
                             {u"comment"_s, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text)}};
    return act(TicketAction::Confirm, ticketId, payload, [this, &rating](QJsonObject &t) {
        t.insert(u"rating"_s, rating);
        t.insert(u"closedAt"_s, iso(now()));
    });
}

QString TicketDesk::reject(const QString &ticketId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(tr("Say what is still wrong."));
    if (why.size() > Courtyard::TicketLimits::ReasonMax)
        return fail(tr("The reason is too long."));
    return act(TicketAction::Reject, ticketId, {{u"reason"_s, why}}, {});
}

QString TicketDesk::cancel(const QString &ticketId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.size() > Courtyard::TicketLimits::ReasonMax)
        return fail(tr("The reason is too long."));
    QJsonObject payload;
    if (!why.isEmpty())
        payload.insert(u"reason"_s, why);
    return act(TicketAction::Cancel, ticketId, payload, [this](QJsonObject &t) { t.insert(u"closedAt"_s, iso(now())); });
}

QString TicketDesk::note(const QString &ticketId, const QString &text, bool internal, const QStringList &photos)
{
    const QString body = text.trimmed();
    if (body.isEmpty())
        return fail(tr("Write the note first."));
    if (body.size() > Courtyard::TicketLimits::NoteMax)
        return fail(tr("The note is too long."));
    if (internal && !Courtyard::isStaff(m_viewer.role))
        return fail(tr("Only staff write internal notes."));
    if (photos.size() > Courtyard::TicketLimits::PhotosPerEvent)
        return fail(tr("At most 6 photos."));
    QJsonObject payload{{u"text"_s, body}};
    if (internal)
        payload.insert(u"internal"_s, true);
    if (!photos.isEmpty())
        payload.insert(u"photos"_s, hashArray(photos));
    return act(TicketAction::Note, ticketId, payload, {}, photos);
}

QString TicketDesk::callBack(const QString &ticketId, const QString &note)
{
    const QString body = note.trimmed();
    if (body.isEmpty())
        return fail(tr("Write what the resident said."));
    if (body.size() > Courtyard::TicketLimits::NoteMax)
        return fail(tr("The note is too long."));
    return act(TicketAction::CallBack, ticketId, {{u"note"_s, body}},
               [this](QJsonObject &t) { t.insert(u"closedAt"_s, iso(now())); });
}

QString TicketDesk::convert(const QString &ticketId, const QString &category)
{
    if (!Rules::categories().contains(category))
        return fail(tr("Choose a category."));
    const std::optional<QJsonObject> current = EntityRepository(m_store).get(u"ticket"_s, ticketId);
    if (current && !Rules::convertible(current->value(u"kind"_s).toString()))
        return fail(tr("Only a complaint can be converted into a repair order."));
    return act(TicketAction::Convert, ticketId, {{u"category"_s, category}}, [&category](QJsonObject &t) {
        t.insert(u"convertedFrom"_s, t.value(u"kind"_s));
        t.insert(u"kind"_s, u"repair"_s);
        t.insert(u"category"_s, category);
    });
}

QString TicketDesk::staffName(const QString &id) const
{
    return EntityRepository(m_store).get(u"staff"_s, id).value_or(QJsonObject()).value(u"name"_s).toString();
}

QString TicketDesk::unitLabel(const QString &unitId) const
{
    const QString label = EntityRepository(m_store).unitLabel(unitId);
    return label.isEmpty() ? unitId : label;
}

QVariantList TicketDesk::unitChoices(const QString &search, int max) const
{
    QVariantList out;
    const QString needle = search.trimmed();
    const QList<std::pair<QString, QString>> units = EntityRepository(m_store).unitLabels();
    for (const auto &[id, label] : units) {
        if (!needle.isEmpty() && !label.contains(needle, Qt::CaseInsensitive))
            continue;
        out.append(QVariantMap{{u"id"_s, id}, {u"label"_s, label}});
        if (max > 0 && out.size() >= max)
            break;
    }
    return out;
}

QVariantList TicketDesk::myUnits() const
{
    QVariantList out;
    for (const QString &id : m_viewer.unitIds)
        out.append(QVariantMap{{u"id"_s, id}, {u"label"_s, unitLabel(id)}});
    return out;
}

QString TicketDesk::photoUrl(const QString &sha256)
{
    return Courtyard::Formats::isSha256(sha256) ? u"image://attachment/"_s + sha256 : QString();
}

Courtyard::TicketRelation TicketDesk::relation(const QJsonObject &ticket, const Viewer &viewer)
{
    Courtyard::TicketRelation rel;
    const QString unitId = ticket.value(u"unitId"_s).toString();
    const QString assignee = ticket.value(u"assigneeId"_s).toString();
    rel.owner = viewer.role == Role::Resident
                && (ticket.value(u"createdBy"_s).toString() == viewer.id
                    || (!unitId.isEmpty() && viewer.unitIds.contains(unitId)));
    rel.assignee = !assignee.isEmpty() && assignee == viewer.id;
    rel.inPool = ticket.value(u"pooled"_s).toBool() && assignee.isEmpty();
    rel.onBehalf = ticket.value(u"onBehalf"_s).toBool();
    return rel;
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
        if (Rules::mayPerform(action, viewer.role, rel) && Rules::allowedIn(action, *status))
            out << Rules::actionCommand(action).mid(7); // without "ticket."
    }
    return out;
}
