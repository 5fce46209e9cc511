// The server's front door on its own (issue 9): raw TLS sockets against the real
// courtyard-server, byte for byte, so nothing between the test and the server tidies a request
// up. Body limits are checked before a body is read (and memory stays flat under body bombs),
// header and target sizes are capped, framing is strict (RFC 9112: every smuggling shape is a
// 400 and a closed connection, the smuggled request never answered), pipelined answers come
// back in request order, slow and idle connections are closed and their descriptors freed,
// connections per address and in total are capped, paths are strict (HEAD answered for GET
// routes) and TLS is 1.2 with AEAD suites or 1.3, without client renegotiation.
//
// SQLite only: nothing here depends on the database.
#include "eventwait.h"
#include "servertestutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>

#include <dirent.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

// Generous bounds: the machine may be busy; a bound only decides how long a failure takes.
constexpr int kAnswerMs = 5000;      ///< an answer that should come at once
constexpr int kSlackMs = 7000;       ///< on top of a server timeout before it counts as missed

// ---- one HTTP/1.1 response, parsed from raw bytes ----------------------------------------

struct Reply
{
    int status = 0;
    QByteArray statusLine;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    [[nodiscard]] bool hasHeader(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    [[nodiscard]] bool saysClose() const { return header("Connection").toLower().contains("close"); }
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QString describe() const
    {
        QString s = QString::fromLatin1(statusLine);
        for (const auto &h : headers)
            s += u" | "_s + QString::fromLatin1(h.first + ": " + h.second.left(80));
        s += u" | body: "_s + QString::fromUtf8(body.left(300));
        return s;
    }
};

enum class Parse { Incomplete, Done, Malformed };

/// Takes one response off the front of \a buf. \a head: the answer to a HEAD (no body whatever
/// Content-Length says). \a closed: the peer closed, so a body without a length ends here.
Parse takeResponse(QByteArray &buf, bool head, bool closed, Reply *out, QString *why)
{
    const qsizetype end = buf.indexOf("\r\n\r\n");
    if (end < 0) {
        const QByteArray start = buf.left(7);
        if (!QByteArray("HTTP/1.").startsWith(start)) {
            *why = u"bytes that are not a status line: "_s + QString::fromLatin1(buf.left(120).toPercentEncoding(" :/{}\","));
            return Parse::Malformed;
        }
        if (buf.size() > 64 * 1024) {
            *why = u"a response head over 64 KiB"_s;
            return Parse::Malformed;
        }
        return Parse::Incomplete;
    }
    const QList<QByteArray> lines = buf.left(end).split('\n');
    Reply r;
    r.statusLine = lines.value(0).trimmed();
    const QList<QByteArray> parts = r.statusLine.split(' ');
    bool ok = false;
    r.status = parts.value(1).toInt(&ok);
    if (!r.statusLine.startsWith("HTTP/1.") || !ok || r.status < 100 || r.status > 599) {
        *why = u"not a status line: "_s + QString::fromLatin1(r.statusLine.left(120).toPercentEncoding(" :/{}\","));
        return Parse::Malformed;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *why = u"a response header line without a colon: "_s + QString::fromLatin1(line.left(120));
            return Parse::Malformed;
        }
        r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    qsizetype bodyStart = end + 4;
    const bool noBody = head || r.status < 200 || r.status == 204 || r.status == 304;
    if (noBody) {
        buf.remove(0, bodyStart);
    } else if (r.header("Transfer-Encoding").toLower().contains("chunked")) {
        QByteArray body;
        qsizetype pos = bodyStart;
        for (;;) {
            const qsizetype lineEnd = buf.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return Parse::Incomplete;
            const qsizetype size = buf.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                *why = u"a bad chunk size in the response"_s;
                return Parse::Malformed;
            }
            if (size == 0) {
                const qsizetype trailerEnd = buf.indexOf("\r\n", lineEnd + 2);
                if (trailerEnd < 0)
                    return Parse::Incomplete;
                pos = trailerEnd + 2;
                break;
            }
            if (buf.size() < lineEnd + 2 + size + 2)
                return Parse::Incomplete;
            body += buf.mid(lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
        r.body = body;
        buf.remove(0, pos);
    } else if (r.hasHeader("Content-Length")) {
        const qsizetype length = r.header("Content-Length").toLongLong(&ok);
        if (!ok || length < 0) {
            *why = u"a bad Content-Length in the response: "_s + QString::fromLatin1(r.header("Content-Length"));
            return Parse::Malformed;
        }
        if (buf.size() - bodyStart < length)
            return Parse::Incomplete;
        r.body = buf.mid(bodyStart, length);
        buf.remove(0, bodyStart + length);
    } else {
        // No length: the body runs to the close.
        if (!closed)
            return Parse::Incomplete;
        r.body = buf.mid(bodyStart);
        buf.clear();
    }
    *out = r;
    return Parse::Done;
}

// ---- a raw TLS connection ------------------------------------------------------------------

QSslConfiguration trustingConfig(const TestServer &server)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setCaCertificates(QSslCertificate::fromPath(server.caFile()));
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return c;
}

/// One TLS connection that writes raw bytes and reads raw responses, event-driven (many can be
/// open at once). "closed" means the server ended the connection (or it failed).
class Conn
{
public:
    explicit Conn(const QSslConfiguration &config)
        : m_socket(std::make_unique<QSslSocket>())
    {
        m_socket->setSslConfiguration(config);
        QObject::connect(m_socket.get(), &QSslSocket::encrypted, [this] { m_encrypted = true; });
        QObject::connect(m_socket.get(), &QIODevice::readyRead, [this] { m_in += m_socket->readAll(); });
        QObject::connect(m_socket.get(), &QAbstractSocket::disconnected, [this] { markClosed(); });
        QObject::connect(m_socket.get(), &QAbstractSocket::errorOccurred, [this](QAbstractSocket::SocketError) {
            if (m_error.isEmpty())
                m_error = m_socket->errorString();
            // A TLS close_notify leaves QSslSocket in ConnectedState with RemoteHostClosedError:
            // every error ends the connection for this test.
            markClosed();
        });
        QObject::connect(m_socket.get(), &QSslSocket::sslErrors, [this](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                m_error += u"[ssl] "_s + e.errorString();
        });
    }
    ~Conn()
    {
        QObject::disconnect(m_socket.get(), nullptr, nullptr, nullptr);
        m_socket->abort();
    }
    Conn(const Conn &) = delete;
    Conn &operator=(const Conn &) = delete;

