#include "apiclient.h"
#include "apijob.h"
#include "auth/tokenstore.h"

#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;
using namespace std::chrono_literals;

namespace {

const QString ResidentPhone = u"13800000001"_s;
const QString DemoPassword = u"courtyard-demo"_s;

// Every message logged while a test runs, to prove that no secret ever reaches a log.
QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_log << message;
    s_previousHandler(type, context, message);
}

/// Waits for @p job and keeps what it said (the job deletes itself after finished()).
struct Outcome
{
    bool finished = false;
    ApiClient::Error error = ApiClient::Error::None;
    QString code;
    int status = 0;
    QJsonObject data;
};

Outcome waitFor(ApiJob *job)
{
    Outcome outcome;
    QObject::connect(job, &ApiJob::finished, job, [&outcome, job] {
        outcome.finished = true;
        outcome.error = job->error();
        outcome.code = job->errorCode();
        outcome.status = job->httpStatus();
        outcome.data = job->data();
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, 30000))
        qWarning("job did not finish within 30 s");
    return outcome;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QNetworkAccessManager m_nam;
    MemoryTokenStore m_tokens;
    std::unique_ptr<ApiClient> m_api;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        s_previousHandler = qInstallMessageHandler(recordMessage);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void init()
    {
        m_tokens.clear();
        m_api = std::make_unique<ApiClient>(&m_nam, &m_tokens);
        QVERIFY(m_api->setBaseUrl(m_server.baseUrl()));
        QVERIFY2(m_api->addTrustedCaFile(m_server.caFile()), qPrintable(m_api->errorString()));
    }

    void cleanup() { m_api.reset(); }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previousHandler);
        m_server.stop();
    }

    void classify_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiClient::Error>("expected");
        using E = ApiClient::Error;
        QTest::newRow("200") << int(QNetworkReply::NoError) << 200 << E::None;
        QTest::newRow("204") << int(QNetworkReply::NoError) << 204 << E::None;
        QTest::newRow("400") << int(QNetworkReply::ProtocolInvalidOperationError) << 400 << E::Invalid;
        QTest::newRow("401") << int(QNetworkReply::AuthenticationRequiredError) << 401 << E::Unauthorized;
        QTest::newRow("403") << int(QNetworkReply::ContentAccessDenied) << 403 << E::Forbidden;
        QTest::newRow("404") << int(QNetworkReply::ContentNotFoundError) << 404 << E::NotFound;
        QTest::newRow("409") << int(QNetworkReply::ContentConflictError) << 409 << E::Conflict;
        QTest::newRow("422") << int(QNetworkReply::UnknownContentError) << 422 << E::Conflict;
        QTest::newRow("429") << int(QNetworkReply::UnknownContentError) << 429 << E::RateLimited;
        QTest::newRow("413") << int(QNetworkReply::UnknownContentError) << 413 << E::Invalid;
        QTest::newRow("500") << int(QNetworkReply::InternalServerError) << 500 << E::Server;
        QTest::newRow("503") << int(QNetworkReply::ServiceUnavailableError) << 503 << E::Server;
        QTest::newRow("302") << int(QNetworkReply::NoError) << 302 << E::Server;
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << E::Network;
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << 0 << E::Network;
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << 0 << E::Tls;
        QTest::newRow("timeout") << int(QNetworkReply::OperationCanceledError) << 0 << E::Timeout;
    }

    void classify()
    {
        QFETCH(int, networkError);
        QFETCH(int, status);
        QFETCH(ApiClient::Error, expected);
        QCOMPARE(ApiClient::classify(QNetworkReply::NetworkError(networkError), status), expected);
    }

    void refusesPlainHttp()
    {
        ApiClient api(&m_nam, &m_tokens);
        QVERIFY(!api.setBaseUrl(QUrl(u"http://127.0.0.1:8443"_s)));
        QVERIFY(api.errorString().contains(u"https://"_s));
        QVERIFY(api.baseUrl().isEmpty());
        const Outcome outcome = waitFor(api.login(ResidentPhone, DemoPassword));
        QCOMPARE(outcome.error, ApiClient::Error::Invalid);
        QCOMPARE(outcome.code, u"insecure_url"_s);
        QVERIFY(!api.setBaseUrl(QUrl(u"ftp://127.0.0.1"_s)));
        QVERIFY(!api.setBaseUrl(QUrl(u"not a url"_s)));
    }

    void acceptsBaseWithV1()
    {
        ApiClient api(&m_nam, &m_tokens);
        QUrl url = m_server.baseUrl();
        url.setPath(u"/v1/"_s);
        QVERIFY(api.setBaseUrl(url));
        QCOMPARE(api.baseUrl(), m_server.baseUrl());
    }

    void badCaFile()
    {
        ApiClient api(&m_nam, &m_tokens);
        QVERIFY(!api.addTrustedCaFile(u"/nonexistent/ca.pem"_s));
        QVERIFY(!api.errorString().isEmpty());
        QTemporaryFile notPem;
        QVERIFY(notPem.open());
        notPem.write("not a certificate");
        notPem.close();
        QVERIFY(!api.addTrustedCaFile(notPem.fileName()));
    }

    void health()
    {
        QSignalSpy finished(m_api.get(), &ApiClient::requestFinished);
        const Outcome outcome = waitFor(m_api->health());
        QCOMPARE(outcome.error, ApiClient::Error::None);
        QCOMPARE(outcome.status, 200);
        QCOMPARE(outcome.data.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(finished.count(), 1);
    }

    void untrustedCertificateIsTlsError()
    {
        // Only the system CAs: the server's own test CA is not among them. A manager of its
        // own, as QNetworkAccessManager reuses open connections whatever their TLS settings.
        QNetworkAccessManager nam;
        ApiClient api(&nam, &m_tokens);
        QVERIFY(api.setBaseUrl(m_server.baseUrl()));
        const Outcome outcome = waitFor(api.health());
        QCOMPARE(outcome.error, ApiClient::Error::Tls);
        QCOMPARE(outcome.code, u"tls_error"_s);
    }

    void unreachableIsNetworkError()
    {
        QTcpServer probe; // a port that was free a moment ago
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiClient api(&m_nam, &m_tokens);
        QVERIFY(api.setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(port))));
        const Outcome outcome = waitFor(api.health());
        QCOMPARE(outcome.error, ApiClient::Error::Network);
    }

    void silentServerIsTimeout()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ApiClient api(&m_nam, &m_tokens);
        api.setTimeout(500ms);
        QVERIFY(api.setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(silent.serverPort()))));
        const Outcome outcome = waitFor(api.health());
        QCOMPARE(outcome.error, ApiClient::Error::Timeout);
        QCOMPARE(outcome.code, u"timeout"_s);
    }

    void loginMeLogout()
    {
        s_log.clear();
        Outcome outcome = waitFor(m_api->login(ResidentPhone, DemoPassword));
        QCOMPARE(outcome.error, ApiClient::Error::None);
        QVERIFY(m_api->hasSession());
        const AuthTokens tokens = m_tokens.tokens();
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QVERIFY(tokens.accessExpiresAt > QDateTime::currentDateTimeUtc());
        // The tokens go to the store only, not to whoever reads the job.
        QVERIFY(!outcome.data.contains(u"accessToken"_s));
        QVERIFY(!outcome.data.contains(u"refreshToken"_s));
        QCOMPARE(outcome.data.value(u"user"_s).toObject().value(u"role"_s).toString(), u"resident"_s);

        outcome = waitFor(m_api->me());
        QCOMPARE(outcome.error, ApiClient::Error::None);
        QCOMPARE(outcome.data.value(u"name"_s).toString(), u"王芳"_s);
        QCOMPARE(outcome.data.value(u"phoneMasked"_s).toString(), u"138****0001"_s);

        outcome = waitFor(m_api->logout());
        QCOMPARE(outcome.error, ApiClient::Error::None);
        QVERIFY(!m_api->hasSession());

        // The revoked access token is refused by the server too.
        m_tokens.setTokens(tokens);
        outcome = waitFor(m_api->me());
        QCOMPARE(outcome.error, ApiClient::Error::Unauthorized);

        for (const QString &line : std::as_const(s_log)) {
            QVERIFY2(!line.contains(ResidentPhone), qPrintable(line));
            QVERIFY2(!line.contains(DemoPassword), qPrintable(line));
            QVERIFY2(!line.contains(tokens.accessToken), qPrintable(line));
            QVERIFY2(!line.contains(tokens.refreshToken), qPrintable(line));
        }
    }

    void wrongPassword()
    {
        const Outcome outcome = waitFor(m_api->login(u"13800000002"_s, u"not-the-password"_s));
        QCOMPARE(outcome.error, ApiClient::Error::Unauthorized);
        QCOMPARE(outcome.status, 401);
        QCOMPARE(outcome.code, u"invalid_credentials"_s);
        QVERIFY(!m_api->hasSession());
    }

    void meWithoutSession()
    {
        const Outcome outcome = waitFor(m_api->me());
        QCOMPARE(outcome.error, ApiClient::Error::Unauthorized);
        QCOMPARE(outcome.code, u"not_signed_in"_s);
    }

    void refreshRotates()
    {
        QCOMPARE(waitFor(m_api->login(ResidentPhone, DemoPassword)).error, ApiClient::Error::None);
        const AuthTokens before = m_tokens.tokens();
        QCOMPARE(waitFor(m_api->refresh()).error, ApiClient::Error::None);
        const AuthTokens after = m_tokens.tokens();
        QVERIFY(after.refreshToken != before.refreshToken);
        QVERIFY(!after.accessToken.isEmpty());
        QCOMPARE(waitFor(m_api->me()).error, ApiClient::Error::None);
    }

    void reusedRefreshTokenEndsSession()
    {
        QCOMPARE(waitFor(m_api->login(ResidentPhone, DemoPassword)).error, ApiClient::Error::None);
        const AuthTokens spent = m_tokens.tokens();
        QCOMPARE(waitFor(m_api->refresh()).error, ApiClient::Error::None);

        // A stale copy of the spent token on another device: the server revokes the session.
        MemoryTokenStore copiedTokens;
        copiedTokens.setTokens(spent);
        ApiClient copy(&m_nam, &copiedTokens);
        QVERIFY(copy.setBaseUrl(m_server.baseUrl()));
        QVERIFY(copy.addTrustedCaFile(m_server.caFile()));
        QSignalSpy ended(&copy, &ApiClient::sessionEnded);
        const Outcome outcome = waitFor(copy.refresh());
        QCOMPARE(outcome.error, ApiClient::Error::Unauthorized);
        QCOMPARE(outcome.code, u"refresh_reused"_s);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!copy.hasSession());
        // …and with it the tokens of the legitimate refresh.
        QCOMPARE(waitFor(m_api->me()).error, ApiClient::Error::Unauthorized);
    }

    void lostRefreshAnswerIsRetried()
    {
        QCOMPARE(waitFor(m_api->login(ResidentPhone, DemoPassword)).error, ApiClient::Error::None);
        const AuthTokens before = m_tokens.tokens();
        QCOMPARE(waitFor(m_api->refresh()).error, ApiClient::Error::None);
        // As if that answer never arrived: the client still holds the token it sent.
        m_tokens.setTokens(before);
        QCOMPARE(waitFor(m_api->refresh()).error, ApiClient::Error::None);
        QVERIFY(m_tokens.tokens().refreshToken != before.refreshToken);
        QCOMPARE(waitFor(m_api->me()).error, ApiClient::Error::None);
    }

    void expiredAccessTokenIsRefreshedOnce()
    {
        QVERIFY2(m_server.restart({u"--access-token-seconds"_s, u"5"_s}),
                 qPrintable(m_server.errorString()));
        ApiClient api(&m_nam, &m_tokens);
        QVERIFY(api.setBaseUrl(m_server.baseUrl()));
        QVERIFY(api.addTrustedCaFile(m_server.caFile()));

        QCOMPARE(waitFor(api.login(ResidentPhone, DemoPassword)).error, ApiClient::Error::None);
        const AuthTokens first = m_tokens.tokens();
        QTest::qWait(6500);

        // Two calls at once: one refresh serves both (a second would reuse a spent token).
        ApiJob *a = api.me();
        ApiJob *b = api.me();
        Outcome outcomeB;
        connect(b, &ApiJob::finished, this, [&outcomeB, b] {
            outcomeB.finished = true;
            outcomeB.error = b->error();
        });
        const Outcome outcomeA = waitFor(a);
        QTRY_VERIFY(outcomeB.finished);
        QCOMPARE(outcomeA.error, ApiClient::Error::None);
        QCOMPARE(outcomeB.error, ApiClient::Error::None);
        QCOMPARE(outcomeA.data.value(u"name"_s).toString(), u"王芳"_s);
        QVERIFY(m_tokens.tokens().refreshToken != first.refreshToken);

        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString())); // normal lifetimes again
    }

    void destroyedWithRequestsInFlight()
    {
        auto api = std::make_unique<ApiClient>(&m_nam, &m_tokens);
        QVERIFY(api->setBaseUrl(m_server.baseUrl()));
        QVERIFY(api->addTrustedCaFile(m_server.caFile()));
        QPointer<ApiJob> job = api->health();
        api.reset();
        QVERIFY(!job);
        QTest::qWait(200); // nothing may call back into the deleted client
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
