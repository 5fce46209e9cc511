#include "tickets/ticketdetail.h"

#include "estate/estatedirectory.h"
#include "kit/format.h"
#include "tickets/labels.h"
#include "tickets/ticketpolicy.h"
#include "tickets/ticketdesk.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketsla.h"
#include "viewer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QVariant timeOrNull(const QString &iso)
{
    const qint64 ms = TicketSla::parseTime(iso);
    return ms > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)) : QVariant();
}

QStringList hashes(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &h : v.toArray())
        out << h.toString();
    return out;
}

} // namespace

TicketDetail::TicketDetail(QObject *parent)
    : RecordDetail(u"ticket"_s, {u"ticket"_s, u"ticketEvent"_s, u"staff"_s, u"unit"_s}, parent)
{
}

void TicketDetail::setTicketId(const QString &id)
{
    if (setRecordId(id))
        Q_EMIT ticketIdChanged();
}

QVariant TicketDetail::ticket() const
{
    return record().isEmpty() ? QVariant() : QVariant(record().toVariantMap());
}

QString TicketDetail::statusText() const
{
    return Labels::statusText(record().value(u"status"_s).toString());
}

void TicketDetail::readRecord(LocalStore *store, const QJsonObject &ticket)
{
    m_actions.clear();
    m_overdue = false;
    m_responseText.clear();
    m_resolveText.clear();
    m_locationText.clear();
    m_policy.clear();
    if (!store || ticket.isEmpty())
        return;
    m_actions = TicketDesk::allowedActions(ticket, actor());
    m_policy = TicketPolicy::actionPolicy(m_actions, actor().role());
    const TicketSla::Times times = TicketSla::timesOf(ticket);
    m_overdue = TicketSla::isOverdue(times, now());
    m_responseText = TicketSla::responseText(times, now());
    m_resolveText = TicketSla::resolveText(times, now());
    const QString place = ticket.value(u"location"_s).toObject().value(u"label"_s).toString();
    m_locationText = EstateDirectory::labelOf(*store, ticket.value(u"unitId"_s).toString());
    if (!place.isEmpty())
        m_locationText = m_locationText.isEmpty() ? place : m_locationText + u" · "_s + place;
}

namespace {

// What the timeline shows of an entry, in words: its title, who and when, and for an act
// recorded offline that reached the server noticeably later, when it was received.
void describeEntry(QVariantMap &entry)
{
    const QString type = entry.value(u"type"_s).toString();
    const bool pending = entry.value(u"pending"_s).toBool();
    QString title;
    if (type == u"note")
        title = entry.value(u"internal"_s).toBool() ? QCoreApplication::translate("TicketDetail", "Internal note") : QCoreApplication::translate("TicketDetail", "Note");
    else if (type == u"status" && !pending && entry.value(u"fromStatus"_s) != entry.value(u"toStatus"_s)
             && entry.value(u"detailKind"_s).toString().isEmpty())
        title = Labels::statusText(entry.value(u"toStatus"_s).toString());
    else
        title = Labels::actionText(entry.value(u"action"_s).toString());
    entry.insert(u"title"_s, title);
    const QString who = entry.value(u"actorName"_s).toString();
    const QString role = Labels::roleText(entry.value(u"actorRole"_s).toString());
    entry.insert(u"whoText"_s, who.isEmpty() ? role : role.isEmpty() ? who : QCoreApplication::translate("TicketDetail", "%1 · %2").arg(who, role));
    entry.insert(u"atText"_s, Format::dateTime(entry.value(u"at"_s)));
    const QDateTime at = entry.value(u"at"_s).toDateTime();
    const QDateTime received = entry.value(u"receivedAt"_s).toDateTime();
    const bool late = !pending && at.isValid() && received.isValid() && at.msecsTo(received) > 5 * 60'000;
    entry.insert(u"lateText"_s, late ? QCoreApplication::translate("TicketDetail", "Recorded offline · received %1").arg(Format::dateTime(received)) : QString());
}

} // namespace

QString TicketDetail::title() const
{
    return record().isEmpty() ? QString() : Labels::titleOf(record().value(u"kind"_s).toString(), record().value(u"category"_s).toString());
}

bool TicketDetail::finished() const
{
    return !record().isEmpty() && Courtyard::TicketRules::isTerminal(TicketSla::statusOf(record().value(u"status"_s).toString()));
}

bool TicketDetail::urgent() const
{
    return record().value(u"priority"_s).toString() == u"urgent";
}

QString TicketDetail::priorityText() const
{
    return Labels::priorityText(record().value(u"priority"_s).toString());
}

QString TicketDetail::statusColor() const
{
    return Labels::statusColor(record().value(u"status"_s).toString());
}

QString TicketDetail::badgeIcon() const
{
    return Labels::badgeIcon(record().value(u"category"_s).toString(), record().value(u"kind"_s).toString());
}

QString TicketDetail::badgeColor() const
{
    return finished() ? u"#64748B"_s
                      : Labels::badgeColor(record().value(u"category"_s).toString(), record().value(u"kind"_s).toString());
}