    /// Starts connecting (from \a from when given: another loopback address).
    void open(const TestServer &server, const QHostAddress &from = {})
    {
        if (!from.isNull())
            m_socket->bind(from);
        m_socket->connectToHostEncrypted(server.baseUrl().host(), quint16(server.baseUrl().port()));
    }
    bool waitEncrypted(int ms = kAnswerMs)
    {
        return cytest::waitUntil([this] { return m_encrypted || m_closed; }, ms) && m_encrypted && !m_closed;
    }
    void send(const QByteArray &bytes) { m_socket->write(bytes); }
    /// The next complete response, or nothing (see error()) when it did not come within \a ms,
    /// the connection closed first, or the bytes were not a response.
    std::optional<Reply> next(int ms = kAnswerMs, bool head = false)
    {
        std::optional<Reply> got;
        QString why;
        bool malformed = false;
        // waitUntil() calls the predicate once more after it held: take one response only.
        auto step = [&] {
            if (got || malformed)
                return true;
            Reply r;
            switch (takeResponse(m_in, head, m_closed, &r, &why)) {
            case Parse::Done:
                got = r;
                return true;
            case Parse::Malformed:
                malformed = true;
                return true;
            case Parse::Incomplete:
                return m_closed;
            }
            return false;
        };
        cytest::waitUntil(step, ms);
        if (!got) {
            if (malformed)
                m_error = u"unparsable answer: "_s + why;
            else if (m_closed)
                m_error = u"the connection closed without (the rest of) an answer%1%2"_s.arg(
                    m_error.isEmpty() ? QString() : u" ("_s + m_error + u")"_s,
                    m_in.isEmpty() ? QString() : u"; partial: "_s + QString::fromLatin1(m_in.left(200)));
            else
                m_error = u"no answer within %1 ms%2"_s.arg(ms).arg(
                    m_in.isEmpty() ? QString() : u"; partial: "_s + QString::fromLatin1(m_in.left(200)));
        }
        return got;
    }
    bool waitClosed(int ms)
    {
        return cytest::waitUntil([this] { return m_closed; }, ms);
    }
    [[nodiscard]] bool isClosed() const { return m_closed; }
    [[nodiscard]] bool isEncrypted() const { return m_encrypted; }
    [[nodiscard]] QByteArray unread() const { return m_in; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QSslSocket *socket() const { return m_socket.get(); }
    /// When the connection closed (ms on \a clock), -1 while open.
    [[nodiscard]] qint64 closedAt() const { return m_closedAt; }
    void setClock(const QElapsedTimer *clock) { m_clock = clock; }

private:
    void markClosed()
    {
        if (m_closed)
            return;
        m_in += m_socket->readAll();
        m_closed = true;
        m_closedAt = m_clock ? m_clock->elapsed() : 0;
    }

    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_in;
    bool m_encrypted = false;
    bool m_closed = false;
    qint64 m_closedAt = -1;
    const QElapsedTimer *m_clock = nullptr;
    QString m_error;
};

// ---- the server process as /proc sees it ---------------------------------------------------

/// A "VmRSS"/"VmHWM" line of /proc/<pid>/status in KiB, -1 when unreadable.
qint64 procStatusKb(qint64 pid, const QByteArray &key)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Open descriptors of \a pid (entries of /proc/<pid>/fd), -1 when unreadable.
int openFds(qint64 pid)
{
    DIR *d = ::opendir(QByteArray("/proc/" + QByteArray::number(pid) + "/fd").constData());
    if (!d)
        return -1;
    int n = 0;
    while (dirent *e = ::readdir(d)) {
        if (e->d_name[0] != '.')
            ++n;
    }
    ::closedir(d);
    return n;
}

/// Resets the peak RSS (VmHWM) of \a pid to its current RSS (Linux >= 4.0).
bool resetPeakRss(qint64 pid)
{
    QFile f(u"/proc/%1/clear_refs"_s.arg(pid));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// ---- requests ----------------------------------------------------------------------------

QByteArray loginBody(const QString &phone, const QString &password)
{
    return QJsonDocument(QJsonObject{{u"phone"_s, phone}, {u"password"_s, password}}).toJson(QJsonDocument::Compact);
}

QString shapeOf(const Reply &r)
{
    const QJsonObject o = r.json();
    if (o.contains(u"accessToken"_s))
        return u"login"_s;
    if (o.value(u"status"_s).toString() == u"ok"_s && o.contains(u"version"_s))
        return u"health"_s;
    if (r.status == 200 && !o.isEmpty())
        return u"me"_s;
    return u"other(%1 %2)"_s.arg(r.status).arg(QString::fromUtf8(r.body.left(60)));
}

} // namespace

class TestFrontDoor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // 1. Body limits before reading.
    void declaredBodyOverLimit_data();
    void declaredBodyOverLimit();
    void bodyAtLimitIsRead();
    void chunkedBody_data();
    void chunkedBody();
    void bodyBombMemory();
    // 2. Header block, header count, target length.
    void headLimits_data();
    void headLimits();
    void headLimitsNotTooTight_data();
    void headLimitsNotTooTight();
    // 3. Strict framing.
    void framing_data();
    void framing();
    // 4. Pipelining.
    void pipelinedAnswersInOrder();
    // 6. Strict paths, HEAD.
    void strictPaths_data();
    void strictPaths();
    void headAnsweredLikeGet();
    // 7. TLS.
    void oldTlsRefused_data();
    void oldTlsRefused();
    void tls12CbcRefused_data();
    void tls12CbcRefused();
    void tls12AeadAccepted_data();
    void tls12AeadAccepted();
    void tls13Accepted();
    void renegotiationRefused();
    // 5. Timeouts and caps (servers started with the new flags).
    void slowHeadersClosed();
    void silentConnectionsClosed();
    void idleKeepAliveClosed();
    void stalledBodyClosed();
    void movingBodyServed();
    void connectionCaps();

private:
    QByteArray hostLine(const TestServer &s) const
    {
        return "Host: " + s.baseUrl().host().toLatin1() + ':' + QByteArray::number(s.baseUrl().port()) + "\r\n";
    }
    QByteArray get(const QByteArray &target, const TestServer &s, const QByteArray &extra = {}) const
    {
        return "GET " + target + " HTTP/1.1\r\n" + hostLine(s) + extra + "\r\n";
    }
    /// Connects to \a s and waits for the handshake; nullptr (with a QFAIL-able text) when it failed.
    std::unique_ptr<Conn> connectTo(const TestServer &s, QString *failure, const QHostAddress &from = {})
    {
        auto c = std::make_unique<Conn>(trustingConfig(s));
        c->open(s, from);
        if (!c->waitEncrypted()) {
            *failure = u"TLS handshake with %1 failed: %2"_s.arg(s.baseUrl().toString(), c->error());
            return nullptr;
        }
        return c;
    }
    /// The server with the timeouts of section 5 (started on first use).
    QString timeoutServer(TestServer **server);

