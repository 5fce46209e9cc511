// QR codes through zxing-cpp: a join code's QR made by the library, written to a PNG file,
// read back from the file and decoded to the same text; the image provider's answer too; and
// what is not a join code is told apart.
#include "joincodes.h"
#include "kit/qrcode.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Courtyard;
using namespace Courtyard::Client;

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pngRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("size");
        QTest::newRow("join code") << JoinCodes::qrText(u"ABCDEFGH") << 256;
        QTest::newRow("small") << JoinCodes::qrText(u"23456789") << 120;
        QTest::newRow("utf-8") << u"翠湖花园 3号楼 1202"_s << 400;
    }

    void pngRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(int, size);
        const QImage made = QrCode::encode(text, size);
        QVERIFY(!made.isNull());
        QCOMPARE(made.width(), size);
        QCOMPARE(made.height(), size);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"code.png"_s);
        QVERIFY(made.save(file, "PNG"));
        const QImage read(file);
        QVERIFY(!read.isNull());
        QCOMPARE(QrCode::decode(read), text);
    }

    /// A photo of a print: the code smaller, off centre, on a grey page.
    void decodesInsideALargerPicture()
    {
        QImage page(900, 700, QImage::Format_RGB32);
        page.fill(QColor(210, 210, 205));
        QPainter painter(&page);
        painter.drawImage(QPoint(380, 240), QrCode::encode(JoinCodes::qrText(u"KMNPQRST"), 300));
        painter.end();
        QCOMPARE(JoinCodes::fromScanned(QrCode::decode(page)), u"KMNPQRST"_s);
    }

    void nothingToRead()
    {
        QImage blank(200, 200, QImage::Format_Grayscale8);
        blank.fill(255);
        QVERIFY(QrCode::decode(blank).isEmpty());
        QVERIFY(QrCode::decode(QImage()).isEmpty());
        QVERIFY(QrCode::encode(QString()).isNull());
    }

    void imageProvider()
    {
        QrImageProvider provider;
        QSize size;
        const QString id = QString::fromLatin1(QUrl::toPercentEncoding(u"courtyard:join:ABCDEFGH"_s));
        const QImage image = provider.requestImage(id, &size, QSize(300, 300));
        QCOMPARE(size, QSize(300, 300));
        QCOMPARE(QrCode::decode(image), u"courtyard:join:ABCDEFGH"_s);
    }

    void codeShapes()
    {
        QCOMPARE(JoinCodes::normalized(u" abcd-efgh "), u"ABCDEFGH"_s);
        QCOMPARE(JoinCodes::grouped(u"abcdefgh"), u"ABCD-EFGH"_s);
        QCOMPARE(JoinCodes::grouped(u"abc"), u"ABC"_s);
        QCOMPARE(JoinCodes::grouped(u"abcde"), u"ABCD-E"_s);
        QVERIFY(JoinCodes::isWellFormed(u"ABCDEFGH"));
        QVERIFY(!JoinCodes::isWellFormed(u"ABCDEFG0")); // no 0, O, 1 or I
        QVERIFY(!JoinCodes::isWellFormed(u"ABCDEFGI"));
        QVERIFY(!JoinCodes::isWellFormed(u"ABCDEFG"));
        QCOMPARE(JoinCodes::fromScanned(u"courtyard:join:ABCDEFGH"), u"ABCDEFGH"_s);
        QCOMPARE(JoinCodes::fromScanned(u"abcd efgh"), u"ABCDEFGH"_s);
        QVERIFY(JoinCodes::fromScanned(u"https://example.org/ABCDEFGH").isEmpty());
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
