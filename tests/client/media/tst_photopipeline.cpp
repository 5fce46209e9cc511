// PhotoPipeline: orientation applied, downscaled to 1600 px, re-encoded without EXIF/GPS,
// hashed and written into the output folder off the calling thread; garbage and oversized
// inputs refused.
#include "media/photopipeline.h"
#include "testimages.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImageReader>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;
using namespace testimages;

namespace {

struct Outcome
{
    bool finished = false;
    PhotoJob::Error error = PhotoJob::Error::None;
    QString errorString;
    ProcessedPhoto photo;
};

Outcome waitFor(PhotoJob *job)
{
    Outcome o;
    QObject::connect(job, &PhotoJob::finished, job, [&o, job] {
        o.finished = true;
        o.error = job->error();
        o.errorString = job->errorString();
        o.photo = job->result();
    });
    if (!QTest::qWaitFor([&o] { return o.finished; }, 30000))
        qWarning("photo job did not finish within 30 s");
    return o;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

} // namespace

class TestPhotoPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_exifJpeg; ///< 4000 x 3000 sensor image, EXIF orientation 6 + GPS

    QString inputPath(const QString &name) const { return m_dir.filePath(u"in/"_s + name); }
    QString outputDir() const { return m_dir.filePath(u"photos"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"in"_s));
        m_exifJpeg = inputPath(u"camera.jpg"_s);
        const QByteArray jpeg = jpegWithExif(sensorImage(), 6);
        QVERIFY(writeFile(m_exifJpeg, jpeg));
        // The fixture itself is what it claims: EXIF with GPS, read by Qt as portrait.
        QVERIFY(jpeg.contains("Exif"));
        QVERIFY(jpeg.contains(gpsLatitudeBytes()));
        QImageReader reader(m_exifJpeg);
        reader.setAutoTransform(true);
        QCOMPARE(reader.size(), QSize(4000, 3000));
        QCOMPARE(reader.transformation(), QImageIOHandler::TransformationRotate90);
    }

    void cameraPhotoIsOrientedScaledAndStripped()
    {
        PhotoPipeline pipeline(outputDir());
        PhotoJob *job = pipeline.process(m_exifJpeg);
        QSignalSpy spy(job, &PhotoJob::finished);
        QCOMPARE(spy.count(), 0); // never finished inside process()
        const Outcome o = waitFor(job);
        QVERIFY2(o.error == PhotoJob::Error::None, qPrintable(o.errorString));

        // Orientation applied (portrait), longest side 1600, aspect kept.
        QCOMPARE(o.photo.width, 1200);
        QCOMPARE(o.photo.height, 1600);
        QCOMPARE(o.photo.contentType, u"image/jpeg"_s);
        QVERIFY(o.photo.path.startsWith(QDir(outputDir()).absolutePath() + u'/'));
        QCOMPARE(QFileInfo(o.photo.path).fileName(), o.photo.sha256 + u".jpg"_s);

        const QByteArray bytes = readAll(o.photo.path);
        QCOMPARE(bytes.size(), o.photo.size);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 o.photo.sha256);
        QCOMPARE(o.photo.sha256.size(), 64);

        // No EXIF segment, nothing of the camera's metadata left anywhere in the file.
        const QList<Segment> segments = jpegSegments(bytes);
        QVERIFY(!segments.isEmpty());
        for (const Segment &s : segments) {
            QVERIFY2(!(s.marker == 0xE1 && s.data.startsWith("Exif")), "APP1 Exif segment in the output");
            QVERIFY2(s.marker != 0xE1, "APP1 segment in the output");
        }
        QVERIFY(!bytes.contains("Exif"));
        QVERIFY(!bytes.contains(ExifMake));
        QVERIFY(!bytes.contains(gpsLatitudeBytes()));
        QVERIFY(!bytes.contains(gpsLongitudeBytes()));

        // Pixel layout: rotated 90° clockwise — red on top, blue below, green top-right.
        QImage out;
        QVERIFY(out.loadFromData(bytes, "JPEG"));
        QCOMPARE(out.size(), QSize(1200, 1600));
        QVERIFY(near(out, 100, 600, QColor(255, 0, 0)));
        QVERIFY(near(out, 600, 400, QColor(255, 0, 0)));
        QVERIFY(near(out, 600, 1200, QColor(0, 0, 255)));
        QVERIFY(near(out, 1150, 100, QColor(0, 255, 0)));
        QVERIFY(near(out, 50, 100, QColor(255, 0, 0))); // not green: it was not rotated the other way
        // Read back with auto-transform it stays as is: no orientation left to apply.
        QImageReader reader(o.photo.path);
        reader.setAutoTransform(true);
        QCOMPARE(reader.transformation(), QImageIOHandler::TransformationNone);
        QCOMPARE(reader.read().size(), QSize(1200, 1600));
    }

    void sameInputGivesSameFile()
    {
        PhotoPipeline pipeline(outputDir());
        const Outcome a = waitFor(pipeline.process(m_exifJpeg));
        const Outcome b = waitFor(pipeline.process(m_exifJpeg));
        QVERIFY(a.error == PhotoJob::Error::None && b.error == PhotoJob::Error::None);
        QCOMPARE(a.photo.sha256, b.photo.sha256);
        QCOMPARE(a.photo.path, b.photo.path);
    }

    void largePngWithAlpha()
    {
        QImage img(5000, 2500, QImage::Format_ARGB32);
        img.fill(Qt::transparent);
        {
            QPainter p(&img);
            p.fillRect(2500, 0, 2500, 2500, QColor(0, 0, 255));
        }
        const QString path = inputPath(u"large.png"_s);
        QVERIFY(img.save(path, "PNG"));
        QVERIFY(QFileInfo(path).size() > 0);

        PhotoPipeline pipeline(outputDir());
        const Outcome o = waitFor(pipeline.process(path));
        QVERIFY2(o.error == PhotoJob::Error::None, qPrintable(o.errorString));
        QCOMPARE(QSize(o.photo.width, o.photo.height), QSize(1600, 800));
        QCOMPARE(o.photo.contentType, u"image/jpeg"_s);
        QImage out;
        QVERIFY(out.load(o.photo.path, "JPEG"));
        QVERIFY(near(out, 200, 400, QColor(255, 255, 255))); // transparent became white
        QVERIFY(near(out, 1400, 400, QColor(0, 0, 255)));
    }

    void smallImageIsNotUpscaled()
    {
        const QString path = inputPath(u"small.png"_s);
        QVERIFY(sensorImage(800, 600).save(path, "PNG"));
        PhotoPipeline pipeline(outputDir());
        const Outcome o = waitFor(pipeline.process(path));
        QVERIFY2(o.error == PhotoJob::Error::None, qPrintable(o.errorString));
        QCOMPARE(QSize(o.photo.width, o.photo.height), QSize(800, 600));
    }

    void manyAtOnce()
    {
        PhotoPipeline pipeline(outputDir());
        QList<PhotoJob *> jobs;
        int done = 0;
        for (int i = 0; i < 4; ++i) {
            PhotoJob *job = pipeline.process(m_exifJpeg);
            connect(job, &PhotoJob::finished, this, [&done, job] { done += job->isOk() ? 1 : 0; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 4, 60000);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<PhotoJob::Error>("expected");
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919) % 251));
        QTest::newRow("garbage named .jpg") << garbage << u"garbage.jpg"_s << PhotoJob::Error::NotAnImage;
        QTest::newRow("text") << QByteArray("hello, this is not a photo\n") << u"note.txt"_s
                              << PhotoJob::Error::NotAnImage;
        QTest::newRow("empty") << QByteArray() << u"empty.jpg"_s << PhotoJob::Error::NotAnImage;
        QTest::newRow("jpeg header only") << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11)
                                          << u"cut.jpg"_s << PhotoJob::Error::ReadFailed;
    }

    void refused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QFETCH(PhotoJob::Error, expected);
        const QString path = inputPath(name);
        QVERIFY(writeFile(path, content));
        PhotoPipeline pipeline(outputDir());
        const Outcome o = waitFor(pipeline.process(path));
        QVERIFY(o.finished);
        if (expected == PhotoJob::Error::ReadFailed) // a cut header may already fail canRead()
            QVERIFY2(o.error == PhotoJob::Error::ReadFailed || o.error == PhotoJob::Error::NotAnImage,
                     qPrintable(o.errorString));
        else
            QCOMPARE(o.error, expected);
        QVERIFY(!o.errorString.isEmpty());
        QVERIFY(o.photo.path.isEmpty());
    }

    void missingFile()
    {
        PhotoPipeline pipeline(outputDir());
        const Outcome o = waitFor(pipeline.process(inputPath(u"nope.jpg"_s)));
        QCOMPARE(o.error, PhotoJob::Error::ReadFailed);
    }

    void tooManyPixels()
    {
        PhotoPipeline pipeline(outputDir());
        PhotoLimits limits;
        limits.maxInputPixels = 10'000'000; // the camera photo has 12 MP
        pipeline.setLimits(limits);
        const Outcome o = waitFor(pipeline.process(m_exifJpeg));
        QCOMPARE(o.error, PhotoJob::Error::TooLarge);
        QVERIFY(o.errorString.contains(u"pixels"_s));
    }

    void tooManyBytes()
    {
        PhotoPipeline pipeline(outputDir());
        PhotoLimits limits;
        limits.maxInputBytes = 10'000;
        pipeline.setLimits(limits);
        const Outcome o = waitFor(pipeline.process(m_exifJpeg));
        QCOMPARE(o.error, PhotoJob::Error::TooLarge);
        QVERIFY(o.errorString.contains(u"bytes"_s));
    }

    void defaultLimits()
    {
        const PhotoLimits limits;
        QCOMPARE(limits.maxInputBytes, 40LL * 1024 * 1024);
        QCOMPARE(limits.maxInputPixels, 100'000'000LL);
        QCOMPARE(limits.maxLongestSide, 1600);
        QCOMPARE(limits.jpegQuality, 80);
    }
};

QTEST_GUILESS_MAIN(TestPhotoPipeline)
#include "tst_photopipeline.moc"
