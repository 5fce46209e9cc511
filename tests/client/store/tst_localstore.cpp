// The generic account store with a catalog of its own (a test module, "things"): migrations of
// the generic schema and of each module's tables, transactions, the pull rules, entities no
// module owns kept and moved into their table once one does, cascades, and the mark and sweep
// of a full pull after the server's reset. The store names no feature of the apps.
#include "storetestutil.h"

#include "store/entitycatalog.h"
#include "store/migrations.h"
#include "store/syncstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace StoreTest;

namespace {

/// A module's tables the way a feature declares them: things, and their parts.
std::shared_ptr<EntityCatalog> things(int version = 1, bool withParts = true)
{
    auto catalog = std::make_shared<EntityCatalog>();
    QList<StoreMigration> steps{{1,
                                 {u"CREATE TABLE IF NOT EXISTS things (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, "
                                  "data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, "
                                  "server_data TEXT, group_id TEXT)"_s,
                                  u"CREATE TABLE IF NOT EXISTS parts (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, "
                                  "data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, "
                                  "server_data TEXT, thing_id TEXT)"_s}}};
    if (version >= 2)
        steps.append({2, {u"ALTER TABLE things ADD COLUMN size INTEGER"_s}});
    catalog->addSchema({u"things"_s, steps, [](int legacy) { return legacy >= 1 ? 1 : 0; }});
    QList<EntityColumn> columns{EntityColumn::text(u"group_id"_s, u"groupId"_s)};
    if (version >= 2)
        columns.append(EntityColumn::computed(u"size"_s, [](const QJsonObject &o) { return QVariant(o.value(u"size"_s).toInt()); }));
    catalog->addEntity({u"thing"_s, u"things"_s, columns});
    if (withParts) {
        catalog->addEntity({u"part"_s, u"parts"_s, {EntityColumn::text(u"thing_id"_s, u"thingId"_s)}});
        catalog->addCascade({u"thing"_s, u"part"_s, u"thing_id"_s});
    }
    return catalog;
}

QJsonObject thing(const QString &id, const QString &group = u"g1"_s)
{
    return {{u"id"_s, id}, {u"groupId"_s, group}, {u"name"_s, u"Thing %1"_s.arg(id)}};
}

int scalar(LocalStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void accountPath_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"usr-1_a"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dots") << u"../etc"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("too long") << QString(65, u'a') << false;
    }
    void accountPath()
    {
        QFETCH(QString, userId);
        QFETCH(bool, valid);
        const QString path = LocalStore::accountPath(u"/data"_s, userId);
        QCOMPARE(!path.isEmpty(), valid);
        if (valid)
            QCOMPARE(path, u"/data/accounts/%1.db"_s.arg(userId));
    }

    void migratesAnEmptyFile()
    {
        QTemporaryDir dir;
        LocalStore store;
        QString error;
        QVERIFY2(store.open(dbPath(dir), things(), &error), qPrintable(error));
        QCOMPARE(scalar(store, u"PRAGMA user_version"_s), LocalStore::SchemaVersion);
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QCOMPARE(scalar(store, u"PRAGMA synchronous"_s), 2); // FULL
        QCOMPARE(scalar(store, u"PRAGMA foreign_keys"_s), 1);
        const QStringList tables = store.database().tables();
        for (const QString &table : {u"sync_state"_s, u"outbox"_s, u"attachments"_s, u"records"_s, u"store_modules"_s,
                                     u"things"_s, u"parts"_s})
            QVERIFY2(tables.contains(table), qPrintable(table));
        QCOMPARE(scalar(store, u"SELECT version FROM store_modules WHERE module = 'things'"_s), 1);
        // A fresh store is not a legacy one.
        QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM store_modules WHERE module = '(legacy)'"_s), 0);
    }

