// Write limits against the real server on both databases: a signed-in user's commands and
// photo uploads are rate limited (429 with Retry-After, and the store stops growing), set in
// the config file like any setting; the answers of rejected commands are forgotten after
// their retention while applied ones stay (exactly once).
#include "servertestutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {


// A 429 as the contract has it: rate_limited, retryAfter in the body, the same number of
// seconds in Retry-After, within [1, maxSeconds].
QString expectRateLimited(const HttpResponse &r, int maxSeconds)
{
    if (r.status != 429 || r.error() != u"rate_limited"_s)
        return u"want 429 rate_limited: "_s + r.describe();
    bool ok = false;
    const int header = r.header("Retry-After").toInt(&ok);
    if (!ok || header < 1 || header > maxSeconds)
        return u"want Retry-After of 1..%1 seconds, got '%2'"_s.arg(maxSeconds).arg(QString::fromLatin1(r.header("Retry-After")));
    if (r.object().value(u"retryAfter"_s).toInt(-1) != header)
        return u"the body's retryAfter differs from Retry-After: "_s + r.describe();
    if (r.object().value(u"message"_s).toString().isEmpty())
        return u"a 429 without a message: "_s + r.describe();
    return {};
}

} // namespace

class TestWriteLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void commandFloodStopsAtTheLimit();
    void uploadFloodStopsAtTheLimit();
    void rejectedAnswersExpireAppliedStay();

private:
    [[nodiscard]] int storedCommands(const QString &userId) { return countOf(u"commands"_s, u"user_id"_s, userId); }
    [[nodiscard]] int countOf(const QString &table, const QString &column, const QString &value)
    {
        return m_server.querySql(u"SELECT COUNT(*) FROM %1 WHERE %2 = '%3'"_s.arg(table, column, value)).toInt();
    }

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
};

void TestWriteLimits::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server));
    // Tiny limits, set the way an operator does: in the config file (a burst of 5 commands and
    // 3 uploads, then one of each a minute).
    {
        QSettings ini(QDir(m_server.stateDir()).filePath(u"courtyard-server.conf"_s), QSettings::IniFormat);
        ini.setValue(u"limits/commandBurst"_s, 5);
        ini.setValue(u"limits/commandsPerMinute"_s, 1);
        ini.setValue(u"limits/uploadBurst"_s, 3);
        ini.setValue(u"limits/uploadsPerMinute"_s, 1);
        ini.sync();
        QCOMPARE(ini.status(), QSettings::NoError);
    }
    QVERIFY2(m_server.restart(relaxedLoginLimits()), qPrintable(m_server.errorString()));
    CY_CHECK(m_a.loginAll(m_server, {QString(phone::resident1), QString(phone::resident2)}));
}

void TestWriteLimits::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestWriteLimits::cleanupTestCase()
{
    m_server.stop();
}

void TestWriteLimits::commandFloodStopsAtTheLimit()
{
    const Actor &flooder = m_a.resident1;
    const int before = storedCommands(flooder.id());
    // Commands the server refuses (no such type): before the limit each one stayed with its answer.
    int answered = 0;
    QString firstLimitedId;
    for (int i = 0; i < 30; ++i) {
        const QString id = TestClient::newId();
        const HttpResponse r = flooder->command(u"flood.nothing"_s, QJsonObject{{u"n"_s, i}}, id);
        if (r.status == 400) {
            QCOMPARE(r.error(), u"unknown_command"_s);
            QVERIFY2(answered == i, "a command was answered after an earlier one was limited");
            ++answered;
            continue;
        }
        CY_CHECK(expectRateLimited(r, 60));
        if (firstLimitedId.isEmpty())
            firstLimitedId = id;
    }
    QCOMPARE(answered, 5);
    QCOMPARE(storedCommands(flooder.id()), before + 5);
    QCOMPARE(countOf(u"commands"_s, u"id"_s, firstLimitedId), 0);

    // The store stops growing: more of the same changes nothing.
    for (int i = 0; i < 20; ++i)
        CY_CHECK(expectRateLimited(flooder->command(u"flood.nothing"_s, {}, TestClient::newId()), 60));
    QCOMPARE(storedCommands(flooder.id()), before + 5);

    // Per user: another resident's commands are answered as usual, and reading is not limited.
    const HttpResponse other = m_a.resident2->command(u"flood.nothing"_s, {}, TestClient::newId());
    CY_CHECK(expectError(other, {400}, {u"unknown_command"_s}));
    CY_CHECK(expectStatus(flooder->get(u"/v1/sync?since=0&limit=1"_s), 200));
    CY_CHECK(expectStatus(flooder->get(u"/v1/me"_s), 200));
}

