#include "ticketdetail.h"

#include "entityrepository.h"
#include "labels.h"
#include "localstore.h"
#include "outbox.h"
#include "session.h"
#include "ticketrepository.h"
#include "ticketsla.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QJsonArray>

using namespace Qt::StringLiterals;

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

/// What a queued command will add to the timeline once the server has it.
QVariantMap pendingEntry(const Outbox::Entry &e, const QString &actorName, const QString &actorRole)
{
    const QString action = e.type.startsWith(u"ticket."_s) ? e.type.mid(7) : e.type;
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
    QStringList photos = hashes(p.value(u"photos"_s));
    return QVariantMap{
        {u"type"_s, action == u"note" ? u"note"_s : action},
        {u"action"_s, action},
        {u"fromStatus"_s, QVariant()},
        {u"toStatus"_s, QVariant()},
        {u"actorName"_s, actorName},
        {u"actorRole"_s, actorRole},
        {u"note"_s, note},
        {u"internal"_s, p.value(u"internal"_s).toBool()},
        {u"at"_s, when},
        {u"receivedAt"_s, QVariant()},
        {u"photos"_s, photos},
        {u"pending"_s, true},
        {u"commandId"_s, e.id},
    };
}

/// The notes the server writes itself, in the person's language; empty for anyone else's note.
QString serverNoteText(const QString &note)
{
    if (note == u"round-robin")
        return QCoreApplication::translate("TicketDetail", "Assigned by round-robin");
    static const QRegularExpression autoClosed(u"^auto-closed after ([0-9]+) days"_s);
    const QRegularExpressionMatch match = autoClosed.match(note);
    if (!match.hasMatch())
        return {};
    const int days = match.captured(1).toInt();
    return QCoreApplication::translate("TicketDetail", "Closed automatically after %n day(s) without an answer", nullptr,
                                       days);
}

} // namespace

TicketDetail::TicketDetail(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &TicketDetail::reload);
    m_clockTimer.setInterval(30'000);
    connect(&m_clockTimer, &QTimer::timeout, this, &TicketDetail::reload);
}

void TicketDetail::setStoreObject(QObject *store)
{
    setStore(qobject_cast<LocalStore *>(store));
}

void TicketDetail::setStore(LocalStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &QObject::destroyed, this, &TicketDetail::reload);
        connect(m_store, &LocalStore::changed, this, [this](const QStringList &entities) {
            if (entities.contains(u"ticket"_s) || entities.contains(u"ticketEvent"_s) || entities.contains(u"outbox"_s)
                || entities.contains(u"staff"_s))
                m_reloadTimer.start();
        });
    }
    Q_EMIT storeChanged();
    reload();
}

void TicketDetail::setTicketId(const QString &id)
{
    if (m_ticketId == id)
        return;
    m_ticketId = id;
    Q_EMIT ticketIdChanged();
    reload();
}

void TicketDetail::setViewerId(const QString &id)
{
    if (m_viewerId == id)
        return;
    m_viewerId = id;
    Q_EMIT viewerChanged();
    reload();
}

void TicketDetail::setViewerRole(const QString &role)
{
    if (m_viewerRole == role)
        return;
    m_viewerRole = role;
    Q_EMIT viewerChanged();
    reload();
}

void TicketDetail::setViewerUnitIds(const QStringList &ids)
{
    if (m_viewerUnitIds == ids)
        return;
    m_viewerUnitIds = ids;
    Q_EMIT viewerChanged();
    reload();
}

TicketDesk::Viewer TicketDetail::viewer() const
{
    TicketDesk::Viewer v;
    if (m_viewerRole.isEmpty()) {
        if (const Workspace *w = Workspace::instance(); w && w->tickets())
            v = w->tickets()->viewer();
    } else {
        v.role = Courtyard::roleFromName(m_viewerRole).value_or(Courtyard::Role::Resident);
    }
    if (!m_viewerId.isEmpty())
        v.id = m_viewerId;
    if (!m_viewerUnitIds.isEmpty())
        v.unitIds = m_viewerUnitIds;
    return v;
}

QVariant TicketDetail::ticket() const
{
    return m_ticket.isEmpty() ? QVariant() : QVariant(m_ticket.toVariantMap());
}