    TestServer m_server{TestServer::Backend::Sqlite};
    std::unique_ptr<TestServer> m_timeouts;
    QString m_timeoutsFailure;
    QString m_token; ///< resident 1's access token
};

void TestFrontDoor::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    TestClient client(m_server);
    const Tokens t = client.login(phone::resident1, demoPassword);
    QVERIFY2(t.isValid(), "resident 1 could not log in");
    m_token = t.accessToken;
}

void TestFrontDoor::cleanupTestCase()
{
    if (m_timeouts)
        m_timeouts->stop();
    m_server.stop();
}

QString TestFrontDoor::timeoutServer(TestServer **server)
{
    if (!m_timeouts) {
        m_timeouts = std::make_unique<TestServer>(TestServer::Backend::Sqlite);
        m_timeoutsFailure = startServer(*m_timeouts, relaxedLoginLimits() + QStringList{
                                                         u"--header-timeout"_s, u"5"_s,
                                                         u"--body-timeout"_s, u"3"_s,
                                                         u"--idle-timeout"_s, u"2"_s,
                                                         u"--max-connections-per-address"_s, u"1000"_s,
                                                     });
    }
    *server = m_timeouts.get();
    return m_timeoutsFailure;
}

// ---- 1. body limits ------------------------------------------------------------------------

void TestFrontDoor::declaredBodyOverLimit_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<qint64>("length");
    QTest::newRow("login, 256 MB") << QByteArray("POST") << QByteArray("/v1/auth/login") << qint64(256) * 1024 * 1024;
    QTest::newRow("login, one byte over 4 KiB") << QByteArray("POST") << QByteArray("/v1/auth/login") << qint64(4097);
    QTest::newRow("health (limit 0), one byte") << QByteArray("GET") << QByteArray("/v1/health") << qint64(1);
    QTest::newRow("health (limit 0), 128 MB") << QByteArray("GET") << QByteArray("/v1/health") << qint64(128) * 1024 * 1024;
}

void TestFrontDoor::declaredBodyOverLimit()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(qint64, length);
    QString f;
    auto c = connectTo(m_server, &f);
    QVERIFY2(c, qPrintable(f));
    // Only the head: the body never comes. The answer must not wait for it.
    c->send(method + ' ' + target + " HTTP/1.1\r\n" + hostLine(m_server) + "Content-Type: application/json\r\n"
            + "Content-Length: " + QByteArray::number(length) + "\r\n\r\n");
    const std::optional<Reply> r = c->next();
    QVERIFY2(r, qPrintable(u"no 413 before the body was sent: "_s + c->error()));
    QVERIFY2(r->status == 413, qPrintable(r->describe()));
    QVERIFY2(r->saysClose(), qPrintable(u"413 without Connection: close: "_s + r->describe()));
    QVERIFY2(c->waitClosed(kAnswerMs), "the server kept the connection open after the 413");
}

void TestFrontDoor::bodyAtLimitIsRead()
{
    // A login body of exactly 4096 bytes is read and judged (a validation error, not a 413).
    QByteArray body = "{" + QByteArray(4094, ' ') + "}";
    QCOMPARE(body.size(), 4096);
    QString f;
    auto c = connectTo(m_server, &f);
    QVERIFY2(c, qPrintable(f));
    c->send("POST /v1/auth/login HTTP/1.1\r\n" + hostLine(m_server) + "Content-Type: application/json\r\n"
            + "Content-Length: 4096\r\n\r\n" + body);
    const std::optional<Reply> r = c->next();
    QVERIFY2(r, qPrintable(c->error()));
    QVERIFY2(r->status == 400 && r->json().value(u"error"_s).toString() == u"validation_failed"_s,
             qPrintable(r->describe()));
}

void TestFrontDoor::chunkedBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("closes");
    const QByteArray chunk3000 = "bb8\r\n" + QByteArray(3000, ' ') + "\r\n";
    // Two 3000-byte chunks pass the 4 KiB limit; no last chunk follows: only counting as they
    // arrive can answer.
    QTest::newRow("chunks over the limit, unfinished") << "5\r\n{    \r\n" + chunk3000 + chunk3000 << 413 << true;
    // One chunk that declares 256 MB.
    QTest::newRow("one chunk declaring 256 MB") << "10000000\r\n{" + QByteArray(1000, ' ') << 413 << true;
    // Within the limit, properly ended: read and judged like any body.
    QTest::newRow("small chunked body") << QByteArray("1\r\n{\r\n3\r\n   \r\n1\r\n}\r\n0\r\n\r\n") << 400 << false;
}

void TestFrontDoor::chunkedBody()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, closes);
    QString f;
    auto c = connectTo(m_server, &f);
    QVERIFY2(c, qPrintable(f));
    c->send("POST /v1/auth/login HTTP/1.1\r\n" + hostLine(m_server) + "Content-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n" + body);
    const std::optional<Reply> r = c->next();
    QVERIFY2(r, qPrintable(c->error()));
    QVERIFY2(r->status == status, qPrintable(r->describe()));
    if (closes) {
        QVERIFY2(r->saysClose(), qPrintable(u"413 without Connection: close: "_s + r->describe()));
        QVERIFY2(c->waitClosed(kAnswerMs), "the server kept the connection open after the 413");
    } else {
        QCOMPARE(r->json().value(u"error"_s).toString(), u"validation_failed"_s);
        // The connection goes on.
        c->send(get("/v1/health", m_server));
        const std::optional<Reply> next = c->next();
        QVERIFY2(next && next->status == 200, qPrintable(next ? next->describe() : c->error()));
    }
}

