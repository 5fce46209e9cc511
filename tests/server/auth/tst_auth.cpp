// Authentication against the real server: login, refresh rotation and reuse, logout, bad and
// expired tokens, login rate limits, and what the request log must never contain.
#include "servertestutil.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

const QStringList kRevokedCodes{u"session_revoked"_s, u"invalid_token"_s};
const QStringList kBadTokenCodes{u"unauthorized"_s, u"invalid_token"_s};


// Changes one character in the middle of the token, away from any '.' separator, so that the
// replaced bits are all significant.
QString tamper(const QString &token, bool atStart)
{
    QString t = token;
    qsizetype i = atStart ? 0 : t.size() / 2;
    while (!atStart && i + 1 < t.size() && (t[i] == u'.' || t[i + 1] == u'.' || t[i - 1] == u'.'))
        ++i;
    t[i] = t[i] == u'A' ? u'B' : u'A';
    return t;
}

QString excerptAround(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    return text.mid(qMax<qsizetype>(0, at - 120), needle.size() + 240);
}

} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void health();
    void plainHttpRefused();
    void loginOk_data();
    void loginOk();
    void loginFailuresLookAlike();
    void loginFailuresTakeAlike();
    void refreshRotates();
    void refreshReuseRevokesSession();
    void refreshRetryAfterLostAnswer();
    void refreshRetriedThreeTimes();
    void refreshRetryEndsWhenRotatedAccessTokenUsed();
    void logout_data();
    void logout();
    void badTokens_data();
    void badTokens();
    void missingAuth_data();
    void missingAuth();
    void expiredToken();
    void loginRateLimitPerAccount();
    void loginRateLimitUnknownPhoneLooksAlike();
    void loginRateLimitPerAddress();
    void logHasNoSecrets();

private:
    TestServer *accountLimitedServer();

    TestServer m_server{TestServer::backendFromEnv()};
    std::unique_ptr<TestServer> m_accountLimited;
    Tokens m_resident1;
};

void TestAuth::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    TestClient c(m_server);
    HttpResponse r;
    m_resident1 = c.login(QString(phone::resident1), QString(demoPassword), &r);
    QVERIFY2(m_resident1.isValid(), qPrintable(r.describe()));
}

void TestAuth::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestAuth::cleanupTestCase()
{
    m_accountLimited.reset();
    m_server.stop();
}

void TestAuth::health()
{
    TestClient c(m_server);
    const HttpResponse r = c.get(u"/v1/health"_s);
    CY_CHECK(expectStatus(r, 200));
    QVERIFY2(r.header("Content-Type").startsWith("application/json"), qPrintable(r.describe()));
    QCOMPARE(r.object().value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(r.object().value(u"version"_s).toString(), u"0.1.0"_s);
}

void TestAuth::plainHttpRefused()
{
    QTcpSocket s;
    s.connectToHost(m_server.baseUrl().host(), quint16(m_server.baseUrl().port()));
    QVERIFY(s.waitForConnected(5000));
    s.write("GET /v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    for (int i = 0; i < 30 && s.state() == QAbstractSocket::ConnectedState; ++i) {
        s.waitForReadyRead(100);
        answer += s.readAll();
    }
    answer += s.readAll();
    QVERIFY2(!answer.startsWith("HTTP/1.1 2") && !answer.contains("\"ok\""),
             "the server answered plain HTTP: " + answer.left(200));
}

void TestAuth::loginOk_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("role");
    QTest::newRow("resident 1") << QString(phone::resident1) << u"resident"_s;
    QTest::newRow("resident 2") << QString(phone::resident2) << u"resident"_s;
    QTest::newRow("agent") << QString(phone::agent) << u"agent"_s;
    QTest::newRow("technician") << QString(phone::tech1) << u"technician"_s;
    QTest::newRow("manager") << QString(phone::manager) << u"manager"_s;
}

