// Revisions come from the database, in commit order: the command line may change the store
// while `serve` runs (no duplicate revisions, no 500 from a collision, the change reaches the
// next pull), and a client whose cursor is beyond the store (restored from a backup) is told
// to start over. On SQLite and PostgreSQL.
#include "servertestutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace cy;

class TestRevisions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void commandLineBesideServe();
    void aPullSeesWhatTheCommandLineChanged();
    void cursorAheadOfARestoredStoreStartsOver();

private:
    /// Every revision of a full pull by @p client, with a failure text when one repeats.
    QString uniqueRevisions(TestClient &client, QSet<qint64> *revs);

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
};

void TestRevisions::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server));
}

void TestRevisions::cleanupTestCase()
{
    m_server.stop();
}

QString TestRevisions::uniqueRevisions(TestClient &client, QSet<qint64> *revs)
{
    QJsonArray changes;
    qint64 cursor = 0;
    QString failure;
    if (!client.syncAll(0, &changes, &cursor, 0, &failure))
        return failure;
    for (const QJsonValue &v : std::as_const(changes)) {
        const qint64 rev = v.toObject().value(u"rev"_s).toInteger();
        if (revs->contains(rev))
            return u"revision %1 came twice"_s.arg(rev);
        revs->insert(rev);
    }
    return {};
}

void TestRevisions::commandLineBesideServe()
{
    // An order assigned to technician 1, to be handed to technician 2 (a tombstone for 1).
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::Assigned, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    const QStringList state{u"--state"_s, m_server.stateDir()};

    // The command line writes while serve runs: with a counter of its own it handed out the
    // revisions serve was about to use, and serve's next tombstone collided (a 500).
    QString out;
    QCOMPARE(m_server.runCli(QStringList{u"set-duty"_s, u"--phone"_s, phone::tech2, u"--duty"_s, u"off"_s} + state, {}, &out), 0);
    QCOMPARE(m_server.runCli(QStringList{u"create-user"_s, u"--phone"_s, u"13900000077"_s, u"--name"_s, u"新同事"_s,
                                         u"--role"_s, u"technician"_s, u"--estate"_s, demoEstate} + state,
                             "a-long-password\n", &out),
             0);
    QCOMPARE(m_server.runCli(QStringList{u"set-duty"_s, u"--phone"_s, phone::tech2, u"--duty"_s, u"on"_s} + state, {}, &out), 0);
    const Command moved = runCommand(*m_a.agent, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"technicianId"_s, m_a.tech2.id()}});
    CY_CHECK(expectApplied(moved, u"assigned"_s));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.note"_s, {{u"ticketId"_s, ticketId}, {u"text"_s, u"handed over"_s}})));

    for (Actor *who : {&m_a.agent, &m_a.tech1, &m_a.manager}) {
        QSet<qint64> revs;
        CY_CHECK(uniqueRevisions(**who, &revs));
    }
    Replica office;
    CY_CHECK(pullAll(*m_a.agent, &office));
    bool newcomer = false;
    for (const QJsonObject &s : office.all(u"staff"_s))
        newcomer = newcomer || s.value(u"name"_s).toString() == u"新同事"_s;
    QVERIFY(newcomer);
    QVERIFY(office.get(u"staff"_s, m_a.tech2.id()).value(u"onDuty"_s).toBool());
    Replica lost;
    CY_CHECK(pullAll(*m_a.tech1, &lost));
    QVERIFY(!lost.has(u"ticket"_s, ticketId));
}

void TestRevisions::aPullSeesWhatTheCommandLineChanged()
{
    SyncedView office(m_a.agent.client.get());
    CY_CHECK(office.pull());
    const qint64 before = office.cursor();
    QString out;
    QCOMPARE(m_server.runCli({u"set-duty"_s, u"--phone"_s, phone::tech1, u"--duty"_s, u"off"_s, u"--state"_s, m_server.stateDir()},
                             {}, &out),
             0);
    // Another process's commit reaches this server's idle-pull shortcut within a moment.
    QElapsedTimer t;
    t.start();
    bool seen = false;
    while (!seen && t.elapsed() < 5000) {
        QJsonArray fresh;
        CY_CHECK(office.pull(&fresh));
        for (const QJsonValue &v : std::as_const(fresh))
            seen = seen || v.toObject().value(u"id"_s).toString() == m_a.tech1.id();
        if (!seen)
            QTest::qWait(100);
    }
    QVERIFY2(seen, "the change made on the command line never reached a pull");
    QVERIFY(office.cursor() > before);
    QVERIFY(!office.replica().get(u"staff"_s, m_a.tech1.id()).value(u"onDuty"_s).toBool());
    QCOMPARE(m_server.runCli({u"set-duty"_s, u"--phone"_s, phone::tech1, u"--duty"_s, u"on"_s, u"--state"_s, m_server.stateDir()},
                             {}, &out),
             0);
}

void TestRevisions::cursorAheadOfARestoredStoreStartsOver()
{
    QVERIFY2(m_server.snapshotDatabase(), qPrintable(m_server.errorString()));
    CY_CHECK(m_a.loginAll(m_server)); // serve was restarted for the copy
    QString f;
    const QString after = makeTicket(m_a, Stage::Submitted, &f);
    QVERIFY2(!after.isEmpty(), qPrintable(f));
    SyncedView resident(m_a.resident1.client.get());
    CY_CHECK(resident.pull());
    QVERIFY(resident.replica().has(u"ticket"_s, after));
    const qint64 ahead = resident.cursor();

    // The store goes back to the backup: the resident's cursor names revisions it never had.
    QVERIFY2(m_server.restoreSnapshot(), qPrintable(m_server.errorString()));
    CY_CHECK(m_a.loginAll(m_server));
    const SyncPage page = m_a.resident1->syncPage(ahead, 100);
    CY_CHECK(expectStatus(page.response, 200));
    QCOMPARE(page.response.object().value(u"reset"_s).toBool(), true);
    QCOMPARE(page.cursor, 0);
    QVERIFY(page.hasMore);
    QVERIFY(page.changes.isEmpty());
    // Starting over brings what the store has, without the order the backup lacks.
    Replica fresh;
    CY_CHECK(pullAll(*m_a.resident1, &fresh));
    QVERIFY(!fresh.has(u"ticket"_s, after));
    QVERIFY(!fresh.ids(u"ticket"_s).isEmpty());
    // An ordinary cursor is not told to reset.
    const SyncPage normal = m_a.resident1->syncPage(0, 5);
    QVERIFY(!normal.response.object().contains(u"reset"_s));
}

QTEST_GUILESS_MAIN(TestRevisions)
#include "tst_revisions.moc"
