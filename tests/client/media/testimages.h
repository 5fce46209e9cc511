#pragma once

// Fixtures made in code for the media tests: a camera-like JPEG with an EXIF block (orientation,
// camera make and GPS position), so no binary has to live in the repository.

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QList>
#include <QPainter>
#include <QtEndian>

#include <cstdlib>

namespace testimages {

/// The camera make written into the EXIF block; it must not survive processing.
inline const QByteArray ExifMake = QByteArrayLiteral("CourtyardTestCam");

/// The GPS latitude 22°32'43.21" as the EXIF RATIONAL triple it is stored as (big-endian);
/// none of these bytes may survive processing.
inline QByteArray gpsLatitudeBytes()
{
    QByteArray out;
    for (quint32 v : {22u, 1u, 32u, 1u, 4321u, 100u}) {
        char b[4];
        qToBigEndian(v, b);
        out.append(b, 4);
    }
    return out;
}

inline QByteArray gpsLongitudeBytes()
{
    QByteArray out;
    for (quint32 v : {113u, 1u, 56u, 1u, 1234u, 100u}) {
        char b[4];
        qToBigEndian(v, b);
        out.append(b, 4);
    }
    return out;
}

/// A big-endian TIFF/EXIF structure: IFD0 with Make, Orientation and a GPS IFD pointer; the
/// GPS IFD with version, latitude and longitude.
inline QByteArray exifTiff(quint16 orientation)
{
    QByteArray t;
    auto u16 = [&t](quint16 v) { char b[2]; qToBigEndian(v, b); t.append(b, 2); };
    auto u32 = [&t](quint32 v) { char b[4]; qToBigEndian(v, b); t.append(b, 4); };
    auto entry = [&](quint16 tag, quint16 type, quint32 count, quint32 value) {
        u16(tag); u16(type); u32(count); u32(value);
    };
    t.append("MM", 2);
    u16(42);
    u32(8);
    // IFD0 at 8: 3 entries -> ends at 8 + 2 + 36 + 4 = 50; Make string at 50 (17 bytes, pad 68).
    const quint32 makeOffset = 50, gpsOffset = 68;
    u16(3);
    entry(0x010F, 2, quint32(ExifMake.size() + 1), makeOffset); // Make, ASCII
    entry(0x0112, 3, 1, quint32(orientation) << 16); // Orientation, SHORT, left-justified
    entry(0x8825, 4, 1, gpsOffset); // GPS IFD pointer
    u32(0);
    t.append(ExifMake).append('\0');
    while (t.size() < int(gpsOffset))
        t.append('\0');
    // GPS IFD at 68: 5 entries -> ends at 68 + 2 + 60 + 4 = 134; latitude at 134, longitude at 158.
    u16(5);
    entry(0x0000, 1, 4, 0x02030000); // GPSVersionID 2.3.0.0
    entry(0x0001, 2, 2, quint32('N') << 24); // GPSLatitudeRef "N"
    entry(0x0002, 5, 3, 134); // GPSLatitude
    entry(0x0003, 2, 2, quint32('E') << 24); // GPSLongitudeRef "E"
    entry(0x0004, 5, 3, 158); // GPSLongitude
    u32(0);
    t.append(gpsLatitudeBytes());
    t.append(gpsLongitudeBytes());
    return t;
}

/// JPEG bytes of @p image with an APP1 "Exif" segment right after SOI.
inline QByteArray jpegWithExif(const QImage &image, quint16 orientation, int quality = 90)
{
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(quality);
        writer.write(image);
    }
    QByteArray payload = QByteArray("Exif\0\0", 6) + exifTiff(orientation);
    QByteArray app1("\xFF\xE1", 2);
    char len[2];
    qToBigEndian(quint16(payload.size() + 2), len);
    app1.append(len, 2).append(payload);
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

/// Stored (sensor) layout, 4000 x 3000: left half red, right half blue, a green block in the
/// top-left corner. Shown with EXIF orientation 6 (rotate 90° clockwise) it is 3000 x 4000
/// with the top half red, the bottom half blue and the green block top-right.
inline QImage sensorImage(int width = 4000, int height = 3000)
{
    QImage img(width, height, QImage::Format_RGB32);
    QPainter p(&img);
    p.fillRect(0, 0, width / 2, height, QColor(255, 0, 0));
    p.fillRect(width / 2, 0, width - width / 2, height, QColor(0, 0, 255));
    p.fillRect(0, 0, width / 5, height / 5, QColor(0, 255, 0));
    return img;
}

struct Segment
{
    quint8 marker = 0;
    QByteArray data; ///< without marker and length
};

/// The JPEG's marker segments up to the start of scan.
inline QList<Segment> jpegSegments(const QByteArray &jpeg)
{
    QList<Segment> out;
    if (!jpeg.startsWith("\xFF\xD8"))
        return out;
    qsizetype i = 2;
    while (i + 4 <= jpeg.size() && quint8(jpeg.at(i)) == 0xFF) {
        const quint8 marker = quint8(jpeg.at(i + 1));
        const quint16 len = qFromBigEndian<quint16>(jpeg.constData() + i + 2);
        out.append({marker, jpeg.mid(i + 4, len - 2)});
        if (marker == 0xDA)
            break;
        i += 2 + len;
    }
    return out;
}

/// The colour at (x, y) is close to @p expected (JPEG is lossy).
inline bool near(const QImage &image, int x, int y, QColor expected, int tolerance = 40)
{
    const QColor c = image.pixelColor(x, y);
    return std::abs(c.red() - expected.red()) <= tolerance
        && std::abs(c.green() - expected.green()) <= tolerance
        && std::abs(c.blue() - expected.blue()) <= tolerance;
}

} // namespace testimages
