// Passwords against the real server: changing one's own (the old one required, the rules of
// libpwquality, every other session ends), and a reset with a one-time code the office sends
// (issue-reset-code on the console, the code read from the demo's messages file once the
// delivery job sent it): signed in, earlier sessions ended, the code single-use, wrong and
// expired codes, five wrong tries void a code, tries limited per phone. The server log holds
// neither a code nor a whole phone number.
#include "servertestutil.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace cy;

class TestPasswords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void weakPasswordsRefused_data();
    void weakPasswordsRefused();
    void changePasswordEndsOtherSessions();
    void resetWithCode();
    void wrongAndExpiredCodes();
    void fiveWrongTriesVoidTheCode();
    void logHoldsNoCodeNorPhone();

private:
    /// Runs issue-reset-code for @p phone and returns the code the phone got (empty on failure).
    QString issueCode(const QString &phone, QString *failure);
    /// The codes in the messages file for @p phone, oldest first.
    QStringList codesSentTo(const QString &phone);
    HttpResponse reset(const QString &phone, const QString &code, const QString &newPassword);
    /// Polls GET /v1/me with @p client until it answers @p status (3 s at most).
    HttpResponse waitForMe(TestClient &client, int status);

    TestServer m_server{TestServer::backendFromEnv()};
    QStringList m_codes; ///< every code the test saw, to look for in the log
};

void TestPasswords::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    // The reset tries per phone keep their defaults (5 free wrong codes); only the address
    // limit is raised, since every try here comes from 127.0.0.1.
    CY_CHECK(startServer(m_server, relaxedLoginLimits() + QStringList{u"--max-resets-per-address-per-minute"_s, u"1000"_s}));
}

void TestPasswords::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestPasswords::cleanupTestCase()
{
    m_server.stop();
}

QStringList TestPasswords::codesSentTo(const QString &phone)
{
    QStringList codes;
    QFile file(m_server.stateDir() + u"/outgoing-messages.jsonl"_s);
    if (!file.open(QIODevice::ReadOnly))
        return codes;
    static const QRegularExpression code(u"code is (\\d{6})"_s);
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.value(u"phone"_s).toString() != phone)
            continue;
        const QRegularExpressionMatch m = code.match(line.value(u"body"_s).toString());
        if (m.hasMatch())
            codes << m.captured(1);
    }
    return codes;
}

QString TestPasswords::issueCode(const QString &phone, QString *failure)
{
    const qsizetype before = codesSentTo(phone).size();
    QString out;
    const int rc = m_server.runCli({u"issue-reset-code"_s, u"--phone"_s, phone, u"--state"_s, m_server.stateDir()}, {}, &out);
    if (rc != 0) {
        *failure = u"issue-reset-code failed: "_s + out;
        return {};
    }
    if (!out.contains(u"code sent to "_s + phone.left(3) + u"****"_s + phone.right(4))) {
        *failure = u"issue-reset-code did not say where the code went: "_s + out;
        return {};
    }
    // The delivery job runs every 2 s on the server, after the console's transaction committed.
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        const QStringList codes = codesSentTo(phone);
        if (codes.size() > before) {
            if (out.contains(codes.last()))
                *failure = u"the console printed the code"_s;
            m_codes << codes.last();
            return codes.last();
        }
        QThread::msleep(100);
    }
    *failure = u"no code reached the messages file within 10 s"_s;
    return {};
}

HttpResponse TestPasswords::reset(const QString &phone, const QString &code, const QString &newPassword)
{
    TestClient anonymous(m_server);
    return anonymous.post(u"/v1/auth/reset"_s, {{u"phone"_s, phone}, {u"code"_s, code}, {u"newPassword"_s, newPassword}});
}

HttpResponse TestPasswords::waitForMe(TestClient &client, int status)
{
    const QDeadlineTimer deadline(3000);
    HttpResponse r;
    do {
        r = client.get(u"/v1/me"_s);
        if (r.status == status)
            break;
        QThread::msleep(100);
    } while (!deadline.hasExpired());
    return r;
}

void TestPasswords::weakPasswordsRefused_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("reasonWord");
    QTest::newRow("7 characters") << u"Kx7#mQ2"_s << u"fewer than 8"_s;
    QTest::newRow("the phone number") << u"my%1!"_s.arg(phone::tech2) << u"phone"_s;
    QTest::newRow("dictionary word") << u"password"_s << u"dictionary"_s;
    QTest::newRow("pattern") << u"12345678"_s << u"simple"_s;
    QTest::newRow("palindrome") << u"abcddcba"_s << u"palindrome"_s;
}

