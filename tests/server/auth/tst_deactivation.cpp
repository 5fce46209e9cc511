// Deactivating an account on two `serve` processes over one store (PostgreSQL, and SQLite's
// file, where no NOTIFY helps): a staff member is signed in through both; `deactivate-user` on
// the console ends both sessions within moments (their access tokens refused by both
// processes, their refresh tokens too) and the account cannot sign in (403
// account_deactivated); `reactivate-user` lets it sign in again.
#include "servertestutil.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace cy;

class TestDeactivation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void deactivationEndsSessionsOnBothProcesses();
    void reactivationLetsTheAccountIn();

private:
    int console(const QString &command, const QString &phone, QString *out);

    TestServer m_server{TestServer::backendFromEnv()};
    QUrl m_a, m_b;
};

void TestDeactivation::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    // Two processes on one store: PostgreSQL as a company runs it, and SQLite's file too (WAL),
    // where only the polls carry the revocation.
    CY_CHECK(startServer(m_server));
    m_a = m_server.baseUrl();
    m_b = m_server.addProcess();
    QVERIFY2(m_b.isValid() && m_b != m_a, qPrintable(m_server.errorString()));
}

void TestDeactivation::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestDeactivation::cleanupTestCase()
{
    m_server.stop();
}

int TestDeactivation::console(const QString &command, const QString &phone, QString *out)
{
    return m_server.runCli({command, u"--phone"_s, phone, u"--state"_s, m_server.stateDir()}, {}, out);
}

void TestDeactivation::deactivationEndsSessionsOnBothProcesses()
{
    TestClient viaA(m_a, m_server.caFile()), viaB(m_b, m_server.caFile());
    const Tokens a = viaA.login(phone::tech1, demoPassword);
    const Tokens b = viaB.login(phone::tech1, demoPassword);
    QVERIFY(a.isValid() && b.isValid());
    // Both processes have loaded (and cached) the principal before the change.
    CY_CHECK(expectStatus(viaA.get(u"/v1/me"_s), 200));
    CY_CHECK(expectStatus(viaB.get(u"/v1/me"_s), 200));
    // A colleague stays signed in throughout.
    TestClient colleague(m_b, m_server.caFile());
    QVERIFY(colleague.login(phone::tech2, demoPassword).isValid());

    QString out;
    QCOMPARE(console(u"deactivate-user"_s, phone::tech1, &out), 0);
    // What the console printed (runCli puts the command line first).
    const QString printed = out.section(u'\n', 1);
    QVERIFY2(printed.contains(u"139****0002"_s) && !printed.contains(phone::tech1), qPrintable(out));

    // Each process refuses its token within a couple of seconds, sooner on PostgreSQL (NOTIFY),
    // within the head poll (1 s) on SQLite.
    QElapsedTimer since;
    since.start();
    bool refusedA = false, refusedB = false;
    HttpResponse lastA, lastB;
    while ((!refusedA || !refusedB) && since.elapsed() < 3000) {
        if (!refusedA)
            refusedA = (lastA = viaA.get(u"/v1/me"_s)).status == 401;
        if (!refusedB)
            refusedB = (lastB = viaB.get(u"/v1/me"_s)).status == 401;
        QThread::msleep(50);
    }
    QVERIFY2(refusedA, qPrintable(lastA.describe()));
    QVERIFY2(refusedB, qPrintable(lastB.describe()));
    qInfo("both processes refused the tokens after %lld ms (%s)", since.elapsed(),
          qPrintable(TestServer::backendName(m_server.backend())));
    // A write through either is refused too, not only /v1/me.
    CY_CHECK(expectError(viaB.get(u"/v1/sync?since=0"_s), {401}));

    // Neither refresh token buys a new pair, through either process.
    HttpResponse r;
    QVERIFY(!viaA.refresh(a.refreshToken, &r).isValid());
    CY_CHECK(expectError(r, {401, 403}, {u"account_deactivated"_s, u"session_revoked"_s}));
    QVERIFY(!viaA.refresh(b.refreshToken, &r).isValid());
    CY_CHECK(expectError(r, {401, 403}, {u"account_deactivated"_s, u"session_revoked"_s}));

    // The right password signs nobody in.
    for (const QUrl &url : {m_a, m_b}) {
        TestClient fresh(url, m_server.caFile());
        QVERIFY(!fresh.login(phone::tech1, demoPassword, &r).isValid());
        CY_CHECK(expectError(r, {403}, {u"account_deactivated"_s}));
    }
    CY_CHECK(expectStatus(colleague.get(u"/v1/me"_s), 200));
    const QString summary = m_server.querySql(u"SELECT summary FROM audit_log WHERE action = 'account.deactivate'"_s).toString();
    QVERIFY2(summary.contains(u"139****0002"_s) && !summary.contains(phone::tech1), qPrintable(summary));
    // A reset code cannot bring a deactivated account back.
    QVERIFY(console(u"issue-reset-code"_s, phone::tech1, &out) != 0);
}

void TestDeactivation::reactivationLetsTheAccountIn()
{
    QString out;
    QCOMPARE(console(u"reactivate-user"_s, phone::tech1, &out), 0);
    for (const QUrl &url : {m_a, m_b}) {
        TestClient fresh(url, m_server.caFile());
        HttpResponse r;
        QVERIFY2(fresh.login(phone::tech1, demoPassword, &r).isValid(), qPrintable(r.describe()));
        CY_CHECK(expectStatus(fresh.get(u"/v1/me"_s), 200));
    }
    QVERIFY(m_server.querySql(u"SELECT 1 FROM audit_log WHERE action = 'account.reactivate'"_s).isValid());
}

QTEST_GUILESS_MAIN(TestDeactivation)
#include "tst_deactivation.moc"
