// ApiClient refuses a server it must not trust — another CA, an expired certificate, a
// certificate for another host name, a public key outside the pin set — and sends nothing
// to it: the real courtyard-server logs no request, and no byte after the TLS handshake
// reaches it (counted by a FaultProxy that lets everything through).

#include "coretestutil.h"
#include "faultproxy.h"
#include "testserver.h"

#include "apiclient.h"
#include "pki.h"
#include "auth/tokenstore.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;
using namespace std::chrono_literals;
namespace Pki = Courtyard::Server::Pki;

namespace {

/// Where the server gets its certificate from for one case.
enum class ServerCert { Default, Expired, OtherHost };

/// The request lines the server logged in \a log (one per request it answered).
QStringList requestLines(const QString &log)
{
    static const QRegularExpression line(u"(GET|POST|PUT|DELETE|PATCH) /\\S* \\d{3}"_s);
    QStringList lines;
    for (auto it = line.globalMatch(log); it.hasNext();)
        lines << it.next().captured(0);
    return lines;
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusedAndNothingSent_data();
    void refusedAndNothingSent();

private:
    bool useCertificate(ServerCert cert);
    QString writeCredential(const QString &name, const Pki::Credential &leaf, const Pki::Credential &ca);

    TestServer m_server;
    QTemporaryDir m_dir;
    ServerCert m_current = ServerCert::Default;
    QString m_otherCaFile;    ///< a CA nobody's certificate here is issued by
    QString m_testCaFile;     ///< the CA of the expired and other-host certificates
    QStringList m_expiredArgs;
    QStringList m_otherHostArgs;
    QByteArray m_serverPin;   ///< SPKI pin of the default server certificate
    QByteArray m_otherPin;    ///< SPKI pin of a key the server does not have
};

QString TestTls::writeCredential(const QString &name, const Pki::Credential &leaf, const Pki::Credential &ca)
{
    QString error;
    const QString cert = m_dir.filePath(name + u".pem"_s);
    const QString key = m_dir.filePath(name + u".key"_s);
    if (!Pki::writePem(cert, leaf.certificatePem + ca.certificatePem, false, &error)
        || !Pki::writePem(key, leaf.privateKeyPem, true, &error)) {
        qWarning().noquote() << error;
        return {};
    }
    return cert;
}

void TestTls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;

    const std::optional<Pki::Credential> other = Pki::makeCertificateAuthority(u"Not Courtyard's CA"_s, 30, &error);
    QVERIFY2(other, qPrintable(error));
    m_otherCaFile = m_dir.filePath(u"other-ca.pem"_s);
    QVERIFY2(Pki::writePem(m_otherCaFile, other->certificatePem, false, &error), qPrintable(error));
    // A leaf of the other CA: its key is a well-formed pin the server does not have.
    const std::optional<Pki::Credential> otherLeaf = Pki::makeServerCertificate(*other, Pki::LeafRequest{}, &error);
    QVERIFY2(otherLeaf, qPrintable(error));
    m_otherPin = ApiClient::spkiSha256(QSslCertificate(otherLeaf->certificatePem, QSsl::Pem));
    QVERIFY(!m_otherPin.isEmpty());

    const std::optional<Pki::Credential> testCa = Pki::makeCertificateAuthority(u"Courtyard TLS test CA"_s, 30, &error);
    QVERIFY2(testCa, qPrintable(error));
    m_testCaFile = m_dir.filePath(u"test-ca.pem"_s);
    QVERIFY2(Pki::writePem(m_testCaFile, testCa->certificatePem, false, &error), qPrintable(error));

    Pki::LeafRequest expired;
    expired.startOffsetDays = -30;
    expired.validDays = 10;
    const std::optional<Pki::Credential> expiredLeaf = Pki::makeServerCertificate(*testCa, expired, &error);
    QVERIFY2(expiredLeaf, qPrintable(error));
    const QString expiredFile = writeCredential(u"expired"_s, *expiredLeaf, *testCa);
    QVERIFY(!expiredFile.isEmpty());
    QVERIFY(QSslCertificate(expiredLeaf->certificatePem, QSsl::Pem).expiryDate() < QDateTime::currentDateTimeUtc());
    m_expiredArgs = {u"--cert"_s, expiredFile, u"--key"_s, m_dir.filePath(u"expired.key"_s)};