void TestPasswords::weakPasswordsRefused()
{
    QFETCH(QString, password);
    QFETCH(QString, reasonWord);
    TestClient client(m_server);
    QVERIFY(client.login(phone::tech2, demoPassword).isValid());
    const HttpResponse r = client.post(u"/v1/auth/password"_s, {{u"oldPassword"_s, demoPassword}, {u"newPassword"_s, password}});
    CY_CHECK(expectError(r, {422}, {u"weak_password"_s}));
    const QString reason = r.object().value(u"reason"_s).toString();
    QVERIFY2(reason.contains(reasonWord, Qt::CaseInsensitive), qPrintable(r.describe()));
    QVERIFY2(!r.body.contains('"' + password.toUtf8() + '"'), "the answer repeats the password");
    // Nothing changed: the old password still signs in.
    TestClient again(m_server);
    QVERIFY(again.login(phone::tech2, demoPassword).isValid());
}

void TestPasswords::changePasswordEndsOtherSessions()
{
    const QString newPassword = u"Violet-Meadow-53"_s;
    TestClient here(m_server), elsewhere(m_server);
    QVERIFY(here.login(phone::resident2, demoPassword).isValid());
    const Tokens other = elsewhere.login(phone::resident2, demoPassword);
    QVERIFY(other.isValid());

    CY_CHECK(expectError(here.post(u"/v1/auth/password"_s, {{u"newPassword"_s, newPassword}}), {400}, {u"validation_failed"_s}));
    CY_CHECK(expectError(here.post(u"/v1/auth/password"_s, {{u"oldPassword"_s, u"not-the-password"_s}, {u"newPassword"_s, newPassword}}),
                         {403}, {u"wrong_password"_s}));
    // Without a session there is nothing to change.
    TestClient anonymous(m_server);
    CY_CHECK(expectError(anonymous.post(u"/v1/auth/password"_s, {{u"oldPassword"_s, demoPassword}, {u"newPassword"_s, newPassword}}),
                         {401}));
    // Still the old password after the refusals.
    CY_CHECK(expectStatus(elsewhere.get(u"/v1/me"_s), 200));

    CY_CHECK(expectStatus(here.post(u"/v1/auth/password"_s, {{u"oldPassword"_s, demoPassword}, {u"newPassword"_s, newPassword}}), 204));
    // The other session ends (its access token and its refresh token); this one goes on.
    CY_CHECK(expectError(waitForMe(elsewhere, 401), {401}, {u"session_revoked"_s}));
    HttpResponse refreshed;
    QVERIFY(!elsewhere.refresh(other.refreshToken, &refreshed).isValid());
    CY_CHECK(expectError(refreshed, {401}, {u"session_revoked"_s}));
    CY_CHECK(expectStatus(here.get(u"/v1/me"_s), 200));

    HttpResponse r;
    TestClient fresh(m_server);
    QVERIFY(!fresh.login(phone::resident2, demoPassword, &r).isValid());
    CY_CHECK(expectError(r, {401}, {u"invalid_credentials"_s}));
    QVERIFY(fresh.login(phone::resident2, newPassword, &r).isValid());
}

void TestPasswords::resetWithCode()
{
    const QString phone = phone::resident1;
    const QString newPassword = u"Quiet-Harbour-82"_s;
    TestClient before(m_server);
    const Tokens old = before.login(phone, demoPassword);
    QVERIFY(old.isValid());

    QString failure;
    const QString code = issueCode(phone, &failure);
    QVERIFY2(!code.isEmpty() && failure.isEmpty(), qPrintable(failure));
    // Sent: the stored body is blanked, the attempt counted.
    QCOMPARE(m_server.querySql(u"SELECT COUNT(*) FROM outgoing_messages WHERE phone = '%1' AND sent_at IS NOT NULL"
                               " AND body = '' AND attempts = 1"_s.arg(phone))
                 .toInt(),
             1);
    QVERIFY(!m_server.querySql(u"SELECT 1 FROM outgoing_messages WHERE body LIKE '%%1%'"_s.arg(code)).isValid());
    // The console's act is in the audit log, with the masked phone only.
    const QString summary = m_server.querySql(u"SELECT summary FROM audit_log WHERE action = 'account.resetCode'"_s).toString();
    QVERIFY2(summary.contains(u"138****0001"_s) && !summary.contains(phone), qPrintable(summary));

    // A code typed with a space in the middle is the same code.
    const HttpResponse r = reset(phone, code.left(3) + u' ' + code.mid(3), newPassword);
    CY_CHECK(expectStatus(r, 200));
    const QString access = r.object().value(u"accessToken"_s).toString();
    QVERIFY(!access.isEmpty() && !r.object().value(u"refreshToken"_s).toString().isEmpty());
    QCOMPARE(r.object().value(u"user"_s).toObject().value(u"id"_s).toString(), old.userId());
    TestClient after(m_server);
    after.setBearer(access);
    CY_CHECK(expectStatus(after.get(u"/v1/me"_s), 200));

    // The session from before the reset has ended.
    CY_CHECK(expectError(waitForMe(before, 401), {401}, {u"session_revoked"_s}));
    QVERIFY(!before.refresh(old.refreshToken).isValid());

    // The code is spent.
    CY_CHECK(expectError(reset(phone, code, u"Another-Garden-19"_s), {404}, {u"code_unknown"_s}));
    HttpResponse login;
    TestClient fresh(m_server);
    QVERIFY(!fresh.login(phone, demoPassword, &login).isValid());
    QVERIFY2(fresh.login(phone, newPassword, &login).isValid(), qPrintable(login.describe()));
}

