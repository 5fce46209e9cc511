// Live updates (GET /v1/live): a change by one client reaches another's socket as a poke
// without waiting for the poll; the token goes in the first message and is checked like a
// bearer token (bad → 4401, in the URL → refused, revoked → closed); oversize messages close
// the socket; on PostgreSQL two serve processes poke each other's clients. On both databases.
#include "servertestutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslSocket>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

/// One live socket as an app holds it, recording what the server sent.
class LiveSocket
{
public:
    LiveSocket(const QUrl &base, const QSslConfiguration &ssl, const QString &query = {})
    {
        QUrl url = base;
        url.setScheme(u"wss"_s);
        url.setPath(u"/v1/live"_s);
        if (!query.isEmpty())
            url.setQuery(query);
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
            const QString type = QJsonDocument::fromJson(text.toUtf8()).object().value(u"type"_s).toString();
            if (type == u"poke") {
                ++pokes;
                if (!firstPoke.isValid())
                    firstPoke.start();
            } else if (type == u"ready") {
                ready = true;
            }
            messages << text;
        });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] {
            closed = true;
            closeCode = int(socket.closeCode());
            closeReason = socket.closeReason();
        });
        QNetworkRequest request(url);
        request.setSslConfiguration(ssl);
        socket.setSslConfiguration(ssl);
        socket.open(request);
    }

    /// Connected and said hello with @p token; true once the server answered ready.
    bool hello(const QString &token)
    {
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState || closed; }, 10000)
            || closed)
            return false;
        socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"type"_s, u"hello"_s}, {u"token"_s, token}}).toJson(QJsonDocument::Compact)));
        return QTest::qWaitFor([&] { return ready || closed; }, 5000) && ready;
    }

    QWebSocket socket;
    QStringList messages;
    int pokes = 0;
    QElapsedTimer firstPoke;
    bool ready = false;
    bool closed = false;
    int closeCode = 0;
    QString closeReason;
};

QJsonObject submit(const QString &unit, const QString &text)
{
    return submitPayload(TestClient::newId(), unit, text);
}

} // namespace

class TestLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void aChangeReachesAnotherClientAtOnce();
    void noOneWhosePullChangesIsMissed();
    void aBadTokenClosesTheSocket();
    void aTokenInTheUrlIsNotAccepted();
    void helloMustComeFirst();
    void noHelloWithinTenSecondsCloses();
    void aRevokedSessionsSocketCloses();
    void anOversizeMessageCloses();
    void anUnmaskedFrameCloses();
    void twoProcessesPokeEachOthersClients();

private:
    std::unique_ptr<LiveSocket> connectAs(const QUrl &base, const Actor &who);

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
};

void TestLive::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server));
}

void TestLive::cleanupTestCase()
{
    if (qEnvironmentVariableIsSet("LIVE_TEST_LOG"))
        qInfo().noquote() << m_server.log(200);
    m_server.stop();
}

std::unique_ptr<LiveSocket> TestLive::connectAs(const QUrl &base, const Actor &who)
{
    auto s = std::make_unique<LiveSocket>(base, who->sslConfiguration());
    if (!s->hello(who.tokens.accessToken))
        return nullptr;
    return s;
}

