// A store written by the repair loop's app (one schema, user_version 1: tests/data/store-v1.sql)
// opens with today's modules and keeps everything: its tables are each module's version 1,
// records it kept in the generic table stay there (no module owns them yet), the outbox is as
// it was, and the screens' queries read the orders. And an app that gains a module: records it
// kept whole before move into their table.
#include "ticketstoretestutil.h"

#include "estate/estatedirectory.h"
#include "estate/estatemodule.h"
#include "kit/needsattentionmodel.h"
#include "store/outbox.h"
#include "store/syncstate.h"
#include "tickets/ticketdetail.h"
#include "tickets/ticketlistmodel.h"
#include "tickets/ticketrepository.h"
#include "viewer.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <list>
#include <QSqlError>
#include <QSqlQuery>

using namespace StoreTest;

namespace {

/// Writes the fixture's schema and data into a fresh SQLite file at @p path.
bool writeV1Store(const QString &path, QString *error)
{
    QFile sql(QStringLiteral(COURTYARD_TEST_DATA "/store-v1.sql"));
    if (!sql.open(QIODevice::ReadOnly)) {
        *error = sql.errorString();
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1-writer"_s);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        for (const QByteArray &line : sql.readAll().split('\n')) {
            const QString statement = QString::fromUtf8(line).trimmed();
            if (statement.isEmpty() || statement.startsWith(u"--"_s))
                continue;
            if (!q.exec(statement)) {
                *error = statement.left(60) + u": "_s + q.lastError().text();
                return false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1-writer"_s);
    return true;
}

int scalar(LocalStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

/// The modules the upgraded app has, or an older one without some of them.
std::shared_ptr<const EntityCatalog> catalogWithout(const QStringList &left)
{
    std::vector<std::unique_ptr<ClientModule>> modules;
    for (auto &m : builtInModules()) {
        if (!left.contains(m->name()))
            modules.push_back(std::move(m));
    }
    static std::list<std::unique_ptr<ModuleSet>> kept; // the catalog's modules stay alive
    kept.push_back(std::make_unique<ModuleSet>(std::move(modules)));
    return kept.back()->catalog();
}

} // namespace

class TestStoreUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aVersion1StoreOpensWithEverything()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(writeV1Store(dbPath(dir), &error), qPrintable(error));
        LocalStore store;
        QVERIFY2(store.open(dbPath(dir), cytest::catalog(), &error), qPrintable(error));
        QCOMPARE(scalar(store, u"PRAGMA user_version"_s), LocalStore::SchemaVersion);
        // Each module's tables count as its version 1, which the v1 schema already held; the
        // estate module then took its own step 2 (parking spaces, SLA targets: issue 10), the
        // fees module its step 2 (the fees feature's tables: issue 11).
        for (const QString &module : {u"tickets"_s, u"notices"_s})
            QCOMPARE(scalar(store, u"SELECT version FROM store_modules WHERE module = '%1'"_s.arg(module)), 1);
        QCOMPARE(scalar(store, u"SELECT version FROM store_modules WHERE module = 'estate'"_s), 2);
        QCOMPARE(scalar(store, u"SELECT version FROM store_modules WHERE module = 'fees'"_s), 2);
        QCOMPARE(scalar(store, u"SELECT version FROM store_modules WHERE module = '(legacy)'"_s), 1);

        QCOMPARE(SyncState(store).cursor(), 120);
        EntityRepository repo(store);
        for (const auto &[entity, id] : QList<std::pair<QString, QString>>{
                 {u"estate"_s, u"est-1"_s}, {u"building"_s, u"bld-3"_s}, {u"unit"_s, u"unit-a"_s}, {u"ticket"_s, u"t-1"_s},
                 {u"ticketEvent"_s, u"e-1"_s}, {u"bill"_s, u"bill-1"_s}, {u"notice"_s, u"n-1"_s}, {u"reminder"_s, u"r-1"_s}})
            QVERIFY2(repo.get(entity, id), qPrintable(entity + u'/' + id));
        QCOMPARE(repo.tableFor(u"reminder"_s), u"fee_reminders"_s); // the fees module's since issue 11
        QCOMPARE(repo.revision(u"ticket"_s, u"t-1"_s), std::optional<qint64>(100));

        // The outbox as it was: the queued note still goes.
        Outbox outbox(store);
        QCOMPARE(outbox.pendingCount(), 1);
        const std::optional<Outbox::Entry> next = outbox.next();
        QVERIFY(next);
        QCOMPARE(next->type, u"ticket.note"_s);
        QCOMPARE(next->payload.value(u"text"_s).toString(), u"Call before coming"_s);

        // The screens read it: the list (by its indexes), the detail with its timeline.
        TicketListModel list;
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setStatuses({u"assigned"_s});
        list.setStore(&store);
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.data(list.index(0), TicketListModel::LocationTextRole).toString(), u"3栋 1202"_s);
        Viewer agent(u"agent-1"_s, Courtyard::Role::Agent, {u"est-1"_s});
        TicketDetail detail;
        detail.setViewer(&agent);
        detail.setStore(&store);
        detail.setTicketId(u"t-1"_s);
        QVERIFY(detail.exists());
        QCOMPARE(detail.timeline().size(), 3); // two synced steps and the queued note
        QVERIFY(detail.timeline().last().toMap().value(u"pending"_s).toBool());

        // Opening it again changes nothing more.
        store.close();
        LocalStore again;
        QVERIFY(again.open(dbPath(dir), cytest::catalog()));
        QCOMPARE(Outbox(again).pendingCount(), 1);
        QVERIFY(EntityRepository(again).get(u"ticket"_s, u"t-1"_s));
    }

