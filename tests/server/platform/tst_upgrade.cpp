// A store written before schemas were per module (one schema_version, revisions counted in
// memory, notes that carried meaning, photos linked to tickets only) opens in this server
// with nothing lost: each module takes over its tables, the revision head starts above every
// stored revision, old notes become timeline details, answered orders get their response
// time, photo links and tombstones keep who may see them. On SQLite and PostgreSQL.
#include "servertestutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

// The ids the fixture's header names.
const QString pooledFirst = u"6cc225c8-c4b0-4e53-b52c-e07e4d94eb0e"_s;
const QString roundRobin = u"0adf9179-5395-4937-87a5-8f91dca9c52b"_s;
const QString withPhoto = u"2d869d20-d542-4367-8259-fec9f137edf9"_s;
const QString converted = u"647b0571-a27b-4a32-9064-71f73c1dfe11"_s;
const QString photo = u"b1ff9c8ea3a780bad09b346c423d2d0e46815926879b18e841d928376a946640"_s;
// The photo's bytes (a 1×1 PNG); the fixture has its rows, the file goes into the state folder.
const QByteArray photoPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
constexpr qint64 LegacyHead = 526;

QList<QJsonObject> events(const Replica &view, const QString &ticketId)
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : view.all(u"ticketEvent"_s)) {
        if (e.value(u"ticketId"_s).toString() == ticketId)
            out << e;
    }
    return out;
}

} // namespace

class TestUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void modulesTookOverTheSchema();
    void notesBecameDetails();
    void answeredOrdersHaveAResponseTime();
    void photoLinksAndTombstonesKeepTheirAudience();
    void newChangesFollowTheStoredOnes();
    void billsKeepTheirAmountsAndPayments();

private:
    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
};

void TestUpgrade::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    m_server.setFixture(QString::fromUtf8(COURTYARD_FIXTURE_DIR) + u"/legacy-schema3.sql"_s);
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server)); // the old store's accounts and passwords
}

void TestUpgrade::cleanupTestCase()
{
    m_server.stop();
}

void TestUpgrade::modulesTookOverTheSchema()
{
    QVERIFY(!m_server.querySql(u"SELECT version FROM schema_version"_s).isValid());
    const QList<std::pair<QString, int>> expected{{u"platform"_s, 3}, {u"auth"_s, 6}, {u"estate"_s, 2},
                                                  {u"tickets"_s, 4}, {u"fees"_s, 4},  {u"notices"_s, 1},
                                                  {u"events"_s, 1}};
    for (const auto &[module, version] : expected) {
        QCOMPARE(m_server.querySql(u"SELECT version FROM module_versions WHERE module = '%1'"_s.arg(module)).toInt(),
                 version);
    }
    // The migration gave the rewritten rows new revisions above the stored ones.
    QVERIFY(m_server.querySql(u"SELECT rev FROM revision_head"_s).toLongLong() > LegacyHead);
    // Migrating again changes nothing.
    const qint64 head = m_server.querySql(u"SELECT rev FROM revision_head"_s).toLongLong();
    QString out;
    QCOMPARE(m_server.runCli({u"migrate"_s, u"--state"_s, m_server.stateDir()}, {}, &out), 0);
    QCOMPARE(m_server.querySql(u"SELECT rev FROM revision_head"_s).toLongLong(), head);
}

void TestUpgrade::notesBecameDetails()
{
    Replica office;
    CY_CHECK(pullAll(*m_a.agent, &office));
    int priorities = 0, robins = 0, closes = 0, converts = 0;
    for (const QJsonObject &e : office.all(u"ticketEvent"_s)) {
        const QString note = e.value(u"note"_s).toString();
        QVERIFY2(!note.startsWith(u"priority: "_s) && note != u"round-robin" && !note.startsWith(u"auto-closed"_s)
                     && note != u"complaint → repair",
                 qPrintable(u"a note a client would have to parse: "_s + note));
        const QJsonObject d = e.value(u"detail"_s).toObject();
        const QString kind = d.value(u"kind"_s).toString();
        if (kind == u"priority") {
            ++priorities;
            QVERIFY(QStringList({u"urgent"_s, u"high"_s, u"normal"_s, u"low"_s}).contains(d.value(u"to"_s).toString()));
        } else if (kind == u"roundRobin") {
            ++robins;
        } else if (kind == u"autoClose") {
            ++closes;
            QCOMPARE(d.value(u"afterDays"_s).toInt(), 7);
            QCOMPARE(e.value(u"actorRole"_s).toString(), u"system"_s);
        } else if (kind == u"convert") {
            ++converts;
            QCOMPARE(e.value(u"ticketId"_s).toString(), converted);
            QCOMPARE(d, QJsonObject({{u"kind"_s, u"convert"_s}, {u"from"_s, u"complaint"_s}, {u"to"_s, u"repair"_s}}));
        }
    }
    QCOMPARE(priorities, 2);
    QCOMPARE(robins, 1);
    QCOMPARE(closes, 1);
    QCOMPARE(converts, 1);
    bool sawRoundRobin = false;
    for (const QJsonObject &e : events(office, roundRobin))
        sawRoundRobin = sawRoundRobin || e.value(u"detail"_s).toObject().value(u"kind"_s).toString() == u"roundRobin";
    QVERIFY(sawRoundRobin);
}