    void withoutACatalogEverythingIsGeneric()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dbPath(dir)));
        QVERIFY(!store.database().tables().contains(u"things"_s));
        QVERIFY(apply(store, {upsert(u"thing"_s, 1, thing(u"a"_s))}));
        QCOMPARE(EntityRepository(store).get(u"thing"_s, u"a"_s), std::optional<QJsonObject>(thing(u"a"_s)));
        QCOMPARE(EntityRepository(store).tableFor(u"thing"_s), u"records"_s);
    }

    void moduleTablesMigrateByTheirOwnVersion()
    {
        QTemporaryDir dir;
        {
            LocalStore store;
            QVERIFY(store.open(dbPath(dir), things(1)));
            QVERIFY(apply(store, {upsert(u"thing"_s, 1, thing(u"a"_s))}));
        }
        LocalStore store;
        QString error;
        QVERIFY2(store.open(dbPath(dir), things(2), &error), qPrintable(error));
        QCOMPARE(scalar(store, u"SELECT version FROM store_modules WHERE module = 'things'"_s), 2);
        QCOMPARE(scalar(store, u"PRAGMA user_version"_s), LocalStore::SchemaVersion); // generic schema unchanged
        QVERIFY(EntityRepository(store).get(u"thing"_s, u"a"_s));
        QJsonObject big = thing(u"b"_s);
        big.insert(u"size"_s, 7);
        QVERIFY(apply(store, {upsert(u"thing"_s, 2, big)}));
        QCOMPARE(scalar(store, u"SELECT size FROM things WHERE id = 'b'"_s), 7);
    }

    void refusesASchemaFromTheFuture()
    {
        QTemporaryDir dir;
        {
            LocalStore store;
            QVERIFY(store.open(dbPath(dir), things(2)));
        }
        // A module whose tables a newer app wrote.
        LocalStore older;
        QString error;
        QVERIFY(!older.open(dbPath(dir), things(1), &error));
        QVERIFY2(error.contains(u"things"_s), qPrintable(error));
        {
            LocalStore store;
            QVERIFY(store.open(dbPath(dir), things(2)));
            QSqlQuery(store.database()).exec(u"PRAGMA user_version = 99"_s);
        }
        LocalStore store;
        QVERIFY(!store.open(dbPath(dir), things(2), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.isOpen());
    }

    void reopenIsIdempotentAndKeepsData()
    {
        QTemporaryDir dir;
        {
            LocalStore store;
            QVERIFY(store.open(dbPath(dir), things()));
            QVERIFY(apply(store, {upsert(u"thing"_s, 3, thing(u"t1"_s))}));
            LocalStore::Transaction tx(store);
            QVERIFY(SyncState(store).setCursor(42));
            QVERIFY(tx.commit());
        }
        for (int i = 0; i < 2; ++i) {
            LocalStore store;
            QVERIFY(store.open(dbPath(dir), things()));
            QCOMPARE(SyncState(store).cursor(), 42);
            QCOMPARE(EntityRepository(store).get(u"thing"_s, u"t1"_s), std::optional<QJsonObject>(thing(u"t1"_s)));
            QCOMPARE(EntityRepository(store).revision(u"thing"_s, u"t1"_s), std::optional<qint64>(3));
        }
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dbPath(dir), things()));
        QSignalSpy changed(&store, &LocalStore::changed);
        {
            LocalStore::Transaction tx(store);
            QVERIFY(EntityRepository(store).put(u"thing"_s, thing(u"t1"_s), 1));
            QVERIFY(SyncState(store).setCursor(9));
        }
        QVERIFY(!EntityRepository(store).get(u"thing"_s, u"t1"_s));
        QCOMPARE(SyncState(store).cursor(), 0);
        QCOMPARE(changed.count(), 0);
        // An inner transaction that gives up takes the outer one down with it.
        {
            LocalStore::Transaction outer(store);
            QVERIFY(EntityRepository(store).put(u"thing"_s, thing(u"t1"_s), 1));
            {
                LocalStore::Transaction inner(store);
                QVERIFY(SyncState(store).setCursor(9));
            }
            QVERIFY(!outer.commit());
        }
        QVERIFY(!EntityRepository(store).get(u"thing"_s, u"t1"_s));
        QCOMPARE(changed.count(), 0);
    }

    void changedIsEmittedAfterCommitWithTheEntities()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dbPath(dir), things()));
        QSignalSpy changed(&store, &LocalStore::changed);
        LocalStore::Transaction tx(store);
        QVERIFY(EntityRepository(store).applyChange(upsert(u"thing"_s, 1, thing(u"t1"_s))));
        QVERIFY(EntityRepository(store).applyChange(upsert(u"gadget"_s, 2, QJsonObject{{u"id"_s, u"g1"_s}})));
        QVERIFY(SyncState(store).setCursor(2));
        QCOMPARE(changed.count(), 0);
        QVERIFY(tx.commit());
        QCOMPARE(changed.count(), 1);
        QStringList entities = changed.at(0).at(0).toStringList();
        entities.sort();
        QCOMPARE(entities, (QStringList{u"gadget"_s, u"syncState"_s, u"thing"_s}));
    }

    // Defect 1 of issue 8: a change for an entity no module owns was dropped while the cursor
    // moved on, so a phone older than the server never got that feature's records.
    void keepsWhatNoModuleOwnsAndTypesItLater()
    {
        QTemporaryDir dir;
        const QJsonObject a = thing(u"a"_s, u"g7"_s);
        const QJsonObject b = thing(u"b"_s, u"g8"_s);
        {
            LocalStore older; // this build has no "things" module
            QVERIFY(older.open(dbPath(dir)));
            QVERIFY(apply(older, {upsert(u"thing"_s, 5, a), upsert(u"thing"_s, 6, b),
                                  upsert(u"part"_s, 7, QJsonObject{{u"id"_s, u"p1"_s}, {u"thingId"_s, u"a"_s}})}));
            // One of them carries a local change not answered yet, with a pulled state held behind it.
            LocalStore::Transaction tx(older);
            EntityRepository repo(older);
            QVERIFY(repo.addPending(u"thing"_s, u"b"_s, 1));
            QVERIFY(repo.applyChange(upsert(u"thing"_s, 9, thing(u"b"_s, u"g9"_s))));
            QVERIFY(tx.commit());
            QCOMPARE(repo.get(u"thing"_s, u"b"_s), std::optional<QJsonObject>(b));
            QCOMPARE(scalar(older, u"SELECT COUNT(*) FROM records"_s), 3);
        }
        LocalStore store; // the upgraded app knows them
        QString error;
        QVERIFY2(store.open(dbPath(dir), things(), &error), qPrintable(error));
        QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM records"_s), 0);
        QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM things WHERE group_id = 'g7'"_s), 1); // columns computed
        EntityRepository repo(store);
        QCOMPARE(repo.get(u"thing"_s, u"a"_s), std::optional<QJsonObject>(a));
        QCOMPARE(repo.revision(u"thing"_s, u"a"_s), std::optional<qint64>(5));
        QCOMPARE(repo.localPending(u"thing"_s, u"b"_s), 1);
        QCOMPARE(repo.heldServerState(u"thing"_s, u"b"_s)->rev, 9);
        QCOMPARE(repo.get(u"part"_s, u"p1"_s)->value(u"thingId"_s).toString(), u"a"_s);
        // And the cascade works on what was adopted.
        QVERIFY(apply(store, {tombstone(u"thing"_s, 10, u"a"_s)}));
        QVERIFY(!repo.get(u"part"_s, u"p1"_s));
    }

    void refusesAMalformedChange_data()
    {
        QTest::addColumn<QJsonObject>("change");
        const QJsonObject good = upsert(u"thing"_s, 5, thing(u"t1"_s, u"g2"_s));
        auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject change = good;
            change.insert(key, value);
            return change;
        };
        auto without = [&](const QString &key) {
            QJsonObject change = good;
            change.remove(key);
            return change;
        };
        QTest::newRow("no rev") << without(u"rev"_s);
        QTest::newRow("rev 0") << with(u"rev"_s, 0);
        QTest::newRow("rev fraction") << with(u"rev"_s, 5.5);
        QTest::newRow("rev text") << with(u"rev"_s, u"5"_s);
        QTest::newRow("entity not a name") << with(u"entity"_s, u"in voice"_s);
        QTest::newRow("no entity") << without(u"entity"_s);
        QTest::newRow("unsafe id") << with(u"id"_s, u"../t1"_s);
        QTest::newRow("id mismatch") << with(u"id"_s, u"t2"_s);
        QTest::newRow("upsert without data") << without(u"data"_s);
        QTest::newRow("data not an object") << with(u"data"_s, u"{}"_s);
        QTest::newRow("delete with data") << with(u"op"_s, u"delete"_s);
        QTest::newRow("unknown op") << with(u"op"_s, u"patch"_s);
    }
    void refusesAMalformedChange()
    {
        QFETCH(QJsonObject, change);
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dbPath(dir), things()));
        QVERIFY(apply(store, {upsert(u"thing"_s, 1, thing(u"t1"_s))}));
        QSignalSpy changed(&store, &LocalStore::changed);
        // A page with one bad change is refused as a whole: nothing of it lands.
        QVERIFY(!apply(store, {upsert(u"thing"_s, 4, thing(u"t3"_s)), change}));
        QCOMPARE(EntityRepository(store).get(u"thing"_s, u"t1"_s), std::optional<QJsonObject>(thing(u"t1"_s)));
        QVERIFY(!EntityRepository(store).get(u"thing"_s, u"t3"_s));
        QCOMPARE(changed.count(), 0);
    }

    void aTombstoneDropsWhatCascadesFromIt()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dbPath(dir), things()));
        const QJsonObject p1{{u"id"_s, u"p1"_s}, {u"thingId"_s, u"t1"_s}};
        const QJsonObject p2{{u"id"_s, u"p2"_s}, {u"thingId"_s, u"t2"_s}};
        QVERIFY(apply(store, {upsert(u"thing"_s, 1, thing(u"t1"_s)), upsert(u"part"_s, 2, p1), upsert(u"part"_s, 3, p2)}));
        QVERIFY(apply(store, {tombstone(u"thing"_s, 4, u"t1"_s)}));
        EntityRepository repo(store);
        QVERIFY(!repo.get(u"thing"_s, u"t1"_s));
        QVERIFY(!repo.get(u"part"_s, u"p1"_s));
        QVERIFY(repo.get(u"part"_s, u"p2"_s));
        // The children go even when the parent itself never reached this store.
        QVERIFY(apply(store, {tombstone(u"thing"_s, 5, u"t2"_s)}));
        QVERIFY(!repo.get(u"part"_s, u"p2"_s));
    }

    void olderChangeDoesNotMoveARecordBack()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dbPath(dir), things()));
        QVERIFY(apply(store, {upsert(u"thing"_s, 7, thing(u"t1"_s, u"new"_s))}));
        QVERIFY(apply(store, {upsert(u"thing"_s, 6, thing(u"t1"_s, u"old"_s))}));
        QCOMPARE(EntityRepository(store).get(u"thing"_s, u"t1"_s)->value(u"groupId"_s).toString(), u"new"_s);
    }

    // After the server's reset every record is unseen until the full pull brings it again, even
    // at a lower revision; what it does not bring goes, unless the person is still changing it.
    void markAndSweepAfterAReset()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dbPath(dir), things()));
        QVERIFY(apply(store, {upsert(u"thing"_s, 50, thing(u"kept"_s, u"after-backup"_s)),
                              upsert(u"thing"_s, 51, thing(u"gone"_s)), upsert(u"thing"_s, 52, thing(u"mine"_s)),
                              upsert(u"gadget"_s, 53, QJsonObject{{u"id"_s, u"x"_s}})}));
        EntityRepository repo(store);
        {
            LocalStore::Transaction tx(store);
            QVERIFY(repo.addPending(u"thing"_s, u"mine"_s, 1));
            QVERIFY(repo.markAllForResync());
            QVERIFY(tx.commit());
        }
        // The restored server's older state of one of them, at a lower revision.
        QVERIFY(apply(store, {upsert(u"thing"_s, 3, thing(u"kept"_s, u"before-backup"_s))}));
        QCOMPARE(repo.get(u"thing"_s, u"kept"_s)->value(u"groupId"_s).toString(), u"before-backup"_s);
        LocalStore::Transaction tx(store);
        const std::optional<qsizetype> dropped = repo.sweepUnresynced();
        QVERIFY(tx.commit());
        QCOMPARE(dropped, std::optional<qsizetype>(2)); // "gone" and the gadget
        QVERIFY(repo.get(u"thing"_s, u"kept"_s));
        QVERIFY(!repo.get(u"thing"_s, u"gone"_s));
        QVERIFY(!repo.get(u"gadget"_s, u"x"_s));
        QVERIFY(repo.get(u"thing"_s, u"mine"_s)); // its command decides
    }

    void survivesAnAbandonedConnection()
    {
        // A process killed mid-transaction leaves an uncommitted WAL tail; SQLite ignores it.
        QTemporaryDir dir;
        auto *store = new LocalStore;
        QVERIFY(store->open(dbPath(dir), things()));
        QVERIFY(apply(*store, {upsert(u"thing"_s, 1, thing(u"t1"_s))}));
        auto *tx = new LocalStore::Transaction(*store);
        QVERIFY(EntityRepository(*store).put(u"thing"_s, thing(u"t2"_s), 2));
        // Copy the files as they are on disk mid-transaction: what a power cut would leave.
        QTemporaryDir copy;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            const QString from = dbPath(dir) + suffix;
            if (QFile::exists(from)) {
                QVERIFY(QDir().mkpath(QFileInfo(dbPath(copy)).absolutePath()));
                QVERIFY(QFile::copy(from, dbPath(copy) + suffix));
            }
        }
        delete tx;
        delete store;
        LocalStore reopened;
        QVERIFY(reopened.open(dbPath(copy), things()));
        QVERIFY(EntityRepository(reopened).get(u"thing"_s, u"t1"_s));
        QVERIFY(!EntityRepository(reopened).get(u"thing"_s, u"t2"_s));
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