void TestLive::aChangeReachesAnotherClientAtOnce()
{
    std::unique_ptr<LiveSocket> agent = connectAs(m_server.baseUrl(), m_a.agent);
    std::unique_ptr<LiveSocket> neighbour = connectAs(m_server.baseUrl(), m_a.resident2);
    QVERIFY(agent && neighbour);
    // The agent is up to date.
    SyncedView view(m_a.agent.client.get());
    CY_CHECK(view.pull());
    QTest::qWait(200);
    agent->pokes = 0;
    neighbour->pokes = 0;

    // A resident reports a fault; the agent's socket is poked well before the one-minute poll.
    QElapsedTimer sent;
    sent.start();
    const Command c = runCommand(*m_a.resident1, u"ticket.submit"_s, submit(m_a.resident1.unitId(), u"live poke"_s));
    CY_CHECK(expectApplied(c));
    // Far below the poll's minute; the 1 s target itself is measured in bench/live-bench.sh
    // (a timed test on a shared CI machine would measure the machine).
    QTRY_VERIFY_WITH_TIMEOUT(agent->pokes > 0, 5000);
    const qint64 latency = sent.elapsed();
    qInfo("poke %lld ms after the command was sent", latency);
    // The poke carries nothing but "pull now"; the pull brings the order.
    for (const QString &m : std::as_const(agent->messages))
        QVERIFY2(!m.contains(c.data().value(u"id"_s).toString()), qPrintable(m));
    QJsonArray fresh;
    CY_CHECK(view.pull(&fresh));
    QVERIFY(view.replica().has(u"ticket"_s, c.data().value(u"id"_s).toString()));
    // A resident of another unit cannot see the order: not poked.
    QTest::qWait(300);
    QCOMPARE(neighbour->pokes, 0);
}

void TestLive::noOneWhosePullChangesIsMissed()
{
    // The six demo users follow one order through its life (with a hand-over between the two
    // technicians, which sends the first a tombstone). After every step, whoever's pull brings
    // something must have been poked; who was poked for nothing is counted (allowed).
    const QStringList names{u"resident1"_s, u"resident2"_s, u"agent"_s, u"tech1"_s, u"tech2"_s, u"manager"_s};
    QHash<QString, std::shared_ptr<LiveSocket>> sockets;
    QHash<QString, std::shared_ptr<SyncedView>> views;
    for (const QString &n : names) {
        Actor &who = m_a.byName(n);
        std::unique_ptr<LiveSocket> s = connectAs(m_server.baseUrl(), who);
        QVERIFY2(s, qPrintable(n));
        sockets.insert(n, std::move(s));
        views.insert(n, std::make_shared<SyncedView>(who.client.get()));
        CY_CHECK(views[n]->pull());
    }
    QTest::qWait(200);
    const QString ticketId = TestClient::newId();
    struct Step
    {
        QString who;
        QString type;
        QJsonObject payload;
    };
    const QList<Step> steps{
        {u"resident1"_s, u"ticket.submit"_s, submitPayload(ticketId, m_a.resident1.unitId(), u"live: every step"_s)},
        {u"agent"_s, u"ticket.accept"_s, {{u"ticketId"_s, ticketId}}},
        {u"agent"_s, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"technicianId"_s, m_a.tech1.id()}}},
        {u"agent"_s, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"technicianId"_s, m_a.tech2.id()}}},
        {u"tech2"_s, u"ticket.checkIn"_s, {{u"ticketId"_s, ticketId}}},
        {u"tech2"_s, u"ticket.resolve"_s, {{u"ticketId"_s, ticketId}, {u"summary"_s, u"replaced the washer"_s}}},
        {u"resident1"_s, u"ticket.confirm"_s,
         {{u"ticketId"_s, ticketId}, {u"overall"_s, 5}, {u"speed"_s, 4}, {u"service"_s, 5}}},
    };
    int extra = 0, needed = 0;
    for (const Step &step : steps) {
        QHash<QString, int> before;
        for (const QString &n : names)
            before.insert(n, sockets[n]->pokes);
        CY_CHECK(expectApplied(runCommand(*m_a.byName(step.who), step.type, step.payload)));
        QTest::qWait(150);
        for (const QString &n : names) {
            QJsonArray fresh;
            CY_CHECK(views[n]->pull(&fresh));
            if (!fresh.isEmpty()) {
                ++needed;
                QTRY_VERIFY2_WITH_TIMEOUT(sockets[n]->pokes > before[n],
                                          qPrintable(u"%1 was not poked after %2 (its pull brought %3 changes)"_s.arg(
                                              n, step.type).arg(fresh.size())),
                                          5000);
            } else if (sockets[n]->pokes > before[n]) {
                ++extra;
            }
        }
    }
    qInfo("%d pokes needed and sent, %d extra", needed, extra);
    QVERIFY(needed > 0);
}

