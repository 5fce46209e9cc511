// Every screen of both apps, rendered offscreen at phone size (390×844) from the real app
// binaries signed in to the real server's demo estate, in Chinese and in English: each app's
// screenshot tour (--screenshot, the tourSteps of its Main.qml) for a resident, an agent, a
// technician and a manager, plus the empty home of a new resident and the same phone started with no server.
// The PNGs are kept in the build folder (screenshots/tour/<lang>/<account>/) for
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
            // The estate's administration (issue 10).
            QTest::addRow("manager %s", qPrintable(language))
                << QStringLiteral(COURTYARD_STAFF_BIN) << u"manager"_s << u"13900000009"_s << language;
        }
    }

    void tour()
    {
        runTour();
    }

    /// A resident with nothing reported yet (the empty home), then the same phone started again
    /// with no server: it opens on the kept session and its own data, and says it is offline.
    void emptyThenOffline_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << u"zh_CN"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void emptyThenOffline()
    {
        QFETCH(QString, language);
        static bool created = false;
        if (!created) {
            // A new resident in a unit with no requests; the CLI writes while serve is stopped.
            QString output;
            const int code = m_server.runCliWhileStopped(
                {u"create-user"_s, u"--state"_s, m_server.stateDir(), u"--phone"_s, u"13800000077"_s, u"--name"_s,
                 u"孙悦"_s, u"--role"_s, u"resident"_s, u"--unit"_s, u"unit-1-1-0101"_s},
                "courtyard-demo\n", &output);
            QVERIFY2(code == 0, qPrintable(output));
            created = true;
        }
        QTemporaryDir data;
        const QString empty = runApp(QStringLiteral(COURTYARD_RESIDENT_BIN), u"resident-empty"_s,
                                     u"13800000077"_s, language, data.path(), m_server.baseUrl().toString(),
                                     {{u"COURTYARD_SCREENSHOT_TOUR"_s, u"off"_s}});
        QVERIFY2(empty.isEmpty(), qPrintable(empty));
        // The same phone later, in a lift shaft: no server answers.
        const QString offline = runApp(QStringLiteral(COURTYARD_RESIDENT_BIN), u"resident-offline"_s, QString(),
                                       language, data.path(), u"https://127.0.0.1:9"_s, {});
        QVERIFY2(offline.isEmpty(), qPrintable(offline));
    }

private:
    void runTour()
    {
        QFETCH(QString, binary);
        QFETCH(QString, account);
        QFETCH(QString, phone);
        QFETCH(QString, language);
        QTemporaryDir data;
        const QString problem = runApp(binary, account, phone, language, data.path(), m_server.baseUrl().toString(), {});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QDir dir(m_out.filePath(language + u'/' + account));
        const QStringList tour = dir.entryList({u"*.png"_s}, QDir::Files, QDir::Name).filter(QRegularExpression(u"-\\d\\d-"_s));
        QVERIFY2(tour.size() >= 4, qPrintable(u"only %1 tour screens"_s.arg(tour.size())));
    }

    /// Runs one app with --screenshot into tour/<language>/<account>; returns what went wrong,
    /// empty when every screen it saved is a proper phone-sized screen and no QML warned.
    QString runApp(const QString &binary, const QString &account, const QString &phone, const QString &language,
                   const QString &dataDir, const QString &server, const QList<QPair<QString, QString>> &extraEnv)
    {
        QDir dir(m_out.filePath(language + u'/' + account));
        dir.removeRecursively();
        if (!dir.mkpath(u"."_s))
            return u"cannot make "_s + dir.path();

        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_DATA_HOME"_s, dataDir + u"/data"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dataDir + u"/config"_s);
        env.insert(u"XDG_CACHE_HOME"_s, dataDir + u"/cache"_s);
        env.insert(u"COURTYARD_TOKEN_STORE"_s, u"file"_s);
        env.remove(u"COURTYARD_DEMO_LOGIN"_s);
        if (!phone.isEmpty())
            env.insert(u"COURTYARD_DEMO_LOGIN"_s, phone + u":courtyard-demo"_s);
        for (const auto &[name, value] : extraEnv)
            env.insert(name, value);
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::SeparateChannels);
        app.start(binary, {u"--server"_s, server, u"--ca"_s, m_server.caFile(), u"--lang"_s, language,
                           u"--screenshot"_s, dir.absolutePath()});
        if (!app.waitForStarted())
            return app.errorString();
        if (!app.waitForFinished(180000))
            return u"the screenshots did not finish in 3 minutes"_s;
        const QString errors = QString::fromUtf8(app.readAllStandardError());
        if (app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0)
            return u"exit %1: %2"_s.arg(app.exitCode()).arg(errors.right(3000));

        // No QML warning on any screen (a TypeError or a broken binding shows up here).
        QStringList warnings;
        for (const QString &line : errors.split(u'\n')) {
            if (line.contains(u"qrc:/qt/qml/Courtyard"_s) || line.contains(u"TypeError"_s)
                || line.contains(u"ReferenceError"_s))
                warnings << line;
        }
        if (!warnings.isEmpty())
            return warnings.join(u'\n');

        const QStringList shots = dir.entryList({u"*.png"_s}, QDir::Files, QDir::Name);
        if (shots.isEmpty() || !shots.filter(u"timeout"_s).isEmpty())
            return u"screens: "_s + shots.join(u", "_s);
        for (const QString &name : shots) {
            const QImage image(dir.filePath(name));
            if (image.isNull())
                return name + u" is not an image"_s;
            if (image.size() != QSize(390, 844) && image.size() != QSize(780, 1688))
                return u"%1 is %2×%3"_s.arg(name).arg(image.width()).arg(image.height());
            // A screen, not a blank: many colours (text, icons, cards).
            QSet<QRgb> colours;
            for (int y = 0; y < image.height() && colours.size() < 64; y += 7) {
                for (int x = 0; x < image.width(); x += 5)
                    colours.insert(image.pixel(x, y));
            }
            if (colours.size() < 16)
                return name + u" looks blank"_s;
        }
        qInfo("%s: %lld screens in %s", qPrintable(account), static_cast<long long>(shots.size()),
              qPrintable(dir.absolutePath()));
        return {};
    }
};

QTEST_GUILESS_MAIN(TestScreens)
#include "tst_screens.moc"
