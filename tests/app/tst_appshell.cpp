// Both apps' real QML over the real server, offscreen, in Chinese and English: sign in through
// the UI, see who is signed in, fail with a wrong password, lose the server. Every screen it
// visits is also saved to COURTYARD_SCREENSHOT_DIR for people to look at.
#include "apiclient.h"
#include "appbootstrap.h"
#include "appsettings.h"
#include "session.h"
#include "auth/tokenstore.h"
#include "uitranslator.h"
#include "sync/syncengine.h"
#include "kit/shellregistry.h"
#include "store/entityrepository.h"
#include "testclient.h"
#include "testmodules.h"
#include "workspace.h"

#include "testserver.h"

#include <QDateTime>
#include <QDir>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Courtyard_CorePlugin)
Q_IMPORT_QML_PLUGIN(Courtyard_UiPlugin)
Q_IMPORT_QML_PLUGIN(Courtyard_ResidentPlugin)
Q_IMPORT_QML_PLUGIN(Courtyard_StaffPlugin)

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

namespace {

const QString DemoPassword = u"courtyard-demo"_s;

/// One running app: the same objects AppBootstrap builds, over a given server.
struct Shell
{
    Shell(Session::Audience audience, const QUrl &server, const QString &caFile,
          const QString &language, const QString &settingsFile)
        : api(&nam, &tokens)
        , session(&api, audience)
        , settings(settingsFile)
        , shellRegistry(audience == Session::Audience::Staff ? ShellRegistry::App::Staff : ShellRegistry::App::Resident)
        , workspace(&api, &session, cytest::modules(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
    {
        if (!api.setBaseUrl(server) || (!caFile.isEmpty() && !api.addTrustedCaFile(caFile)))
            qWarning() << "api setup:" << api.errorString();
        settings.forceLanguage(language);
        translator.setSession(&session);
        translator.setLanguage(language);
        Session::setQmlInstance(&session);
        AppSettings::setQmlInstance(&settings);
        Workspace::setQmlInstance(&workspace);
        QObject::connect(&settings, &AppSettings::languageChanged, &translator,
                         [this] { translator.setLanguage(settings.effectiveLanguage()); });

        // The modules' tabs, tiles and pages, as AppBootstrap registers them.
        cytest::modules().registerShell(shellRegistry);
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(u"qrc:/qt/qml"_s);
        engine->setUiLanguage(language);
        translator.setEngine(engine.get());
        const QString app = audience == Session::Audience::Resident ? u"Resident"_s : u"Staff"_s;
        engine->load(QUrl(u"qrc:/qt/qml/Courtyard/%1/Main.qml"_s.arg(app)));
        if (!engine->rootObjects().isEmpty())
            window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        session.start();
    }

    ~Shell()
    {
        engine.reset();
        Session::setQmlInstance(nullptr);
        AppSettings::setQmlInstance(nullptr);
        Workspace::setQmlInstance(nullptr);
    }

    QNetworkAccessManager nam;
    MemoryTokenStore tokens;
    ApiClient api;
    Session session;
    AppSettings settings;
    ShellRegistry shellRegistry;
    Workspace workspace;
    UiTranslator translator;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
};

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

/// The first item of that name whose whole branch is visible (dialogs share button names).
QQuickItem *findShown(QQuickItem *root, const QString &name)
{
    if (!root || !root->isVisible() || root->opacity() <= 0)
        return nullptr;
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findShown(child, name))
            return found;
    }
    return nullptr;
}

/// Effectively visible: itself and all its ancestors.
bool isShown(const QQuickItem *item)
{
    return item && item->isVisible() && item->opacity() > 0;
}

} // namespace

