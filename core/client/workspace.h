#pragma once

#include "viewer.h"

#include <QObject>
#include <QString>
#include <qqmlintegration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace Courtyard::Client {

class ApiClient;
class ApiAttachmentTransport;
class AttachmentQueue;
class AttachmentUploader;
class LiveChannel;
class LocalStore;
class ModuleSet;
class Session;
class SyncEngine;

/**
 * The signed-in account's data (singleton "Workspace" in QML). On sign-in it opens the
 * account's own store (`<dataDir>/accounts/<userId>.db`) with the modules' catalog, starts its
 * attachment uploader and sync engine and lets every module open its services (the ticket
 * desk, the estate directory); on sign-out it closes them, leaving the outbox on disk for the
 * next sign-in. It names no feature: QML reaches a feature through its module's singleton.
 */
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QObject *store READ storeObject NOTIFY changed)
    Q_PROPERTY(Courtyard::Client::SyncEngine *sync READ sync NOTIFY changed)
    Q_PROPERTY(bool ready READ isReady NOTIFY changed)
    /// Who is acting (empty while signed out).
    Q_PROPERTY(Courtyard::Client::Viewer *viewer READ viewer CONSTANT)
    Q_PROPERTY(QString mediaDir READ mediaDir NOTIFY changed)

public:
    /// @p modules must outlive the workspace.
    Workspace(ApiClient *api, Session *session, const ModuleSet &modules, QString dataDir, QObject *parent = nullptr);
    ~Workspace() override;

    static void setQmlInstance(Workspace *workspace);
    static Workspace *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    /// The instance QML sees (null before it is built).
    [[nodiscard]] static Workspace *instance();

    [[nodiscard]] LocalStore *store() const { return m_store.get(); }
    [[nodiscard]] QObject *storeObject() const;
    [[nodiscard]] SyncEngine *sync() const { return m_sync.get(); }
    /// Live updates: pokes from the server make the engine pull at once (null when signed out).
    [[nodiscard]] LiveChannel *live() const { return m_live.get(); }
    [[nodiscard]] bool isReady() const { return m_store && m_sync; }
    [[nodiscard]] Viewer *viewer() const { return m_viewer.get(); }
    [[nodiscard]] Session *session() const { return m_session; }
    [[nodiscard]] ApiClient *api() const { return m_api; }
    [[nodiscard]] const ModuleSet &modules() const { return m_modules; }
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
    /// The viewer as the session's profile says (sign-in, and each refreshed profile).
    void updateViewer();

    ApiClient *m_api;
    Session *m_session;
    const ModuleSet &m_modules;
    QString m_dataDir;
    std::unique_ptr<Viewer> m_viewer;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AttachmentQueue> m_attachments;
    std::unique_ptr<ApiAttachmentTransport> m_attachmentTransport;
    std::unique_ptr<AttachmentUploader> m_uploader;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<LiveChannel> m_live;
    bool m_syncHeld = false;
};

} // namespace Courtyard::Client