void TestFrontDoor::bodyBombMemory()
{
    const qint64 pid = m_server.pid();
    QVERIFY(pid > 0);
    // Settle: let anything the earlier tests started finish.
    QTest::qWait(300);
    const qint64 idleRss = procStatusKb(pid, "VmRSS");
    QVERIFY2(idleRss > 0, "cannot read the server's /proc/<pid>/status");
    const bool peakReset = resetPeakRss(pid);
    const qint64 hwmBefore = procStatusKb(pid, "VmHWM");
    // With no reset, a start-up peak above idle would count against the server: use idle then.
    const qint64 baseline = peakReset ? idleRss : qMax(idleRss, hwmBefore);
    const qint64 allowedKb = 20 * 1024;
    // Protects the machine on a server that buffers bodies: stop well before it hurts.
    const qint64 abortKb = idleRss + 400 * 1024;

    // Half of them to the login (limit 4 KiB), half to the health check (limit 0).
    auto headFor = [&](int i) {
        return (i % 2 ? QByteArray("GET /v1/health") : QByteArray("POST /v1/auth/login")) + " HTTP/1.1\r\n"
               + hostLine(m_server) + "Content-Type: application/json\r\nContent-Length: "
               + QByteArray::number(qint64(256) * 1024 * 1024) + "\r\n\r\n";
    };
    const QByteArray block(64 * 1024, 'x');
    constexpr int kClients = 8;
    constexpr int kStreamMs = 3000;
    std::vector<std::unique_ptr<Conn>> conns(kClients);
    int connects = 0, answers413 = 0, otherAnswers = 0;
    qint64 pushed = 0;
    bool aborted = false;
    qint64 worstRss = idleRss;
    QElapsedTimer clock;
    clock.start();
    auto pump = [&] {
        for (int i = 0; i < kClients; ++i) {
            std::unique_ptr<Conn> &c = conns[i];
            if (c && c->isClosed()) {
                if (const std::optional<Reply> r = c->next(0))
                    (r->status == 413 ? answers413 : otherAnswers)++;
                c.reset();
            }
            if (!c) {
                c = std::make_unique<Conn>(trustingConfig(m_server));
                c->open(m_server);
                ++connects;
                continue;
            }
            if (!c->isEncrypted())
                continue;
            if (c->socket()->property("headSent").isNull()) {
                c->send(headFor(i));
                c->socket()->setProperty("headSent", true);
            }
            // As fast as the socket takes it, without piling up in our own buffer.
            while (c->socket()->bytesToWrite() < 1024 * 1024) {
                c->send(block);
                pushed += block.size();
            }
        }
        const qint64 rss = procStatusKb(pid, "VmRSS");
        worstRss = qMax(worstRss, rss);
        if (rss > abortKb)
            aborted = true;
        return aborted || clock.elapsed() >= kStreamMs;
    };
    cytest::waitUntil(pump, kStreamMs + 5000);
    for (auto &c : conns) {
        if (c) {
            if (const std::optional<Reply> r = c->next(0))
                (r->status == 413 ? answers413 : otherAnswers)++;
        }
    }
    conns.clear();
    QTest::qWait(200);
    const qint64 peak = procStatusKb(pid, "VmHWM");
    const QString report = u"idle RSS %1 KiB, peak %2 KiB (VmHWM before %3 KiB, %4), worst RSS seen %5 KiB; "
                           "%6 connections, %7 MB pushed, %8 answered 413, %9 other answers%10"_s
                               .arg(idleRss).arg(peak).arg(hwmBefore)
                               .arg(peakReset ? u"peak reset at idle"_s : u"peak NOT reset"_s)
                               .arg(worstRss).arg(connects).arg(pushed / (1024 * 1024)).arg(answers413).arg(otherAnswers)
                               .arg(aborted ? u"; stopped early: the server's RSS passed idle + 400 MB"_s : QString());
    qInfo().noquote() << report;
    QVERIFY2(!aborted, qPrintable(report));
    QVERIFY2(peak > 0 && peak <= baseline + allowedKb, qPrintable(u"peak RSS above idle + 20 MB: "_s + report));
    QVERIFY2(m_server.isRunning(), "the server died under the body bomb");
    // And it still answers.
    QString f;
    auto c = connectTo(m_server, &f);
    QVERIFY2(c, qPrintable(f));
    c->send(get("/v1/health", m_server));
    const std::optional<Reply> r = c->next();
    QVERIFY2(r && r->status == 200, qPrintable(r ? r->describe() : c->error()));
}

// ---- 2. head limits ------------------------------------------------------------------------

void TestFrontDoor::headLimits_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("closes");
    QTest::newRow("one 17 KiB header") << QByteArray("/v1/health") << "X-Fill: " + QByteArray(17 * 1024, 'a') + "\r\n" << 431 << true;
    QByteArray many;
    for (int i = 0; i < 80; ++i)
        many += "X-Fill-" + QByteArray::number(i) + ": " + QByteArray(240, 'b') + "\r\n";
    QTest::newRow("80 headers, 20 KiB in all") << QByteArray("/v1/health") << many << 431 << true;
    QByteArray lines;
    for (int i = 0; i < 101; ++i)
        lines += "X-N" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("102 header lines") << QByteArray("/v1/health") << lines << 431 << true;
    QTest::newRow("target of 5000 bytes (query)") << "/v1/health?pad=" + QByteArray(5000, 'q') << QByteArray() << 414 << false;
    QTest::newRow("target of 5000 bytes (path)") << "/v1/" + QByteArray(5000, 'p') << QByteArray() << 414 << false;
}

void TestFrontDoor::headLimits()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    QFETCH(bool, closes);
    QString f;
    auto c = connectTo(m_server, &f);
    QVERIFY2(c, qPrintable(f));
    c->send(get(target, m_server, headers));
    const std::optional<Reply> r = c->next();
    QVERIFY2(r, qPrintable(c->error()));
    QVERIFY2(r->status == status, qPrintable(r->describe()));
    if (closes) {
        QVERIFY2(r->saysClose(), qPrintable(u"no Connection: close: "_s + r->describe()));
        QVERIFY2(c->waitClosed(kAnswerMs), "the server kept the connection open");
    }
}

void TestFrontDoor::headLimitsNotTooTight_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("headers");
    QTest::newRow("one 12 KiB header") << QByteArray("/v1/health") << "X-Fill: " + QByteArray(12 * 1024, 'a') + "\r\n";
    QByteArray lines;
    for (int i = 0; i < 90; ++i)
        lines += "X-N" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("91 header lines") << QByteArray("/v1/health") << lines;
    QByteArray target = "/v1/health?pad=";
    target += QByteArray(4000 - target.size(), 'q');
    QTest::newRow("target of 4000 bytes") << target << QByteArray();
}

void TestFrontDoor::headLimitsNotTooTight()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, headers);
    QString f;
    auto c = connectTo(m_server, &f);
    QVERIFY2(c, qPrintable(f));
    c->send(get(target, m_server, headers));
    const std::optional<Reply> r = c->next();
    QVERIFY2(r, qPrintable(c->error()));
    QVERIFY2(r->status == 200, qPrintable(r->describe()));
}

// ---- 3. framing ----------------------------------------------------------------------------

