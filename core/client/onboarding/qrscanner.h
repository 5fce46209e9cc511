#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <qqmlintegration.h>

class QVideoFrame;
class QVideoSink;

namespace Courtyard::Client {

/**
 * Reads QR codes from a camera's frames (QML "QrScanner"): set `videoSink` to a VideoOutput's
 * sink; a few frames a second are decoded (QrCode::decode, zxing-cpp) and found() says the
 * first text read. Where there is no camera the scan page is never opened (see
 * Onboarding.cameraAvailable), and the code can always be typed.
 */
class QrScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QObject *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)

public:
    explicit QrScanner(QObject *parent = nullptr);

    [[nodiscard]] QObject *videoSink() const;
    void setVideoSink(QObject *sink);
    [[nodiscard]] bool isActive() const { return m_active; }
    void setActive(bool active);

Q_SIGNALS:
    void videoSinkChanged();
    void activeChanged();
    void found(const QString &text);

private:
    void onFrame(const QVideoFrame &frame);

    QPointer<QVideoSink> m_sink;
    bool m_active = true;
    QElapsedTimer m_sinceLast;
};

} // namespace Courtyard::Client
