#pragma once

#include "kit/storewatcher.h"
#include "store/outbox.h"
#include "viewer.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariant>

#include <functional>

namespace Courtyard::Client {

class LocalStore;

/**
 * The base of a detail screen's object: one record of one entity read from the account store,
 * re-read whenever the store reports a change to the entities it watches (and the outbox). It
 * gives the record's JSON, the number of the person's commands not answered yet, the
 * server's reason when the last one was refused (dismissRejection() once read), and the
 * timeline: the subclass's synced entries followed by the person's queued commands, marked
 * pending, so what was done offline shows at once, in order.
 *
 * `viewer` is who acts (Workspace.viewer in the apps); the subclass decides what they may do.
 */
class RecordDetail : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *store READ storeObject WRITE setStoreObject NOTIFY storeChanged)
    Q_PROPERTY(Courtyard::Client::Viewer *viewer READ viewer WRITE setViewer NOTIFY viewerChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    /// {code, message, commandId, action} of the last refused command, or null.
    Q_PROPERTY(QVariant rejection READ rejection NOTIFY changed)
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY changed)

public:
    [[nodiscard]] QObject *storeObject() const;
    void setStoreObject(QObject *store);
    void setStore(LocalStore *store);
    [[nodiscard]] LocalStore *store() const { return m_watcher.store(); }
    [[nodiscard]] Viewer *viewer() const { return m_viewer; }
    void setViewer(Viewer *viewer);

    [[nodiscard]] bool exists() const { return !m_record.isEmpty(); }
    [[nodiscard]] const QJsonObject &record() const { return m_record; }
    [[nodiscard]] int pending() const { return m_pending; }
    [[nodiscard]] QVariant rejection() const { return m_rejection; }
    [[nodiscard]] QVariantList timeline() const { return m_timeline; }

    /// Re-reads the record now.
    Q_INVOKABLE void reload();
    /// The person has read the refusal: it leaves the banner (the command stays stored).
    Q_INVOKABLE bool dismissRejection();

    /// The clock texts are measured against (tests set their own).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void storeChanged();
    void viewerChanged();
    void changed();

protected:
    RecordDetail(QString entity, QStringList watchedEntities, QObject *parent = nullptr);

    [[nodiscard]] QString recordId() const { return m_recordId; }
    /// Returns true when it changed (the subclass emits its own id's signal).
    bool setRecordId(const QString &id);
    [[nodiscard]] qint64 now() const { return m_clock(); }
    /// The viewer, or an empty one (a resident nobody) while none is set.
    [[nodiscard]] const Viewer &actor() const;

    /// The record was read (or is gone: @p record empty, @p store maybe null): derive the subclass's fields.
    virtual void readRecord(LocalStore *store, const QJsonObject &record) = 0;
    /// The synced timeline entries, oldest first.
    [[nodiscard]] virtual QVariantList syncedTimeline(LocalStore &store) const = 0;
    /// What a queued command will add to the timeline once the server has it. The base adds
    /// actorName, actorRole, pending and commandId.
    [[nodiscard]] virtual QVariantMap pendingEntry(const Outbox::Entry &entry) const = 0;

    /// A command type without its module's prefix ("ticket.checkIn" -> "checkIn").
    [[nodiscard]] static QString actionOf(const QString &type);

private:
    QString m_entity;
    QString m_recordId;
    StoreWatcher m_watcher;
    QPointer<Viewer> m_viewer;
    QJsonObject m_record;
    int m_pending = 0;
    QVariant m_rejection;
    QVariantList m_timeline;
    QTimer m_clockTimer; ///< texts that read the clock move with time
    std::function<qint64()> m_clock;
};

} // namespace Courtyard::Client
