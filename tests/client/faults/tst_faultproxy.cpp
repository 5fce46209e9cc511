// FaultProxy's own test: bytes pass unchanged, and each fault does what it says, over the real
// courtyard-server's HTTPS and over a plain TCP echo server.

#include "faultproxy.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Fault = FaultProxy::Fault;

/// What one GET through its own network access manager (fresh connections) came to.
struct Fetch
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QByteArray body;
    qint64 elapsedMs = 0;
};

/// Runs the event loop until \a reply finished (QTest::qWaitFor would sleep 10 ms a turn).
bool waitFinished(QNetworkReply *reply, int timeoutMs = 20000)
{
    if (reply->isFinished())
        return true;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return reply->isFinished();
}

Fetch fetch(const QUrl &url, const QString &caFile)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(caFile));
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(10000);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    if (!waitFinished(reply.get()))
        reply->abort();
    Fetch f;
    f.elapsedMs = clock.elapsed();
    f.error = reply->error();
    f.errorString = reply->errorString();
    f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    f.body = reply->readAll();
    return f;
}

/// Echoes every byte back, for the byte-exactness check.
class EchoServer : public QTcpServer
{
public:
    EchoServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
};

int healthLines(const QString &log)
{
    static const QRegularExpression line(u"GET /v1/health \\d{3}"_s);
    return int(log.count(line));
}

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void passKeepsBytesExact();
    void faultsOnPlainTcp();
    void passOverTls();
    void eachFaultOverTls_data();
    void eachFaultOverTls();
    void seededRate();

private:
    TestServer m_server;
    QUrl m_healthDirect;
};

void TestFaultProxy::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_healthDirect = m_server.baseUrl().resolved(QUrl(u"/v1/health"_s));
}

void TestFaultProxy::cleanupTestCase()
{
    m_server.stop();
}

void TestFaultProxy::passKeepsBytesExact()
{
    EchoServer echo;
    QVERIFY(echo.listen(QHostAddress::LocalHost, 0));
    FaultProxy proxy;
    proxy.setSeed(7);
    proxy.setFaultRate(0);
    QVERIFY2(proxy.start(QHostAddress::LocalHost, echo.serverPort()), qPrintable(proxy.errorString()));

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, proxy.port());
    QVERIFY(socket.waitForConnected(5000));
    QRandomGenerator rng(42);
    QByteArray sent;
    QByteArray received;
    // Every byte value, in chunks of odd sizes, each a request/response turn.
    for (int i = 0; i < 40; ++i) {
        QByteArray chunk(1 + rng.bounded(20000), Qt::Uninitialized);
        for (char &c : chunk)
            c = char(rng.bounded(256));
        sent += chunk;
        socket.write(chunk);
        QVERIFY(QTest::qWaitFor([&] {
            received += socket.readAll();
            return received.size() >= sent.size();
        }, 5000));
    }
    QCOMPARE(received.size(), sent.size());
    QVERIFY(received == sent);
    QCOMPARE(proxy.count(Fault::Pass), proxy.exchanges());
    QVERIFY(proxy.exchanges() >= 1);
    QCOMPARE(proxy.faulted(), 0);
    QCOMPARE(proxy.bytesToServer(), qint64(sent.size()));
    QCOMPARE(proxy.bytesToClient(), qint64(sent.size()));
}

// On a stream the proxy can see into, check the cut points exactly.
void TestFaultProxy::faultsOnPlainTcp()
{
    EchoServer echo;
    QVERIFY(echo.listen(QHostAddress::LocalHost, 0));
    FaultProxy proxy;
    QVERIFY(proxy.start(QHostAddress::LocalHost, echo.serverPort()));
    const QByteArray request(4000, 'x');

    auto exchange = [&](Fault fault, QByteArray *got, qint64 *ms) {
        proxy.setForcedFault(fault);
        proxy.resetCounters();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, proxy.port());
        if (!socket.waitForConnected(5000))
            return false;
        QElapsedTimer clock;
        clock.start();
        socket.write(request);
        // Until the proxy closes or the whole echo is back.
        (void)QTest::qWaitFor([&] {
            *got += socket.readAll();
            return got->size() >= request.size() || socket.state() != QAbstractSocket::ConnectedState;
        }, 5000);
        *got += socket.readAll();
        *ms = clock.elapsed();
        return true;
    };

    for (Fault fault : {Fault::DropBeforeRequest, Fault::DropAfterRequest, Fault::DropMidResponse,
                        Fault::TruncateResponse}) {
        QByteArray got;
        qint64 ms = 0;
        QVERIFY(exchange(fault, &got, &ms));
        const QString what = FaultProxy::faultName(fault);
        QVERIFY2(got.size() < request.size(), qPrintable(what));
        QCOMPARE(proxy.count(fault), 1);
        switch (fault) {
        case Fault::DropBeforeRequest:
            QVERIFY2(proxy.bytesToServer() < request.size(), qPrintable(what));
            QVERIFY2(got.isEmpty(), qPrintable(what));
            break;
        case Fault::DropAfterRequest:
            QVERIFY2(got.isEmpty(), qPrintable(what));
            QCOMPARE(proxy.bytesToServer(), qint64(request.size()));
            break;
        default:
            QVERIFY2(!got.isEmpty() || fault == Fault::TruncateResponse, qPrintable(what));
            QCOMPARE(proxy.bytesToServer(), qint64(request.size()));
            break;
        }
    }

    proxy.setDelayRange(200, 220);
    QByteArray got;
    qint64 ms = 0;
    QVERIFY(exchange(Fault::Delay, &got, &ms));
    QVERIFY(got == request);
    QVERIFY2(ms >= 195, qPrintable(QString::number(ms)));
}

