#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

class QQmlEngine;
class QQuickWindow;

namespace Courtyard::Client {

class Session;
class Workspace;

/// The app's tour (qml/devtools/<App>Tour.qml) over @p window; null when there is none.
QObject *makeTour(QQmlEngine *engine, QQuickWindow *window, const QString &appId, QObject *parent);

/**
 * Drives --screenshot: once the first frame is up and the connection state is known, saves
 * DIR/<app>-signin.png; with a demo login it then signs in and saves DIR/<app>-home.png (or
 * DIR/<app>-signin-error.png when signing in fails). Then, once the first sync has settled,
 * it tours the app's screens with the app's tour (qml/devtools, e.g. ResidentTour.qml: its
 * `steps` and `show(name)`, driving the app as a person would); each is saved as
 * DIR/<app>-<NN>-<name>.png (COURTYARD_SCREENSHOT_TOUR=off skips the tour). Emits done() with
 * the exit code.
 */
class ScreenshotDriver : public QObject
{
    Q_OBJECT

public:
    ScreenshotDriver(QQuickWindow *window, QQmlEngine *engine, Session *session, Workspace *workspace,
                     QString directory, QString appId, QObject *parent = nullptr);

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
    QPointer<QQmlEngine> m_engine;
    QPointer<Session> m_session;
    QPointer<Workspace> m_workspace;
    QObject *m_tour = nullptr;
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
