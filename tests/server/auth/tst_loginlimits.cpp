// Sign-in limits against the real server (README "Sign-in limits"): an attempt counts when it
// is admitted, before its slow hash, so parallel guesses cannot slip past the limit; failures
// make the next attempt wait (doubling up to a cap) instead of locking the account; someone
// guessing from elsewhere cannot keep the owner out at an address the owner signs in from; the
// office can end a wait with `courtyard-server unblock-login --phone`.
#include "servertestutil.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSettings>
#include <QSslSocket>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

/// What a raw login answered: the status and Retry-After (-1 when absent).
struct LoginAnswer
{
    int status = 0;
    int retryAfter = -1;
    QByteArray raw;

    [[nodiscard]] QString describe() const { return QString::fromUtf8(raw.left(600)); }
};

/// POST /v1/auth/login over TLS from the local address @p source (any 127.x.y.z reaches the
/// server on loopback), so the server sees the attempt come from there.
LoginAnswer loginFrom(const TestServer &server, const QString &source, const QString &phone, const QString &password)
{
    LoginAnswer a;
    TestClient conf(server);
    QSslSocket socket;
    socket.setSslConfiguration(conf.sslConfiguration());
    if (!socket.bind(QHostAddress(source), 0)) {
        a.raw = "cannot bind " + source.toLatin1() + ": " + socket.errorString().toUtf8();
        return a;
    }
    const QUrl base = server.baseUrl();
    socket.connectToHostEncrypted(base.host(), quint16(base.port()));
    if (!socket.waitForEncrypted(20000)) {
        a.raw = "TLS: " + socket.errorString().toUtf8();
        return a;
    }
    const QByteArray body = QJsonDocument(QJsonObject{{u"phone"_s, phone}, {u"password"_s, password}}).toJson(QJsonDocument::Compact);
    socket.write("POST /v1/auth/login HTTP/1.1\r\nHost: " + base.host().toLatin1() + ':' + QByteArray::number(base.port())
                 + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\nConnection: close\r\n\r\n" + body);
    QDeadlineTimer deadline(30000);
    QByteArray buf;
    for (;;) {
        socket.waitForReadyRead(100);
        buf += socket.readAll();
        const qsizetype headEnd = buf.indexOf("\r\n\r\n");
        if (headEnd > 0) {
            // The answer is complete once Content-Length bytes of body arrived.
            const QList<QByteArray> lines = buf.left(headEnd).split('\n');
            qsizetype length = 0;
            for (const QByteArray &l : lines) {
                const QByteArray line = l.trimmed();
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
                if (line.toLower().startsWith("retry-after:"))
                    a.retryAfter = line.mid(12).trimmed().toInt();
            }
            if (buf.size() >= headEnd + 4 + length) {
                a.status = lines.value(0).split(' ').value(1).toInt();
                break;
            }
        }
        if (deadline.hasExpired() || (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0))
            break;
    }
    a.raw = buf;
    return a;
}

/// Sets whole-number settings in the server's config file and restarts serve with @p serveArgs:
/// a server that does not know a key ignores it (so the suite runs unchanged against an older
/// server, to show what that one gets wrong).
bool configure(TestServer &server, const QList<std::pair<QString, int>> &settings, const QStringList &serveArgs)
{
    {
        QSettings ini(server.stateDir() + u"/courtyard-server.conf"_s, QSettings::IniFormat);
        for (const auto &[key, value] : settings)
            ini.setValue(key, value);
        ini.sync();
        if (ini.status() != QSettings::NoError)
            return false;
    }
    return server.restart(serveArgs);
}

QString expectAnswer(const LoginAnswer &a, int status, const QString &what)
{
    if (a.status == status)
        return {};
    return u"%1: expected HTTP %2, got: %3"_s.arg(what).arg(status).arg(a.describe());
}

} // namespace

class TestLoginLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void parallelGuessesCountWhenAdmitted();
    void parallelGuessesAcrossProcesses();
    void waitDoublesAndNeverLocksOut();
    void strangerCannotKeepOwnerOut();
    void officeUnblocks();

