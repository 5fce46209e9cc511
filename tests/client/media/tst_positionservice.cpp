// PositionService over Qt's "nmea" plugin replaying logs from tests/data: one fix with
// coordinates, HDOP-derived accuracy and timestamp; "no fix" outcomes for a log without a fix,
// an empty log and a missing source.
#include "position/positionservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

namespace {

QGeoPositionInfoSource *nmeaSource(const QString &path)
{
    const QVariantMap params{{u"nmea.source"_s, QUrl::fromLocalFile(path).toString()}};
    return QGeoPositionInfoSource::createSource(u"nmea"_s, params, nullptr);
}

QString dataFile(const QString &name)
{
    return QStringLiteral(COURTYARD_TEST_DATA) + u'/' + name;
}

} // namespace

class TestPositionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Qt Positioning hides plugins whose metadata says "Testable": false (the nmea plugin
        // does) while QT_QTESTLIB_RUNNING is set, which QTest sets; it reads the variable once,
        // on the first plugin lookup — this one.
        qunsetenv("QT_QTESTLIB_RUNNING");
        QVERIFY2(QGeoPositionInfoSource::availableSources().contains(u"nmea"_s),
                 "the nmea position plugin is not installed (libqt6positioning6-plugins)");
    }

    void fixFromNmeaLog()
    {
        QGeoPositionInfoSource *source = nmeaSource(dataFile(u"position-fix.nmea"_s));
        QVERIFY(source);
        // A file source replays the log at its recorded pace (SimulationMode).
        auto *nmea = qobject_cast<QNmeaPositionInfoSource *>(source);
        QVERIFY(nmea);
        QCOMPARE(nmea->updateMode(), QNmeaPositionInfoSource::SimulationMode);

        PositionService service(source);
        QCOMPARE(service.outcome(), PositionService::Outcome::None);
        QVERIFY(std::isnan(service.latitude()));
        QSignalSpy finished(&service, &PositionService::finished);
        QSignalSpy busy(&service, &PositionService::busyChanged);
        service.requestFix(10000);
        QVERIFY(service.isBusy());
        QCOMPARE(finished.count(), 0); // never inside requestFix()
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!service.isBusy());
        QCOMPARE(busy.count(), 2);

        QCOMPARE(service.outcome(), PositionService::Outcome::Fix);
        QVERIFY(service.hasFix());
        // The first record with a fix: 22°32.7202' N, 113°56.2057' E at 02:00:01 UTC.
        QVERIFY(std::abs(service.latitude() - (22 + 32.7202 / 60)) < 1e-6);
        QVERIFY(std::abs(service.longitude() - (113 + 56.2057 / 60)) < 1e-6);
        // Qt 6.4 reports accuracy = 2 x HDOP x UERE (about 95 %); the service gives NMEA sources
        // UERE 5.1 m, so HDOP 1.2 gives 12.24 m.
        QVERIFY2(std::abs(service.horizontalAccuracy() - 2 * 1.2 * PositionService::DefaultNmeaUere) < 1e-6,
                 qPrintable(QString::number(service.horizontalAccuracy())));
        QCOMPARE(service.timestamp(), QDateTime(QDate(2026, 11, 27), QTime(2, 0, 1), Qt::UTC));
    }

    void accuracyFollowsTheSourcesUere()
    {
        QGeoPositionInfoSource *source = nmeaSource(dataFile(u"position-fix.nmea"_s));
        QVERIFY(source);
        qobject_cast<QNmeaPositionInfoSource *>(source)->setUserEquivalentRangeError(2.0);
        PositionService service(source);
        QSignalSpy finished(&service, &PositionService::finished);
        service.requestFix(10000);
        QVERIFY(finished.wait(15000));
        QCOMPARE(service.outcome(), PositionService::Outcome::Fix);
        QVERIFY2(std::abs(service.horizontalAccuracy() - 2 * 1.2 * 2.0) < 1e-6,
                 qPrintable(QString::number(service.horizontalAccuracy())));
    }

    void noFix_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("log without a fix") << dataFile(u"position-nofix.nmea"_s);
        QTest::newRow("empty log") << u"EMPTY"_s;
    }

    void noFix()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        if (file == u"EMPTY") {
            file = dir.filePath(u"empty.nmea"_s);
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QGeoPositionInfoSource *source = nmeaSource(file);
        QVERIFY(source);
        PositionService service(source);
        QSignalSpy finished(&service, &PositionService::finished);
        QElapsedTimer clock;
        clock.start();
        service.requestFix(1500);
        QVERIFY(finished.wait(10000));
        QCOMPARE(service.outcome(), PositionService::Outcome::Timeout);
        QVERIFY(clock.elapsed() >= 1400);
        QVERIFY(!service.hasFix());
        QVERIFY(std::isnan(service.latitude()));
        QVERIFY(std::isnan(service.horizontalAccuracy()));
        QVERIFY(!service.timestamp().isValid());
    }

    void noSource()
    {
        PositionService service(static_cast<QGeoPositionInfoSource *>(nullptr));
        QSignalSpy finished(&service, &PositionService::finished);
        service.requestFix(1000);
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(5000));
        QCOMPARE(service.outcome(), PositionService::Outcome::NoSource);
        QVERIFY(!service.isBusy());
    }

    void fixAfterNoFixClearsNothingStale()
    {
        // A later request that fails must not leave the earlier fix readable.
        QGeoPositionInfoSource *source = nmeaSource(dataFile(u"position-fix.nmea"_s));
        QVERIFY(source);
        PositionService service(source);
        QSignalSpy finished(&service, &PositionService::finished);
        service.requestFix(10000);
        QVERIFY(finished.wait(15000));
        QVERIFY(service.hasFix());
        service.requestFix(1); // below the source's minimum interval: answered as a timeout
        QVERIFY(finished.wait(10000));
        QVERIFY(!service.hasFix());
        QVERIFY(std::isnan(service.latitude()));
    }
};

QTEST_GUILESS_MAIN(TestPositionService)
#include "tst_positionservice.moc"
