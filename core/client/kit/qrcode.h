#pragma once

#include <QImage>
#include <QQuickImageProvider>
#include <QString>

namespace Courtyard::Client {

/**
 * QR codes through zxing-cpp (Debian's libzxing-dev), never drawn by hand: encode() makes the
 * black-on-white image of a text, decode() reads the first QR code in an image (a camera frame,
 * a PNG). Both run on any thread.
 */
namespace QrCode {

/// The QR code of @p text (UTF-8, error correction level M), @p size pixels square, with the
/// quiet zone the standard asks for; a null image when the text does not fit.
[[nodiscard]] QImage encode(const QString &text, int size = 512);
/// The text of the first QR code found in @p image; empty when there is none.
[[nodiscard]] QString decode(const QImage &image);

} // namespace QrCode

/**
 * "image://qr/<url-encoded text>" in QML: the QR code of that text, at the size the Image asks
 * for (sourceSize; 512 px otherwise). Registered once by AppBootstrap for both apps.
 */
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace Courtyard::Client
