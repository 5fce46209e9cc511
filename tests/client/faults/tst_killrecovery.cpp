// The client core killed hard (SIGKILL) at random moments while it queues and syncs
// (coredriver, a process of its own), then started again on the same data: in the end the
// store is intact, the outbox holds every command the driver ever reported queued, each
// answered, and the server has each applied one exactly once.
//
// Environment: COURTYARD_KILL_SEED (20261127), COURTYARD_KILL_ROUNDS (12),
// COURTYARD_KILL_COMMANDS (1500).

#include "coretestutil.h"
#include "testmodules.h"
#include "servertestutil.h"
#include "testclient.h"
#include "testserver.h"

#include "store/entityrepository.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

/// A command coredriver reported as queued.
struct Queued
{
    int k = 0;
    QString id;
    QString type;
    QString ticketId;
};

} // namespace

class TestKillRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedWhileSyncing();

private:
    /// Starts the driver; returns once it printed "ready" (or failed).
    bool startDriver(QProcess &p);
    /// Reads whole lines the driver printed so far into the records below.
    void collect(QProcess &p);

    TestServer m_server;
    QTemporaryDir m_data;
    int m_count = 1500;
    QString m_userId;
    QByteArray m_partial;
    QHash<QString, Queued> m_queued; ///< by command id
    QHash<QString, QString> m_answered;
    bool m_done = false;
    int m_ready = 0;
};

void TestKillRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(COURTYARD_COREDRIVER)), COURTYARD_COREDRIVER);
    // 1,500 commands of one user: this suite is about kills, not the per-user write limit.
    QVERIFY2(m_server.start(cy::relaxedLoginLimits()
                            + QStringList{u"--command-burst"_s, u"1000000"_s, u"--max-commands-per-minute"_s, u"1000000"_s}),
             qPrintable(m_server.errorString()));
    m_count = envInt("COURTYARD_KILL_COMMANDS", 1500);
}

void TestKillRecovery::cleanupTestCase()
{
    m_server.stop();
}

bool TestKillRecovery::startDriver(QProcess &p)
{
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setReadChannel(QProcess::StandardOutput);
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &p, [this, &p] { collect(p); });
    p.start(QStringLiteral(COURTYARD_COREDRIVER),
            {u"--server"_s, m_server.baseUrl().toString(), u"--ca"_s, m_server.caFile(), u"--data"_s, m_data.path(),
             u"--count"_s, QString::number(m_count)});
    if (!p.waitForStarted(10000))
        return false;
    const int readyBefore = m_ready;
    // Waits run the event loop (collect() on readyRead): TestServer reads the server's log
    // pipe there, and a server whose log pipe is full stops answering.
    cytest::waitUntil([&] { return m_ready > readyBefore || p.state() != QProcess::Running; }, 20000);
    return m_ready > readyBefore;
}

void TestKillRecovery::collect(QProcess &p)
{
    m_partial += p.readAllStandardOutput();
    qsizetype eol;
    while ((eol = m_partial.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_partial.left(eol));
        m_partial.remove(0, eol + 1);
        const QStringList f = line.split(u' ');
        if (f.value(0) == u"ready"_s) {
            ++m_ready;
            m_userId = f.value(1);
        } else if (f.value(0) == u"queued"_s && f.size() == 5) {
            m_queued.insert(f[2], Queued{f[1].toInt(), f[2], f[3], f[4]});
        } else if (f.value(0) == u"answered"_s && f.size() == 3) {
            m_answered.insert(f[1], f[2]);
        } else if (f.value(0) == u"done"_s) {
            m_done = true;
        }
    }
}

