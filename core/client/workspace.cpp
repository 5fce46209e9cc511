#include "workspace.h"

#include "media/apiattachmenttransport.h"
#include "media/attachmentqueue.h"
#include "media/attachmentuploader.h"
#include "store/localstore.h"
#include "logging.h"
#include "session.h"
#include "sync/livechannel.h"
#include "sync/syncengine.h"
#include "clientmodule.h"
#include "viewer.h"
#include "userprofile.h"

#include <QDir>

#include <QJSEngine>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {


namespace {
Workspace *s_qmlInstance = nullptr;
} // namespace

Workspace::Workspace(ApiClient *api, Session *session, const ModuleSet &modules, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_session(session)
    , m_modules(modules)
    , m_dataDir(std::move(dataDir))
    , m_viewer(std::make_unique<Viewer>())
{
    connect(m_session, &Session::signedInChanged, this, [this] {
        if (m_session->isSignedIn())
            open();
        else
            close();
    });
    // A refreshed profile (a home joined or left) while the account is open.
    connect(m_session, &Session::userChanged, this, [this] {
        if (m_store && m_session->isSignedIn() && m_session->userId() == m_viewer->id())
            updateViewer();
    });
}

void Workspace::updateViewer()
{
    const std::optional<UserProfile> &profile = m_session->profile();
    if (!profile)
        return;
    QStringList estates;
    QStringList units;
    for (const UserProfile::Estate &e : profile->estates)
        estates << e.id;
    for (const UserProfile::Unit &u : profile->units)
        units << u.id;
    m_viewer->set(profile->id, profile->name, profile->role, estates, units);
}

Workspace::~Workspace()
{
    close();
}

void Workspace::setQmlInstance(Workspace *workspace)
{
    s_qmlInstance = workspace;
}

Workspace *Workspace::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    if (!s_qmlInstance) {
        qCCritical(lcApp) << "QML asked for Workspace before it was built";
        return nullptr;
    }
    QJSEngine::setObjectOwnership(s_qmlInstance, QJSEngine::CppOwnership);
    return s_qmlInstance;
}

Workspace *Workspace::instance()
{
    return s_qmlInstance;
}

QString Workspace::mediaDir() const
{
    if (!m_store)
        return {};
    // Beside the account's database: <dataDir>/accounts/<userId>.media/
    return m_store->path().chopped(3) + u".media"_s;
}

QObject *Workspace::storeObject() const
{
    return m_store.get();
}

void Workspace::open()
{
    close();
    const QString path = LocalStore::accountPath(m_dataDir, m_session->userId());
    auto store = std::make_unique<LocalStore>();
    QString error;
    if (path.isEmpty() || !store->open(path, m_modules.catalog(), &error)) {
        qCWarning(lcApp).noquote() << "cannot open the account's store:" << error;
        return;
    }
    m_store = std::move(store);
    m_attachments = std::make_unique<AttachmentQueue>(*m_store);
    m_attachmentTransport = std::make_unique<ApiAttachmentTransport>(m_api);
    m_uploader = std::make_unique<AttachmentUploader>(m_attachments.get(), m_attachmentTransport.get());
    m_sync = std::make_unique<SyncEngine>(m_api, m_store.get());
    // Photos go up before the commands that name them (Outbox::ready() waits for them).
    m_sync->uploadAttachmentsWith(m_uploader.get());
    m_live = std::make_unique<LiveChannel>(m_api, m_sync.get());
    updateViewer();
    QDir().mkpath(mediaDir());
    m_modules.openSession(SessionContext{*m_store, *m_attachments, *m_viewer, mediaDir(), m_modules, m_api});
    if (!m_syncHeld) {
        m_sync->start(); // sign-in (or a resumed session): sync now
        m_live->start();
    }
    Q_EMIT changed();
}

void Workspace::close()
{
    if (!m_store && !m_sync)
        return;
    // Screens let go first, then the engine stops before the store it writes to closes.
    const bool notify = isReady();
    m_modules.closeSession();
    m_viewer->clear();
    m_live.reset();
    m_sync.reset();
    m_uploader.reset();
    m_attachmentTransport.reset();
    m_attachments.reset();
    m_store.reset();
    if (notify)
        Q_EMIT changed();
}

void Workspace::releaseSync()
{
    m_syncHeld = false;
    if (m_sync)
        m_sync->start();
    if (m_live)
        m_live->start();
}

void Workspace::syncNow()
{
    if (m_sync)
        m_sync->syncNow();
}

} // namespace Courtyard::Client