QString TicketDetail::statusText() const
{
    return Labels::statusText(m_ticket.value(u"status"_s).toString());
}

void TicketDetail::reload()
{
    m_reloadTimer.stop();
    m_ticket = {};
    m_pending = 0;
    m_rejection = {};
    m_timeline.clear();
    m_actions.clear();
    m_overdue = false;
    m_responseText.clear();
    m_resolveText.clear();
    m_locationText.clear();
    if (m_store && m_store->isOpen() && !m_ticketId.isEmpty()) {
        EntityRepository repo(*m_store);
        m_ticket = repo.get(u"ticket"_s, m_ticketId).value_or(QJsonObject());
    }
    if (!m_ticket.isEmpty()) {
        EntityRepository repo(*m_store);
        Outbox outbox(*m_store);
        const TicketDesk::Viewer who = viewer();
        m_pending = repo.localPending(u"ticket"_s, m_ticketId);
        m_actions = TicketDesk::allowedActions(m_ticket, who);
        const TicketTimes times = TicketSla::timesOf(m_ticket);
        const qint64 now = m_clock();
        m_overdue = TicketSla::isOverdue(times, now);
        m_responseText = TicketSla::responseText(times, now);
        m_resolveText = TicketSla::resolveText(times, now);

        const QString unitId = m_ticket.value(u"unitId"_s).toString();
        const QString place = m_ticket.value(u"location"_s).toObject().value(u"label"_s).toString();
        m_locationText = repo.unitLabel(unitId);
        if (!place.isEmpty())
            m_locationText = m_locationText.isEmpty() ? place : m_locationText + u" · "_s + place;

        for (const QJsonObject &e : TicketRepository(*m_store).events(m_ticketId)) {
            QVariantMap entry = e.toVariantMap();
            entry.insert(u"at"_s, timeOrNull(e.value(u"at"_s).toString()));
            entry.insert(u"receivedAt"_s, timeOrNull(e.value(u"receivedAt"_s).toString()));
            entry.insert(u"photos"_s, hashes(e.value(u"photos"_s)));
            entry.insert(u"pending"_s, false);
            QString action = e.value(u"type"_s).toString();
            const QString note = e.value(u"note"_s).toString();
            if (action == u"status") {
                action = e.value(u"toStatus"_s).toString();
                if (e.value(u"fromStatus"_s).toString() == action) // a change that keeps the status
                    action = u"update"_s;
            }
            // The server's own notes are words for machines; say them in the person's language.
            if (note.startsWith(u"priority: "_s)) {
                action = u"setPriority"_s;
                entry.insert(u"note"_s, Labels::priorityText(note.mid(10)));
            } else if (action == u"converted") {
                entry.insert(u"note"_s, QVariant());
            } else {
                const QString words = serverNoteText(note);
                if (!words.isEmpty())
                    entry.insert(u"note"_s, words);
            }
            entry.insert(u"action"_s, action);
            m_timeline.append(entry);
        }
        const QString myName = Workspace::instance() && Workspace::instance()->session()
                                   ? Workspace::instance()->session()->userName()
                                   : QString();
        for (const Outbox::Entry &e : outbox.unansweredFor(u"ticket"_s, m_ticketId))
            m_timeline.append(pendingEntry(e, myName, Courtyard::roleName(who.role)));
        const QList<Outbox::Entry> refused = outbox.needsAttention();
        for (auto it = refused.crbegin(); it != refused.crend(); ++it) {
            if (it->entity == u"ticket" && it->entityId == m_ticketId) {
                m_rejection = QVariantMap{{u"code"_s, it->errorCode},
                                          {u"message"_s, it->errorMessage},
                                          {u"commandId"_s, it->id},
                                          {u"action"_s, it->type.mid(7)}};
                break;
            }
        }
    }
    if (!m_ticket.isEmpty() && !m_clockTimer.isActive())
        m_clockTimer.start();
    else if (m_ticket.isEmpty())
        m_clockTimer.stop();
    Q_EMIT changed();
}

bool TicketDetail::dismissRejection()
{
    const QString id = m_rejection.toMap().value(u"commandId"_s).toString();
    if (!m_store || id.isEmpty())
        return false;
    const bool ok = Outbox(*m_store).dismiss(id);
    reload();
    return ok;
}
