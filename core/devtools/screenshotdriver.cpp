#include "screenshotdriver.h"

#include "logging.h"
#include "session.h"
#include "sync/syncengine.h"
#include "workspace.h"

#include <QQmlComponent>
#include <QQmlEngine>

#include <QDir>
#include <QQmlEngine>
#include <QImage>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {
constexpr int SettleMs = 700;
constexpr int DeadlineMs = 45000;
} // namespace

QObject *makeTour(QQmlEngine *engine, QQuickWindow *window, const QString &appId, QObject *parent)
{
    const QString app = appId.left(1).toUpper() + appId.mid(1);
    QQmlComponent component(engine, QUrl(u"qrc:/qt/qml/Courtyard/DevTools/%1Tour.qml"_s.arg(app)));
    QObject *tour = component.createWithInitialProperties({{u"window"_s, QVariant::fromValue(window)}});
    if (!tour) {
        qCWarning(lcApp).noquote() << "no tour for" << appId << component.errorString();
        return nullptr;
    }
    tour->setParent(parent);
    return tour;
}

ScreenshotDriver::ScreenshotDriver(QQuickWindow *window, QQmlEngine *engine, Session *session, Workspace *workspace,
                                   QString directory, QString appId, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_engine(engine)
    , m_session(session)
    , m_workspace(workspace)
    , m_directory(std::move(directory))
    , m_appId(std::move(appId))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(DeadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCWarning(lcApp) << "screenshots timed out";
        save(m_appId + u"-timeout.png"_s);
        finish(1);
    });
}

void ScreenshotDriver::setDemoLogin(const QString &phone, const QString &password)
{
    m_demoPhone = phone;
    m_demoPassword = password;
}

void ScreenshotDriver::start()
{
    if (!QDir().mkpath(m_directory)) {
        qCCritical(lcApp) << "cannot create" << m_directory;
        finish(1);
        return;
    }
    m_deadline.start();
    // The sign-in page shows the connection badge: wait until the first health check answered.
    auto whenConnectionKnown = [this] {
        if (m_session->connectionState() != Session::ConnectionState::Unknown) {
            afterSettling(&ScreenshotDriver::captureSignIn);
            return;
        }
        connect(m_session, &Session::connectionStateChanged, this,
                [this] { afterSettling(&ScreenshotDriver::captureSignIn); },
                Qt::SingleShotConnection);
    };
    connect(m_window, &QQuickWindow::frameSwapped, this, whenConnectionKnown,
            static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    m_window->update();
}

void ScreenshotDriver::afterSettling(void (ScreenshotDriver::*step)())
{
    QTimer::singleShot(SettleMs, this, step);
}

void ScreenshotDriver::captureSignIn()
{
    if (!save(m_appId + u"-signin.png"_s)) {
        finish(1);
        return;
    }
    if (m_demoPhone.isEmpty()) {
        finish(0);
        return;
    }
    m_session->signIn(m_demoPhone, m_demoPassword);
    if (!m_session->isBusy()) { // refused before asking the server
        afterSettling(&ScreenshotDriver::afterSignIn);
        return;
    }
    connect(m_session, &Session::busyChanged, this,
            [this] { afterSettling(&ScreenshotDriver::afterSignIn); }, Qt::SingleShotConnection);
}

void ScreenshotDriver::afterSignIn()
{
    if (m_finished)
        return;
    if (m_session->isSignedIn()) {
        if (!save(m_appId + u"-home.png"_s)) {
            finish(1);
            return;
        }
        // COURTYARD_SCREENSHOT_TOUR=off: the home page only (e.g. an account with nothing yet).
        if (qEnvironmentVariable("COURTYARD_SCREENSHOT_TOUR") != u"off") {
            m_tour = makeTour(m_engine, m_window, m_appId, this);
            if (m_tour)
                m_steps = m_tour->property("steps").toStringList();
        }
        m_deadline.start(DeadlineMs + int(m_steps.size()) * 3000);
        tourNext();
    } else {
        qCWarning(lcApp) << "demo sign-in failed";
        save(m_appId + u"-signin-error.png"_s);
        finish(1);
    }
}

void ScreenshotDriver::tourNext()
{
    if (m_finished)
        return;
    // The first screens need the first sync: wait for it (up to ~10 s), then settle.
    const Workspace *workspace = m_workspace;
    if (m_step < 0 && workspace && (!workspace->isReady() || workspace->sync()->isSyncing()
                                    || !workspace->sync()->lastSyncAt().isValid())
        && m_syncWaits++ < 50) {
        QTimer::singleShot(200, this, &ScreenshotDriver::tourNext);
        return;
    }
    ++m_step;
    if (m_step >= m_steps.size()) {
        if (m_tour)
            QMetaObject::invokeMethod(m_tour, "show", Q_ARG(QVariant, QVariant(u"home"_s)));
        finish(0);
        return;
    }
    if (!QMetaObject::invokeMethod(m_tour, "show", Q_ARG(QVariant, QVariant(m_steps.at(m_step))))) {
        qCWarning(lcApp) << "the tour has no show(name)";
        finish(1);
        return;
    }
    afterSettling(&ScreenshotDriver::captureStep);
}

void ScreenshotDriver::captureStep()
{
    const QString name = u"%1-%2-%3.png"_s.arg(m_appId).arg(m_step + 1, 2, 10, QLatin1Char('0')).arg(m_steps.at(m_step));
    if (!save(name)) {
        finish(1);
        return;
    }
    tourNext();
}

bool ScreenshotDriver::save(const QString &name)
{
    if (!m_window)
        return false;
    const QImage image = m_window->grabWindow();
    const QString path = QDir(m_directory).filePath(name);
    if (image.isNull() || !image.save(path)) {
        qCCritical(lcApp) << "could not save" << path;
        return false;
    }
    qCInfo(lcApp).noquote() << "saved" << path;
    return true;
}

void ScreenshotDriver::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    Q_EMIT done(exitCode);
}

} // namespace Courtyard::Client
