#include "storetestutil.h"
#include "syncstate.h"

#include <QSignalSpy>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace StoreTest;

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
        QVERIFY2(store.open(dbPath(dir), &error), qPrintable(error));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), LocalStore::SchemaVersion);
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);    // FULL
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        const QStringList tables = store.database().tables();
        for (const QString &table : {u"sync_state"_s, u"outbox"_s, u"attachments"_s, u"records"_s})
            QVERIFY2(tables.contains(table), qPrintable(table));
        for (const QString &entity : EntityRepository::typedEntityNames())
            QVERIFY2(tables.contains(EntityRepository::tableFor(entity)), qPrintable(entity));
    }

    void reopenIsIdempotentAndKeepsData()
    {
        QTemporaryDir dir;
        {
            LocalStore store;
            QVERIFY(store.open(dbPath(dir)));
            QVERIFY(apply(store, {upsert(u"ticket"_s, 3, ticket(u"t1"_s))}));
            LocalStore::Transaction tx(store);
            QVERIFY(SyncState(store).setCursor(42));
            QVERIFY(tx.commit());
        }
        for (int i = 0; i < 2; ++i) {
            LocalStore store;
            QVERIFY(store.open(dbPath(dir)));
            QCOMPARE(SyncState(store).cursor(), 42);
            QCOMPARE(EntityRepository(store).get(u"ticket"_s, u"t1"_s)->value(u"status"_s).toString(), u"submitted"_s);
            QCOMPARE(EntityRepository(store).revision(u"ticket"_s, u"t1"_s), std::optional<qint64>(3));
        }
    }

    void refusesASchemaFromTheFuture()
    {
        QTemporaryDir dir;
        {
            LocalStore store;
            QVERIFY(store.open(dbPath(dir)));
            QSqlQuery(store.database()).exec(u"PRAGMA user_version = 99"_s);
        }
        LocalStore store;
        QString error;
        QVERIFY(!store.open(dbPath(dir), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.isOpen());
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dbPath(dir)));
        QSignalSpy changed(&store, &LocalStore::changed);
        {
            LocalStore::Transaction tx(store);
            QVERIFY(EntityRepository(store).put(u"ticket"_s, ticket(u"t1"_s), 1));
            QVERIFY(SyncState(store).setCursor(9));
        }
        QVERIFY(!EntityRepository(store).get(u"ticket"_s, u"t1"_s));
        QCOMPARE(SyncState(store).cursor(), 0);
        QCOMPARE(changed.count(), 0);

        // An inner transaction that gives up takes the outer one down with it.
        {
            LocalStore::Transaction outer(store);
            QVERIFY(EntityRepository(store).put(u"ticket"_s, ticket(u"t1"_s), 1));
            {
                LocalStore::Transaction inner(store);
                QVERIFY(SyncState(store).setCursor(9));
            }
            QVERIFY(!outer.commit());
        }
        QVERIFY(!EntityRepository(store).get(u"ticket"_s, u"t1"_s));
        QCOMPARE(changed.count(), 0);
    }

    void changedIsEmittedAfterCommitWithTheEntities()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dbPath(dir)));
        QSignalSpy changed(&store, &LocalStore::changed);
        LocalStore::Transaction tx(store);
        QVERIFY(EntityRepository(store).applyChange(upsert(u"ticket"_s, 1, ticket(u"t1"_s))));
        QVERIFY(EntityRepository(store).applyChange(upsert(u"notice"_s, 2, QJsonObject{{u"id"_s, u"n1"_s}})));
        QVERIFY(SyncState(store).setCursor(2));
        QCOMPARE(changed.count(), 0);
        QVERIFY(tx.commit());
        QCOMPARE(changed.count(), 1);
        QStringList entities = changed.at(0).at(0).toStringList();
        entities.sort();
        QCOMPARE(entities, (QStringList{u"notice"_s, u"syncState"_s, u"ticket"_s}));
    }

    void appliesEveryEntity()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dbPath(dir)));
        EntityRepository repo(store);
        qint64 rev = 0;
        for (const QString &entity : EntityRepository::entityNames()) {
            const QJsonObject data{{u"id"_s, u"x-%1"_s.arg(entity)}, {u"estateId"_s, u"est-1"_s}};
            QVERIFY2(apply(store, {upsert(entity, ++rev, data)}), qPrintable(entity));
            QCOMPARE(repo.get(entity, data.value(u"id"_s).toString()), std::optional<QJsonObject>(data));
        }
        for (const QString &entity : EntityRepository::entityNames()) {
            QVERIFY(apply(store, {tombstone(entity, ++rev, u"x-%1"_s.arg(entity))}));
            QVERIFY2(!repo.get(entity, u"x-%1"_s.arg(entity)), qPrintable(entity));
        }
    }

    void refusesAMalformedChange_data()
    {
        QTest::addColumn<QJsonObject>("change");
        const QJsonObject good = upsert(u"ticket"_s, 5, ticket(u"t1"_s, u"accepted"_s));
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
        QTest::newRow("unknown entity") << with(u"entity"_s, u"invoice"_s);
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
        QVERIFY(store.open(dbPath(dir)));
        QVERIFY(apply(store, {upsert(u"ticket"_s, 1, ticket(u"t1"_s))}));
        QSignalSpy changed(&store, &LocalStore::changed);
        // A page with one bad change is refused as a whole: nothing of it lands.
        QVERIFY(!apply(store, {upsert(u"ticket"_s, 4, ticket(u"t3"_s)), change}));
        QCOMPARE(EntityRepository(store).get(u"ticket"_s, u"t1"_s), std::optional<QJsonObject>(ticket(u"t1"_s)));
        QVERIFY(!EntityRepository(store).get(u"ticket"_s, u"t3"_s));
        QVERIFY(!EntityRepository(store).get(u"ticket"_s, u"t2"_s));
        QCOMPARE(changed.count(), 0);
    }

    void ticketTombstoneDropsItsTimeline()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dbPath(dir)));
        const QJsonObject event{{u"id"_s, u"e1"_s}, {u"ticketId"_s, u"t1"_s}, {u"at"_s, iso(1'700'000'000'000)}};
        const QJsonObject other{{u"id"_s, u"e2"_s}, {u"ticketId"_s, u"t2"_s}, {u"at"_s, iso(1'700'000'000'000)}};
        QVERIFY(apply(store, {upsert(u"ticket"_s, 1, ticket(u"t1"_s)), upsert(u"ticketEvent"_s, 2, event),
                              upsert(u"ticketEvent"_s, 3, other)}));
        QVERIFY(apply(store, {tombstone(u"ticket"_s, 4, u"t1"_s)}));
        EntityRepository repo(store);
        QVERIFY(!repo.get(u"ticket"_s, u"t1"_s));
        QVERIFY(!repo.get(u"ticketEvent"_s, u"e1"_s));
        QVERIFY(repo.get(u"ticketEvent"_s, u"e2"_s));
        // The timeline goes even when the ticket itself never reached this store.
        QVERIFY(apply(store, {tombstone(u"ticket"_s, 5, u"t2"_s)}));
        QVERIFY(!repo.get(u"ticketEvent"_s, u"e2"_s));
    }

    void olderChangeDoesNotMoveARecordBack()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dbPath(dir)));
        QVERIFY(apply(store, {upsert(u"ticket"_s, 7, ticket(u"t1"_s, u"accepted"_s))}));
        QVERIFY(apply(store, {upsert(u"ticket"_s, 6, ticket(u"t1"_s, u"submitted"_s))}));
        QCOMPARE(EntityRepository(store).get(u"ticket"_s, u"t1"_s)->value(u"status"_s).toString(), u"accepted"_s);
    }

    void survivesAnAbandonedConnection()
    {
        // A process killed mid-transaction leaves an uncommitted WAL tail; SQLite ignores it.
        QTemporaryDir dir;
        auto *store = new LocalStore;
        QVERIFY(store->open(dbPath(dir)));
        QVERIFY(apply(*store, {upsert(u"ticket"_s, 1, ticket(u"t1"_s))}));
        auto *tx = new LocalStore::Transaction(*store);
        QVERIFY(EntityRepository(*store).put(u"ticket"_s, ticket(u"t2"_s), 2));
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
        QVERIFY(reopened.open(dbPath(copy)));
        QVERIFY(EntityRepository(reopened).get(u"ticket"_s, u"t1"_s));
        QVERIFY(!EntityRepository(reopened).get(u"ticket"_s, u"t2"_s));
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