void TestFrontDoor::framing_data()
{
    QTest::addColumn<QByteArray>("request"); ///< with @HOST@ and @TOKEN@ placeholders
    QTest::addColumn<QList<int>>("statuses");
    const QList<int> bad{400};
    // Every request carries a smuggled GET /v1/health after it: it must never be answered.
    const QByteArray smuggled = "GET /v1/health HTTP/1.1\r\nHost: @HOST@\r\n\r\n";
    const QByteArray login = "POST /v1/auth/login HTTP/1.1\r\nHost: @HOST@\r\nContent-Type: application/json\r\n";
    QTest::newRow("two different Content-Length")
        << login + "Content-Length: 2\r\nContent-Length: 10\r\n\r\n{}" + smuggled << bad;
    QTest::newRow("two identical Content-Length")
        << login + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}" + smuggled << bad;
    QTest::newRow("Content-Length and chunked")
        << login + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n" + smuggled << bad;
    QTest::newRow("chunked and Content-Length")
        << login + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n" + smuggled << bad;
    // RFC 9112 6.1 suggests 501 for a coding the server does not know; either, and closed.
    QTest::newRow("Transfer-Encoding: gzip")
        << login + "Transfer-Encoding: gzip\r\n\r\n" + smuggled << QList<int>{400, 501};
    QTest::newRow("bare LF line endings")
        << QByteArray("GET /v1/health HTTP/1.1\nHost: @HOST@\n\n") + "GET /v1/health HTTP/1.1\nHost: @HOST@\n\n" << bad;
    QTest::newRow("bare LF in the headers only")
        << QByteArray("GET /v1/health HTTP/1.1\r\nHost: @HOST@\nX-A: 1\n\r\n") + smuggled << bad;
    QTest::newRow("obs-folded Authorization")
        << QByteArray("GET /v1/me HTTP/1.1\r\nHost: @HOST@\r\nAuthorization: Bearer\r\n @TOKEN@\r\n\r\n") + smuggled << bad;
    QTest::newRow("obs-fold with a tab")
        << QByteArray("GET /v1/health HTTP/1.1\r\nHost: @HOST@\r\nX-A: 1\r\n\tmore\r\n\r\n") + smuggled << bad;
    QTest::newRow("header line without a colon")
        << QByteArray("GET /v1/health HTTP/1.1\r\nHost: @HOST@\r\nX-No-Colon\r\n\r\n") + smuggled << bad;
    QTest::newRow("space between name and colon")
        << QByteArray("GET /v1/health HTTP/1.1\r\nHost: @HOST@\r\nX-A : 1\r\n\r\n") + smuggled << bad;
    QTest::newRow("Content-Length with a space before the colon")
        << login + "Content-Length : 2\r\n\r\n{}" + smuggled << bad;
}

void TestFrontDoor::framing()
{
    QFETCH(QByteArray, request);
    QFETCH(QList<int>, statuses);
    const QByteArray host = m_server.baseUrl().host().toLatin1() + ':' + QByteArray::number(m_server.baseUrl().port());
    request.replace("@HOST@", host).replace("@TOKEN@", m_token.toLatin1());
    QString f;
    auto c = connectTo(m_server, &f);
    QVERIFY2(c, qPrintable(f));
    c->send(request);
    const std::optional<Reply> r = c->next();
    QVERIFY2(r, qPrintable(c->error()));
    QVERIFY2(statuses.contains(r->status), qPrintable(r->describe()));
    // Refused by the front, not judged by a handler that was given a body.
    const QString code = r->json().value(u"error"_s).toString();
    const QStringList handlerCodes{u"validation_failed"_s, u"invalid_json"_s, u"unknown_field"_s, u"unsupported_media_type"_s};
    QVERIFY2(!handlerCodes.contains(code),
             qPrintable(u"a handler answered (the framing was accepted): "_s + r->describe()));
    QVERIFY2(c->waitClosed(kAnswerMs), qPrintable(u"the connection stayed open after: "_s + r->describe()));
    const std::optional<Reply> second = c->next(0);
    QVERIFY2(!second, qPrintable(u"the smuggled request was answered: "_s + (second ? second->describe() : QString())));
    QVERIFY2(c->unread().isEmpty(), qPrintable(u"bytes after the refusal: "_s + QString::fromLatin1(c->unread().left(200))));
}

// ---- 4. pipelining -------------------------------------------------------------------------

void TestFrontDoor::pipelinedAnswersInOrder()
{
    const QByteArray body = loginBody(phone::resident2, demoPassword);
    QString f;
    auto c = connectTo(m_server, &f);
    QVERIFY2(c, qPrintable(f));
    // One write: the login's hash runs on a worker and finishes last.
    c->send("POST /v1/auth/login HTTP/1.1\r\n" + hostLine(m_server) + "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body
            + get("/v1/me", m_server, "Authorization: Bearer " + m_token.toLatin1() + "\r\n") + get("/v1/health", m_server));
    QStringList order;
    for (int i = 0; i < 3; ++i) {
        const std::optional<Reply> r = c->next();
        QVERIFY2(r, qPrintable(u"answer %1 of 3 (after %2): %3"_s.arg(i + 1).arg(order.join(u", "_s), c->error())));
        QVERIFY2(r->status == 200, qPrintable(r->describe()));
        order << shapeOf(*r);
    }
    QCOMPARE(order.join(u", "_s), u"login, me, health"_s);
}

// ---- 6. strict paths -----------------------------------------------------------------------

void TestFrontDoor::strictPaths_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("//v1/health") << QByteArray("//v1/health");
    QTest::newRow("/v1/health/") << QByteArray("/v1/health/");
    QTest::newRow("/v1//me") << QByteArray("/v1//me");
    QTest::newRow("/v1/me/") << QByteArray("/v1/me/");
    QTest::newRow("/v1/me//") << QByteArray("/v1/me//");
}

void TestFrontDoor::strictPaths()
{
    QFETCH(QByteArray, target);
    QString f;
    auto c = connectTo(m_server, &f);
    QVERIFY2(c, qPrintable(f));
    // With a valid token: only the path decides.
    c->send(get(target, m_server, "Authorization: Bearer " + m_token.toLatin1() + "\r\n"));
    const std::optional<Reply> r = c->next();
    QVERIFY2(r, qPrintable(c->error()));
    QVERIFY2(r->status == 404, qPrintable(r->describe()));
}

void TestFrontDoor::headAnsweredLikeGet()
{
    QString f;
    auto c = connectTo(m_server, &f);
    QVERIFY2(c, qPrintable(f));
    c->send("HEAD /v1/health HTTP/1.1\r\n" + hostLine(m_server) + "\r\n" + get("/v1/health", m_server));
    const std::optional<Reply> head = c->next(kAnswerMs, true);
    QVERIFY2(head, qPrintable(c->error()));
    QVERIFY2(head->status == 200, qPrintable(head->describe()));
    const std::optional<Reply> got = c->next();
    QVERIFY2(got, qPrintable(u"the GET after the HEAD: "_s + c->error()));
    QVERIFY2(got->status == 200 && shapeOf(*got) == u"health"_s,
             qPrintable(u"the GET after the HEAD (body bytes after the HEAD answer?): "_s + got->describe()));
    QVERIFY2(head->hasHeader("Content-Length"), qPrintable(head->describe()));
    QCOMPARE(head->header("Content-Length"), got->header("Content-Length"));
    QCOMPARE(head->header("Content-Type"), got->header("Content-Type"));
}

