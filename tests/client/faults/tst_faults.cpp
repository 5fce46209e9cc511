// The client core (ApiClient, LocalStore, Outbox, SyncEngine — the real objects) against the
// real courtyard-server through FaultProxy, with a share of the exchanges broken on purpose.
// Every command must end applied exactly once or rejected with the server's reason: nothing
// lost, nothing duplicated.
//
// Environment: COURTYARD_FAULT_COMMANDS (2000), COURTYARD_FAULT_SEED (20261127),
// COURTYARD_FAULT_RATE (0.2). COURTYARD_FAULT_SOAK=1 (the run_fault_soak target) makes the
// defaults 20000 commands and a seed from the clock, printed for a rerun.

#include "coretestutil.h"
#include "testmodules.h"
#include "faultproxy.h"
#include "servertestutil.h"
#include "testclient.h"
#include "testserver.h"

#include "apiclient.h"
#include "sync/backoff.h"
#include "store/entityrepository.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "sync/syncengine.h"
#include "auth/tokenstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;
using namespace std::chrono_literals;

namespace {

/// One command the test queues and what the server must answer to it.
struct Planned
{
    QString type;
    QString ticketId;
    QJsonObject payload;
    bool optimistic = false;
    bool expectApplied = true;
    QString expectCode; ///< for a rejection
    QString id;         ///< the outbox id, once queued
};

/// What the tickets should look like at the end.
struct TicketPlan
{
    bool exists = true;           ///< its submit is applied
    QString status = u"submitted"_s;
    QStringList notes;            ///< note texts that must be on the server once each
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

double envDouble(const char *name, double fallback)
{
    bool ok = false;
    const double v = qEnvironmentVariable(name).toDouble(&ok);
    return ok ? v : fallback;
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyCommandOnceThroughFaults();

private:
    /// A deterministic mix of \a count commands (submits for the resident's own unit, some
    /// for another's unit, notes, impossible confirms, double cancels).
    QList<Planned> plan(int count, quint32 seed, QHash<QString, TicketPlan> *tickets) const;

    TestServer m_server;
};

void TestFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // COURTYARD_FAULT_TOKEN_SECONDS: short-lived access tokens, so that refreshes go through
    // the faults too.
    // Thousands of commands of one user: this suite is about faults, not the per-user write limit.
    QStringList args{u"--command-burst"_s, u"1000000"_s, u"--max-commands-per-minute"_s, u"1000000"_s};
    if (const int seconds = envInt("COURTYARD_FAULT_TOKEN_SECONDS", 0); seconds > 0)
        args << u"--access-token-seconds"_s << QString::number(seconds);
    QVERIFY2(m_server.start(args), qPrintable(m_server.errorString()));
}

void TestFaults::cleanupTestCase()
{
    m_server.stop();
}

QList<Planned> TestFaults::plan(int count, quint32 seed, QHash<QString, TicketPlan> *tickets) const
{
    QRandomGenerator rng(seed);
    QList<Planned> list;
    int n = 0;
    while (list.size() < count) {
        ++n;
        const QString ticketId = TestClient::newId();
        const bool foreign = rng.generateDouble() < 0.1;
        const QString unit = foreign ? cytest::otherResidentUnit : cytest::residentUnit;
        const QString description = u"fault test %1: tap drips"_s.arg(n);
        Planned submit;
        submit.type = u"ticket.submit"_s;
        submit.ticketId = ticketId;
        submit.payload = {{u"ticketId"_s, ticketId}, {u"kind"_s, u"repair"_s}, {u"category"_s, u"plumbing"_s},
                          {u"description"_s, description}, {u"unitId"_s, unit}};
        submit.optimistic = true;
        submit.expectApplied = !foreign;
        submit.expectCode = foreign ? u"forbidden"_s : QString();
        list << submit;
        TicketPlan t;
        t.exists = !foreign;
        if (foreign) {
            tickets->insert(ticketId, t);
            continue;
        }
        const double r = rng.generateDouble();
        auto action = [&](const QString &type, const QJsonObject &extra, bool applied, const QString &code) {
            Planned p;
            p.type = type;
            p.ticketId = ticketId;
            p.payload = extra;
            p.payload.insert(u"ticketId"_s, ticketId);
            p.optimistic = type != u"ticket.note"_s;
            p.expectApplied = applied;
            p.expectCode = code;
            list << p;
        };
        if (r < 0.25) {
            const int notes = 1 + int(rng.bounded(2));
            for (int i = 0; i < notes; ++i) {
                const QString text = u"note %1.%2"_s.arg(n).arg(i);
                action(u"ticket.note"_s, {{u"text"_s, text}}, true, {});
                t.notes << text;
            }
        } else if (r < 0.31) {
            // Only a resolved request can be confirmed.
            action(u"ticket.confirm"_s, {{u"overall"_s, 5}, {u"speed"_s, 5}, {u"service"_s, 5}}, false,
                   u"illegal_transition"_s);
        } else if (r < 0.37) {
            action(u"ticket.cancel"_s, {{u"reason"_s, u"fixed it myself"_s}}, true, {});
            action(u"ticket.cancel"_s, {{u"reason"_s, u"again"_s}}, false, u"illegal_transition"_s);
            t.status = u"cancelled"_s;
        }
        tickets->insert(ticketId, t);
    }
    return list;
}

void TestFaults::everyCommandOnceThroughFaults()
{
    const bool soak = qEnvironmentVariable("COURTYARD_FAULT_SOAK") == u"1"_s;
    const int count = envInt("COURTYARD_FAULT_COMMANDS", soak ? 20000 : 2000);
    const quint32 seed = quint32(envInt("COURTYARD_FAULT_SEED",
                                        soak ? int(QDateTime::currentSecsSinceEpoch() % 1000000000) : 20261127));
    const double rate = envDouble("COURTYARD_FAULT_RATE", 0.2);
    qInfo("commands=%d seed=%u rate=%.2f", count, seed, rate);

    // What the server holds before: the demo seed's requests.
    TestClient agent(m_server);
    QVERIFY(agent.login(cytest::agentPhone, cytest::demoPassword).isValid());
    cy::Replica before;
    CY_CHECK(cy::pullAll(agent, &before));
    const QStringList seededIds = before.ids(u"ticket"_s);
    const QSet<QString> seeded(seededIds.begin(), seededIds.end());

    FaultProxy proxy;
    proxy.setSeed(seed);
    proxy.setDelayRange(50, 300);
    // Some outages long enough to outlast QNetworkAccessManager's own resends, so that the
    // engine's retry (same command id, after a backoff) is exercised too.
    proxy.setBursts(0.3, 3, 5);
    QVERIFY2(proxy.start(m_server.baseUrl()), qPrintable(proxy.errorString()));

    QNetworkAccessManager nam;
    MemoryTokenStore tokens;
    ApiClient api(&nam, &tokens);
    QVERIFY(api.setBaseUrl(proxy.url()));
    QVERIFY(api.addTrustedCaFile(m_server.caFile()));
    api.setTimeout(10s);
    // Signing in is not under test here: it goes through the proxy unbroken.
    const cytest::JobOutcome login = cytest::waitForJob(api.login(cytest::residentPhone, cytest::demoPassword));
    QVERIFY2(login.finished && login.error == ApiClient::Error::None, qPrintable(login.code));
    const QString userId = login.data.value(u"user"_s).toObject().value(u"id"_s).toString();
    QVERIFY(!userId.isEmpty());

    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    LocalStore store;
    QString error;
    QVERIFY2(store.open(LocalStore::accountPath(dataDir.path(), userId), cytest::catalog(), &error), qPrintable(error));
    Outbox outbox(store);
    EntityRepository repo(store);

    QHash<QString, TicketPlan> tickets;
    QList<Planned> commands = plan(count, seed, &tickets);

    SyncEngine engine(&api, &store);
    engine.setDebounce(20ms);
    engine.backoff() = Backoff(10ms, 400ms);
    int cycles = 0;
    int failedCycles = 0;
    bool signedOut = false;
    connect(&engine, &SyncEngine::signedOut, this, [&] { signedOut = true; });
    connect(&engine, &SyncEngine::cycleFinished, this, [&](bool ok) {
        ++cycles;
        if (!ok)
            ++failedCycles;
    });

    proxy.setFaultRate(rate);
    QElapsedTimer clock;
    clock.start();
    engine.start();

    // Queue while the engine runs: a batch, a turn of the event loop, the next batch.
    auto enqueue = [&](Planned &p) {
        std::optional<QJsonObject> optimistic;
        if (p.optimistic) {
            if (p.type == u"ticket.submit"_s) {
                optimistic = QJsonObject{{u"id"_s, p.ticketId},
                                         {u"estateId"_s, cy::demoEstate},
                                         {u"unitId"_s, p.payload.value(u"unitId"_s)},
                                         {u"kind"_s, u"repair"_s},
                                         {u"category"_s, u"plumbing"_s},
                                         {u"description"_s, p.payload.value(u"description"_s)},
                                         {u"status"_s, u"submitted"_s},
                                         {u"priority"_s, u"normal"_s},
                                         {u"createdAt"_s, isoNow()},
                                         {u"updatedAt"_s, isoNow()}};
            } else {
                optimistic = repo.get(u"ticket"_s, p.ticketId).value_or(QJsonObject{{u"id"_s, p.ticketId}});
                optimistic->insert(u"status"_s, p.type == u"ticket.cancel"_s ? u"cancelled"_s : u"closed"_s);
            }
        }
        p.id = outbox.enqueue(p.type, u"ticket"_s, p.ticketId, p.payload, optimistic);
        return !p.id.isEmpty();
    };
    for (qsizetype i = 0; i < commands.size(); ++i) {
        QVERIFY2(enqueue(commands[i]), qPrintable(u"enqueue %1 failed"_s.arg(i)));
        engine.notifyLocalChange();
        if (i % 50 == 49)
            QCoreApplication::processEvents();
    }

    const int budgetMs = qMax(150000, count * 60);
    const bool drained = cytest::waitUntil(
        [&] {
            return signedOut
                   || (engine.pendingCount() == 0 && !engine.isSyncing() && outbox.pendingCount() == 0);
        },
        budgetMs);
    const qint64 elapsed = clock.elapsed();
    proxy.setFaultRate(0);
    qInfo().noquote() << u"drained=%1 in %2 ms, %3 cycles (%4 failed); proxy: %5"_s.arg(drained)
                                 .arg(elapsed)
                                 .arg(cycles)
                                 .arg(failedCycles)
                                 .arg(proxy.summary());
    // A refresh whose answer is lost leaves the client with a spent refresh token; the server
    // then ends the session (run with COURTYARD_FAULT_TOKEN_SECONDS=5 to see it).
    QVERIFY2(!signedOut, qPrintable(u"signed out by the server mid-run (%1); %2 commands pending"_s
                                        .arg(engine.lastError())
                                        .arg(outbox.pendingCount())));
    QVERIFY2(drained, qPrintable(u"%1 commands still pending after %2 ms; last error %3"_s.arg(outbox.pendingCount())
                                     .arg(budgetMs)
                                     .arg(engine.lastError())));
    engine.stop();
    if (rate > 0) {
        const double share = double(proxy.faulted()) / proxy.exchanges();
        QVERIFY2(share > rate * 0.7 && share < rate * 1.4, qPrintable(proxy.summary()));
        QVERIFY2(failedCycles > 0, "no fault reached the sync engine: its retry path went untested");
    }

    // 1. Every command ended as the server must have answered it, rejections with the reason.
    int applied = 0;
    int rejected = 0;
    int retried = 0; // commands the engine itself had to send again
    QStringList wrong;
    for (const Planned &p : std::as_const(commands)) {
        const std::optional<Outbox::Entry> e = outbox.entry(p.id);
        if (!e) {
            wrong << u"%1 %2: lost from the outbox"_s.arg(p.type, p.id);
            continue;
        }
        if (e->attempts > 0)
            ++retried;
        if (p.expectApplied) {
            if (e->state != u"applied"_s)
                wrong << u"%1 %2: %3 (%4 %5), expected applied"_s.arg(p.type, p.id, e->state, e->errorCode,
                                                                       e->errorMessage);
            ++applied;
        } else {
            if (e->state != u"rejected"_s || e->errorCode != p.expectCode || e->httpStatus < 400
                || e->httpStatus >= 500 || e->errorMessage.isEmpty())
                wrong << u"%1 %2: %3 %4 %5 '%6', expected rejected %7 with a message"_s.arg(
                    p.type, p.id, e->state, QString::number(e->httpStatus), e->errorCode, e->errorMessage,
                    p.expectCode);
            ++rejected;
        }
    }
    qInfo("commands: %lld queued, %d to apply, %d to reject; %d resent by the engine after a failed attempt",
          qlonglong(commands.size()), applied, rejected, retried);
    QVERIFY2(wrong.isEmpty(), qPrintable(u"%1 commands ended wrong, e.g.:\n"_s.arg(wrong.size())
                                         + wrong.mid(0, 10).join(u'\n')));
    QCOMPARE(outbox.needsAttentionCount(), rejected);

    // 2. The server has every applied request once, no rejected one, and each note once.
    cy::Replica after;
    CY_CHECK(cy::pullAll(agent, &after));
    QSet<QString> onServer;
    for (const QString &id : after.ids(u"ticket"_s)) {
        if (!seeded.contains(id))
            onServer.insert(id);
    }
    QSet<QString> expected;
    for (auto it = tickets.cbegin(); it != tickets.cend(); ++it) {
        if (it->exists)
            expected.insert(it.key());
    }
    const QSet<QString> lost = expected - onServer;
    const QSet<QString> extra = onServer - expected;
    QVERIFY2(lost.isEmpty(), qPrintable(u"%1 applied requests missing on the server"_s.arg(lost.size())));
    QVERIFY2(extra.isEmpty(), qPrintable(u"%1 requests on the server that were never applied"_s.arg(extra.size())));
    QCOMPARE(onServer.size(), expected.size());

    QHash<QString, QStringList> notes;
    QHash<QString, int> submittedEvents;
    QHash<QString, int> cancelledEvents;
    for (const QJsonObject &e : after.all(u"ticketEvent"_s)) {
        const QString ticket = e.value(u"ticketId"_s).toString();
        if (!tickets.contains(ticket))
            continue;
        if (e.value(u"type"_s).toString() == u"note"_s)
            notes[ticket] << e.value(u"note"_s).toString();
        if (e.value(u"type"_s).toString() == u"status"_s && e.value(u"toStatus"_s).toString() == u"submitted"_s)
            ++submittedEvents[ticket];
        if (e.value(u"type"_s).toString() == u"status"_s && e.value(u"toStatus"_s).toString() == u"cancelled"_s)
            ++cancelledEvents[ticket];
    }
    QStringList mismatches;
    for (auto it = tickets.cbegin(); it != tickets.cend(); ++it) {
        if (!it->exists)
            continue;
        QStringList got = notes.value(it.key());
        QStringList want = it->notes;
        got.sort();
        want.sort();
        if (got != want)
            mismatches << u"%1: notes %2, expected %3"_s.arg(it.key(), got.join(u'|'), want.join(u'|'));
        if (submittedEvents.value(it.key()) != 1)
            mismatches << u"%1: %2 submit events"_s.arg(it.key()).arg(submittedEvents.value(it.key()));
        const int cancels = it->status == u"cancelled"_s ? 1 : 0;
        if (cancelledEvents.value(it.key()) != cancels)
            mismatches << u"%1: %2 cancel events"_s.arg(it.key()).arg(cancelledEvents.value(it.key()));
        const QString serverStatus = after.get(u"ticket"_s, it.key()).value(u"status"_s).toString();
        if (serverStatus != it->status)
            mismatches << u"%1: server status %2, expected %3"_s.arg(it.key(), serverStatus, it->status);
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(u"%1 mismatches, e.g.:\n"_s.arg(mismatches.size())
                                              + mismatches.mid(0, 10).join(u'\n')));

    // 3. The local store agrees: rejected effects rolled back, nothing left pending.
    QStringList local;
    for (auto it = tickets.cbegin(); it != tickets.cend(); ++it) {
        const std::optional<QJsonObject> t = repo.get(u"ticket"_s, it.key());
        if (!it->exists) {
            if (t)
                local << u"%1: rejected submit still in the store"_s.arg(it.key());
            continue;
        }
        if (!t)
            local << u"%1: applied request missing in the store"_s.arg(it.key());
        else if (t->value(u"status"_s).toString() != it->status)
            local << u"%1: local status %2, expected %3"_s.arg(it.key(), t->value(u"status"_s).toString(), it->status);
        if (repo.localPending(u"ticket"_s, it.key()) != 0)
            local << u"%1: local_pending %2"_s.arg(it.key()).arg(repo.localPending(u"ticket"_s, it.key()));
    }
    QVERIFY2(local.isEmpty(), qPrintable(u"%1 local mismatches, e.g.:\n"_s.arg(local.size())
                                         + local.mid(0, 10).join(u'\n')));
    qInfo().noquote() << u"faults: %1"_s.arg(proxy.summary());
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