void TestPasswords::wrongAndExpiredCodes()
{
    const QString phone = phone::agent;
    const QString newPassword = u"Copper-Lantern-64"_s;
    QString failure;
    const QString code = issueCode(phone, &failure);
    QVERIFY2(!code.isEmpty() && failure.isEmpty(), qPrintable(failure));
    const QString wrong = code == u"000000" ? u"000001"_s : u"000000"_s;

    // A wrong code and a phone without an account answer alike.
    const HttpResponse wrongCode = reset(phone, wrong, newPassword);
    CY_CHECK(expectError(wrongCode, {404}, {u"code_unknown"_s}));
    const HttpResponse nobody = reset(u"13712345678"_s, code, newPassword);
    CY_CHECK(expectError(nobody, {404}, {u"code_unknown"_s}));
    QCOMPARE(nobody.body, wrongCode.body);

    // A weak password is refused before the code is looked at, and does not spend it.
    CY_CHECK(expectError(reset(phone, code, u"password"_s), {422}, {u"weak_password"_s}));
    CY_CHECK(expectError(reset(phone, u"12345"_s, newPassword), {400}, {u"validation_failed"_s}));

    // Past its time: 410. (Its validity of 24 hours is what the row says.)
    const QString userId = m_server.querySql(u"SELECT id FROM users WHERE phone = '%1'"_s.arg(phone)).toString();
    QCOMPARE(m_server.querySql(u"SELECT expires_at - issued_at FROM password_codes WHERE user_id = '%1' AND used_at IS NULL"
                               " AND attempts < 5"_s.arg(userId))
                 .toLongLong(),
             24ll * 3600 * 1000);
    QString error;
    QVERIFY2(m_server.execSql(u"UPDATE password_codes SET expires_at = issued_at - 1 WHERE user_id = '%1'"_s.arg(userId), &error),
             qPrintable(error));
    CY_CHECK(expectError(reset(phone, code, newPassword), {410}, {u"code_expired"_s}));
    // The old password still works: nothing was changed.
    TestClient client(m_server);
    QVERIFY(client.login(phone, demoPassword).isValid());
}

void TestPasswords::fiveWrongTriesVoidTheCode()
{
    const QString phone = phone::tech1;
    const QString newPassword = u"Silver-Orchard-71"_s;
    QString failure;
    const QString code = issueCode(phone, &failure);
    QVERIFY2(!code.isEmpty() && failure.isEmpty(), qPrintable(failure));
    // A second code voids the first.
    const QString second = issueCode(phone, &failure);
    QVERIFY2(!second.isEmpty() && failure.isEmpty(), qPrintable(failure));
    if (second != code)
        CY_CHECK(expectError(reset(phone, code, newPassword), {404}, {u"code_unknown"_s}));

    int tries = second != code ? 1 : 0;
    for (int i = 0; tries < 5; ++i) {
        const QString wrong = u"%1"_s.arg(100000 + i * 7919, 6, 10, QChar(u'0'));
        if (wrong == second)
            continue;
        CY_CHECK(expectError(reset(phone, wrong, newPassword), {404}, {u"code_unknown"_s}));
        ++tries;
    }
    // The limit per phone: the next try waits, whatever the code.
    const HttpResponse limited = reset(phone, second, newPassword);
    CY_CHECK(expectError(limited, {429}, {u"too_many_attempts"_s}));
    const int wait = limited.header("Retry-After").toInt();
    QVERIFY2(wait >= 1 && wait <= 300, qPrintable(limited.describe()));
    QThread::msleep(wait * 1000 + 300);
    // After the wait the right code is tried, and it was void after the five wrong ones.
    CY_CHECK(expectError(reset(phone, second, newPassword), {404}, {u"code_unknown"_s}));
    TestClient client(m_server);
    QVERIFY(client.login(phone, demoPassword).isValid());
}

void TestPasswords::logHoldsNoCodeNorPhone()
{
    QVERIFY(m_codes.size() >= 4);
    const QString log = m_server.log(500);
    QVERIFY(log.contains(u"message sent (purpose reset) to 138****0001"_s));
    for (const QString &code : std::as_const(m_codes)) {
        const QRegularExpression alone(u"(?<![0-9])%1(?![0-9])"_s.arg(code));
        QVERIFY2(!log.contains(alone), qPrintable(u"the log holds a code: "_s + code));
    }
    for (const QString &phone : {phone::resident1, phone::resident2, phone::agent, phone::tech1, phone::tech2})
        QVERIFY2(!log.contains(phone), qPrintable(u"the log holds a whole phone number: "_s + phone.left(3)));
}

QTEST_GUILESS_MAIN(TestPasswords)
#include "tst_passwords.moc"