void TestKillRecovery::killedWhileSyncing()
{
    const quint32 seed = quint32(envInt("COURTYARD_KILL_SEED", 20261127));
    const int rounds = envInt("COURTYARD_KILL_ROUNDS", 12);
    QRandomGenerator rng(seed);
    qInfo("seed=%u rounds=%d commands=%d", seed, rounds, m_count);

    int kills = 0;
    for (int round = 0; round < rounds && !m_done; ++round) {
        QProcess p;
        QVERIFY2(startDriver(p), qPrintable(u"round %1: the driver did not get ready: %2"_s.arg(round).arg(
                                                QString::fromUtf8(p.readAllStandardError()))));
        // Early kills land among the first commands and the sign-in's aftermath, later ones
        // in the thick of pushing and pulling.
        const int waitMs = 20 + int(rng.bounded(round < 2 ? 200 : 900));
        cytest::waitUntil([&] { return p.state() != QProcess::Running; }, waitMs);
        if (p.state() == QProcess::Running) {
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(10000));
            ++kills;
        }
        collect(p);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitStatus() == QProcess::NormalExit && !m_done)
            QFAIL(qPrintable(u"round %1: the driver exited with %2: %3"_s.arg(round).arg(p.exitCode()).arg(err)));
        qInfo("round %d: killed after %d ms; %lld queued, %lld answered so far", round, waitMs,
              qlonglong(m_queued.size()), qlonglong(m_answered.size()));
    }
    QVERIFY2(kills >= 3, "the driver finished before it could be killed often enough; raise the count");

    // The last run goes to the end.
    if (!m_done) {
        QProcess p;
        QVERIFY(startDriver(p));
        cytest::waitUntil([&] { return m_done || p.state() != QProcess::Running; }, 240000);
        collect(p);
        if (!m_done)
            p.kill();
        p.waitForFinished(10000);
        QVERIFY2(m_done, qPrintable(u"the final run did not finish: "_s + QString::fromUtf8(p.readAllStandardError())));
        QCOMPARE(p.exitCode(), 0);
    }
    qInfo("%d kills; %lld commands reported queued", kills, qlonglong(m_queued.size()));

    // 1. The store opens, migrates and passes SQLite's own check.
    LocalStore store;
    QString error;
    QVERIFY2(store.open(LocalStore::accountPath(m_data.path(), m_userId), cytest::catalog(), &error), qPrintable(error));
    {
        QSqlQuery check = store.prepared(u"PRAGMA integrity_check"_s);
        QVERIFY(store.exec(check) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        QSqlQuery fk = store.prepared(u"PRAGMA foreign_key_check"_s);
        QVERIFY(store.exec(fk));
        QVERIFY2(!fk.next(), "foreign key violations");
    }

    // 2. Every command the driver reported is there and answered; the outbox has exactly the
    //    driver's m_count commands (a kill between commit and print leaves one unreported).
    Outbox outbox(store);
    QCOMPARE(outbox.pendingCount(), 0);
    QSqlQuery rows = store.prepared(u"SELECT id, type, entity_id, state, payload FROM outbox ORDER BY seq"_s);
    QVERIFY(store.exec(rows));
    QHash<QString, QString> stateOf;
    QHash<QString, QString> typeOf;
    QHash<QString, QString> ticketOf;
    QHash<QString, QString> noteText;
    while (rows.next()) {
        const QString id = rows.value(0).toString();
        typeOf.insert(id, rows.value(1).toString());
        ticketOf.insert(id, rows.value(2).toString());
        stateOf.insert(id, rows.value(3).toString());
        if (rows.value(1).toString() == u"ticket.note"_s)
            noteText.insert(id, QJsonDocument::fromJson(rows.value(4).toString().toUtf8()).object().value(u"text"_s).toString());
    }
    rows.finish();
    QCOMPARE(stateOf.size(), m_count);
    QStringList problems;
    for (const Queued &q : std::as_const(m_queued)) {
        if (!stateOf.contains(q.id))
            problems << u"queued %1 (%2) missing from the outbox"_s.arg(q.k).arg(q.id);
        else if (typeOf.value(q.id) != q.type || ticketOf.value(q.id) != q.ticketId)
            problems << u"queued %1 (%2) changed"_s.arg(q.k).arg(q.id);
    }
    for (auto it = stateOf.cbegin(); it != stateOf.cend(); ++it) {
        if (it.value() != u"applied"_s && it.value() != u"rejected"_s)
            problems << u"%1: state %2"_s.arg(it.key(), it.value());
        // An answer the driver saw must be the one stored.
        if (m_answered.contains(it.key()) && m_answered.value(it.key()) != it.value())
            problems << u"%1: answered %2, stored %3"_s.arg(it.key(), m_answered.value(it.key()), it.value());
        const bool foreign = typeOf.value(it.key()) == u"ticket.submit"_s
                             && !m_queued.value(it.key()).ticketId.isEmpty()
                             && m_queued.value(it.key()).k % 10 == 9;
        if (foreign && it.value() != u"rejected"_s)
            problems << u"%1: a submit for another's unit ended %2"_s.arg(it.key(), it.value());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));

    // 3. The server has each applied submit once, no rejected one, and each applied note once.
    TestClient agent(m_server);
    QVERIFY(agent.login(cytest::agentPhone, cytest::demoPassword).isValid());
    cy::Replica server;
    CY_CHECK(cy::pullAll(agent, &server));
    QSet<QString> appliedTickets;
    QSet<QString> rejectedTickets;
    QStringList appliedNotes;
    for (auto it = stateOf.cbegin(); it != stateOf.cend(); ++it) {
        if (typeOf.value(it.key()) == u"ticket.submit"_s)
            (it.value() == u"applied"_s ? appliedTickets : rejectedTickets).insert(ticketOf.value(it.key()));
        else if (it.value() == u"applied"_s)
            appliedNotes << noteText.value(it.key());
    }
    QSet<QString> ours;
    for (const QJsonObject &t : server.all(u"ticket"_s)) {
        if (t.value(u"description"_s).toString().startsWith(u"kill test "_s))
            ours.insert(t.value(u"id"_s).toString());
    }
    QCOMPARE(ours.size(), appliedTickets.size());
    QVERIFY(ours == appliedTickets);
    QVERIFY(!appliedTickets.isEmpty() && !rejectedTickets.isEmpty());
    QStringList notesOnServer;
    for (const QJsonObject &e : server.all(u"ticketEvent"_s)) {
        if (e.value(u"type"_s).toString() == u"note"_s && e.value(u"note"_s).toString().startsWith(u"kill test note"_s))
            notesOnServer << e.value(u"note"_s).toString();
    }
    notesOnServer.sort();
    appliedNotes.sort();
    QCOMPARE(notesOnServer, appliedNotes);

    // 4. The local records agree: nothing pending, rejected submits rolled back.
    EntityRepository repo(store);
    for (const QString &id : std::as_const(appliedTickets)) {
        QVERIFY2(repo.get(u"ticket"_s, id).has_value(), qPrintable(id));
        QCOMPARE(repo.localPending(u"ticket"_s, id), 0);
    }
    for (const QString &id : std::as_const(rejectedTickets))
        QVERIFY2(!repo.get(u"ticket"_s, id).has_value(), qPrintable(id));
}

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"
