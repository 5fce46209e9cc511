#include "kit/needsattentionmodel.h"
#include "store/outbox.h"
#include "ticketstoretestutil.h"
#include "tickets/ticketlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTranslator>

using namespace Courtyard::Client;

using namespace StoreTest;

namespace {
constexpr qint64 base = 1'700'000'000'000;
constexpr qint64 minute = 60'000;

// A language whose every word is the English one in brackets.
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return u"[%1]"_s.arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

QStringList ids(const TicketListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.idAt(row));
    return result;
}
} // namespace

class TestTicketListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(dbPath(m_dir), cytest::catalog()));
        QList<QJsonObject> changes;
        const QStringList priorities{u"urgent"_s, u"high"_s, u"normal"_s, u"low"_s};
        for (int i = 0; i < 120; ++i) {
            const QString status = i % 3 == 0 ? u"closed"_s : u"submitted"_s;
            changes.append(upsert(u"ticket"_s, i + 1,
                                  ticket(u"t%1"_s.arg(i, 3, 10, QLatin1Char('0')), status, priorities.at(i % 4),
                                         base + i * minute, base + (1000 - i) * minute)));
        }
        QVERIFY(apply(*m_store, changes));
    }
    void cleanup()
    {
        m_store.reset();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(dbPath(m_dir) + suffix);
    }

    void loadsInPages()
    {
        TicketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        // As QML assigns it: through the QObject-typed property.
        QVERIFY(model.setProperty("store", QVariant::fromValue<QObject *>(m_store.get())));
        QCOMPARE(model.store(), m_store.get());
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.totalCount(), 120);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 100);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 120);
        QVERIFY(!model.canFetchMore({}));
        const QStringList loaded = ids(model);
        QCOMPARE(QSet<QString>(loaded.cbegin(), loaded.cend()).size(), 120);
        // Priority first: the urgent ones (i % 4 == 0), the latest deadline last among them.
        QCOMPARE(model.data(model.index(0), TicketListModel::PriorityRole).toString(), u"urgent"_s);
        QCOMPARE(model.idAt(0), u"t116"_s);
    }

    void filtersAndSorts()
    {
        TicketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setStatuses({u"closed"_s});
        model.setSortOrder(TicketListModel::NewestFirst);
        QVERIFY(model.isLoading());
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.totalCount(), 40);
        QCOMPARE(model.idAt(0), u"t117"_s);
        QCOMPARE(model.data(model.index(0), TicketListModel::StatusRole).toString(), u"closed"_s);
    }

    void followsTheStore()
    {
        TicketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        model.setStore(m_store.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // A new urgent ticket due first lands at the top.
        QVERIFY(apply(*m_store, {upsert(u"ticket"_s, 500,
                                        ticket(u"new"_s, u"submitted"_s, u"urgent"_s, base, base + minute))}));
        QTRY_COMPARE(model.idAt(0), u"new"_s);
        QCOMPARE(model.totalCount(), 121);
        QVERIFY(model.rowCount() < model.totalCount());    // still paged

        // An optimistic local change shows as pending on the same row.
        const QString top = model.idAt(1);
        const auto current = EntityRepository(*m_store).get(u"ticket"_s, top);
        QJsonObject accepted = *current;
        accepted.insert(u"status"_s, u"accepted"_s);
        QVERIFY(!Outbox(*m_store).enqueue(u"ticket.accept"_s, u"ticket"_s, top, {}, accepted).isEmpty());
        QTRY_VERIFY(model.data(model.index(1), TicketListModel::PendingRole).toBool());
        QCOMPARE(model.data(model.index(1), TicketListModel::StatusRole).toString(), u"accepted"_s);
        QVERIFY(!changed.isEmpty());

        // A tombstone removes the row.
        QVERIFY(apply(*m_store, {tombstone(u"ticket"_s, 501, u"new"_s)}));
        QTRY_COMPARE(model.idAt(0), top);
        QCOMPARE(model.totalCount(), 120);
        QCOMPARE(reset.count(), 0);
    }

    void emptiesWhenTheStoreGoes()
    {
        TicketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QVERIFY(model.rowCount() > 0);
        m_store.reset();    // signed out
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(!model.store());
    }

    void wordsFollowTheLanguage()
    {
        TicketListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QVERIFY(model.rowCount() > 0);
        const QString before = model.data(model.index(0), TicketListModel::StatusTextRole).toString();
        QVERIFY(!before.startsWith(u'['));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        BracketTranslator language;
        QCoreApplication::installTranslator(&language); // sends LanguageChange
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);
        QVERIFY(changed.last().at(1).toModelIndex().row() > 0); // every row read so far
        QVERIFY(model.data(model.index(0), TicketListModel::StatusTextRole).toString().startsWith(u'['));
        QCoreApplication::removeTranslator(&language);
        QCOMPARE(model.data(model.index(0), TicketListModel::StatusTextRole).toString(), before);
    }

    void roleNamesAreLowerCamel()
    {
        TicketListModel model;
        const auto roles = model.roleNames();
        for (const QByteArray &name : {"ticketId", "status", "priority", "description", "resolveDueAt", "pending"})
            QVERIFY2(roles.values().contains(name), name.constData());
    }

    void needsAttentionListsRejectedCommands()
    {
        NeedsAttentionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 0);
        Outbox outbox(*m_store);
        const QString id = outbox.enqueue(u"ticket.cancel"_s, u"ticket"_s, u"t001"_s, {}, std::nullopt);
        QVERIFY(outbox.markRejected(id, 409, u"illegal_transition"_s, u"already closed"_s, {}));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), NeedsAttentionModel::CommandIdRole).toString(), id);
        QCOMPARE(model.data(model.index(0), NeedsAttentionModel::ErrorCodeRole).toString(), u"illegal_transition"_s);
        QCOMPARE(model.data(model.index(0), NeedsAttentionModel::ErrorMessageRole).toString(), u"already closed"_s);
        QCOMPARE(model.data(model.index(0), NeedsAttentionModel::HttpStatusRole).toInt(), 409);
        QVERIFY(model.dismiss(0));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(outbox.entry(id)->state, u"rejected"_s);
    }
};

QTEST_MAIN(TestTicketListModel)
#include "tst_ticketlistmodel.moc"
