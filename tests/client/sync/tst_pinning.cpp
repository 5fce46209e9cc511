#include "apiclient.h"
#include "apijob.h"
#include "auth/tokenstore.h"

#include "testserver.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

namespace {

struct Outcome
{
    bool finished = false;
    ApiClient::Error error = ApiClient::Error::None;
    QString code;
    int status = 0;
};

Outcome waitFor(ApiJob *job)
{
    Outcome outcome;
    QObject::connect(job, &ApiJob::finished, job, [&outcome, job] {
        outcome.finished = true;
        outcome.error = job->error();
        outcome.code = job->errorCode();
        outcome.status = job->httpStatus();
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, 30000))
        qWarning("job did not finish within 30 s");
    return outcome;
}

/// The certificate chain the server presents, read over a plain TLS connection.
QList<QSslCertificate> serverChain(const TestServer &server)
{
    QSslSocket socket;
    QSslConfiguration config = socket.sslConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(server.caFile()));
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(server.baseUrl().host(), quint16(server.baseUrl().port()));
    if (!socket.waitForEncrypted(10000))
        return {};
    const QList<QSslCertificate> chain = socket.peerCertificateChain();
    socket.disconnectFromHost();
    return chain;
}

int requestLines(const QString &log, const QString &path)
{
    return int(log.count(u"courtyard.http: GET "_s + path + u' ')
               + log.count(u"courtyard.http: POST "_s + path + u' '));
}

} // namespace

/// SPKI pinning against the real server: a key outside the pin set is refused after the
/// handshake and before anything is sent; a pinned leaf or CA key works.
class TestPinning : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    MemoryTokenStore m_tokens;
    QList<QSslCertificate> m_chain;

    std::unique_ptr<ApiClient> makeClient(QNetworkAccessManager *nam)
    {
        auto api = std::make_unique<ApiClient>(nam, &m_tokens);
        api->setBaseUrl(m_server.baseUrl());
        api->addTrustedCaFile(m_server.caFile());
        return api;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_chain = serverChain(m_server);
        QVERIFY(m_chain.size() >= 1);
    }

    void cleanupTestCase() { m_server.stop(); }

    void pinMatchesOpenssl()
    {
        // Our pin is the usual SPKI SHA-256, the same openssl prints.
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty())
            QSKIP("no openssl command");
        QProcess shell;
        shell.start(u"sh"_s, {u"-c"_s, u"openssl x509 -pubkey -noout | openssl pkey -pubin -outform der"
                                        " | openssl dgst -sha256 -binary | base64"_s});
        QVERIFY(shell.waitForStarted());
        shell.write(m_chain.first().toPem());
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished());
        QCOMPARE(shell.readAllStandardOutput().trimmed(), ApiClient::spkiSha256(m_chain.first()));
    }

    void leafPinWorks()
    {
        QNetworkAccessManager nam;
        auto api = makeClient(&nam);
        api->setPinnedKeys({ApiClient::spkiSha256(m_chain.first()), "c29tZXRoaW5nIGVsc2U="});
        const Outcome outcome = waitFor(api->health());
        QCOMPARE(outcome.error, ApiClient::Error::None);
        QCOMPARE(outcome.status, 200);
    }

    void caPinWorks()
    {
        if (m_chain.size() < 2)
            QSKIP("the server does not send its CA");
        QNetworkAccessManager nam;
        auto api = makeClient(&nam);
        api->setPinnedKeys({ApiClient::spkiSha256(m_chain.last())});
        QCOMPARE(waitFor(api->health()).error, ApiClient::Error::None);
    }

    void mismatchIsRefusedBeforeSending()
    {
        QNetworkAccessManager nam;
        auto api = makeClient(&nam);
        // A well-formed pin of some other key.
        api->setPinnedKeys({QByteArray(32, 'x').toBase64()});
        const int before = requestLines(m_server.log(300), u"/v1/auth/login"_s);
        const Outcome outcome = waitFor(api->login(u"13800000001"_s, u"courtyard-demo"_s));
        QCOMPARE(outcome.error, ApiClient::Error::Tls);
        QCOMPARE(outcome.code, u"pin_mismatch"_s);
        QCOMPARE(outcome.status, 0);
        QVERIFY(!api->hasSession());
        // The server never saw the request (a login would have been logged, answered or not).
        QCOMPARE(requestLines(m_server.log(500), u"/v1/auth/login"_s), before);
    }

    void pinningAnOpenConnectionClosesIt()
    {
        // A connection opened (and kept alive) before pinning must not carry a later request.
        QNetworkAccessManager nam;
        auto api = makeClient(&nam);
        QCOMPARE(waitFor(api->health()).error, ApiClient::Error::None);
        const int before = requestLines(m_server.log(300), u"/v1/health"_s);
        QVERIFY(before > 0); // the log does show requests that were sent
        api->setPinnedKeys({QByteArray(32, 'y').toBase64()});
        const Outcome outcome = waitFor(api->health());
        QCOMPARE(outcome.code, u"pin_mismatch"_s);
        QCOMPARE(requestLines(m_server.log(500), u"/v1/health"_s), before);

        api->setPinnedKeys({ApiClient::spkiSha256(m_chain.first())});
        QCOMPARE(waitFor(api->health()).error, ApiClient::Error::None);
    }
};

QTEST_GUILESS_MAIN(TestPinning)
#include "tst_pinning.moc"