private:
    /// A fresh server for the running test function, started with @p serveArgs and @p settings.
    TestServer *freshServer(const QStringList &serveArgs, const QList<std::pair<QString, int>> &settings);

    std::unique_ptr<TestServer> m_server;
};

TestServer *TestLoginLimits::freshServer(const QStringList &serveArgs, const QList<std::pair<QString, int>> &settings)
{
    m_server = std::make_unique<TestServer>(TestServer::backendFromEnv());
    const QString f = startServer(*m_server, serveArgs);
    if (!f.isEmpty()) {
        qWarning().noquote() << f;
        return nullptr;
    }
    if (!configure(*m_server, settings, serveArgs)) {
        qWarning().noquote() << "could not configure the server:" << m_server->errorString();
        return nullptr;
    }
    return m_server.get();
}

void TestLoginLimits::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    // The suite speaks from other loopback addresses; a sandbox without them cannot run it.
    QSslSocket probe;
    QVERIFY2(probe.bind(QHostAddress(u"127.0.0.2"_s), 0), "cannot bind 127.0.0.2 (loopback is not 127.0.0.0/8 here)");
}

void TestLoginLimits::cleanup()
{
    if (QTest::currentTestFailed() && m_server)
        qInfo().noquote() << "server log (tail):\n" << m_server->log(100).right(3000);
    m_server.reset();
}

// Finding 5: 24 wrong passwords for one phone sent at once were all checked (the failure was
// counted after the hash). With 5 free failures, exactly 5 may be checked; the others wait.
void TestLoginLimits::parallelGuessesCountWhenAdmitted()
{
    // A long first wait, so no wait runs out while the test runs.
    TestServer *s = freshServer({u"--max-login-failures-per-account"_s, u"5"_s},
                                {{u"limits/loginDelaySeconds"_s, 600}, {u"limits/loginMaxDelaySeconds"_s, 900}});
    QVERIFY(s);
    TestServer &server = *s;

    constexpr int Parallel = 24;
    std::vector<std::unique_ptr<TestClient>> clients;
    QList<std::pair<TestClient *, HttpRequest>> requests;
    for (int i = 0; i < Parallel; ++i) {
        clients.push_back(std::make_unique<TestClient>(server));
        const QByteArray body = QJsonDocument(QJsonObject{{u"phone"_s, QString(phone::manager)},
                                                          {u"password"_s, u"wrong-guess-%1"_s.arg(i)}})
                                    .toJson(QJsonDocument::Compact);
        requests.append({clients.back().get(),
                         HttpRequest{"POST", u"/v1/auth/login"_s, body, {{"Content-Type", "application/json"}}}});
    }
    const QList<HttpResponse> answers = TestClient::sendConcurrently(requests);
    int checked = 0;
    int waited = 0;
    for (const HttpResponse &r : answers) {
        if (r.status == 401) {
            CY_CHECK(expectError(r, {401}, {u"invalid_credentials"_s}));
            ++checked;
        } else {
            CY_CHECK(expectError(r, {429}, {u"rate_limited"_s}));
            QVERIFY2(r.header("Retry-After").toInt() >= 1, qPrintable(r.describe()));
            QVERIFY2(r.object().value(u"retryAfter"_s).toInt() >= 1, qPrintable(r.describe()));
            ++waited;
        }
    }
    QVERIFY2(checked == 5, qPrintable(u"%1 of %2 parallel wrong passwords were checked (401), %3 refused (429); the limit is 5"_s
                                          .arg(checked)
                                          .arg(Parallel)
                                          .arg(waited)));
    // And the account's next attempt waits too, the right password included (no oracle).
    TestClient c(server);
    HttpResponse r;
    c.login(QString(phone::manager), QString(demoPassword), &r);
    CY_CHECK(expectError(r, {429}, {u"rate_limited"_s}));
    // Another account is not affected.
    c.login(QString(phone::agent), QString(demoPassword), &r);
    CY_CHECK(expectStatus(r, 200));
}

