#include "appsettings.h"
#include "devtools.h"
#include "startupoptions.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

class TestStartupOptions : public QObject
{
    Q_OBJECT

private:
    static std::optional<StartupOptions> parse(const QStringList &args,
                                               const QProcessEnvironment &env = {},
                                               QString *error = nullptr)
    {
        QString ignored;
        return StartupOptions::parse(QStringList{u"app"_s} + args, env, error ? error : &ignored);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults()
    {
        const auto options = parse({});
        QVERIFY(options);
        QCOMPARE(options->serverUrl, QUrl(u"https://127.0.0.1:8443"_s));
        QVERIFY(!options->serverFromCommandLine);
        QVERIFY(options->caFile.isEmpty());
        QVERIFY(options->language.isEmpty());
        QVERIFY(!options->selfTest);
    }

    void flagsWinOverEnvironment()
    {
        QProcessEnvironment env;
        env.insert(u"COURTYARD_SERVER"_s, u"https://env.example:9443"_s);
        env.insert(u"COURTYARD_CA"_s, u"/env/ca.pem"_s);
        auto options = parse({}, env);
        QVERIFY(options);
        QCOMPARE(options->serverUrl, QUrl(u"https://env.example:9443"_s));
        QVERIFY(options->serverFromCommandLine);
        QCOMPARE(options->caFile, u"/env/ca.pem"_s);

        options = parse({u"--server"_s, u"https://flag.example"_s, u"--ca"_s, u"/flag/ca.pem"_s,
                         u"--lang"_s, u"en"_s, u"--self-test"_s},
                        env);
        QVERIFY(options);
        QCOMPARE(options->serverUrl, QUrl(u"https://flag.example"_s));
        QCOMPARE(options->caFile, u"/flag/ca.pem"_s);
        QCOMPARE(options->language, u"en"_s);
        QVERIFY(options->selfTest);
    }

    void bareHostMeansHttps()
    {
        const auto options = parse({u"--server"_s, u"127.0.0.1:9000"_s});
        QVERIFY(options);
        QCOMPARE(options->serverUrl.scheme(), u"https"_s);
        QCOMPARE(options->serverUrl.port(), 9000);
    }

    void httpIsKeptForTheClientToRefuse()
    {
        // Never silently upgraded: the API client refuses it with a clear error instead.
        const auto options = parse({u"--server"_s, u"http://127.0.0.1:9000"_s});
        QVERIFY(options);
        QCOMPARE(options->serverUrl.scheme(), u"http"_s);
    }

    void rejectsUnknownLanguage()
    {
        QString error;
        QVERIFY(!parse({u"--lang"_s, u"fr"_s}, {}, &error));
        QVERIFY(error.contains(u"fr"_s));
    }

    void rejectsUnknownFlag()
    {
        QString error;
        QVERIFY(!parse({u"--bogus"_s}, {}, &error));
        QVERIFY(!error.isEmpty());
    }

    // The developers' tools add their options only when they are built in (COURTYARD_DEVTOOLS).
    void devToolsOptions()
    {
        QString error;
        QVERIFY(!parse({u"--screenshot"_s, u"/tmp/shots"_s}, {}, &error)); // not a product option
        std::vector<std::unique_ptr<AppTool>> tools;
        tools.push_back(makeDevTools());
        auto *dev = static_cast<DevTools *>(tools.front().get());
        QProcessEnvironment env;
        env.insert(u"COURTYARD_DEMO_LOGIN"_s, u"13800000001:pass:with:colons"_s);
        QVERIFY(StartupOptions::parse({u"app"_s, u"--screenshot"_s, u"/tmp/shots"_s}, env, &error, tools));
        QCOMPARE(dev->screenshotDir(), u"/tmp/shots"_s);
        QCOMPARE(dev->demoPhone(), u"13800000001"_s);
        QCOMPARE(dev->demoPassword(), u"pass:with:colons"_s);
        QVERIFY(dev->isActive());
        QVERIFY(!dev->opensKeptSession());
        QVERIFY(StartupOptions::parse({u"app"_s, u"--scroll-bench"_s, u"my-orders:ordersList:30"_s}, {}, &error, tools));
        QCOMPARE(dev->scrollBench(), u"my-orders:ordersList:30"_s);
        env.insert(u"COURTYARD_DEMO_LOGIN"_s, u"no-colon"_s);
        QVERIFY(!StartupOptions::parse({u"app"_s, u"--screenshot"_s, u"/tmp/shots"_s}, env, &error, tools));
    }

    void languageForLocale()
    {
        QCOMPARE(AppSettings::languageForLocale(u"zh_CN"_s), u"zh_CN"_s);
        QCOMPARE(AppSettings::languageForLocale(u"zh-Hans-CN"_s), u"zh_CN"_s);
        QCOMPARE(AppSettings::languageForLocale(u"en-GB"_s), u"en"_s);
        QCOMPARE(AppSettings::languageForLocale(u"de_DE"_s), u"en"_s);
    }

    void settingsLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"settings.ini"_s);
        {
            AppSettings settings(file);
            QSignalSpy changed(&settings, &AppSettings::languageChanged);
            settings.setLanguage(u"en"_s);
            QCOMPARE(settings.effectiveLanguage(), u"en"_s);
            settings.forceLanguage(u"zh_CN"_s); // --lang: this run only
            QCOMPARE(settings.effectiveLanguage(), u"zh_CN"_s);
            QCOMPARE(settings.language(), u"en"_s);
            QVERIFY(changed.count() >= 2);
            settings.setServerUrl(u"https://saved.example"_s);
        }
        AppSettings reopened(file);
        QCOMPARE(reopened.language(), u"en"_s);
        QCOMPARE(reopened.effectiveLanguage(), u"en"_s);
        QCOMPARE(reopened.serverUrl(), u"https://saved.example"_s);
        reopened.toggleLanguage();
        QCOMPARE(reopened.effectiveLanguage(), u"zh_CN"_s);
        reopened.setLanguage(u"xx"_s); // unknown: back to the system language
        QVERIFY(reopened.language().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "tst_startupoptions.moc"
