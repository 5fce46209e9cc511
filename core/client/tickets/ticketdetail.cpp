#include "tickets/ticketdetail.h"

#include "estate/estatedirectory.h"
#include "tickets/labels.h"
#include "tickets/ticketdesk.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketsla.h"
#include "viewer.h"

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
    if (!store || ticket.isEmpty())
        return;
    m_actions = TicketDesk::allowedActions(ticket, actor());
    const TicketSla::Times times = TicketSla::timesOf(ticket);
    m_overdue = TicketSla::isOverdue(times, now());
    m_responseText = TicketSla::responseText(times, now());
    m_resolveText = TicketSla::resolveText(times, now());
    const QString place = ticket.value(u"location"_s).toObject().value(u"label"_s).toString();
    m_locationText = EstateDirectory::labelOf(*store, ticket.value(u"unitId"_s).toString());
    if (!place.isEmpty())
        m_locationText = m_locationText.isEmpty() ? place : m_locationText + u" · "_s + place;
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
    return QVariantMap{
        {u"type"_s, action == u"note" ? u"note"_s : action},
        {u"action"_s, action},
        {u"fromStatus"_s, QVariant()},
        {u"toStatus"_s, QVariant()},
        {u"note"_s, note},
        {u"internal"_s, p.value(u"internal"_s).toBool()},
        {u"at"_s, when},
        {u"receivedAt"_s, QVariant()},
        {u"photos"_s, hashes(p.value(u"photos"_s))},
    };
}

} // namespace Courtyard::Client