    Pki::LeafRequest otherHost;
    otherHost.commonName = u"otherhost.example"_s;
    otherHost.dnsNames = {u"otherhost.example"_s};
    otherHost.ipAddresses = {};
    const std::optional<Pki::Credential> otherHostLeaf = Pki::makeServerCertificate(*testCa, otherHost, &error);
    QVERIFY2(otherHostLeaf, qPrintable(error));
    const QString otherHostFile = writeCredential(u"otherhost"_s, *otherHostLeaf, *testCa);
    QVERIFY(!otherHostFile.isEmpty());
    m_otherHostArgs = {u"--cert"_s, otherHostFile, u"--key"_s, m_dir.filePath(u"otherhost.key"_s)};

    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_server.stateDir() + u"/server.pem"_s);
    QVERIFY(!chain.isEmpty());
    m_serverPin = ApiClient::spkiSha256(chain.first());
    QVERIFY(m_serverPin != m_otherPin);
}

void TestTls::cleanupTestCase()
{
    m_server.stop();
}

bool TestTls::useCertificate(ServerCert cert)
{
    if (cert == m_current && m_server.isRunning())
        return true;
    const QStringList args = cert == ServerCert::Expired     ? m_expiredArgs
                             : cert == ServerCert::OtherHost ? m_otherHostArgs
                                                             : QStringList();
    if (!m_server.restart(args))
        return false;
    m_current = cert;
    return true;
}

void TestTls::refusedAndNothingSent_data()
{
    QTest::addColumn<ServerCert>("cert");
    QTest::addColumn<QString>("trust");   // "server", "other" or "test": which CA the client adds
    QTest::addColumn<QString>("pin");     // "", "server" or "other"
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("code");

    // The control: everything right, so the checks below can see a request when one is sent.
    QTest::newRow("trusted") << ServerCert::Default << u"server"_s << u""_s << false << QString();
    QTest::newRow("trusted, pinned") << ServerCert::Default << u"server"_s << u"server"_s << false << QString();
    QTest::newRow("wrong CA") << ServerCert::Default << u"other"_s << u""_s << true << u"tls_error"_s;
    QTest::newRow("pin mismatch") << ServerCert::Default << u"server"_s << u"other"_s << true << u"pin_mismatch"_s;
    QTest::newRow("expired") << ServerCert::Expired << u"test"_s << u""_s << true << u"tls_error"_s;
    QTest::newRow("wrong host") << ServerCert::OtherHost << u"test"_s << u""_s << true << u"tls_error"_s;
}

void TestTls::refusedAndNothingSent()
{
    QFETCH(ServerCert, cert);
    QFETCH(QString, trust);
    QFETCH(QString, pin);
    QFETCH(bool, refused);
    QFETCH(QString, code);

    QVERIFY2(useCertificate(cert), qPrintable(m_server.errorString()));
    FaultProxy proxy; // passes everything, counts what reaches the server
    QVERIFY(proxy.start(m_server.baseUrl()));

    QNetworkAccessManager nam;
    MemoryTokenStore tokens;
    ApiClient api(&nam, &tokens);
    api.setTimeout(10s);
    QVERIFY(api.setBaseUrl(proxy.url()));
    const QString caFile = trust == u"server"_s ? m_server.caFile() : trust == u"other"_s ? m_otherCaFile : m_testCaFile;
    QVERIFY(api.addTrustedCaFile(caFile));
    if (pin == u"server"_s)
        api.setPinnedKeys({m_serverPin});
    else if (pin == u"other"_s)
        api.setPinnedKeys({m_otherPin});

    const qsizetype mark = m_server.log(100).size();
    // A login: the request that must never leave with its password for a server not trusted.
    const cytest::JobOutcome o = cytest::waitForJob(api.login(cytest::residentPhone, cytest::demoPassword));
    const QStringList lines = requestLines(m_server.log(500).mid(mark));
    const QString detail = u"error %1 code '%2' (%3), status %4; server logged: %5; %6 request bytes reached it"_s
                               .arg(int(o.error))
                               .arg(o.code, o.message)
                               .arg(o.status)
                               .arg(lines.join(u", "_s))
                               .arg(proxy.requestBytesToServer());
    QVERIFY2(o.finished, "the login did not finish");
    if (!refused) {
        QVERIFY2(o.error == ApiClient::Error::None, qPrintable(detail));
        QVERIFY2(lines.size() == 1 && lines.first().startsWith(u"POST /v1/auth/login 200"_s), qPrintable(detail));
        QVERIFY2(proxy.requestBytesToServer() > 0, qPrintable(detail));
        return;
    }
    QVERIFY2(o.error == ApiClient::Error::Tls, qPrintable(detail));
    QVERIFY2(o.code == code, qPrintable(detail));
    QVERIFY2(o.status == 0, qPrintable(detail));
    QVERIFY2(lines.isEmpty(), qPrintable(detail));
    QVERIFY2(proxy.requestBytesToServer() == 0, qPrintable(detail));
    QVERIFY2(tokens.tokens().isEmpty(), "tokens after a refused login");
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