// The same burst split over two server processes on one PostgreSQL: the reservation lives in
// the store, so the two together still check only the free failures.
void TestLoginLimits::parallelGuessesAcrossProcesses()
{
    if (TestServer::backendFromEnv() != TestServer::Backend::Postgres)
        QSKIP("several server processes share one store on PostgreSQL only");
    // A long first wait, so no wait runs out while the test runs.
    TestServer *s = freshServer({u"--max-login-failures-per-account"_s, u"5"_s},
                                {{u"limits/loginDelaySeconds"_s, 600}, {u"limits/loginMaxDelaySeconds"_s, 900}});
    QVERIFY(s);
    const QUrl second = s->addProcess({u"--max-login-failures-per-account"_s, u"5"_s});
    QVERIFY2(second.isValid() && !second.isEmpty(), "the second server process did not start");

    constexpr int Parallel = 24;
    std::vector<std::unique_ptr<TestClient>> clients;
    QList<std::pair<TestClient *, HttpRequest>> requests;
    for (int i = 0; i < Parallel; ++i) {
        clients.push_back(i % 2 ? std::make_unique<TestClient>(second, s->caFile()) : std::make_unique<TestClient>(*s));
        const QByteArray body = QJsonDocument(QJsonObject{{u"phone"_s, QString(phone::tech1)},
                                                          {u"password"_s, u"wrong-guess-%1"_s.arg(i)}})
                                    .toJson(QJsonDocument::Compact);
        requests.append({clients.back().get(),
                         HttpRequest{"POST", u"/v1/auth/login"_s, body, {{"Content-Type", "application/json"}}}});
    }
    int checked = 0;
    for (const HttpResponse &r : TestClient::sendConcurrently(requests)) {
        CY_CHECK(expectError(r, {401, 429}, {u"invalid_credentials"_s, u"rate_limited"_s}));
        checked += r.status == 401;
    }
    QVERIFY2(checked == 5, qPrintable(u"%1 of %2 wrong passwords over two processes were checked; the limit is 5"_s
                                          .arg(checked)
                                          .arg(Parallel)));
}

// Finding 6, the lock: failures no longer lock an account for 15 minutes against the right
// password. After the free failures each attempt waits (429 + Retry-After), the wait doubling
// up to its cap; once a wait is over the right password gets in.
void TestLoginLimits::waitDoublesAndNeverLocksOut()
{
    // Waits of 5 s, then 10 s (the cap): long next to a request, short for a test.
    TestServer *s = freshServer({u"--max-login-failures-per-account"_s, u"2"_s},
                                {{u"limits/loginDelaySeconds"_s, 5}, {u"limits/loginMaxDelaySeconds"_s, 10}});
    QVERIFY(s);
    TestServer &server = *s;
    const QString owner = phone::resident1;
    TestClient c(server);
    HttpResponse r;
    for (int i = 0; i < 2; ++i) {
        c.login(owner, u"typo-%1"_s.arg(i), &r);
        CY_CHECK(expectError(r, {401}, {u"invalid_credentials"_s}));
    }
    c.login(owner, QString(demoPassword), &r);
    CY_CHECK(expectError(r, {429}, {u"rate_limited"_s}));
    const int firstWait = r.header("Retry-After").toInt();
    QVERIFY2(firstWait >= 1 && firstWait <= 5, qPrintable(r.describe()));

    QThread::msleep(firstWait * 1000 + 500);
    c.login(owner, u"typo-again"_s, &r);
    CY_CHECK(expectError(r, {401}, {u"invalid_credentials"_s}));
    c.login(owner, QString(demoPassword), &r);
    CY_CHECK(expectError(r, {429}, {u"rate_limited"_s}));
    const int secondWait = r.header("Retry-After").toInt();
    QVERIFY2(secondWait > 5 && secondWait <= 10, qPrintable(r.describe()));

    QThread::msleep(secondWait * 1000 + 500);
    const Tokens t = c.login(owner, QString(demoPassword), &r);
    QVERIFY2(t.isValid(), qPrintable(u"the right password after the wait: "_s + r.describe()));
    // A success starts the account afresh: the next typo is free again.
    c.login(owner, u"typo-after"_s, &r);
    CY_CHECK(expectError(r, {401}, {u"invalid_credentials"_s}));
}