void TestFaultProxy::passOverTls()
{
    FaultProxy proxy;
    proxy.setForcedFault(Fault::Pass);
    QVERIFY(proxy.start(m_server.baseUrl()));
    const Fetch direct = fetch(m_healthDirect, m_server.caFile());
    QCOMPARE(direct.status, 200);
    const Fetch through = fetch(proxy.url().resolved(QUrl(u"/v1/health"_s)), m_server.caFile());
    QCOMPARE(through.error, QNetworkReply::NoError);
    QCOMPARE(through.status, 200);
    QCOMPARE(through.body, direct.body);
    QCOMPARE(proxy.exchanges(), proxy.count(Fault::Pass));
    QVERIFY(proxy.exchanges() >= 1);
}

void TestFaultProxy::eachFaultOverTls_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("reachesServer");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("dropBeforeRequest") << Fault::DropBeforeRequest << false << false;
    QTest::newRow("dropAfterRequest") << Fault::DropAfterRequest << true << false;
    QTest::newRow("dropMidResponse") << Fault::DropMidResponse << true << false;
    QTest::newRow("truncateResponse") << Fault::TruncateResponse << true << false;
    QTest::newRow("delay") << Fault::Delay << true << true;
}

void TestFaultProxy::eachFaultOverTls()
{
    QFETCH(Fault, fault);
    QFETCH(bool, reachesServer);
    QFETCH(bool, succeeds);

    FaultProxy proxy;
    proxy.setForcedFault(fault);
    proxy.setDelayRange(250, 300);
    QVERIFY(proxy.start(m_server.baseUrl()));
    const int before = healthLines(m_server.log(100));
    const Fetch f = fetch(proxy.url().resolved(QUrl(u"/v1/health"_s)), m_server.caFile());
    const int lines = healthLines(m_server.log(300)) - before;
    const QString detail = u"%1: error %2 (%3), status %4, %5 server lines, %6"_s
                               .arg(FaultProxy::faultName(fault))
                               .arg(int(f.error))
                               .arg(f.errorString)
                               .arg(f.status)
                               .arg(lines)
                               .arg(proxy.summary());
    QVERIFY2(proxy.count(fault) >= 1, qPrintable(detail));
    QCOMPARE(proxy.exchanges(), proxy.count(fault));
    if (succeeds) {
        QVERIFY2(f.error == QNetworkReply::NoError && f.status == 200, qPrintable(detail));
        QVERIFY2(f.elapsedMs >= 245, qPrintable(detail));
    } else {
        QVERIFY2(f.error != QNetworkReply::NoError, qPrintable(detail));
        // The TLS layer of a broken answer never hands the body over.
        QVERIFY2(f.body.isEmpty(), qPrintable(detail));
    }
    if (reachesServer)
        QVERIFY2(lines >= 1, qPrintable(detail));
    else
        QVERIFY2(lines == 0, qPrintable(detail));
}

// With a fixed seed and a 20% rate, about a fifth of the exchanges are faulted, every kind
// turns up, and what got through is right.
void TestFaultProxy::seededRate()
{
    FaultProxy proxy;
    proxy.setSeed(20261127);
    proxy.setFaultRate(0.2);
    proxy.setDelayRange(5, 20);
    QVERIFY(proxy.start(m_server.baseUrl()));
    QNetworkAccessManager nam;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(m_server.caFile()));
    int ok = 0;
    int failed = 0;
    for (int i = 0; i < 250; ++i) {
        QNetworkRequest request(proxy.url().resolved(QUrl(u"/v1/health"_s)));
        request.setSslConfiguration(ssl);
        request.setTransferTimeout(10000);
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QVERIFY(waitFinished(reply.get()));
        if (reply->error() == QNetworkReply::NoError) {
            QCOMPARE(reply->readAll().left(15), QByteArray(R"({"status":"ok",)"));
            ++ok;
        } else {
            ++failed;
        }
    }
    qInfo().noquote() << "seededRate:" << proxy.summary() << "ok" << ok << "failed" << failed;
    const double share = double(proxy.faulted()) / proxy.exchanges();
    QVERIFY2(share > 0.12 && share < 0.28, qPrintable(proxy.summary()));
    for (int f = 1; f < FaultProxy::FaultCount; ++f)
        QVERIFY2(proxy.count(Fault(f)) > 0, qPrintable(proxy.summary()));
    QVERIFY(ok > 150);
}

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
