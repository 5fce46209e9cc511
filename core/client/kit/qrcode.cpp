#include "kit/qrcode.h"

#include <QUrl>

// Result::text() as UTF-8 std::string (zxing-cpp 1.4 defaults to std::wstring, deprecated).
#define ZX_USE_UTF8 1
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <exception>

namespace Courtyard::Client {

namespace QrCode {

QImage encode(const QString &text, int size)
{
    if (text.isEmpty() || size <= 0)
        return {};
    ZXing::BitMatrix matrix;
    try {
        // Level M (ECC 4 of 0..8) survives a scratched print; 4 modules of quiet zone, as the
        // standard asks and phone scanners expect.
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEncoding(ZXing::CharacterSet::UTF8)
                     .setEccLevel(4)
                     .setMargin(4)
                     .encode(text.toStdString(), size, size);
    } catch (const std::exception &) {
        return {}; // too long for any QR version
    }
    QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < matrix.width(); ++x)
            line[x] = matrix.get(x, y) ? 0 : 255;
    }
    return image;
}

QString decode(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return QString::fromStdString(result.text());
}

} // namespace QrCode

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString text = QUrl::fromPercentEncoding(id.toUtf8());
    const int side = std::max(requestedSize.width(), requestedSize.height());
    const QImage image = QrCode::encode(text, side > 0 ? side : 512);
    if (size)
        *size = image.size();
    return image;
}

} // namespace Courtyard::Client