void TestAuth::loginOk()
{
    QFETCH(QString, phone);
    QFETCH(QString, role);
    TestClient c(m_server);
    HttpResponse r;
    const Tokens t = c.login(phone, QString(demoPassword), &r);
    CY_CHECK(expectStatus(r, 200));
    QVERIFY2(t.isValid(), qPrintable(r.describe()));
    QVERIFY(t.accessToken != t.refreshToken);
    QVERIFY2(t.expiresIn >= 60 && t.expiresIn <= 3600, qPrintable(r.describe()));
    QVERIFY2(!r.body.contains(phone.toUtf8()), "the login answer holds the full phone number");

    const QSet<QString> meKeys{u"id"_s, u"name"_s, u"role"_s, u"phoneMasked"_s, u"estates"_s, u"units"_s};
    const QStringList keys = t.user.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()), meKeys);
    QVERIFY(!t.userId().isEmpty());
    QCOMPARE(t.user.value(u"role"_s).toString(), role);
    QCOMPARE(t.user.value(u"phoneMasked"_s).toString(), phone.left(3) + u"****"_s + phone.right(4));
    bool hasEstate = false;
    for (const QJsonValue &e : t.user.value(u"estates"_s).toArray()) {
        QVERIFY(e.toObject().value(u"name"_s).isString());
        hasEstate = hasEstate || e.toObject().value(u"id"_s).toString() == QString(demoEstate);
    }
    QVERIFY2(hasEstate, "est-1 is not among the user's estates");
    const QJsonArray units = t.user.value(u"units"_s).toArray();
    QVERIFY(t.user.value(u"units"_s).isArray());
    if (role == u"resident"_s) {
        QVERIFY2(!units.isEmpty(), "a demo resident has no units");
        for (const QJsonValue &u : units) {
            const QJsonObject o = u.toObject();
            for (const QString &k : {u"id"_s, u"estateId"_s, u"buildingId"_s, u"number"_s})
                QVERIFY2(o.value(k).isString() && !o.value(k).toString().isEmpty(), qPrintable(k));
            QCOMPARE(o.value(u"estateId"_s).toString(), QString(demoEstate));
        }
    } else {
        QVERIFY2(units.isEmpty(), "staff have units in Me");
    }

    const HttpResponse me = c.get(u"/v1/me"_s);
    CY_CHECK(expectStatus(me, 200));
    QCOMPARE(me.object(), t.user);
}

void TestAuth::loginFailuresLookAlike()
{
    TestClient c(m_server);
    HttpResponse wrongPassword, unknownPhone;
    QVERIFY(!c.login(QString(phone::resident2), u"not-the-password-1"_s, &wrongPassword).isValid());
    QVERIFY(!c.login(u"13712340000"_s, u"not-the-password-1"_s, &unknownPhone).isValid());
    CY_CHECK(expectError(wrongPassword, {401}, {u"invalid_credentials"_s}));
    CY_CHECK(expectError(unknownPhone, {401}, {u"invalid_credentials"_s}));
    // Nothing may tell a known phone from an unknown one.
    QCOMPARE(unknownPhone.object(), wrongPassword.object());
    QCOMPARE(unknownPhone.header("Retry-After"), wrongPassword.header("Retry-After"));
}

void TestAuth::loginFailuresTakeAlike()
{
    // An unknown phone must cost the same password hashing as a wrong password, or the time
    // of the answer tells which phones have accounts. Medians of three; a factor of three
    // apart is far beyond noise when one side skips the slow hash.
    auto median = [this](const QString &phone) {
        QList<qint64> ms;
        TestClient c(m_server);
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            HttpResponse r;
            c.login(phone, u"not-the-password-2"_s, &r);
            ms << t.elapsed();
            if (r.status != 401)
                qWarning().noquote() << r.describe();
        }
        std::sort(ms.begin(), ms.end());
        return qMax<qint64>(1, ms[1]);
    };
    const qint64 known = median(phone::resident2);
    const qint64 unknown = median(u"13712340001"_s);
    QVERIFY2(known <= 3 * unknown && unknown <= 3 * known,
             qPrintable(u"a wrong password takes %1 ms, an unknown phone %2 ms"_s.arg(known).arg(unknown)));
}

