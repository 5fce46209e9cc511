#include "apiclient.h"
#include "apijob.h"
#include "session.h"
#include "auth/tokenstore.h"

#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

namespace {
const QString DemoPassword = u"courtyard-demo"_s;
}

class TestSession : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QNetworkAccessManager m_nam;
    MemoryTokenStore m_tokens;
    std::unique_ptr<ApiClient> m_api;

    std::unique_ptr<Session> makeSession(Session::Audience audience)
    {
        auto session = std::make_unique<Session>(m_api.get(), audience);
        session->start();
        return session;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void init()
    {
        m_tokens.clear();
        m_api = std::make_unique<ApiClient>(&m_nam, &m_tokens);
        QVERIFY(m_api->setBaseUrl(m_server.baseUrl()));
        QVERIFY(m_api->addTrustedCaFile(m_server.caFile()));
    }

    void cleanup() { m_api.reset(); }

    void residentSignsInAndOut()
    {
        auto session = makeSession(Session::Audience::Resident);
        QTRY_COMPARE(session->connectionState(), Session::ConnectionState::Online);
        QSignalSpy signedIn(session.get(), &Session::signedInChanged);

        session->signIn(u" 138 0000 0001 "_s, DemoPassword); // spaces are tolerated
        QVERIFY(session->isBusy());
        QTRY_VERIFY(session->isSignedIn());
        QVERIFY(!session->isBusy());
        QCOMPARE(signedIn.count(), 1);
        QVERIFY(session->errorText().isEmpty());
        QCOMPARE(session->userName(), u"王芳"_s);
        QCOMPARE(session->avatarText(), u"王"_s);
        QCOMPARE(session->role(), Session::Role::Resident);
        QCOMPARE(session->roleLabel(), u"Resident"_s);
        QCOMPARE(session->phoneMasked(), u"138****0001"_s);
        QVERIFY(session->estateName().contains(u"翠湖花园"_s));
        QCOMPARE(session->unitLabels().size(), 1);
        QVERIFY(session->canReport());
        QVERIFY(!session->canDispatch());
        QVERIFY(!session->canSeeKpis());

        session->signOut();
        QVERIFY(!session->isSignedIn());
        QCOMPARE(signedIn.count(), 2);
        QVERIFY(session->userName().isEmpty());
        QVERIFY(!m_api->hasSession());
    }

    void wrongPasswordStaysSignedOut()
    {
        auto session = makeSession(Session::Audience::Resident);
        session->signIn(u"13800000002"_s, u"wrong"_s);
        QTRY_VERIFY(!session->isBusy());
        QVERIFY(!session->isSignedIn());
        QCOMPARE(session->errorText(), u"Wrong phone number or password."_s);
        session->clearError();
        QVERIFY(session->errorText().isEmpty());
    }

    void checksInputFirst()
    {
        auto session = makeSession(Session::Audience::Resident);
        session->signIn(QString(), DemoPassword);
        QVERIFY(!session->isBusy());
        QCOMPARE(session->errorText(), u"Enter your phone number and password."_s);
        session->signIn(u"call me"_s, DemoPassword);
        QCOMPARE(session->errorText(), u"Enter a valid phone number."_s);
    }

    void eachAppRefusesTheOthersAccounts()
    {
        auto resident = makeSession(Session::Audience::Resident);
        resident->signIn(u"13900000001"_s, DemoPassword); // an agent
        QTRY_VERIFY(!resident->isBusy());
        QVERIFY(!resident->isSignedIn());
        QVERIFY(resident->errorText().contains(u"staff account"_s));
        QVERIFY(!m_api->hasSession());

        auto staff = makeSession(Session::Audience::Staff);
        staff->signIn(u"13800000001"_s, DemoPassword);
        QTRY_VERIFY(!staff->isBusy());
        QVERIFY(!staff->isSignedIn());
        QVERIFY(staff->errorText().contains(u"resident account"_s));
    }

    void staffRoles_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("name");
        QTest::addColumn<Session::Role>("role");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("dispatch");
        QTest::addColumn<bool>("workOrders");
        QTest::addColumn<bool>("kpis");
        QTest::newRow("agent") << u"13900000001"_s << u"陈静"_s << Session::Role::Agent
                               << u"Customer service agent"_s << true << false << false;
        QTest::newRow("technician") << u"13900000002"_s << u"张伟"_s << Session::Role::Technician
                                    << u"Technician"_s << false << true << false;
        QTest::newRow("manager") << u"13900000009"_s << u"赵敏"_s << Session::Role::Manager
                                 << u"Manager"_s << true << false << true;
    }

    void staffRoles()
    {
        QFETCH(QString, phone);
        QFETCH(QString, name);
        QFETCH(Session::Role, role);
        QFETCH(QString, label);
        QFETCH(bool, dispatch);
        QFETCH(bool, workOrders);
        QFETCH(bool, kpis);
        auto session = makeSession(Session::Audience::Staff);
        session->signIn(phone, DemoPassword);
        QTRY_VERIFY(session->isSignedIn());
        QCOMPARE(session->userName(), name);
        QCOMPARE(session->role(), role);
        QCOMPARE(session->roleLabel(), label);
        QVERIFY(!session->estateNames().isEmpty());
        QVERIFY(session->unitLabels().isEmpty());
        QCOMPARE(session->canDispatch(), dispatch);
        QCOMPARE(session->canWorkOrders(), workOrders);
        QCOMPARE(session->canSeeKpis(), kpis);
        QVERIFY(!session->canReport());
        session->signOut();
    }

    void revokedSessionSignsOut()
    {
        auto session = makeSession(Session::Audience::Resident);
        session->signIn(u"13800000001"_s, DemoPassword);
        QTRY_VERIFY(session->isSignedIn());
        const AuthTokens spent = m_tokens.tokens();
        bool done = false;
        connect(m_api->refresh(), &ApiJob::finished, this, [&done] { done = true; });
        QTRY_VERIFY(done);
        // A stale copy of the spent token used elsewhere: the server revokes the session…
        MemoryTokenStore copiedTokens;
        copiedTokens.setTokens(spent);
        ApiClient copy(&m_nam, &copiedTokens);
        QVERIFY(copy.setBaseUrl(m_server.baseUrl()));
        QVERIFY(copy.addTrustedCaFile(m_server.caFile()));
        bool refused = false;
        connect(copy.refresh(), &ApiJob::finished, this, [&refused] { refused = true; });
        QTRY_VERIFY(refused);
        // …and the app learns it on its next call.
        m_api->me();
        QTRY_VERIFY(!session->isSignedIn());
        QCOMPARE(session->errorText(), u"You have been signed out. Please sign in again."_s);
    }

    void connectionStates()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QVERIFY(m_api->setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(port))));
        auto session = makeSession(Session::Audience::Resident);
        QCOMPARE(session->serverDisplay(), u"127.0.0.1:%1"_s.arg(port));
        QTRY_COMPARE(session->connectionState(), Session::ConnectionState::Offline);

        session->signIn(u"13800000001"_s, DemoPassword);
        QTRY_VERIFY(!session->isBusy());
        QVERIFY(session->errorText().startsWith(u"Cannot reach the server"_s));

        // Back to the real server: the next check finds it.
        QVERIFY(m_api->setBaseUrl(m_server.baseUrl()));
        session->checkConnection();
        QTRY_COMPARE(session->connectionState(), Session::ConnectionState::Online);

        // No trust in the server's certificate: an error, not "offline". (A manager of its
        // own: QNetworkAccessManager reuses open connections whatever their TLS settings.)
        QNetworkAccessManager nam;
        ApiClient untrusting(&nam, &m_tokens);
        QVERIFY(untrusting.setBaseUrl(m_server.baseUrl()));
        Session tlsSession(&untrusting, Session::Audience::Resident);
        tlsSession.start();
        QTRY_COMPARE(tlsSession.connectionState(), Session::ConnectionState::Error);
        tlsSession.signIn(u"13800000001"_s, DemoPassword);
        QTRY_VERIFY(!tlsSession.isBusy());
        QVERIFY(tlsSession.errorText().contains(u"certificate"_s));
    }

    void startsOfflineOnTheKeptProfile()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(u"profile.json"_s);
        {
            auto first = std::make_unique<Session>(m_api.get(), Session::Audience::Staff);
            first->setProfileCacheFile(cache);
            first->start();
            first->signIn(u"13900000002"_s, DemoPassword);
            QTRY_VERIFY(first->isSignedIn());
            QVERIFY(QFile::exists(cache));
            const QByteArray kept = [&] {
                QFile f(cache);
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }();
            QVERIFY(!kept.contains("13900000002")); // the masked phone only, and no token
            QVERIFY(!kept.contains("accessToken"));
        }
        // The app starts again in a basement: no server, yet the technician is in at once.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close();
        QVERIFY(m_api->setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(port))));
        auto offline = std::make_unique<Session>(m_api.get(), Session::Audience::Staff);
        offline->setProfileCacheFile(cache);
        offline->start();
        QVERIFY(offline->isSignedIn());
        QCOMPARE(offline->role(), Session::Role::Technician);
        QTRY_VERIFY(offline->connectionState() == Session::ConnectionState::Offline
                    || offline->connectionState() == Session::ConnectionState::Error);
        QVERIFY(offline->isSignedIn()); // the failed /me does not sign out

        // The other app never opens on this profile.
        auto wrongApp = std::make_unique<Session>(m_api.get(), Session::Audience::Resident);
        wrongApp->setProfileCacheFile(cache);
        wrongApp->start();
        QVERIFY(!wrongApp->isSignedIn());
        wrongApp.reset();

        // Back online with a session revoked elsewhere: signed out, and the kept profile goes.
        QVERIFY(m_api->setBaseUrl(m_server.baseUrl()));
        m_tokens.setTokens({u"not-a-valid-access-token"_s, u"not-a-valid-refresh-token"_s, {}});
        auto revoked = std::make_unique<Session>(m_api.get(), Session::Audience::Staff);
        revoked->setProfileCacheFile(cache);
        revoked->start();
        QVERIFY(revoked->isSignedIn());
        QTRY_VERIFY_WITH_TIMEOUT(!revoked->isSignedIn(), 15000);
        QVERIFY(!QFile::exists(cache));
    }

    void refusedServerUrl()
    {
        ApiClient api(&m_nam, &m_tokens);
        QVERIFY(!api.setBaseUrl(QUrl(u"http://127.0.0.1:8443"_s)));
        Session session(&api, Session::Audience::Resident);
        session.start();
        QCOMPARE(session.connectionState(), Session::ConnectionState::Error);
        session.signIn(u"13800000001"_s, DemoPassword);
        QCOMPARE(session.errorText(), u"The server address must start with https://."_s);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