void TestLive::aBadTokenClosesTheSocket()
{
    for (const QString &token : {u"not-a-token"_s, m_a.agent.tokens.accessToken.chopped(2) + u"xx"_s}) {
        LiveSocket s(m_server.baseUrl(), m_a.agent->sslConfiguration());
        QVERIFY(!s.hello(token));
        QTRY_VERIFY_WITH_TIMEOUT(s.closed, 5000);
        QVERIFY2(s.closeCode == 4401 || s.closeCode == 1008, qPrintable(QString::number(s.closeCode)));
        QCOMPARE(s.closeReason, u"invalid_token"_s);
        QVERIFY(!s.ready);
    }
    // The token is never written to the log.
    QVERIFY(!m_server.log(200).contains(m_a.agent.tokens.accessToken));
}

void TestLive::aTokenInTheUrlIsNotAccepted()
{
    // Even a valid token: it does not belong in a URL (logs, proxies), the socket closes at
    // once instead of waiting for a hello.
    QElapsedTimer t;
    t.start();
    LiveSocket s(m_server.baseUrl(), m_a.agent->sslConfiguration(), u"token="_s + m_a.agent.tokens.accessToken);
    QTRY_VERIFY_WITH_TIMEOUT(s.closed, 5000);
    QVERIFY(!s.ready);
    QVERIFY(t.elapsed() < 5000);
    if (s.closeCode != int(QWebSocketProtocol::CloseCodeAbnormalDisconnection))
        QCOMPARE(s.closeCode, 1008);
    QVERIFY(!s.messages.contains(u"{\"type\":\"ready\"}"_s));
}

void TestLive::helloMustComeFirst()
{
    LiveSocket s(m_server.baseUrl(), m_a.agent->sslConfiguration());
    QTRY_VERIFY_WITH_TIMEOUT(s.socket.state() == QAbstractSocket::ConnectedState, 5000);
    s.socket.sendTextMessage(u"{\"type\":\"subscribe\"}"_s);
    QTRY_VERIFY_WITH_TIMEOUT(s.closed, 5000);
    QCOMPARE(s.closeCode, 1008);
}

void TestLive::noHelloWithinTenSecondsCloses()
{
    LiveSocket s(m_server.baseUrl(), m_a.agent->sslConfiguration());
    QTRY_VERIFY_WITH_TIMEOUT(s.socket.state() == QAbstractSocket::ConnectedState, 5000);
    QElapsedTimer t;
    t.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.closed, 13000);
    QVERIFY2(t.elapsed() > 8000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(s.closeCode, 1008);
    QCOMPARE(s.closeReason, u"hello expected"_s);
}

void TestLive::aRevokedSessionsSocketCloses()
{
    // A session of its own, so the suite's agent stays signed in.
    TestClient device(m_server);
    const Tokens t = device.login(phone::agent, demoPassword);
    QVERIFY(t.isValid());
    LiveSocket s(m_server.baseUrl(), device.sslConfiguration());
    QVERIFY(s.hello(t.accessToken));
    CY_CHECK(expectStatus(device.post(u"/v1/auth/logout"_s, QJsonObject{}), 204));
    QTRY_VERIFY_WITH_TIMEOUT(s.closed, 5000);
    QCOMPARE(s.closeCode, 4401);
    QCOMPARE(s.closeReason, u"session_revoked"_s);
}

void TestLive::anOversizeMessageCloses()
{
    std::unique_ptr<LiveSocket> s = connectAs(m_server.baseUrl(), m_a.tech1);
    QVERIFY(s);
    s->socket.sendTextMessage(QString(5000, u'x'));
    QTRY_VERIFY_WITH_TIMEOUT(s->closed, 5000);
    QCOMPARE(s->closeCode, 1009);
    // Just under the limit is fine (and ignored: not a message the server knows).
    std::unique_ptr<LiveSocket> ok = connectAs(m_server.baseUrl(), m_a.tech1);
    QVERIFY(ok);
    ok->socket.sendTextMessage(u"{\"type\":\"note\",\"x\":\""_s + QString(4000, u'y') + u"\"}"_s);
    QTest::qWait(300);
    QVERIFY(!ok->closed);
}