class TestAppShell : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_settingsDir;
    QDir m_screenshots{QStringLiteral(COURTYARD_SCREENSHOT_DIR)};

    std::unique_ptr<Shell> start(Session::Audience audience, const QString &language,
                                 const QUrl &server = {})
    {
        auto shell = std::make_unique<Shell>(
            audience, server.isEmpty() ? m_server.baseUrl() : server, m_server.caFile(), language,
            m_settingsDir.filePath(u"settings.ini"_s));
        return shell;
    }

    QQuickItem *item(Shell &shell, const QString &name)
    {
        return findItem(shell.window ? shell.window->contentItem() : nullptr, name);
    }

    void click(Shell &shell, QQuickItem *target)
    {
        QVERIFY(target);
        // Scroll it into view first, should it lie below the fold of a page.
        for (QQuickItem *p = target->parentItem(); p; p = p->parentItem()) {
            if (p->property("contentY").isValid() && p->property("interactive").isValid()) {
                const QPointF inContent = target->mapToItem(p->childItems().constFirst(), QPointF());
                const qreal maxY = qMax<qreal>(0, p->property("contentHeight").toReal() - p->height());
                p->setProperty("contentY", qBound<qreal>(0, inContent.y() - p->height() / 2, maxY));
                break;
            }
        }
        QTest::qWait(50);
        const QPoint point = target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
        QVERIFY2(shell.window->contentItem()->contains(point), "target is outside the window");
        QTest::mouseClick(shell.window, Qt::LeftButton, Qt::NoModifier, point);
    }

    void type(Shell &shell, const QString &fieldName, const QString &text)
    {
        QQuickItem *field = item(shell, fieldName);
        QVERIFY(field);
        click(shell, field);
        QTRY_VERIFY(field->hasActiveFocus());
        for (const QChar c : text)
            QTest::keyClick(shell.window, c.toLatin1());
        QCOMPARE(field->property("text").toString(), text);
    }

    void signIn(Shell &shell, const QString &phone, const QString &password)
    {
        type(shell, u"phoneField"_s, phone);
        type(shell, u"passwordField"_s, password);
        click(shell, item(shell, u"signInButton"_s));
    }

    void screenshot(Shell &shell, const QString &name, int settleMs = 300)
    {
        QTest::qWait(settleMs); // layouts, fonts
        const QImage image = shell.window->grabWindow();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(390, 844));
        QVERIFY(image.save(m_screenshots.filePath(name + u".png"_s)));
    }

    void waitUntilShown(Shell &shell)
    {
        QVERIFY(shell.window);
        QVERIFY(QTest::qWaitForWindowExposed(shell.window));
        shell.window->requestActivate();
        (void)QTest::qWaitForWindowActive(shell.window); // best effort: offscreen may not activate
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Stores of an earlier run hold another server's records and cursor: start clean.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_screenshots.mkpath(u"."_s));
        AppBootstrap::configureLook();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void cleanupTestCase() { m_server.stop(); }

    void residentSignsIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("roleLabel");
        QTest::addColumn<QString>("online");
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"业主/住户"_s << u"在线"_s;
        QTest::newRow("en") << u"en"_s << u"Resident"_s << u"Online"_s;
    }

    void residentSignsIn()
    {
        QFETCH(QString, language);
        QFETCH(QString, roleLabel);
        QFETCH(QString, online);
        auto shell = start(Session::Audience::Resident, language);
        waitUntilShown(*shell);
        QVERIFY(item(*shell, u"signInPage"_s));
        QTRY_COMPARE(item(*shell, u"connectionBadge"_s)->property("label").toString(), online);
        screenshot(*shell, u"resident-signin-"_s + language);

        signIn(*shell, u"13800000001"_s, DemoPassword);
        if (shell->session.isBusy()) // usually still waiting for the server's password check
            screenshot(*shell, u"resident-signin-busy-"_s + language, 0);
        QTRY_VERIFY_WITH_TIMEOUT(shell->session.isSignedIn(), 15000);
        QTRY_VERIFY(item(*shell, u"residentHomePage"_s));
        QCOMPARE(item(*shell, u"profileName"_s)->property("text").toString(), u"王芳"_s);
        QCOMPARE(item(*shell, u"profileRole"_s)->property("text").toString(), roleLabel);
        QVERIFY(item(*shell, u"profileEstate"_s)->property("text").toString().contains(u"翠湖花园"_s));
        // The account is on the "Me" tab.
        click(*shell, item(*shell, u"tab_me"_s));
        QTRY_VERIFY(item(*shell, u"profileUnits"_s));
        QVERIFY(!item(*shell, u"profileUnits"_s)->property("value").toString().isEmpty());
        QCOMPARE(shell->session.connectionState(), Session::ConnectionState::Online);
        QCOMPARE(item(*shell, u"connectionBadge"_s)->property("label").toString(), online);
        // The account's store opened and its first sync finished: the card says so.
        QTRY_VERIFY(shell->workspace.isReady());
        QTRY_VERIFY_WITH_TIMEOUT(shell->workspace.sync()->lastSyncAt().isValid(), 15000);
        QTRY_VERIFY(isShown(item(*shell, u"syncStatusCard"_s)));
        QTRY_VERIFY(item(*shell, u"syncStateText"_s)->property("text").toString().contains(
            language == u"zh_CN"_s ? u"已是最新"_s : u"Up to date"_s));
        screenshot(*shell, u"resident-home-"_s + language);

        click(*shell, item(*shell, u"signOutButton"_s));
        QTRY_VERIFY(!shell->session.isSignedIn());
        QTRY_VERIFY(item(*shell, u"signInPage"_s));
        QCOMPARE(item(*shell, u"phoneField"_s)->property("text").toString(), QString());
        QVERIFY(!shell->workspace.isReady()); // the store closed; its outbox stays on disk
    }

    void wrongPassword_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("message");
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"手机号或密码错误。"_s;
        QTest::newRow("en") << u"en"_s << u"Wrong phone number or password."_s;
    }

    void wrongPassword()
    {
        QFETCH(QString, language);
        QFETCH(QString, message);
        auto shell = start(Session::Audience::Resident, language);
        waitUntilShown(*shell);
        QQuickItem *banner = item(*shell, u"signInErrorBanner"_s);
        QVERIFY(banner && !isShown(banner));

        signIn(*shell, u"13800000002"_s, u"not-my-password"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!shell->session.errorText().isEmpty(), 15000);
        QVERIFY(isShown(banner));
        QCOMPARE(item(*shell, u"signInError"_s)->property("text").toString(), message);
        QVERIFY(!shell->session.isSignedIn());
        QVERIFY(item(*shell, u"signInPage"_s));
        screenshot(*shell, u"resident-signin-error-"_s + language);
    }

    void staffSignsIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("roleLabel");
        QTest::addColumn<QString>("shot");
        QTest::newRow("agent zh_CN") << u"zh_CN"_s << u"13900000001"_s << u"陈静"_s << u"客服"_s << u"staff-home-zh_CN"_s;
        QTest::newRow("agent en") << u"en"_s << u"13900000001"_s << u"陈静"_s << u"Customer service agent"_s << u"staff-home-en"_s;
        QTest::newRow("technician zh_CN") << u"zh_CN"_s << u"13900000002"_s << u"张伟"_s << u"维修工"_s << u"staff-home-technician-zh_CN"_s;
        QTest::newRow("manager en") << u"en"_s << u"13900000009"_s << u"赵敏"_s << u"Manager"_s << u"staff-home-manager-en"_s;
    }

    void staffSignsIn()
    {
        QFETCH(QString, language);
        QFETCH(QString, phone);
        QFETCH(QString, name);
        QFETCH(QString, roleLabel);
        QFETCH(QString, shot);
        auto shell = start(Session::Audience::Staff, language);
        waitUntilShown(*shell);
        QTRY_COMPARE(shell->session.connectionState(), Session::ConnectionState::Online);
        if (phone == u"13900000001"_s)
            screenshot(*shell, u"staff-signin-"_s + language);

        signIn(*shell, phone, DemoPassword);
        QTRY_VERIFY_WITH_TIMEOUT(shell->session.isSignedIn(), 15000);
        QTRY_VERIFY(item(*shell, u"staffHomePage"_s));
        QCOMPARE(item(*shell, u"profileName"_s)->property("text").toString(), name);
        QCOMPARE(item(*shell, u"profileRole"_s)->property("text").toString(), roleLabel);
        QVERIFY(item(*shell, u"profileEstate"_s)->property("text").toString().contains(u"翠湖花园"_s));
        QCOMPARE(shell->session.connectionState(), Session::ConnectionState::Online);
        screenshot(*shell, shot);

        // Sign out through the header's menu.
        click(*shell, item(*shell, u"menuButton"_s));
        QQuickItem *signOut = nullptr;
        QTRY_VERIFY((signOut = item(*shell, u"menuSignOut"_s)) && isShown(signOut));
        QTRY_COMPARE(signOut->property("opacity").toReal(), 1.0); // the menu's enter transition
        if (phone == u"13900000001"_s)
            screenshot(*shell, u"staff-menu-"_s + language);
        click(*shell, signOut);
        QTRY_VERIFY(!shell->session.isSignedIn());
        QTRY_VERIFY(item(*shell, u"signInPage"_s));
    }

    // The technician's close, offline: from home to resolved in at most 5 taps plus typing —
    // the home's next-order tile, Check in, Check in without GPS (no fix in a basement),
    // Resolve, and Resolve on the report whose summary is ready for the keyboard.
    void technicianClosesAnOrderInFiveTaps()
    {
        // The office hands him an urgent order (so it is his next one).
        TestClient resident(m_server);
        QVERIFY(resident.login(u"13800000001"_s, DemoPassword).isValid());
        const QString id = TestClient::newId();
        QCOMPARE(resident.command(u"ticket.submit"_s, {{u"ticketId"_s, id}, {u"kind"_s, u"repair"_s},
                                                       {u"category"_s, u"plumbing"_s},
                                                       {u"description"_s, u"Tap drips in the kitchen"_s},
                                                       {u"unitId"_s, u"unit-1-1-0301"_s},
                                                       {u"reportedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}})
                     .status,
                 200);
        TestClient agent(m_server);
        QVERIFY(agent.login(u"13900000001"_s, DemoPassword).isValid());
        QCOMPARE(agent.command(u"ticket.setPriority"_s, {{u"ticketId"_s, id}, {u"priority"_s, u"urgent"_s}}).status, 200);
        const HttpResponse assigned = agent.command(u"ticket.assign"_s, {{u"ticketId"_s, id}, {u"technicianId"_s, u"usr-tech-1"_s}});
        QVERIFY2(assigned.status == 200, assigned.body.constData());

        auto shell = start(Session::Audience::Staff, u"en"_s);
        waitUntilShown(*shell);
        signIn(*shell, u"13900000002"_s, DemoPassword);
        QTRY_VERIFY_WITH_TIMEOUT(shell->session.isSignedIn(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(shell->workspace.isReady() && shell->workspace.sync()->lastSyncAt().isValid(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(EntityRepository(*shell->workspace.store()).get(u"ticket"_s, id), 20000);
        // In the basement: no signal from here on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        shell->api.setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(probe.serverPort())));
        probe.close();

        int taps = 0;
        auto tap = [&](const QString &name) {
            QQuickItem *target = nullptr;
            // Not during a page's slide in: the button would move under the finger.
            QTRY_VERIFY(!item(*shell, u"shellFrame"_s)->property("busy").toBool());
            QTRY_VERIFY2((target = findShown(shell->window->contentItem(), name)) && target->isEnabled(), qPrintable(name));
            click(*shell, target);
            ++taps;
        };
        screenshot(*shell, u"staff-technician-home-offline-en"_s);
        tap(u"tile_tickets.next"_s);
        QTRY_VERIFY(item(*shell, u"orderDetailPage"_s));
        tap(u"action_checkIn"_s);
        QTest::qWait(300); // the dialog's enter transition
        screenshot(*shell, u"staff-checkin-offline-en"_s);
        tap(u"dialogAccept"_s); // "Check in without GPS": no fix down here
        QTRY_COMPARE(EntityRepository(*shell->workspace.store()).get(u"ticket"_s, id)->value(u"status"_s).toString(),
                     u"on_site"_s);
        QTest::qWait(400); // the dialog's exit transition (its modal shade takes taps until gone)
        tap(u"action_resolve"_s);
        QQuickItem *summary = nullptr;
        QTRY_VERIFY((summary = item(*shell, u"resolveSummary"_s)) && summary->hasActiveFocus());
        for (const char c : QByteArray("Replaced the washer"))
            QTest::keyClick(shell->window, c);
        screenshot(*shell, u"staff-resolve-typed-en"_s);
        tap(u"resolveSubmit"_s);
        QTRY_COMPARE(EntityRepository(*shell->workspace.store()).get(u"ticket"_s, id)->value(u"status"_s).toString(),
                     u"resolved"_s);
        QVERIFY(taps <= 5);
        QCOMPARE(taps, 5);
        QVERIFY(EntityRepository(*shell->workspace.store()).localPending(u"ticket"_s, id) > 0); // waiting to send
    }

    void staffAppRefusesResidents()
    {
        auto shell = start(Session::Audience::Staff, u"zh_CN"_s);
        waitUntilShown(*shell);
        signIn(*shell, u"13800000001"_s, DemoPassword);
        QTRY_VERIFY_WITH_TIMEOUT(!shell->session.errorText().isEmpty(), 15000);
        QVERIFY(!shell->session.isSignedIn());
        QVERIFY(item(*shell, u"signInError"_s)->property("text").toString().contains(u"住户"_s));
    }

    void offline_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("offline");
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"离线"_s;
        QTest::newRow("en") << u"en"_s << u"Offline"_s;
    }

    void offline()
    {
        QFETCH(QString, language);
        QFETCH(QString, offline);
        QTcpServer probe; // a port that was free a moment ago
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl unreachable(u"https://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();

        auto shell = start(Session::Audience::Resident, language, unreachable);
        waitUntilShown(*shell);
        QTRY_COMPARE(shell->session.connectionState(), Session::ConnectionState::Offline);
        QCOMPARE(item(*shell, u"connectionBadge"_s)->property("label").toString(), offline);
        signIn(*shell, u"13800000001"_s, DemoPassword);
        QTRY_VERIFY_WITH_TIMEOUT(!shell->session.errorText().isEmpty(), 15000);
        QVERIFY(!shell->session.isSignedIn());
        screenshot(*shell, u"resident-signin-offline-"_s + language);
    }

    void switchesLanguage()
    {
        auto shell = start(Session::Audience::Resident, u"zh_CN"_s);
        waitUntilShown(*shell);
        QQuickItem *button = item(*shell, u"signInButton"_s);
        QCOMPARE(button->property("text").toString(), u"登录"_s);
        click(*shell, item(*shell, u"languageButton"_s));
        QTRY_COMPARE(shell->settings.effectiveLanguage(), u"en"_s);
        QTRY_COMPARE(button->property("text").toString(), u"Sign in"_s);
        click(*shell, item(*shell, u"languageButton"_s));
        QTRY_COMPARE(button->property("text").toString(), u"登录"_s);
    }
};

QTEST_MAIN(TestAppShell)
#include "tst_appshell.moc"