void TestAuth::refreshRotates()
{
    TestClient c(m_server);
    const Tokens t1 = c.login(QString(phone::resident1), QString(demoPassword));
    QVERIFY(t1.isValid());

    HttpResponse r;
    const Tokens t2 = c.refresh(t1.refreshToken, &r);
    CY_CHECK(expectStatus(r, 200));
    QVERIFY2(t2.isValid(), qPrintable(r.describe()));
    QVERIFY(t2.refreshToken != t1.refreshToken);
    QVERIFY(t2.expiresIn > 0);
    QCOMPARE(t2.userId(), t1.userId());
    c.setBearer(t2.accessToken);
    CY_CHECK(expectStatus(c.get(u"/v1/me"_s), 200));

    const Tokens t3 = c.refresh(t2.refreshToken, &r);
    CY_CHECK(expectStatus(r, 200));
    QVERIFY(t3.refreshToken != t2.refreshToken);
    c.setBearer(t3.accessToken);
    CY_CHECK(expectStatus(c.get(u"/v1/me"_s), 200));

    // The first refresh token is spent.
    c.refresh(t1.refreshToken, &r);
    CY_CHECK(expectError(r, {401}, {u"refresh_reused"_s}));
}

void TestAuth::refreshReuseRevokesSession()
{
    TestClient c(m_server);
    TestClient other(m_server);
    const Tokens first = c.login(QString(phone::resident1), QString(demoPassword));
    const Tokens otherSession = other.login(QString(phone::resident1), QString(demoPassword));
    QVERIFY(first.isValid() && otherSession.isValid());

    HttpResponse r;
    const Tokens rotated = c.refresh(first.refreshToken, &r);
    CY_CHECK(expectStatus(r, 200));

    c.refresh(first.refreshToken, &r);
    CY_CHECK(expectError(r, {401}, {u"refresh_reused"_s}));

    // The whole session is gone: the tokens the legitimate refresh produced too.
    c.setBearer(rotated.accessToken);
    CY_CHECK(expectError(c.get(u"/v1/me"_s), {401}, kRevokedCodes));
    c.setBearer(first.accessToken);
    CY_CHECK(expectError(c.get(u"/v1/me"_s), {401}, kRevokedCodes));
    c.refresh(rotated.refreshToken, &r);
    CY_CHECK(expectError(r, {401}, kRevokedCodes + QStringList{u"refresh_reused"_s}));

    // Another session of the same user is not affected.
    CY_CHECK(expectStatus(other.get(u"/v1/me"_s), 200));
    other.refresh(otherSession.refreshToken, &r);
    CY_CHECK(expectStatus(r, 200));
}

void TestAuth::refreshRetryAfterLostAnswer()
{
    TestClient c(m_server);
    const Tokens first = c.login(QString(phone::resident1), QString(demoPassword));
    QVERIFY(first.isValid());
    const QString requestId = TestClient::newId();
    auto refresh = [&](const QString &token, const QString &id) {
        QJsonObject body{{u"refreshToken"_s, token}};
        if (!id.isEmpty())
            body.insert(u"requestId"_s, id);
        return c.post(u"/v1/auth/refresh"_s, body, {{"Authorization", {}}});
    };

    // The answer to this refresh is "lost": the client never learns the rotated token…
    CY_CHECK(expectStatus(refresh(first.refreshToken, requestId), 200));
    // …so it sends the same request again, with the same requestId: a new pair, same session.
    HttpResponse retry = refresh(first.refreshToken, requestId);
    CY_CHECK(expectStatus(retry, 200));
    const QString latest = retry.object().value(u"refreshToken"_s).toString();
    c.setBearer(retry.object().value(u"accessToken"_s).toString());
    CY_CHECK(expectStatus(c.get(u"/v1/me"_s), 200));
    CY_CHECK(expectStatus(refresh(latest, TestClient::newId()), 200));

    // Once the session has moved on, the old token with the old requestId is a copied token.
    HttpResponse late = refresh(first.refreshToken, requestId);
    CY_CHECK(expectError(late, {401}, {u"refresh_reused"_s}));

    // And a spent token with another requestId revokes the session at once.
    TestClient d(m_server);
    const Tokens second = d.login(QString(phone::resident1), QString(demoPassword));
    HttpResponse r;
    d.refresh(second.refreshToken, &r);
    CY_CHECK(expectStatus(r, 200));
    QJsonObject copied{{u"refreshToken"_s, second.refreshToken}, {u"requestId"_s, TestClient::newId()}};
    CY_CHECK(expectError(d.post(u"/v1/auth/refresh"_s, copied, {{"Authorization", {}}}), {401}, {u"refresh_reused"_s}));
}