void TestLive::anUnmaskedFrameCloses()
{
    // By hand over TLS: the upgrade, then a client frame without a mask (RFC 6455 §5.1).
    QSslSocket raw;
    raw.setSslConfiguration(m_a.agent->sslConfiguration());
    raw.connectToHostEncrypted(m_server.baseUrl().host(), quint16(m_server.baseUrl().port()));
    QVERIFY(raw.waitForEncrypted(5000));
    raw.write("GET /v1/live HTTP/1.1\r\nHost: " + m_server.baseUrl().authority().toUtf8()
              + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
    QByteArray in;
    QTRY_VERIFY_WITH_TIMEOUT((in += raw.readAll()).contains("\r\n\r\n"), 5000);
    QVERIFY2(in.startsWith("HTTP/1.1 101"), in.constData());
    QVERIFY(in.contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    in = in.mid(in.indexOf("\r\n\r\n") + 4);
    raw.write(QByteArray("\x81\x05hello", 7));
    QTRY_VERIFY_WITH_TIMEOUT((in += raw.readAll()).size() >= 4 || raw.state() != QAbstractSocket::ConnectedState, 5000);
    // A close frame with 1002 (protocol error).
    QVERIFY2(in.size() >= 4, in.toHex().constData());
    QCOMPARE(quint8(in.at(0)), quint8(0x88));
    QCOMPARE((quint8(in.at(2)) << 8) | quint8(in.at(3)), 1002);
}

void TestLive::twoProcessesPokeEachOthersClients()
{
    if (m_server.backend() != TestServer::Backend::Postgres)
        QSKIP("several serve processes share PostgreSQL; on SQLite one process serves");
    const QUrl a = m_server.baseUrl();
    const QUrl b = m_server.addProcess(relaxedLoginLimits());
    QVERIFY2(b.isValid(), qPrintable(m_server.errorString()));
    std::unique_ptr<LiveSocket> onA = connectAs(a, m_a.agent);
    std::unique_ptr<LiveSocket> onB = connectAs(b, m_a.manager);
    QVERIFY(onA && onB);
    QTest::qWait(200);
    onA->pokes = onB->pokes = 0;

    // Written through A: B's client is poked (NOTIFY), and A's own.
    TestClient residentOnA(a, m_server.caFile());
    residentOnA.setBearer(m_a.resident1.tokens.accessToken);
    QElapsedTimer t;
    t.start();
    CY_CHECK(expectApplied(runCommand(residentOnA, u"ticket.submit"_s, submit(m_a.resident1.unitId(), u"via A"_s))));
    QTRY_VERIFY_WITH_TIMEOUT(onB->pokes > 0, 5000);
    qInfo("A -> B poke after %lld ms", t.elapsed());
    QTRY_VERIFY_WITH_TIMEOUT(onA->pokes > 0, 5000);

    // Written through B: A's client is poked.
    onA->pokes = onB->pokes = 0;
    TestClient residentOnB(b, m_server.caFile());
    residentOnB.setBearer(m_a.resident1.tokens.accessToken);
    t.restart();
    CY_CHECK(expectApplied(runCommand(residentOnB, u"ticket.submit"_s, submit(m_a.resident1.unitId(), u"via B"_s))));
    QTRY_VERIFY_WITH_TIMEOUT(onA->pokes > 0, 5000);
    qInfo("B -> A poke after %lld ms", t.elapsed());
    QTRY_VERIFY_WITH_TIMEOUT(onB->pokes > 0, 5000);
}

QTEST_GUILESS_MAIN(TestLive)
#include "tst_live.moc"
