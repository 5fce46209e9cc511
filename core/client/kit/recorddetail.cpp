#include "kit/recorddetail.h"

#include "store/entityrepository.h"
#include "store/localstore.h"
#include "viewer.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

RecordDetail::RecordDetail(QString entity, QStringList watchedEntities, QObject *parent)
    : QObject(parent)
    , m_entity(std::move(entity))
    , m_watcher(watchedEntities << u"outbox"_s)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(&m_watcher, &StoreWatcher::reload, this, &RecordDetail::reload);
    connect(&m_watcher, &StoreWatcher::storeChanged, this, &RecordDetail::storeChanged);
    connect(&m_watcher, &StoreWatcher::retranslated, this, &RecordDetail::reload);
    m_clockTimer.setInterval(30'000);
    connect(&m_clockTimer, &QTimer::timeout, this, &RecordDetail::reload);
}

QObject *RecordDetail::storeObject() const
{
    return m_watcher.store();
}

void RecordDetail::setStoreObject(QObject *store)
{
    setStore(qobject_cast<LocalStore *>(store));
}

void RecordDetail::setStore(LocalStore *store)
{
    if (m_watcher.store() == store)
        return;
    m_watcher.setStore(store);
    reload();
}

void RecordDetail::setViewer(Viewer *viewer)
{
    if (m_viewer == viewer)
        return;
    if (m_viewer)
        disconnect(m_viewer, nullptr, this, nullptr);
    m_viewer = viewer;
    if (m_viewer) {
        connect(m_viewer, &Viewer::changed, this, &RecordDetail::reload);
        connect(m_viewer, &QObject::destroyed, this, &RecordDetail::reload);
    }
    Q_EMIT viewerChanged();
    reload();
}

const Viewer &RecordDetail::actor() const
{
    static const Viewer nobody;
    return m_viewer ? *m_viewer : nobody;
}

bool RecordDetail::setRecordId(const QString &id)
{
    if (m_recordId == id)
        return false;
    m_recordId = id;
    reload();
    return true;
}

QString RecordDetail::actionOf(const QString &type)
{
    const qsizetype dot = type.indexOf(u'.');
    return dot >= 0 ? type.mid(dot + 1) : type;
}

void RecordDetail::reload()
{
    m_watcher.cancel();
    m_record = {};
    m_pending = 0;
    m_rejection = {};
    m_timeline.clear();
    LocalStore *store = m_watcher.isReady() ? m_watcher.store() : nullptr;
    if (store && !m_recordId.isEmpty())
        m_record = EntityRepository(*store).get(m_entity, m_recordId).value_or(QJsonObject());
    if (store && !m_record.isEmpty()) {
        Outbox outbox(*store);
        m_pending = EntityRepository(*store).localPending(m_entity, m_recordId);
        m_timeline = syncedTimeline(*store);
        for (const Outbox::Entry &e : outbox.unansweredFor(m_entity, m_recordId)) {
            QVariantMap entry = pendingEntry(e);
            entry.insert(u"actorName"_s, actor().name());
            entry.insert(u"actorRole"_s, actor().roleName());
            entry.insert(u"pending"_s, true);
            entry.insert(u"commandId"_s, e.id);
            m_timeline.append(entry);
        }
        const QList<Outbox::Entry> refused = outbox.needsAttention();
        for (auto it = refused.crbegin(); it != refused.crend(); ++it) {
            if (it->entity == m_entity && it->entityId == m_recordId) {
                m_rejection = QVariantMap{{u"code"_s, it->errorCode},
                                          {u"message"_s, it->errorMessage},
                                          {u"commandId"_s, it->id},
                                          {u"action"_s, actionOf(it->type)}};
                break;
            }
        }
    }
    readRecord(store, m_record);
    if (!m_record.isEmpty() && !m_clockTimer.isActive())
        m_clockTimer.start();
    else if (m_record.isEmpty())
        m_clockTimer.stop();
    Q_EMIT changed();
}

bool RecordDetail::dismissRejection()
{
    const QString id = m_rejection.toMap().value(u"commandId"_s).toString();
    if (!m_watcher.isReady() || id.isEmpty())
        return false;
    const bool ok = Outbox(*m_watcher.store()).dismiss(id);
    reload();
    return ok;
}

} // namespace Courtyard::Client