// Finding 8 of issue 9: an answer lost twice. The retry of the same refresh (same token, same
// requestId) is answered again as often as it comes, until the client uses what it got.
void TestAuth::refreshRetriedThreeTimes()
{
    TestClient c(m_server);
    const Tokens first = c.login(QString(phone::resident2), QString(demoPassword));
    QVERIFY(first.isValid());
    const QString requestId = TestClient::newId();
    auto refresh = [&](const QString &token, const QString &id) {
        return c.post(u"/v1/auth/refresh"_s, QJsonObject{{u"refreshToken"_s, token}, {u"requestId"_s, id}},
                      {{"Authorization", {}}});
    };
    QStringList handedOut;
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const HttpResponse r = refresh(first.refreshToken, requestId);
        QVERIFY2(r.status == 200, qPrintable(u"try %1 of the same refresh: %2"_s.arg(attempt).arg(r.describe())));
        handedOut << r.object().value(u"refreshToken"_s).toString();
        c.setBearer(r.object().value(u"accessToken"_s).toString());
    }
    // The last answer is the one that arrived: its tokens work and the session goes on.
    CY_CHECK(expectStatus(c.get(u"/v1/me"_s), 200));
    const HttpResponse next = refresh(handedOut.last(), TestClient::newId());
    CY_CHECK(expectStatus(next, 200));
    c.setBearer(next.object().value(u"accessToken"_s).toString());
    CY_CHECK(expectStatus(c.get(u"/v1/me"_s), 200));
    // Now the client has moved on: the old retry is a copied token and ends the session.
    CY_CHECK(expectError(refresh(first.refreshToken, requestId), {401}, {u"refresh_reused"_s}));
    CY_CHECK(expectError(c.get(u"/v1/me"_s), {401}, kRevokedCodes));
}

// The retry stops being a retry once the rotated access token was used (the answer did arrive),
// and a token from an answer a later retry replaced never works.
void TestAuth::refreshRetryEndsWhenRotatedAccessTokenUsed()
{
    TestClient c(m_server);
    const Tokens first = c.login(QString(phone::resident2), QString(demoPassword));
    QVERIFY(first.isValid());
    const QString requestId = TestClient::newId();
    auto refresh = [&](const QString &token) {
        return c.post(u"/v1/auth/refresh"_s, QJsonObject{{u"refreshToken"_s, token}, {u"requestId"_s, requestId}},
                      {{"Authorization", {}}});
    };
    const HttpResponse lost = refresh(first.refreshToken);
    CY_CHECK(expectStatus(lost, 200));
    const HttpResponse arrived = refresh(first.refreshToken);
    CY_CHECK(expectStatus(arrived, 200));
    c.setBearer(arrived.object().value(u"accessToken"_s).toString());
    CY_CHECK(expectStatus(c.get(u"/v1/me"_s), 200));
    // The rotated access token was used: the same refresh again is a copy.
    CY_CHECK(expectError(refresh(first.refreshToken), {401}, {u"refresh_reused"_s}));
    CY_CHECK(expectError(c.get(u"/v1/me"_s), {401}, kRevokedCodes));

    // A replaced answer's refresh token is not a way in either.
    TestClient d(m_server);
    const Tokens second = d.login(QString(phone::resident2), QString(demoPassword));
    QVERIFY(second.isValid());
    const QString id2 = TestClient::newId();
    auto refresh2 = [&](const QString &token, const QString &id) {
        return d.post(u"/v1/auth/refresh"_s, QJsonObject{{u"refreshToken"_s, token}, {u"requestId"_s, id}},
                      {{"Authorization", {}}});
    };
    const HttpResponse replaced = refresh2(second.refreshToken, id2);
    CY_CHECK(expectStatus(replaced, 200));
    CY_CHECK(expectStatus(refresh2(second.refreshToken, id2), 200));
    CY_CHECK(expectError(refresh2(replaced.object().value(u"refreshToken"_s).toString(), TestClient::newId()), {401},
                         {u"refresh_reused"_s}));
}

void TestAuth::logout_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("no body") << QByteArray();
}

