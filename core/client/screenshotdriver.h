#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
class QQuickWindow;

namespace Courtyard::Client {

class Session;

/**
 * Drives --screenshot: once the first frame is up and the connection state is known, saves
 * DIR/<app>-signin.png; with a demo login it then signs in and saves DIR/<app>-home.png (or
 * DIR/<app>-signin-error.png when signing in fails). Then, once the first sync has settled,
 * it tours the app's screens: the root window lists them in `property var tourSteps` (step
 * names) and opens each in `function showTourStep(name)`; each is saved as
 * DIR/<app>-<NN>-<name>.png (COURTYARD_SCREENSHOT_TOUR=off skips the tour). Emits done() with
 * the exit code.
 */
class ScreenshotDriver : public QObject
{
    Q_OBJECT

public:
    explicit ScreenshotDriver(QQuickWindow *window, Session *session, QString directory,
                              QString appId, QObject *parent = nullptr);

    void setDemoLogin(const QString &phone, const QString &password);
    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void captureSignIn();
    void afterSignIn();
    void tourNext();
    void captureStep();
    bool save(const QString &name);
    void finish(int exitCode);
    /// Runs @p step once the scene has settled (animations, late bindings, fonts).
    void afterSettling(void (ScreenshotDriver::*step)());

    QPointer<QQuickWindow> m_window;
    QPointer<Session> m_session;
    QString m_directory;
    QString m_appId;
    QString m_demoPhone;
    QString m_demoPassword;
    QTimer m_deadline;
    QStringList m_steps;
    int m_step = -1;
    int m_syncWaits = 0;
    bool m_finished = false;
};

} // namespace Courtyard::Client
