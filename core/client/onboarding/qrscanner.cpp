#include "onboarding/qrscanner.h"

#include "kit/qrcode.h"

#include <QImage>
#include <QVideoFrame>
#include <QVideoSink>

namespace Courtyard::Client {

namespace {
// Decoding runs on the UI thread: a few frames a second, scaled down, keep it smooth.
constexpr int FrameIntervalMs = 300;
constexpr int MaxSide = 800;
} // namespace

QrScanner::QrScanner(QObject *parent)
    : QObject(parent)
{
}

QObject *QrScanner::videoSink() const
{
    return m_sink;
}

void QrScanner::setVideoSink(QObject *sink)
{
    auto *videoSink = qobject_cast<QVideoSink *>(sink);
    if (m_sink == videoSink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = videoSink;
    if (m_sink)
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &QrScanner::onFrame);
    Q_EMIT videoSinkChanged();
}

void QrScanner::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void QrScanner::onFrame(const QVideoFrame &frame)
{
    if (!m_active || (m_sinceLast.isValid() && m_sinceLast.elapsed() < FrameIntervalMs))
        return;
    m_sinceLast.start();
    QImage image = frame.toImage();
    if (image.isNull())
        return;
    if (std::max(image.width(), image.height()) > MaxSide)
        image = image.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::FastTransformation);
    const QString text = QrCode::decode(image);
    if (!text.isEmpty()) {
        m_active = false; // one find per scan
        Q_EMIT activeChanged();
        Q_EMIT found(text);
    }
}

} // namespace Courtyard::Client