QString TicketDetail::holdText() const
{
    const QString reason = record().value(u"holdReason"_s).toString();
    return record().value(u"status"_s).toString() == u"on_hold" && !reason.isEmpty() ? reason : QString();
}

QString TicketDetail::reportedText() const
{
    return Format::dateTime(record().value(u"reportedAt"_s).toString());
}

QString TicketDetail::visitText() const
{
    const QString from = record().value(u"visitFrom"_s).toString();
    const QString to = record().value(u"visitTo"_s).toString();
    if (from.isEmpty() || to.isEmpty())
        return QCoreApplication::translate("TicketDetail", "Any time that suits the office");
    //: A visit window: the day, from, to ("Tue 3 Jun, 09:00 – 12:00")
    return QCoreApplication::translate("TicketDetail", "%1, %2 – %3").arg(Format::weekdayDate(from), Format::time(from), Format::time(to));
}

QString TicketDetail::checkInText() const
{
    const QJsonObject c = record().value(u"checkIn"_s).toObject();
    if (c.isEmpty())
        return {};
    const QString when = Format::dateTime(c.value(u"at"_s).toString());
    if (c.value(u"latitude"_s).isNull() || c.value(u"latitude"_s).isUndefined())
        return QCoreApplication::translate("TicketDetail", "Checked in %1 · no GPS fix recorded").arg(when);
    if (c.value(u"accuracyM"_s).isNull() || c.value(u"accuracyM"_s).isUndefined())
        return QCoreApplication::translate("TicketDetail", "Checked in %1 · GPS fix, accuracy unknown").arg(when);
    return QCoreApplication::translate("TicketDetail", "Checked in %1 · GPS fix ±%2 m").arg(when).arg(qRound(c.value(u"accuracyM"_s).toDouble()));
}

bool TicketDetail::checkInHasFix() const
{
    const QJsonValue lat = record().value(u"checkIn"_s).toObject().value(u"latitude"_s);
    return !lat.isNull() && !lat.isUndefined();
}

bool TicketDetail::convertedFromComplaint() const
{
    return record().value(u"convertedFrom"_s).toString() == u"complaint";
}

bool TicketDetail::responseLate() const
{
    return m_overdue && !Courtyard::TicketRules::isAnswered(TicketSla::timesOf(record()));
}

QVariantList TicketDetail::syncedTimeline(LocalStore &store) const
{
    QVariantList timeline;
    for (const QJsonObject &e : TicketRepository(store).events(recordId())) {
        QVariantMap entry = e.toVariantMap();
        entry.insert(u"at"_s, timeOrNull(e.value(u"at"_s).toString()));
        entry.insert(u"receivedAt"_s, timeOrNull(e.value(u"receivedAt"_s).toString()));
        entry.insert(u"photos"_s, hashes(e.value(u"photos"_s)));
        entry.insert(u"pending"_s, false);
        QString action = e.value(u"type"_s).toString();
        if (action == u"status") {
            action = e.value(u"toStatus"_s).toString();
            if (e.value(u"fromStatus"_s).toString() == action) // a change that keeps the status
                action = u"update"_s;
        }
        // What the server did itself comes as fields; said here in the person's language.
        const QJsonObject detail = e.value(u"detail"_s).toObject();
        const QString kind = detail.value(u"kind"_s).toString();
        if (kind == u"priority")
            action = u"setPriority"_s;
        else if (kind == u"convert")
            action = u"converted"_s;
        const QString words = Labels::detailText(detail);
        if (!words.isEmpty())
            entry.insert(u"note"_s, words);
        entry.insert(u"detailKind"_s, kind);
        entry.insert(u"action"_s, action);
        describeEntry(entry);
        timeline.append(entry);
    }
    return timeline;
}

QVariantMap TicketDetail::pendingEntry(const Outbox::Entry &e) const
{
    const QString action = actionOf(e.type);
    const QJsonObject &p = e.payload;
    QString note = p.value(u"text"_s).toString();
    for (const char *key : {"reason", "summary", "note", "comment"}) {
        if (note.isEmpty())
            note = p.value(QLatin1StringView(key)).toString();
    }
    if (action == u"setPriority")
        note = Labels::priorityText(p.value(u"priority"_s).toString());
    QString at = p.value(u"at"_s).toString();
    if (at.isEmpty())
        at = p.value(u"reportedAt"_s).toString();
    const QVariant when = at.isEmpty() ? QVariant(QDateTime::fromMSecsSinceEpoch(e.createdAt, Qt::UTC)) : timeOrNull(at);
    QVariantMap entry{
        {u"type"_s, action == u"note" ? u"note"_s : action},
        {u"action"_s, action},
        {u"fromStatus"_s, QVariant()},
        {u"toStatus"_s, QVariant()},
        {u"note"_s, note},
        {u"internal"_s, p.value(u"internal"_s).toBool()},
        {u"at"_s, when},
        {u"receivedAt"_s, QVariant()},
        {u"photos"_s, hashes(p.value(u"photos"_s))},
        {u"pending"_s, true},
        {u"actorName"_s, actor().name()},
        {u"actorRole"_s, actor().roleName()},
    };
    describeEntry(entry);
    return entry;
}

} // namespace Courtyard::Client
