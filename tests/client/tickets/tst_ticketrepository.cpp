#include "ticketstoretestutil.h"
#include "tickets/ticketrepository.h"

#include <QSqlQuery>

using namespace Courtyard::Client;

using namespace StoreTest;

namespace {
constexpr qint64 base = 1'700'000'000'000;
constexpr qint64 hour = 3'600'000;
} // namespace

class TestTicketRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalStore m_store;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_store.open(dbPath(m_dir), cytest::catalog()));
        // id, status, priority, created, resolve due, assignee, unit
        QVERIFY(apply(m_store, {
            upsert(u"ticket"_s, 1, ticket(u"a"_s, u"submitted"_s, u"normal"_s, base + 1 * hour, base + 30 * hour)),
            upsert(u"ticket"_s, 2, ticket(u"b"_s, u"assigned"_s, u"urgent"_s, base + 2 * hour, base + 50 * hour, u"tech-1"_s)),
            upsert(u"ticket"_s, 3, ticket(u"c"_s, u"assigned"_s, u"urgent"_s, base + 3 * hour, base + 20 * hour, u"tech-2"_s)),
            upsert(u"ticket"_s, 4, ticket(u"d"_s, u"on_site"_s, u"high"_s, base + 4 * hour, 0, u"tech-1"_s)),
            upsert(u"ticket"_s, 5, ticket(u"e"_s, u"closed"_s, u"low"_s, base + 5 * hour, base + 10 * hour, u"tech-1"_s,
                                          u"unit-1-1-0202"_s)),
            upsert(u"ticket"_s, 6, ticket(u"f"_s, u"submitted"_s, u"urgent"_s, base + 6 * hour, 0)),
        }));
    }

    void sortsByPriorityThenDeadline()
    {
        TicketRepository repo(m_store);
        QStringList ids;
        for (const TicketRow &row : repo.list({}, TicketRepository::Sort::PriorityThenDeadline, 100))
            ids.append(row.id);
        // urgent: c (due 20h), b (due 50h), f (no deadline, last); then high, normal, low.
        QCOMPARE(ids, (QStringList{u"c"_s, u"b"_s, u"f"_s, u"d"_s, u"a"_s, u"e"_s}));
    }

    void sortsNewestFirst()
    {
        QStringList ids;
        for (const TicketRow &row : TicketRepository(m_store).list({}, TicketRepository::Sort::NewestFirst, 100))
            ids.append(row.id);
        QCOMPARE(ids, (QStringList{u"f"_s, u"e"_s, u"d"_s, u"c"_s, u"b"_s, u"a"_s}));
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("assignee");    // "*" = no filter, "" = unassigned
        QTest::addColumn<QString>("unit");        // "" = no filter
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("open") << QStringList{u"submitted"_s, u"assigned"_s, u"on_site"_s} << u"*"_s << QString()
                              << QStringList{u"c"_s, u"b"_s, u"f"_s, u"d"_s, u"a"_s};
        QTest::newRow("mine") << QStringList() << u"tech-1"_s << QString()
                              << QStringList{u"b"_s, u"d"_s, u"e"_s};
        QTest::newRow("mine open") << QStringList{u"assigned"_s, u"on_site"_s} << u"tech-1"_s << QString()
                                   << QStringList{u"b"_s, u"d"_s};
        QTest::newRow("unassigned") << QStringList() << QString() << QString()
                                    << QStringList{u"f"_s, u"a"_s};
        QTest::newRow("unit") << QStringList() << u"*"_s << u"unit-1-1-0202"_s << QStringList{u"e"_s};
        QTest::newRow("injection stays a value") << QStringList{u"x' OR 1=1 --"_s} << u"*"_s << QString()
                                                 << QStringList();
    }
    void filters()
    {
        QFETCH(QStringList, statuses);
        QFETCH(QString, assignee);
        QFETCH(QString, unit);
        QFETCH(QStringList, expected);
        TicketRepository::Filter filter;
        filter.statuses = statuses;
        if (assignee != u"*")
            filter.assigneeId = assignee;
        if (!unit.isEmpty())
            filter.unitId = unit;
        TicketRepository repo(m_store);
        QStringList ids;
        for (const TicketRow &row : repo.list(filter, TicketRepository::Sort::PriorityThenDeadline, 100))
            ids.append(row.id);
        QCOMPARE(ids, expected);
        QCOMPARE(repo.count(filter), expected.size());
    }

    void pagesDoNotOverlap()
    {
        TicketRepository repo(m_store);
        QStringList ids;
        for (int offset = 0; offset < 6; offset += 4) {
            for (const TicketRow &row : repo.list({}, TicketRepository::Sort::PriorityThenDeadline, 4, offset))
                ids.append(row.id);
        }
        QCOMPARE(ids, (QStringList{u"c"_s, u"b"_s, u"f"_s, u"d"_s, u"a"_s, u"e"_s}));
        QVERIFY(repo.list({}, TicketRepository::Sort::NewestFirst, 0).isEmpty());
    }

    void rowCarriesTheListFields()
    {
        const auto row = TicketRepository(m_store).row(u"b"_s);
        QVERIFY(row);
        QCOMPARE(row->status, u"assigned"_s);
        QCOMPARE(row->priority, u"urgent"_s);
        QCOMPARE(row->assigneeId, u"tech-1"_s);
        QCOMPARE(row->assigneeName, u"Tech tech-1"_s);
        QCOMPARE(row->description, u"Leak under the sink b"_s);
        QCOMPARE(row->createdAt, base + 2 * hour);
        QCOMPARE(row->resolveDueAt, base + 50 * hour);
        QCOMPARE(row->responseDueAt, 0);
        QCOMPARE(row->localPending, 0);
        QVERIFY(!TicketRepository(m_store).row(u"zz"_s));
    }

    void readsTimesInAnyZone()
    {
        // The server sends UTC with milliseconds; other RFC 3339 forms still parse.
        QJsonObject other = ticket(u"z"_s);
        other.insert(u"createdAt"_s, u"2023-11-15T06:13:20+08:00"_s);
        other.insert(u"resolveDueAt"_s, u"2023-11-14T22:13:20Z"_s);
        QVERIFY(apply(m_store, {upsert(u"ticket"_s, 20, other)}));
        const auto row = TicketRepository(m_store).row(u"z"_s);
        QCOMPARE(row->createdAt, base);
        QCOMPARE(row->resolveDueAt, base);
        QCOMPARE(TicketRepository(m_store).row(u"a"_s)->createdAt, base + hour);
        QVERIFY(apply(m_store, {tombstone(u"ticket"_s, 21, u"z"_s)}));
    }

    void eventsInTimeOrder()
    {
        QVERIFY(apply(m_store, {
            upsert(u"ticketEvent"_s, 10, {{u"id"_s, u"e2"_s}, {u"ticketId"_s, u"a"_s}, {u"at"_s, iso(base + 2 * hour)}}),
            upsert(u"ticketEvent"_s, 11, {{u"id"_s, u"e1"_s}, {u"ticketId"_s, u"a"_s}, {u"at"_s, iso(base + hour)}}),
            upsert(u"ticketEvent"_s, 12, {{u"id"_s, u"e3"_s}, {u"ticketId"_s, u"b"_s}, {u"at"_s, iso(base)}}),
        }));
        const auto events = TicketRepository(m_store).events(u"a"_s);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).value(u"id"_s).toString(), u"e1"_s);
        QCOMPARE(events.at(1).value(u"id"_s).toString(), u"e2"_s);
    }

    void listScreenQueriesUseAnIndex()
    {
        QSqlQuery plan(m_store.database());
        QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT id FROM tickets WHERE assignee_id = 'tech-1' "
                          "ORDER BY priority_rank, due_sort, created_at, id LIMIT 50"_s));
        QString detail;
        while (plan.next())
            detail += plan.value(3).toString() + u'\n';
        QVERIFY2(detail.contains(u"USING COVERING INDEX tickets_assignee"_s), qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "tst_ticketrepository.moc"