void TestWriteLimits::uploadFloodStopsAtTheLimit()
{
    // Runs after the command flood with the same user: uploads count on their own.
    const Actor &uploader = m_a.resident1;
    const int before = countOf(u"attachment_owners"_s, u"user_id"_s, uploader.id());
    int stored = 0;
    for (int i = 0; i < 8; ++i) {
        const QByteArray png = makePng(uniqueSeed());
        const QString hash = sha256Hex(png);
        const HttpResponse r = uploader->put(u"/v1/attachments/"_s + hash, png, "image/png");
        if (r.status == 201) {
            QVERIFY2(stored == i, "an upload was stored after an earlier one was limited");
            ++stored;
            continue;
        }
        CY_CHECK(expectRateLimited(r, 60));
        QCOMPARE(countOf(u"attachments"_s, u"sha256"_s, hash), 0);
        CY_CHECK(expectError(uploader->get(u"/v1/attachments/"_s + hash), {404}, {u"not_found"_s}));
    }
    QCOMPARE(stored, 3);
    QCOMPARE(countOf(u"attachment_owners"_s, u"user_id"_s, uploader.id()), before + 3);

    const QByteArray png = makePng(uniqueSeed());
    CY_CHECK(expectStatus(m_a.resident2->put(u"/v1/attachments/"_s + sha256Hex(png), png, "image/png"), 201));
}

void TestWriteLimits::rejectedAnswersExpireAppliedStay()
{
    const QString faketime = cy::libFaketime();
    if (faketime.isEmpty())
        QSKIP("libfaketime is not installed (Debian package faketime): cannot move the server's clock");
    // Default limits and the default retention of 7 days.
    TestServer server(m_server.backend());
    CY_CHECK(startServer(server, relaxedLoginLimits()));
    Actors a;
    CY_CHECK(a.loginAll(server, {QString(phone::resident1)}));
    const QString unitId = a.resident1.unitId();
    TestClient &c = *a.resident1;
    const Command oldRefusal = runCommand(c, u"flood.nothing"_s, QJsonObject{{u"n"_s, 1}});
    CY_CHECK(expectError(oldRefusal.response, {400}, {u"unknown_command"_s}));
    const Command recentRefusal = runCommand(c, u"flood.nothing"_s, QJsonObject{{u"n"_s, 2}});
    CY_CHECK(expectError(recentRefusal.response, {400}, {u"unknown_command"_s}));
    const QString ticketId = TestClient::newId();
    const Command applied = runCommand(c, u"ticket.submit"_s, submitPayload(ticketId, unitId));
    CY_CHECK(expectApplied(applied, u"submitted"_s));

    // Within the retention a resend of a rejected command gets its first answer again.
    const HttpResponse replay = c.command(oldRefusal.type, oldRefusal.payload, oldRefusal.id);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.header("Courtyard-Replay"), QByteArray("true"));
    QCOMPARE(replay.body, oldRefusal.response.body);

    // Eight days later: the old refusal is past its 7 days; the "recent" one is made 6 days
    // old (its time moved 2 days ahead); the housekeeping job runs when the server starts.
    constexpr qint64 DayMs = 24 * 3600 * 1000;
    QString error;
    QVERIFY2(server.execSql(u"UPDATE commands SET created_at = created_at + %1 WHERE id = '%2'"_s.arg(2 * DayMs).arg(recentRefusal.id),
                            &error),
             qPrintable(error));
    QVERIFY2(server.restart(relaxedLoginLimits(), {u"LD_PRELOAD="_s + faketime, u"FAKETIME=+%1"_s.arg(8 * 24 * 3600),
                                                   u"FAKETIME_DONT_FAKE_MONOTONIC=1"_s}),
             qPrintable(server.errorString()));
    auto count = [&](const QString &id) {
        return server.querySql(u"SELECT COUNT(*) FROM commands WHERE id = '%1'"_s.arg(id)).toInt();
    };
    QCOMPARE(count(oldRefusal.id), 0);
    QCOMPARE(count(recentRefusal.id), 1);
    QCOMPARE(count(applied.id), 1);

    Actors later;
    CY_CHECK(later.loginAll(server, {QString(phone::resident1)}));
    TestClient &l = *later.resident1;
    // The applied command is still the exactly-once record: its resend is a replay, and
    // there is still one ticket.
    const HttpResponse appliedAgain = l.command(applied.type, applied.payload, applied.id);
    CY_CHECK(expectStatus(appliedAgain, 200));
    QCOMPARE(appliedAgain.header("Courtyard-Replay"), QByteArray("true"));
    QCOMPARE(server.querySql(u"SELECT COUNT(*) FROM tickets WHERE id = '%1'"_s.arg(ticketId)).toInt(), 1);
    // The recent refusal is still replayed; the forgotten one is judged again as new.
    const HttpResponse recentAgain = l.command(recentRefusal.type, recentRefusal.payload, recentRefusal.id);
    QCOMPARE(recentAgain.status, 400);
    QCOMPARE(recentAgain.header("Courtyard-Replay"), QByteArray("true"));
    const HttpResponse oldAgain = l.command(oldRefusal.type, oldRefusal.payload, oldRefusal.id);
    CY_CHECK(expectError(oldAgain, {400}, {u"unknown_command"_s}));
    QVERIFY2(oldAgain.header("Courtyard-Replay").isEmpty(), "a forgotten answer was replayed");
    QCOMPARE(count(oldRefusal.id), 1);
    server.stop();
}

QTEST_GUILESS_MAIN(TestWriteLimits)
#include "tst_writelimits.moc"
