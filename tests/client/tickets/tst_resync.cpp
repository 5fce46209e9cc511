// Against the real courtyard-server: (1) a cursor ahead of the server — its database restored
// from a backup taken before later commands, as an operator does — makes the next pull answer
// `reset`; the core pulls everything again from 0, drops what the restored server no longer
// has, keeps its queued command and sends it. (2) An app built without the tickets module syncs
// (every order and timeline entry kept whole); the next version, with the module, shows them
// all in its screens' queries, its outbox untouched.
#include "../clientcore.h"

#include "store/entityrepository.h"
#include "store/outbox.h"
#include "store/syncstate.h"
#include "tickets/ticketlistmodel.h"
#include "tickets/ticketrepository.h"

#include "testclient.h"
#include "testserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;
using cytest::Core;

namespace {

/// The ids of every record of @p entity the server lets @p phone see now (a full pull).
QSet<QString> serverView(const TestServer &server, const QString &phone, const QString &entity)
{
    TestClient client(server);
    if (!client.login(phone, cytest::DemoPassword).isValid())
        return {};
    QJsonArray changes;
    qint64 cursor = 0;
    if (!client.syncAll(0, &changes, &cursor))
        return {};
    QSet<QString> ids;
    for (const QJsonValue &v : std::as_const(changes)) {
        const QJsonObject c = v.toObject();
        if (c.value(u"entity"_s).toString() != entity)
            continue;
        if (c.value(u"op"_s).toString() == u"delete")
            ids.remove(c.value(u"id"_s).toString());
        else
            ids.insert(c.value(u"id"_s).toString());
    }
    return ids;
}

QSet<QString> localIds(LocalStore &store, const QString &entity)
{
    QSet<QString> ids;
    const QString table = EntityRepository(store).tableFor(entity);
    QSqlQuery q = store.prepared(table == u"records"
                                     ? u"SELECT id FROM records WHERE entity = '%1'"_s.arg(entity)
                                     : u"SELECT id FROM %1"_s.arg(table));
    if (store.exec(q)) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

QJsonObject submit(const QString &id, const QString &description)
{
    return {{u"ticketId"_s, id}, {u"kind"_s, u"repair"_s}, {u"category"_s, u"plumbing"_s},
            {u"description"_s, description}, {u"unitId"_s, u"unit-1-1-0301"_s},
            {u"reportedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
}

bool copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(to + suffix);
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return QFile::exists(to);
}

} // namespace

class TestResync : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void cleanupTestCase() { m_server.stop(); }

    // Defect 2 of issue 8: a cursor ahead of the server got empty pages for ever.
    void aServerRestoredFromABackupIsPulledAgain()
    {
        Core core(m_dir.filePath(u"agent"_s), {}, m_server.baseUrl(), m_server.caFile());
        const QString userId = core.login(cytest::AgentPhone);
        QVERIFY(!userId.isEmpty() && core.openStore(m_dir.filePath(u"agent"_s), userId));
        bool ok = false;
        QVERIFY(core.cycle(&ok) && ok);
        const QSet<QString> before = localIds(core.store, u"ticket"_s);
        QVERIFY(!before.isEmpty());

        // The operator's backup, taken while the server is stopped.
        const QString db = m_server.stateDir() + u"/courtyard.db"_s;
        const QString backup = m_dir.filePath(u"backup.db"_s);
        QVERIFY(m_server.whileStopped([&] { return copyDatabase(db, backup); }));
        core.api.setBaseUrl(m_server.baseUrl());

        // After the backup: two more orders, which the phone pulls.
        TestClient resident(m_server);
        QVERIFY(resident.login(cytest::ResidentPhone, cytest::DemoPassword).isValid());
        const QString lost1 = TestClient::newId(), lost2 = TestClient::newId();
        QCOMPARE(resident.command(u"ticket.submit"_s, submit(lost1, u"after the backup 1"_s)).status, 200);
        QCOMPARE(resident.command(u"ticket.submit"_s, submit(lost2, u"after the backup 2"_s)).status, 200);
        QVERIFY(core.cycle(&ok) && ok);
        QVERIFY(EntityRepository(core.store).get(u"ticket"_s, lost1));
        QVERIFY(!TicketRepository(core.store).events(lost1).isEmpty());
        const qint64 cursorAhead = SyncState(core.store).cursor();

        // With no signal, the agent notes something on an order the backup has too.
        const QString kept = *before.cbegin();
        core.api.setBaseUrl(cytest::unreachableUrl());
        const QString note = Outbox(core.store).enqueue(u"ticket.note"_s, u"ticket"_s, kept,
                                                        {{u"ticketId"_s, kept}, {u"text"_s, u"Noted offline"_s}},
                                                        std::nullopt);
        QVERIFY(!note.isEmpty());

        // The server's database goes back to the backup.
        QVERIFY(m_server.whileStopped([&] { return copyDatabase(backup, db); }));
        core.api.setBaseUrl(m_server.baseUrl());
        QSignalSpy resync(core.engine.get(), &SyncEngine::resyncStarted);
        QVERIFY(core.cycle(&ok) && ok);
        QCOMPARE(resync.size(), 1);
        QVERIFY(SyncState(core.store).cursor() < cursorAhead);
        QVERIFY(!SyncState(core.store).isResyncing());

        // What the restored server does not have is gone from the phone, timelines too; the rest
        // is exactly what the server shows the agent.
        QVERIFY(!EntityRepository(core.store).get(u"ticket"_s, lost1));
        QVERIFY(!EntityRepository(core.store).get(u"ticket"_s, lost2));
        QVERIFY(TicketRepository(core.store).events(lost1).isEmpty());
        QCOMPARE(localIds(core.store, u"ticket"_s), serverView(m_server, cytest::AgentPhone, u"ticket"_s));
        QCOMPARE(localIds(core.store, u"ticketEvent"_s), serverView(m_server, cytest::AgentPhone, u"ticketEvent"_s));
        // The queued note survived the reset and went to the restored server.
        QCOMPARE(Outbox(core.store).entry(note)->state, u"applied"_s);
        // And the next pull is an ordinary one.
        QVERIFY(core.cycle(&ok) && ok);
        QCOMPARE(resync.size(), 1);
    }

    // Defect 1 of issue 8, end to end: nothing an older app pulled is lost to a newer one.
    void anAppThatGainsTheTicketsModuleShowsEverything()
    {
        std::vector<std::unique_ptr<ClientModule>> older;
        for (auto &m : builtInModules()) {
            if (m->name() != u"tickets")
                older.push_back(std::move(m));
        }
        const ModuleSet olderApp(std::move(older));
        const QString dir = m_dir.filePath(u"upgrade"_s);
        Core core(dir, {}, m_server.baseUrl(), m_server.caFile());
        const QString userId = core.login(cytest::AgentPhone);
        QVERIFY(!userId.isEmpty());
        QString noteId;
        {
            LocalStore store;
            QString error;
            QVERIFY2(store.open(LocalStore::accountPath(dir, userId), olderApp.catalog(), &error), qPrintable(error));
            SyncEngine engine(&core.api, &store);
            QSignalSpy finished(&engine, &SyncEngine::cycleFinished);
            engine.start();
            QVERIFY(finished.wait(60000));
            QVERIFY(finished.first().first().toBool());
            engine.stop();
            QVERIFY(!store.database().tables().contains(u"tickets"_s));
            QVERIFY(!localIds(store, u"ticket"_s).isEmpty());
            // Something queued by hand while offline, for the record's outbox row to be checked.
            noteId = Outbox(store).enqueue(u"ticket.note"_s, u"ticket"_s, *localIds(store, u"ticket"_s).cbegin(),
                                           {{u"ticketId"_s, *localIds(store, u"ticket"_s).cbegin()},
                                            {u"text"_s, u"Queued by the older app"_s}},
                                           std::nullopt);
            QVERIFY(!noteId.isEmpty());
        }
        // The upgraded app: the same store, every module.
        QVERIFY(core.openStore(dir, userId));
        QCOMPARE(localIds(core.store, u"ticket"_s), serverView(m_server, cytest::AgentPhone, u"ticket"_s));
        QCOMPARE(localIds(core.store, u"ticketEvent"_s), serverView(m_server, cytest::AgentPhone, u"ticketEvent"_s));
        QSqlQuery generic = core.store.prepared(u"SELECT COUNT(*) FROM records WHERE entity IN ('ticket', 'ticketEvent')"_s);
        QVERIFY(core.store.exec(generic) && generic.next());
        QCOMPARE(generic.value(0).toInt(), 0);
        const std::optional<Outbox::Entry> queued = Outbox(core.store).entry(noteId);
        QVERIFY(queued);
        QCOMPARE(queued->state, u"pending"_s);
        // The screens read them through their indexes.
        TicketListModel list;
        list.setStore(&core.store);
        QCOMPARE(list.totalCount(), int(localIds(core.store, u"ticket"_s).size()));
        QVERIFY(list.rowCount() > 0);
        QVERIFY(!TicketRepository(core.store).events(list.idAt(0)).isEmpty());
        // And the queued command goes.
        bool ok = false;
        QVERIFY(core.cycle(&ok) && ok);
        QCOMPARE(Outbox(core.store).entry(noteId)->state, u"applied"_s);
    }
};

QTEST_GUILESS_MAIN(TestResync)
#include "tst_resync.moc"
