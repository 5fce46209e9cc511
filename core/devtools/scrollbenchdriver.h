#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
class QQmlEngine;
class QQuickItem;
class QQuickWindow;

namespace Courtyard::Client {


/**
 * Drives --scroll-bench STEP:LIST for the frame-timing benchmark: opens the tour step STEP
 * (the app's tour, see ScreenshotDriver), finds the Flickable/ListView named LIST and scrolls it
 * down at a steady speed, one step per frame. For each frame it measures the time from the
 * scroll step to the frame being swapped — polishing (delegates made, pages fetched from the
 * store), synchronising and rendering — and prints the distribution, then quits.
 */
class ScrollBenchDriver : public QObject
{
    Q_OBJECT

public:
    ScrollBenchDriver(QQuickWindow *window, QQmlEngine *engine, QString appId, QString step, QString listName,
                      QObject *parent = nullptr);

    /// Pixels per frame (default 24, a brisk flick held steady) and the number of frames.
    void setSpeed(int pixelsPerFrame) { m_speed = pixelsPerFrame; }
    void setFrames(int frames) { m_frames = frames; }
    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void begin();
    void stepFrame();
    void frameSwapped();
    void report();
    [[nodiscard]] static qint64 threadCpuNs();

    QPointer<QQuickWindow> m_window;
    QPointer<QQmlEngine> m_engine;
    QString m_appId;
    QString m_step;
    QString m_listName;
    QPointer<QQuickItem> m_list;
    int m_speed = 24;
    int m_frames = 3000;
    bool m_waitingForFrame = false;
    QElapsedTimer m_frameTimer;
    QList<double> m_frameMs;
    QList<double> m_cpuMs;
    qint64 m_cpuStartNs = 0;
};

} // namespace Courtyard::Client