// ---- 7. TLS --------------------------------------------------------------------------------

namespace {

/// The handshake with \a config, and on success a GET /v1/health answered 200.
QString handshake(const TestServer &server, QSslConfiguration config, QString *cipher = nullptr)
{
    config.setCaCertificates(QSslCertificate::fromPath(server.caFile()));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    Conn c(config);
    c.open(server);
    if (!c.waitEncrypted())
        return u"handshake failed: "_s + c.error();
    if (cipher)
        *cipher = c.socket()->sessionCipher().name() + u" "_s + c.socket()->sessionCipher().protocolString();
    c.send("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const std::optional<Reply> r = c.next();
    if (!r || r->status != 200)
        return u"no 200 after the handshake: "_s + (r ? r->describe() : c.error());
    return {};
}

/// `openssl s_client` with \a args against \a server, with \a input written once connected;
/// its output when it ran (empty when openssl is missing).
QString sClient(const TestServer &server, const QStringList &args, const QByteArray &input,
                const std::function<bool(const QString &)> &doneWhen, int ms, int *exitCode = nullptr)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        return {};
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(openssl, QStringList{u"s_client"_s, u"-connect"_s,
                                 u"%1:%2"_s.arg(server.baseUrl().host()).arg(server.baseUrl().port()),
                                 u"-CAfile"_s, server.caFile(), u"-servername"_s, u"localhost"_s}
                         + args);
    if (!p.waitForStarted(5000))
        return {};
    QString out;
    QObject::connect(&p, &QProcess::readyRead, &p, [&] { out += QString::fromLatin1(p.readAll()); });
    bool wrote = input.isEmpty();
    cytest::waitUntil([&] {
        if (!wrote && out.contains(u"---\n"_s) && out.contains(u"Verify return code"_s)) {
            p.write(input);
            wrote = true;
        }
        return p.state() == QProcess::NotRunning || (wrote && doneWhen(out));
    }, ms);
    p.closeWriteChannel();
    if (!p.waitForFinished(3000)) {
        p.kill();
        p.waitForFinished(2000);
    }
    out += QString::fromLatin1(p.readAll());
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return out.isEmpty() ? u"(no output)"_s : out;
}

} // namespace

void TestFrontDoor::oldTlsRefused_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("TLS 1.0") << u"-tls1"_s;
    QTest::newRow("TLS 1.1") << u"-tls1_1"_s;
}

void TestFrontDoor::oldTlsRefused()
{
    // Qt 6.4 no longer offers TLS 1.0/1.1 to a client socket; openssl s_client still can, once
    // its own security level allows it (SECLEVEL=0), so a refusal comes from the server.
    QFETCH(QString, flag);
    int rc = 0;
    const QString out = sClient(m_server, {flag, u"-cipher"_s, u"DEFAULT@SECLEVEL=0"_s}, "Q\n",
                                [](const QString &) { return true; }, 8000, &rc);
    if (out.isEmpty())
        QSKIP("openssl is not installed");
    if (out.contains(u"no protocols available"_s)
        || (out.contains(u"unsupported protocol"_s, Qt::CaseInsensitive) && !out.contains(u"alert"_s)))
        QSKIP(qPrintable(u"this openssl cannot offer "_s + flag));
    const bool negotiated = out.contains(u"Cipher is "_s) && !out.contains(u"Cipher is (NONE)"_s);
    QVERIFY2(!negotiated, qPrintable(u"the server accepted "_s + flag + u":\n"_s + out.left(2000)));
}

namespace {

/// TLS 1.2 offering only @p suite.
QSslConfiguration tls12Offering(const QSslCipher &suite)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2);
    config.setCiphers({suite});
    return config;
}

} // namespace

void TestFrontDoor::tls12CbcRefused_data()
{
    // The server's key is EC (P-256, `init`): the ECDSA suites are the ones it could choose.
    QTest::addColumn<QString>("cipher");
    QTest::newRow("ECDHE-ECDSA-AES128-SHA256") << u"ECDHE-ECDSA-AES128-SHA256"_s;
    QTest::newRow("ECDHE-ECDSA-AES256-SHA384") << u"ECDHE-ECDSA-AES256-SHA384"_s;
    QTest::newRow("ECDHE-ECDSA-AES128-SHA") << u"ECDHE-ECDSA-AES128-SHA"_s;
    QTest::newRow("ECDHE-ECDSA-AES256-SHA") << u"ECDHE-ECDSA-AES256-SHA"_s;
    // The brief's RSA examples: refused today already (no RSA key), kept in case the key type changes.
    QTest::newRow("ECDHE-RSA-AES128-SHA") << u"ECDHE-RSA-AES128-SHA"_s;
    QTest::newRow("AES128-SHA") << u"AES128-SHA"_s;
}

void TestFrontDoor::tls12CbcRefused()
{
    QFETCH(QString, cipher);
    const QSslCipher suite(cipher);
    if (suite.isNull())
        QSKIP(qPrintable(cipher + u" is not available in this TLS library"_s));
    QString negotiated;
    const QString failure = handshake(m_server, tls12Offering(suite), &negotiated);
    QVERIFY2(!failure.isEmpty(), qPrintable(u"the server accepted a CBC suite: "_s + negotiated));
}

void TestFrontDoor::tls12AeadAccepted_data()
{
    QTest::addColumn<QString>("cipher");
    QTest::newRow("ECDHE-ECDSA-AES128-GCM-SHA256") << u"ECDHE-ECDSA-AES128-GCM-SHA256"_s;
    QTest::newRow("ECDHE-ECDSA-AES256-GCM-SHA384") << u"ECDHE-ECDSA-AES256-GCM-SHA384"_s;
    QTest::newRow("ECDHE-ECDSA-CHACHA20-POLY1305") << u"ECDHE-ECDSA-CHACHA20-POLY1305"_s;
}

void TestFrontDoor::tls12AeadAccepted()
{
    QFETCH(QString, cipher);
    const QSslCipher suite(cipher);
    if (suite.isNull())
        QSKIP(qPrintable(cipher + u" is not available in this TLS library"_s));
    QString negotiated;
    CY_CHECK(handshake(m_server, tls12Offering(suite), &negotiated));
    QVERIFY2(negotiated.startsWith(cipher), qPrintable(negotiated));
}

void TestFrontDoor::tls13Accepted()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_3);
    QString negotiated;
    CY_CHECK(handshake(m_server, config, &negotiated));
    QVERIFY2(negotiated.contains(u"1.3"_s), qPrintable(negotiated));
}