    void aVersion1StoreOpenedWithoutAModuleKeepsItsTables()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(writeV1Store(dbPath(dir), &error), qPrintable(error));
        {
            LocalStore store; // an app built without the tickets module
            QVERIFY2(store.open(dbPath(dir), catalogWithout({u"tickets"_s}), &error), qPrintable(error));
            QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM store_modules WHERE module = 'tickets'"_s), 0);
            QVERIFY(store.database().tables().contains(u"tickets"_s)); // left as it was
        }
        LocalStore store;
        QVERIFY2(store.open(dbPath(dir), cytest::catalog(), &error), qPrintable(error));
        QCOMPARE(scalar(store, u"SELECT version FROM store_modules WHERE module = 'tickets'"_s), 1);
        QCOMPARE(TicketRepository(store).count({}), 1);
    }

    // An app without the tickets module pulled orders and their timelines: it kept them whole.
    // The next version, with the module, shows every one of them; the outbox is untouched.
    void anAppThatGainsTheTicketsModuleShowsWhatItKept()
    {
        QTemporaryDir dir;
        const QJsonObject t1 = ticket(u"t1"_s, u"assigned"_s, u"urgent"_s, 1'700'000'000'000, 1'700'000'100'000, u"tech-1"_s);
        const QJsonObject t2 = ticket(u"t2"_s, u"submitted"_s);
        const QJsonObject e1{{u"id"_s, u"e1"_s}, {u"ticketId"_s, u"t1"_s}, {u"type"_s, u"status"_s},
                             {u"toStatus"_s, u"assigned"_s}, {u"at"_s, iso(1'700'000'000'000)}};
        {
            LocalStore older;
            QVERIFY(older.open(dbPath(dir), catalogWithout({u"tickets"_s})));
            QVERIFY(!older.database().tables().contains(u"tickets"_s));
            QVERIFY(apply(older, {upsert(u"ticket"_s, 1, t1), upsert(u"ticket"_s, 2, t2), upsert(u"ticketEvent"_s, 3, e1)}));
            QVERIFY(!Outbox(older).enqueue(u"x.later"_s, u"ticket"_s, u"t2"_s, {{u"ticketId"_s, u"t2"_s}}, std::nullopt).isEmpty());
            QCOMPARE(scalar(older, u"SELECT COUNT(*) FROM records"_s), 3);
        }
        LocalStore store;
        QString error;
        QVERIFY2(store.open(dbPath(dir), cytest::catalog(), &error), qPrintable(error));
        QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM records"_s), 0);
        TicketRepository tickets(store);
        QCOMPARE(tickets.count({}), 2);
        QCOMPARE(tickets.list({}, TicketRepository::Sort::PriorityThenDeadline, 10).first().id, u"t1"_s); // urgent first
        QCOMPARE(tickets.events(u"t1"_s).size(), 1);
        QCOMPARE(Outbox(store).pendingCount(), 1);
        QCOMPARE(Outbox(store).next()->type, u"x.later"_s);
        // A tombstone now drops the adopted timeline with its order.
        QVERIFY(apply(store, {tombstone(u"ticket"_s, 9, u"t1"_s)}));
        QVERIFY(tickets.events(u"t1"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreUpgrade)
#include "tst_storeupgrade.moc"