void TestUpgrade::answeredOrdersHaveAResponseTime()
{
    Replica office;
    CY_CHECK(pullAll(*m_a.agent, &office));
    // Opened to the pool straight from "submitted": answered then, recorded now.
    QVERIFY(!office.get(u"ticket"_s, pooledFirst).value(u"acceptedAt"_s).isNull());
    for (const QJsonObject &t : office.all(u"ticket"_s)) {
        const QString status = t.value(u"status"_s).toString();
        if (status != u"submitted" && status != u"cancelled")
            QVERIFY2(!t.value(u"acceptedAt"_s).isNull(), qPrintable(u"no response time: "_s + t.value(u"id"_s).toString()));
    }
    const HttpResponse kpis = m_a.manager->get(u"/v1/kpis?estateId=est-1"_s);
    CY_CHECK(expectStatus(kpis, 200));
    QVERIFY(kpis.object().value(u"medianResponseMinutes"_s).toDouble() >= 0);
}

void TestUpgrade::photoLinksAndTombstonesKeepTheirAudience()
{
    QVERIFY(!m_server.querySql(u"SELECT 1 FROM ticket_photos"_s).isValid()); // the table went
    QCOMPARE(m_server.querySql(u"SELECT staff_only FROM attachment_links WHERE sha256 = '%1' AND entity = 'ticket'"
                               " AND entity_id = '%2'"_s.arg(photo, withPhoto))
                 .toInt(),
             1);
    const QString dir = m_server.stateDir() + u"/attachments/"_s + photo.left(2);
    QVERIFY(QDir().mkpath(dir));
    QFile file(dir + u'/' + photo);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(photoPng) == photoPng.size());
    file.close();
    CY_CHECK(expectStatus(m_a.manager->get(u"/v1/attachments/"_s + photo), 200));
    // Linked through an internal note alone: hidden from the resident of the order.
    CY_CHECK(expectError(m_a.resident1->get(u"/v1/attachments/"_s + photo), {404}, {u"not_found"_s}));

    // Taken from the pool by technician 1: technician 2 was told to forget it.
    QCOMPARE(m_server.querySql(u"SELECT audience FROM tombstones WHERE entity_id = '%1'"_s.arg(pooledFirst)).toString(),
             u"role:technician"_s);
    QJsonArray changes;
    qint64 cursor = 0;
    QVERIFY(m_a.tech2->syncAll(0, &changes, &cursor));
    bool told = false;
    for (const QJsonValue &v : std::as_const(changes))
        told = told || (v.toObject().value(u"id"_s).toString() == pooledFirst && v.toObject().value(u"op"_s) == u"delete"_s);
    QVERIFY(told);
    Replica taker;
    CY_CHECK(pullAll(*m_a.tech1, &taker));
    QVERIFY(taker.has(u"ticket"_s, pooledFirst));
}

void TestUpgrade::newChangesFollowTheStoredOnes()
{
    SyncedView office(m_a.agent.client.get());
    CY_CHECK(office.pull());
    const qint64 before = office.cursor();
    QString f;
    const QString fresh = makeTicket(m_a, Stage::Submitted, &f);
    QVERIFY2(!fresh.isEmpty(), qPrintable(f));
    QJsonArray changes;
    CY_CHECK(office.pull(&changes));
    QVERIFY(!changes.isEmpty());
    for (const QJsonValue &v : std::as_const(changes))
        QVERIFY(v.toObject().value(u"rev"_s).toInteger() > before);
    QVERIFY(office.replica().has(u"ticket"_s, fresh));
}

// The first bills (one row per item, a stored paid amount) became bills with lines: one bill
// per unit and month, every amount and every paid fen kept (fees migration 3).
void TestUpgrade::billsKeepTheirAmountsAndPayments()
{
    QCOMPARE(m_server.querySql(u"SELECT COUNT(*) FROM bills"_s).toInt(), 202); // 203 rows, two of one month
    QCOMPARE(m_server.querySql(u"SELECT COUNT(*) FROM bill_lines"_s).toInt(), 203);
    QCOMPARE(m_server.querySql(u"SELECT SUM(total_fen) FROM bills"_s).toLongLong(), 6531000);
    QCOMPARE(m_server.querySql(u"SELECT SUM(amount_fen) FROM bill_lines"_s).toLongLong(), 6531000);
    QCOMPARE(m_server.querySql(u"SELECT SUM(amount_fen) FROM payment_allocations"_s).toLongLong(), 2244000);
    Replica resident;
    CY_CHECK(pullAll(*m_a.resident1, &resident));
    qint64 paid = 0;
    for (const QJsonObject &b : resident.all(u"bill"_s)) {
        paid += b.value(u"paidFen"_s).toInteger();
        QCOMPARE(b.value(u"totalFen"_s).toInteger(), b.value(u"amountFen"_s).toInteger());
    }
    QVERIFY(paid >= 51000); // the two payments recorded for 1-0301
    QCOMPARE(resident.all(u"payment"_s).size(), 2);
}

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