void TestFrontDoor::renegotiationRefused()
{
    // s_client's "R" line asks for a renegotiation (TLS 1.2). Accepted, the server answers the
    // second ClientHello with a second ServerHello; refused, it never does.
    // "ServerHello" alone, not "ServerHelloDone".
    auto count = [](const QString &out, const QString &what) {
        return int(out.count(QRegularExpression(u", "_s + what + u"\\s*$"_s, QRegularExpression::MultilineOption)));
    };
    int rc = 0;
    const QString out = sClient(
        m_server, {u"-tls1_2"_s, u"-msg"_s}, "R\n",
        [&](const QString &o) {
            return count(o, u"ServerHello"_s) >= 2 || o.contains(u"alert"_s, Qt::CaseInsensitive)
                   || o.contains(u"errno"_s) || o.contains(u":error:"_s);
        },
        5000, &rc);
    if (out.isEmpty())
        QSKIP("openssl is not installed");
    const int clientHellos = count(out, u"ClientHello"_s);
    const int serverHellos = count(out, u"ServerHello"_s);
    if (clientHellos < 2)
        QSKIP(qPrintable(u"s_client did not try to renegotiate:\n"_s + out.right(1500)));
    QVERIFY2(serverHellos < 2, qPrintable(u"the server renegotiated on the client's request:\n"_s + out.right(1500)));
}

// ---- 5. timeouts and caps ------------------------------------------------------------------

void TestFrontDoor::slowHeadersClosed()
{
    TestServer *s = nullptr;
    CY_CHECK(timeoutServer(&s));
    const qint64 pid = s->pid();
    const int idleFds = openFds(pid);
    QVERIFY(idleFds > 0);
    constexpr int kConns = 300;
    constexpr int kHeaderTimeoutMs = 5000;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<Conn>> conns;
    const QSslConfiguration config = trustingConfig(*s);
    for (int i = 0; i < kConns; ++i) {
        conns.push_back(std::make_unique<Conn>(config));
        conns.back()->setClock(&clock);
        conns.back()->open(*s);
    }
    // A head that never ends.
    const QByteArray partial = "GET /v1/health HTTP/1.1\r\n" + hostLine(*s) + "X-Slow: 1\r\n";
    std::vector<bool> sent(kConns, false);
    int sentCount = 0;
    int peakFds = idleFds;
    qint64 lastSentAt = 0;
    cytest::waitUntil([&] {
        for (int i = 0; i < kConns; ++i) {
            if (!sent[i] && conns[i]->isEncrypted() && !conns[i]->isClosed()) {
                conns[i]->send(partial);
                sent[i] = true;
                ++sentCount;
                lastSentAt = clock.elapsed();
            }
        }
        peakFds = qMax(peakFds, openFds(pid));
        return std::all_of(conns.begin(), conns.end(), [](const auto &c) { return c->isEncrypted() || c->isClosed(); });
    }, 30000);
    const qint64 allSentAt = clock.elapsed();
    qInfo().noquote() << u"%1 of %2 slow connections got their partial head out within %3 ms; fds idle %4, peak %5"_s
                             .arg(sentCount).arg(kConns).arg(allSentAt).arg(idleFds).arg(peakFds);
    // Most must have been up at once, or the test proves nothing (a busy machine may be slow
    // to finish 300 handshakes, and the server may close the first before the last is up).
    QVERIFY2(sentCount >= kConns * 5 / 6,
             qPrintable(u"only %1 of %2 connections came up (the test proves nothing then)"_s.arg(sentCount).arg(kConns)));
    // Every one is closed by the server within the header timeout (and slack) of its start.
    const bool allClosed = cytest::waitUntil(
        [&] {
            peakFds = qMax(peakFds, openFds(pid));
            return std::all_of(conns.begin(), conns.end(), [](const auto &c) { return c->isClosed(); });
        },
        int(lastSentAt - clock.elapsed()) + kHeaderTimeoutMs + kSlackMs);
    const int open = int(std::count_if(conns.begin(), conns.end(), [](const auto &c) { return !c->isClosed(); }));
    QVERIFY2(allClosed, qPrintable(u"%1 of %2 slow connections still open %3 ms after the last partial head "
                                   "(header timeout 5 s); server fds %4 (idle %5)"_s
                                       .arg(open).arg(kConns).arg(clock.elapsed() - lastSentAt)
                                       .arg(openFds(pid)).arg(idleFds)));
    int answered = 0;
    for (auto &c : conns) {
        if (const std::optional<Reply> r = c->next(0)) {
            ++answered;
            QVERIFY2(r->status == 408 || r->status == 400, qPrintable(u"a slow head answered: "_s + r->describe()));
        }
    }
    conns.clear();
    // And the server let go of their descriptors.
    int fds = -1;
    const bool freed = cytest::waitUntil([&] { return (fds = openFds(pid)) <= idleFds + 5; }, kAnswerMs);
    QVERIFY2(freed, qPrintable(u"server fds %1 after all slow connections closed (idle %2, peak %3)"_s
                                   .arg(fds).arg(idleFds).arg(peakFds)));
    qInfo().noquote() << u"peak fds %1 (idle %2); %3 answered 408/400 before the close"_s.arg(peakFds).arg(idleFds).arg(answered);
}

void TestFrontDoor::silentConnectionsClosed()
{
    TestServer *s = nullptr;
    CY_CHECK(timeoutServer(&s));
    QElapsedTimer clock;
    clock.start();
    // After the TLS handshake, nothing.
    QString f;
    auto tls = connectTo(*s, &f);
    QVERIFY2(tls, qPrintable(f));
    // Not even a ClientHello.
    QTcpSocket tcp;
    bool tcpClosed = false;
    QObject::connect(&tcp, &QAbstractSocket::disconnected, [&] { tcpClosed = true; });
    tcp.connectToHost(s->baseUrl().host(), quint16(s->baseUrl().port()));
    QVERIFY(cytest::waitUntil([&] { return tcp.state() == QAbstractSocket::ConnectedState; }, kAnswerMs));
    const bool closed = cytest::waitUntil([&] { return tls->isClosed() && tcpClosed; }, 5000 + kSlackMs);
    QVERIFY2(closed, qPrintable(u"after %1 ms: the silent TLS connection is %2, the silent TCP connection is %3"_s
                                    .arg(clock.elapsed())
                                    .arg(tls->isClosed() ? u"closed"_s : u"open"_s, tcpClosed ? u"closed"_s : u"open"_s)));
}

