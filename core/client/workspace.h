#pragma once

#include <QObject>
#include <QString>
#include <qqmlintegration.h>

#include <memory>

class ApiClient;
class ApiAttachmentTransport;
class AttachmentQueue;
class AttachmentUploader;
class LocalStore;
class Session;
class SyncEngine;
class TicketDesk;
class QQmlEngine;
class QJSEngine;

/**
 * The signed-in account's data (singleton "Workspace" in QML). On sign-in it opens the
 * account's own store (`<dataDir>/accounts/<userId>.db`) and starts its attachment uploader
 * and sync engine; on sign-out it closes them, leaving the outbox on disk for the next
 * sign-in. QML list models take `store`; the screens show the sync engine's state.
 */
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QObject *store READ storeObject NOTIFY changed)
    Q_PROPERTY(SyncEngine *sync READ sync NOTIFY changed)
    Q_PROPERTY(bool ready READ isReady NOTIFY changed)
    /// Every change to work orders goes through here; null while signed out.
    Q_PROPERTY(TicketDesk *tickets READ tickets NOTIFY changed)

public:
    Workspace(ApiClient *api, Session *session, QString dataDir, QObject *parent = nullptr);
    ~Workspace() override;

    static void setQmlInstance(Workspace *workspace);
    static Workspace *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    /// The instance QML sees (null before it is built).
    [[nodiscard]] static Workspace *instance();

    [[nodiscard]] LocalStore *store() const { return m_store.get(); }
    [[nodiscard]] QObject *storeObject() const;
    [[nodiscard]] SyncEngine *sync() const { return m_sync.get(); }
    [[nodiscard]] bool isReady() const { return m_store && m_sync; }
    [[nodiscard]] TicketDesk *tickets() const { return m_tickets.get(); }
    [[nodiscard]] Session *session() const { return m_session; }
    /// The signed-in account's folder of photos (processed here or downloaded); empty when signed out.
    [[nodiscard]] QString mediaDir() const;

    /// Until releaseSync(), an account opened does not start syncing (start-up: the first frame
    /// goes first, the network after it).
    void holdSync() { m_syncHeld = true; }
    void releaseSync();

    /// Pull to refresh: pull and push now instead of at the next scheduled time.
    Q_INVOKABLE void syncNow();

Q_SIGNALS:
    /// store and sync changed (sign-in, sign-out).
    void changed();

private:
    void open();
    void close();

    ApiClient *m_api;
    Session *m_session;
    QString m_dataDir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AttachmentQueue> m_attachments;
    std::unique_ptr<ApiAttachmentTransport> m_attachmentTransport;
    std::unique_ptr<AttachmentUploader> m_uploader;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<TicketDesk> m_tickets;
    bool m_syncHeld = false;
};