// Finding 6, denial of service: someone who knows the owner's phone number guesses from another
// address. The owner, at an address they signed in from before, still gets in at once; a
// device of theirs at a new address waits a bounded time (the cap), never a lock.
void TestLoginLimits::strangerCannotKeepOwnerOut()
{
    // A long first wait, so no wait runs out while the test runs.
    TestServer *s = freshServer({u"--max-login-failures-per-account"_s, u"3"_s},
                                {{u"limits/loginDelaySeconds"_s, 600}, {u"limits/loginMaxDelaySeconds"_s, 900}});
    QVERIFY(s);
    TestServer &server = *s;
    const QString owner = phone::manager;
    const QString home = u"127.0.0.1"_s;
    const QString attacker = u"127.0.0.2"_s;

    CY_CHECK(expectAnswer(loginFrom(server, home, owner, QString(demoPassword)), 200, u"the owner at home"_s));
    int checked = 0;
    for (int i = 0; i < 12; ++i) {
        const LoginAnswer a = loginFrom(server, attacker, owner, u"guess-%1"_s.arg(i));
        QVERIFY2(a.status == 401 || a.status == 429, qPrintable(a.describe()));
        if (a.status == 401)
            ++checked;
        else
            QVERIFY2(a.retryAfter >= 1 && a.retryAfter <= 900, qPrintable(a.describe()));
    }
    QCOMPARE(checked, 3);

    // The owner is not kept out at home, and their own typos there have their own budget.
    CY_CHECK(expectAnswer(loginFrom(server, home, owner, QString(demoPassword)), 200,
                          u"the owner at home while a stranger guesses"_s));
    CY_CHECK(expectAnswer(loginFrom(server, home, owner, u"owner-typo"_s), 401, u"the owner's typo at home"_s));
    CY_CHECK(expectAnswer(loginFrom(server, home, owner, QString(demoPassword)), 200, u"the owner at home after a typo"_s));

    // The owner's new phone elsewhere shares the strangers' wait: bounded by the cap.
    const LoginAnswer away = loginFrom(server, u"127.0.0.3"_s, owner, QString(demoPassword));
    CY_CHECK(expectAnswer(away, 429, u"the owner at a new address"_s));
    QVERIFY2(away.retryAfter >= 1 && away.retryAfter <= 900, qPrintable(away.describe()));
    // The stranger's guesses never reached other accounts.
    CY_CHECK(expectAnswer(loginFrom(server, attacker, phone::agent, QString(demoPassword)), 200, u"another account"_s));
}

// The office ends a wait: `courtyard-server unblock-login --phone P` beside the running server.
void TestLoginLimits::officeUnblocks()
{
    // A long first wait, so no wait runs out while the test runs.
    TestServer *s = freshServer({u"--max-login-failures-per-account"_s, u"2"_s},
                                {{u"limits/loginDelaySeconds"_s, 600}, {u"limits/loginMaxDelaySeconds"_s, 900}});
    QVERIFY(s);
    TestServer &server = *s;
    const QString owner = phone::resident2;
    for (int i = 0; i < 2; ++i)
        CY_CHECK(expectAnswer(loginFrom(server, u"127.0.0.2"_s, owner, u"guess-%1"_s.arg(i)), 401, u"a guess"_s));
    CY_CHECK(expectAnswer(loginFrom(server, u"127.0.0.4"_s, owner, QString(demoPassword)), 429, u"the owner, waiting"_s));

    QString output;
    const int code = server.runCli({u"unblock-login"_s, u"--state"_s, server.stateDir(), u"--phone"_s, owner}, {}, &output);
    QVERIFY2(code == 0, qPrintable(u"unblock-login exited %1: %2"_s.arg(code).arg(output)));
    // (The first line of the output is the command line runCli ran.)
    QVERIFY2(!output.section(u'\n', 1).contains(owner), qPrintable(u"unblock-login printed the phone number: "_s + output));
    CY_CHECK(expectAnswer(loginFrom(server, u"127.0.0.4"_s, owner, QString(demoPassword)), 200, u"the owner after unblock"_s));
    QVERIFY2(!server.log(200).contains(owner), "the server log holds the phone number");
}

QTEST_GUILESS_MAIN(TestLoginLimits)
#include "tst_loginlimits.moc"