void TestAuth::logout()
{
    QFETCH(QByteArray, body);
    TestClient c(m_server);
    TestClient other(m_server);
    const Tokens t = c.login(QString(phone::resident2), QString(demoPassword));
    QVERIFY(t.isValid());
    QVERIFY(other.login(QString(phone::resident2), QString(demoPassword)).isValid());

    const HttpResponse out = c.postRaw(u"/v1/auth/logout"_s, body, body.isEmpty() ? QByteArray() : "application/json");
    CY_CHECK(expectStatus(out, 204));
    QVERIFY2(out.body.isEmpty(), qPrintable(out.describe()));

    CY_CHECK(expectError(c.get(u"/v1/me"_s), {401}, {u"session_revoked"_s}));
    HttpResponse r;
    c.refresh(t.refreshToken, &r);
    CY_CHECK(expectError(r, {401}, kRevokedCodes + QStringList{u"refresh_reused"_s}));
    c.setBearer(t.accessToken);
    CY_CHECK(expectError(c.postRaw(u"/v1/auth/logout"_s, "{}"), {401}, kRevokedCodes));

    CY_CHECK(expectStatus(other.get(u"/v1/me"_s), 200));
}

void TestAuth::badTokens_data()
{
    QTest::addColumn<QString>("variant");
    for (const char *v : {"garbage", "empty bearer", "basic scheme", "tampered middle", "tampered start",
                          "truncated", "extended", "refresh token as access token", "very long"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestAuth::badTokens()
{
    QFETCH(QString, variant);
    const QString token = m_resident1.accessToken;
    QByteArray header;
    if (variant == u"garbage"_s)
        header = "Bearer not-a-token";
    else if (variant == u"empty bearer"_s)
        header = "Bearer ";
    else if (variant == u"basic scheme"_s)
        header = "Basic " + QByteArray("13800000001:courtyard-demo").toBase64();
    else if (variant == u"tampered middle"_s)
        header = "Bearer " + tamper(token, false).toUtf8();
    else if (variant == u"tampered start"_s)
        header = "Bearer " + tamper(token, true).toUtf8();
    else if (variant == u"truncated"_s)
        header = "Bearer " + token.chopped(4).toUtf8();
    else if (variant == u"extended"_s)
        header = "Bearer " + token.toUtf8() + "AAAA";
    else if (variant == u"refresh token as access token"_s)
        header = "Bearer " + m_resident1.refreshToken.toUtf8();
    else
        header = "Bearer " + QByteArray(4000, 'A');

    TestClient c(m_server);
    CY_CHECK(expectError(c.get(u"/v1/me"_s, {{"Authorization", header}}), {401}, kBadTokenCodes));
    CY_CHECK(expectError(c.get(u"/v1/sync?since=0"_s, {{"Authorization", header}}), {401}, kBadTokenCodes));
    // The genuine token still works.
    c.setBearer(token);
    CY_CHECK(expectStatus(c.get(u"/v1/me"_s), 200));
}

void TestAuth::missingAuth_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    const QByteArray png = makePng(uniqueSeed());
    const QString attachment = u"/v1/attachments/"_s + sha256Hex(png);
    const QByteArray command = QJsonDocument(QJsonObject{
        {u"id"_s, TestClient::newId()}, {u"type"_s, u"ticket.submit"_s},
        {u"payload"_s, submitPayload(TestClient::newId(), m_resident1.user.value(u"units"_s)[0][u"id"_s].toString())}})
                                   .toJson(QJsonDocument::Compact);
    QTest::newRow("GET /v1/me") << QByteArray("GET") << u"/v1/me"_s << QByteArray() << QByteArray();
    QTest::newRow("GET /v1/sync") << QByteArray("GET") << u"/v1/sync"_s << QByteArray() << QByteArray();
    QTest::newRow("GET /v1/sync?since=0&limit=10") << QByteArray("GET") << u"/v1/sync?since=0&limit=10"_s
                                                   << QByteArray() << QByteArray();
    QTest::newRow("POST /v1/commands") << QByteArray("POST") << u"/v1/commands"_s << command
                                       << QByteArray("application/json");
    QTest::newRow("GET /v1/kpis") << QByteArray("GET") << u"/v1/kpis?estateId=est-1"_s << QByteArray() << QByteArray();
    QTest::newRow("PUT attachment") << QByteArray("PUT") << attachment << png << QByteArray("image/png");
    QTest::newRow("GET attachment") << QByteArray("GET") << attachment << QByteArray() << QByteArray();
    QTest::newRow("POST /v1/auth/logout") << QByteArray("POST") << u"/v1/auth/logout"_s << QByteArray("{}")
                                          << QByteArray("application/json");
}

void TestAuth::missingAuth()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    TestClient c(m_server);
    HttpHeaders headers;
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    const HttpResponse r = c.send(method, path, body, headers);
    CY_CHECK(expectError(r, {401}, {u"unauthorized"_s}));

    if (method == "PUT") {
        // Nothing was stored: the owner-to-be cannot fetch it.
        c.setBearer(m_resident1.accessToken);
        CY_CHECK(expectError(c.get(path), {404}, {u"not_found"_s}));
    }
    if (path == u"/v1/commands"_s) {
        const QString ticketId = QJsonDocument::fromJson(body)[u"payload"_s][u"ticketId"_s].toString();
        c.setBearer(m_resident1.accessToken);
        Replica replica;
        CY_CHECK(pullAll(c, &replica));
        QVERIFY2(!replica.has(u"ticket"_s, ticketId), "an unauthenticated command created a ticket");
    }
}

void TestAuth::expiredToken()
{
    const QString faketime = cy::libFaketime();
    if (faketime.isEmpty())
        QSKIP("libfaketime is not installed (Debian package faketime): cannot move the server's clock");
    TestServer server(m_server.backend());
    CY_CHECK(startServer(server, relaxedLoginLimits()));
    TestClient c(server);
    HttpResponse r;
    const Tokens t = c.login(QString(phone::resident1), QString(demoPassword), &r);
    QVERIFY2(t.isValid(), qPrintable(r.describe()));

    // Same state and database, the server's clock two minutes past the token's lifetime.
    QVERIFY2(server.restart(relaxedLoginLimits(),
                            {u"LD_PRELOAD="_s + faketime, u"FAKETIME=+%1"_s.arg(t.expiresIn + 120),
                             u"FAKETIME_DONT_FAKE_MONOTONIC=1"_s}),
             qPrintable(server.errorString()));
    c.setBaseUrl(server.baseUrl());
    CY_CHECK(expectError(c.get(u"/v1/me"_s), {401}, {u"token_expired"_s}));

    // The refresh token outlives the access token: that is how a client carries on.
    const Tokens renewed = c.refresh(t.refreshToken, &r);
    CY_CHECK(expectStatus(r, 200));
    c.setBearer(renewed.accessToken);
    CY_CHECK(expectStatus(c.get(u"/v1/me"_s), 200));
}

TestServer *TestAuth::accountLimitedServer()
{
    if (!m_accountLimited) {
        m_accountLimited = std::make_unique<TestServer>(m_server.backend());
        const QString f = startServer(*m_accountLimited, {u"--max-login-failures-per-account"_s, u"3"_s,
                                                          u"--max-logins-per-address-per-minute"_s, u"1000"_s});
        // A long first wait after the free failures, so the wait cannot run out mid-test (a
        // server without the setting ignores it).
        bool configured = f.isEmpty();
        if (configured) {
            QSettings ini(m_accountLimited->stateDir() + u"/courtyard-server.conf"_s, QSettings::IniFormat);
            ini.setValue(u"limits/loginDelaySeconds"_s, 600);
            ini.sync();
            configured = ini.status() == QSettings::NoError
                         && m_accountLimited->restart({u"--max-login-failures-per-account"_s, u"3"_s,
                                                       u"--max-logins-per-address-per-minute"_s, u"1000"_s});
        }
        if (!configured) {
            qWarning().noquote() << f;
            m_accountLimited.reset();
        }
    }
    return m_accountLimited.get();
}

void TestAuth::loginRateLimitPerAccount()
{
    TestServer *server = accountLimitedServer();
    QVERIFY2(server, "the server with --max-login-failures-per-account 3 did not start");
    TestClient c(*server);
    HttpResponse r;
    for (int i = 0; i < 3; ++i) {
        c.login(QString(phone::resident1), u"wrong-password-%1"_s.arg(i), &r);
        CY_CHECK(expectError(r, {401}, {u"invalid_credentials"_s}));
    }
    // The next attempt waits even with the right password: the answer must not tell it was right.
    c.login(QString(phone::resident1), QString(demoPassword), &r);
    CY_CHECK(expectError(r, {429}, {u"rate_limited"_s}));
    QVERIFY2(r.header("Retry-After").toInt() <= 3600, qPrintable(r.describe()));
    // Only that account.
    c.login(QString(phone::resident2), QString(demoPassword), &r);
    CY_CHECK(expectStatus(r, 200));
}

void TestAuth::loginRateLimitUnknownPhoneLooksAlike()
{
    TestServer *server = accountLimitedServer();
    QVERIFY2(server, "the server with --max-login-failures-per-account 3 did not start");
    TestClient c(*server);
    HttpResponse r;
    // An unknown phone must be limited like a known one, or the limit tells them apart.
    for (int i = 0; i < 3; ++i) {
        c.login(u"13755550000"_s, u"wrong-password-%1"_s.arg(i), &r);
        CY_CHECK(expectError(r, {401}, {u"invalid_credentials"_s}));
    }
    c.login(u"13755550000"_s, u"wrong-password-3"_s, &r);
    CY_CHECK(expectError(r, {429}, {u"rate_limited"_s}));
}

void TestAuth::loginRateLimitPerAddress()
{
    TestServer server(m_server.backend());
    CY_CHECK(startServer(server, {u"--max-logins-per-address-per-minute"_s, u"5"_s}));
    TestClient c(server);
    HttpResponse r;
    // Five attempts on five different (unknown) phones: no account limit is reached.
    for (int i = 0; i < 5; ++i) {
        c.login(u"1370000000%1"_s.arg(i), u"wrong-password"_s, &r);
        CY_CHECK(expectError(r, {401}, {u"invalid_credentials"_s}));
    }
    c.login(QString(phone::manager), QString(demoPassword), &r);
    CY_CHECK(expectError(r, {429}, {u"rate_limited"_s}));
    QVERIFY2(r.header("Retry-After").toInt() <= 60, qPrintable(r.describe()));
    // Only logins are limited.
    CY_CHECK(expectStatus(c.get(u"/v1/health"_s), 200));
}

void TestAuth::logHasNoSecrets()
{
    TestClient c(m_server);
    const QString wrongPassword = nonce(u"Wr0ng-pw"_s);
    const QString unknownPhone = u"13712345678"_s;
    HttpResponse r;
    const Tokens t = c.login(QString(phone::resident1), QString(demoPassword), &r);
    QVERIFY2(t.isValid(), qPrintable(r.describe()));
    TestClient failing(m_server);
    failing.login(QString(phone::resident2), wrongPassword, &r);
    CY_CHECK(expectError(r, {401}, {u"invalid_credentials"_s}));
    failing.login(unknownPhone, wrongPassword, &r);
    CY_CHECK(expectError(r, {401}, {u"invalid_credentials"_s}));
    const Tokens t2 = c.refresh(t.refreshToken, &r);
    QVERIFY2(t2.isValid(), qPrintable(r.describe()));
    CY_CHECK(expectStatus(c.get(u"/v1/me"_s), 200));
    CY_CHECK(expectStatus(c.get(u"/v1/sync?since=0&limit=5"_s), 200));

    const QString log = m_server.log(500);
    QVERIFY2(log.contains(u"auth/login"_s),
             qPrintable(u"the server wrote no request log line for /v1/auth/login; its output:\n"_s + log.right(2000)));
    const QList<std::pair<QString, QString>> secrets{
        {u"the demo password"_s, QString(demoPassword)},
        {u"a wrong password"_s, wrongPassword},
        {u"resident 1's phone"_s, QString(phone::resident1)},
        {u"resident 2's phone"_s, QString(phone::resident2)},
        {u"an unknown phone tried"_s, unknownPhone},
        {u"an access token"_s, t.accessToken},
        {u"an access token's tail"_s, t.accessToken.right(16)},
        {u"a refresh token"_s, t.refreshToken},
        {u"a refresh token's tail"_s, t.refreshToken.right(16)},
        {u"a rotated access token's tail"_s, t2.accessToken.right(16)},
        {u"a rotated refresh token's tail"_s, t2.refreshToken.right(16)},
    };
    for (const auto &[what, secret] : secrets)
        QVERIFY2(!log.contains(secret), qPrintable(u"the server log contains %1: …%2…"_s.arg(what, excerptAround(log, secret))));
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