void TestFrontDoor::idleKeepAliveClosed()
{
    TestServer *s = nullptr;
    CY_CHECK(timeoutServer(&s));
    QString f;
    auto c = connectTo(*s, &f);
    QVERIFY2(c, qPrintable(f));
    // Kept alive: a second request on the same connection is answered.
    for (int i = 0; i < 2; ++i) {
        c->send(get("/v1/health", *s));
        const std::optional<Reply> r = c->next();
        QVERIFY2(r && r->status == 200, qPrintable(r ? r->describe() : c->error()));
        QVERIFY2(!r->saysClose(), qPrintable(r->describe()));
    }
    QElapsedTimer idle;
    idle.start();
    QVERIFY2(c->waitClosed(2000 + kSlackMs),
             qPrintable(u"an idle keep-alive connection still open after %1 ms (--idle-timeout 2)"_s.arg(idle.elapsed())));
}

void TestFrontDoor::stalledBodyClosed()
{
    TestServer *s = nullptr;
    CY_CHECK(timeoutServer(&s));
    QString f;
    auto c = connectTo(*s, &f);
    QVERIFY2(c, qPrintable(f));
    c->send("POST /v1/auth/login HTTP/1.1\r\n" + hostLine(*s) + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"phone\":");
    QElapsedTimer stalled;
    stalled.start();
    QVERIFY2(c->waitClosed(3000 + kSlackMs),
             qPrintable(u"a stalled body still open after %1 ms (--body-timeout 3)"_s.arg(stalled.elapsed())));
    if (const std::optional<Reply> r = c->next(0))
        QVERIFY2(r->status == 408 || r->status == 400, qPrintable(u"a stalled body answered: "_s + r->describe()));
}

void TestFrontDoor::movingBodyServed()
{
    // A body that keeps moving is read to the end though it takes longer than the header
    // timeout and twice the body timeout: only a stall counts.
    TestServer *s = nullptr;
    CY_CHECK(timeoutServer(&s));
    QString f;
    auto c = connectTo(*s, &f);
    QVERIFY2(c, qPrintable(f));
    const QByteArray body = "{" + QByteArray(10, ' ') + "}";
    c->send("POST /v1/auth/login HTTP/1.1\r\n" + hostLine(*s) + "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n");
    QElapsedTimer clock;
    clock.start();
    int next = 0;
    // One byte every 600 ms: about 7 s in all, never 3 s without progress.
    const bool done = cytest::waitUntil([&] {
        if (c->isClosed())
            return true;
        if (next < body.size() && clock.elapsed() >= qint64(next) * 600) {
            c->send(body.mid(next, 1));
            ++next;
        }
        return next == body.size();
    }, 20000);
    QVERIFY2(done && !c->isClosed(), qPrintable(u"closed after %1 of %2 body bytes, %3 ms: %4"_s
                                                    .arg(next).arg(body.size()).arg(clock.elapsed()).arg(c->error())));
    const std::optional<Reply> r = c->next();
    QVERIFY2(r, qPrintable(c->error()));
    QVERIFY2(r->status == 400 && r->json().value(u"error"_s).toString() == u"validation_failed"_s, qPrintable(r->describe()));
}

void TestFrontDoor::connectionCaps()
{
    // 5 per address and 8 in all; other loopback addresses (127.0.0.2, .3) are other clients.
    TestServer s{TestServer::Backend::Sqlite};
    CY_CHECK(startServer(s, relaxedLoginLimits() + QStringList{u"--max-connections-per-address"_s, u"5"_s,
                                                                u"--max-connections"_s, u"8"_s}));
    const QHostAddress a1(u"127.0.0.1"_s), a2(u"127.0.0.2"_s), a3(u"127.0.0.3"_s);
    auto works = [&](Conn &c) -> QString {
        c.send(get("/v1/health", s));
        const std::optional<Reply> r = c.next();
        if (!r || r->status != 200)
            return r ? r->describe() : c.error();
        return {};
    };
    /// Refused: closed at once, or answered 503; never served.
    auto refused = [&](const QHostAddress &from, const QString &what) -> QString {
        Conn c(trustingConfig(s));
        c.open(s, from);
        bool asked = false;
        std::optional<Reply> r;
        cytest::waitUntil([&] {
            if (c.isEncrypted() && !asked && !c.isClosed()) {
                c.send(get("/v1/health", s));
                asked = true;
            }
            if (asked && !r)
                r = c.next(0);
            return c.isClosed() || r.has_value();
        }, kAnswerMs);
        if (!r && c.isClosed())
            r = c.next(0);
        if (r && r->status == 503)
            return {};
        if (r)
            return what + u" was served: "_s + r->describe();
        if (!c.isClosed())
            return what + u" was neither closed nor answered within %1 ms"_s.arg(kAnswerMs);
        return {};
    };

    std::vector<std::unique_ptr<Conn>> first;
    QString f;
    for (int i = 0; i < 5; ++i) {
        first.push_back(connectTo(s, &f, a1));
        QVERIFY2(first.back(), qPrintable(u"connection %1 of 5: "_s.arg(i + 1) + f));
        QCOMPARE(first.back()->socket()->localAddress(), a1);
        CY_CHECK(works(*first.back()));
    }
    CY_CHECK(refused(a1, u"the 6th connection from 127.0.0.1"_s));
    // Another address still gets in, up to the total of 8.
    std::vector<std::unique_ptr<Conn>> second;
    for (int i = 0; i < 3; ++i) {
        second.push_back(connectTo(s, &f, a2));
        QVERIFY2(second.back(), qPrintable(u"connection %1 from 127.0.0.2: "_s.arg(i + 1) + f));
        QVERIFY2(second.back()->socket()->localAddress() == a2, "test harness: cannot bind to 127.0.0.2");
        CY_CHECK(works(*second.back()));
    }
    CY_CHECK(refused(a3, u"a 9th connection in all (from 127.0.0.3)"_s));
    // The admitted ones still work.
    for (auto &c : first)
        CY_CHECK(works(*c));
    for (auto &c : second)
        CY_CHECK(works(*c));
    // A cap, not a ban: once one of the five closes, 127.0.0.1 gets a place again.
    first.front().reset();
    std::unique_ptr<Conn> again;
    QString last;
    bool served = false;
    const bool admitted = cytest::waitUntil([&] {
        if (served)
            return true;
        if (!again) {
            again = std::make_unique<Conn>(trustingConfig(s));
            again->open(s, a1);
        }
        if (again->isClosed()) {
            last = again->error();
            again.reset();
            return false;
        }
        served = again->isEncrypted() && works(*again).isEmpty();
        return served;
    }, kAnswerMs);
    QVERIFY2(admitted, qPrintable(u"127.0.0.1 got no place after one of its connections closed: "_s + last));
    s.stop();
}

QTEST_GUILESS_MAIN(TestFrontDoor)
#include "tst_frontdoor.moc"
