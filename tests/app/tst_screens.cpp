// Every screen of both apps, rendered offscreen at phone size (390×844) from the real app
// binaries signed in to the real server's demo estate, in Chinese and in English: each app's
// screenshot tour (--screenshot, the tourSteps of its Main.qml) for a resident, an agent and a
// technician. The PNGs are kept in the build folder (screenshots/tour/<lang>/<account>/) for
// people to look at; the test fails when a screen is missing, blank or the wrong size, or when
// the QML printed any warning on the way.
#include "testserver.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScreens : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QDir m_out{QStringLiteral(COURTYARD_SCREENSHOT_DIR "/tour")};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void cleanupTestCase() { m_server.stop(); }

    void tour_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTest::addRow("resident %s", qPrintable(language))
                << QStringLiteral(COURTYARD_RESIDENT_BIN) << u"resident"_s << u"13800000001"_s << language;
            QTest::addRow("agent %s", qPrintable(language))
                << QStringLiteral(COURTYARD_STAFF_BIN) << u"agent"_s << u"13900000001"_s << language;
            QTest::addRow("technician %s", qPrintable(language))
                << QStringLiteral(COURTYARD_STAFF_BIN) << u"technician"_s << u"13900000002"_s << language;
        }
    }

    void tour()
    {
        QFETCH(QString, binary);
        QFETCH(QString, account);
        QFETCH(QString, phone);
        QFETCH(QString, language);
        QTemporaryDir data;
        QDir dir(m_out.filePath(language + u'/' + account));
        dir.removeRecursively();
        QVERIFY(dir.mkpath(u"."_s));

        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_DATA_HOME"_s, data.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, data.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, data.filePath(u"cache"_s));
        env.insert(u"COURTYARD_TOKEN_STORE"_s, u"file"_s);
        env.insert(u"COURTYARD_DEMO_LOGIN"_s, phone + u":courtyard-demo"_s);
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::SeparateChannels);
        app.start(binary, {u"--server"_s, m_server.baseUrl().toString(), u"--ca"_s, m_server.caFile(), u"--lang"_s,
                           language, u"--screenshot"_s, dir.absolutePath()});
        QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));
        QVERIFY2(app.waitForFinished(180000), "the tour did not finish in 3 minutes");
        const QString errors = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, qPrintable(errors.right(3000)));

        // No QML warning on any screen (a TypeError or a broken binding shows up here).
        QStringList warnings;
        for (const QString &line : errors.split(u'\n')) {
            if (line.contains(u"qrc:/qt/qml/Courtyard"_s) || line.contains(u"TypeError"_s)
                || line.contains(u"ReferenceError"_s))
                warnings << line;
        }
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));

        const QStringList shots = dir.entryList({u"*.png"_s}, QDir::Files, QDir::Name);
        const QStringList tour = shots.filter(QRegularExpression(u"-\\d\\d-"_s));
        QVERIFY2(tour.size() >= 4, qPrintable(u"only %1 tour screens: %2"_s.arg(tour.size()).arg(shots.join(u", "_s))));
        QVERIFY(!shots.filter(u"timeout"_s).size());
        for (const QString &name : shots) {
            const QImage image(dir.filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            QVERIFY2(image.size() == QSize(390, 844) || image.size() == QSize(780, 1688),
                     qPrintable(u"%1 is %2×%3"_s.arg(name).arg(image.width()).arg(image.height())));
            // A screen, not a blank: many colours (text, icons, cards).
            QSet<QRgb> colours;
            for (int y = 0; y < image.height() && colours.size() < 64; y += 7) {
                for (int x = 0; x < image.width(); x += 5)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY2(colours.size() >= 16, qPrintable(name + u" looks blank"_s));
        }
        qInfo("%s: %lld screens in %s", qPrintable(account), static_cast<long long>(shots.size()),
              qPrintable(dir.absolutePath()));
    }
};

QTEST_GUILESS_MAIN(TestScreens)
#include "tst_screens.moc"
