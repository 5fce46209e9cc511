// The work-order rules the issue found broken, each refused or fixed here: every statement of
// a command is checked (a failure rolls the command back whole and stores no answer); opening
// an order to the pool answers it; the collection rate reads its window in the estate's days
// and leaves bills not yet due out; device times of acts must follow the step before them;
// the order's JSON carries where a hold returns to; lengths count characters. Both databases.
#include "servertestutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 msOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

constexpr qint64 Minute = 60 * 1000;

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void aFailedStatementRollsTheCommandBack();
    void aFailedRoundRobinStepRollsBack();
    void openingToThePoolAnswersTheOrder();
    void collectionRateReadsItsWindowInTheEstatesDays();
    void actTimesFollowTheStepBefore();
    void heldFromIsInTheOrder();
    void lengthsCountCharacters();

private:
    /// Installs a trigger that makes every insert (or update) on @p table fail.
    bool breakTable(const QString &table, const QString &event);
    void mendTable(const QString &table);

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
};

void TestRules::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server));
}

void TestRules::cleanupTestCase()
{
    m_server.stop();
}

bool TestRules::breakTable(const QString &table, const QString &event)
{
    QString error;
    bool ok = false;
    if (m_server.backend() == TestServer::Backend::Sqlite) {
        ok = m_server.execSql(u"CREATE TRIGGER cy_break_%1 BEFORE %2 ON %1 BEGIN SELECT RAISE(ABORT, 'injected'); END"_s
                                  .arg(table, event),
                              &error);
    } else {
        ok = m_server.execSql(u"CREATE OR REPLACE FUNCTION cy_break() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION"
                              " 'injected'; END $$ LANGUAGE plpgsql"_s,
                              &error)
             && m_server.execSql(u"CREATE TRIGGER cy_break_%1 BEFORE %2 ON %1 FOR EACH ROW EXECUTE FUNCTION cy_break()"_s
                                     .arg(table, event),
                                 &error);
    }
    if (!ok)
        qWarning().noquote() << "cannot install the trigger:" << error;
    return ok;
}

void TestRules::mendTable(const QString &table)
{
    m_server.execSql(m_server.backend() == TestServer::Backend::Sqlite ? u"DROP TRIGGER cy_break_%1"_s.arg(table)
                                                                       : u"DROP TRIGGER cy_break_%1 ON %1"_s.arg(table));
}

void TestRules::aFailedStatementRollsTheCommandBack()
{
    // The photo's link to the order cannot be stored: the order must not be stored either,
    // and the answer must not be kept (so the retry is applied, not replayed as a failure).
    const QByteArray png = makePng(uniqueSeed());
    const QString sha = sha256Hex(png);
    CY_CHECK(expectStatus(m_a.resident1->put(u"/v1/attachments/"_s + sha, png, "image/png"), 201));
    QVERIFY(breakTable(u"attachment_links"_s, u"INSERT"_s));
    const QString ticketId = TestClient::newId();
    const QString commandId = TestClient::newId();
    QJsonObject payload = submitPayload(ticketId, m_a.resident1.unitId(), u"with a photo"_s);
    payload.insert(u"photos"_s, QJsonArray{sha});
    TicketWatch watch(m_a.agent.client.get());
    const Command failed = runCommand(*m_a.resident1, u"ticket.submit"_s, payload, commandId);
    mendTable(u"attachment_links"_s);
    CY_CHECK(expectError(failed.response, {500}, {u"internal"_s}));
    CY_CHECK(watch.absent(ticketId));
    QVERIFY(!m_server.querySql(u"SELECT 1 FROM commands WHERE id = '%1'"_s.arg(commandId)).isValid());

    const Command retried = runCommand(*m_a.resident1, u"ticket.submit"_s, payload, commandId);
    CY_CHECK(expectApplied(retried, u"submitted"_s));
    QVERIFY(retried.response.header("Courtyard-Replay").isEmpty());
    QCOMPARE(retried.data().value(u"photos"_s).toArray(), QJsonArray{sha});
    CY_CHECK(expectStatus(m_a.agent->get(u"/v1/attachments/"_s + sha), 200));
}

void TestRules::aFailedRoundRobinStepRollsBack()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::Accepted, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    TicketWatch watch(m_a.agent.client.get());
    QJsonObject before;
    CY_CHECK(watch.snapshot(ticketId, &before));
    // Moving the round-robin cursor fails: no assignment, no timeline entry, no answer.
    QVERIFY(breakTable(u"estates"_s, u"UPDATE"_s));
    const Command failed = runCommand(*m_a.agent, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"roundRobin"_s, true}});
    mendTable(u"estates"_s);
    CY_CHECK(expectError(failed.response, {500}, {u"internal"_s}));
    CY_CHECK(watch.untouched(ticketId, before));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"roundRobin"_s, true}}),
                           u"assigned"_s));
}

void TestRules::openingToThePoolAnswersTheOrder()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::Submitted, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    // Make its answer an hour overdue.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(m_server.execSql(u"UPDATE tickets SET created_at = %1, response_due_at = %2 WHERE id = '%3'"_s
                                 .arg(now - 2 * 60 * Minute)
                                 .arg(now - 60 * Minute)
                                 .arg(ticketId)));
    auto overdue = [&] {
        const HttpResponse r = m_a.manager->get(u"/v1/kpis?estateId=est-1"_s);
        return r.object().value(u"overdueTickets"_s).toInt();
    };
    const int overdueBefore = overdue();
    const Command pooled = runCommand(*m_a.agent, u"ticket.openToPool"_s, {{u"ticketId"_s, ticketId}});
    CY_CHECK(expectApplied(pooled, u"accepted"_s));
    // Answered now, as the app says: recorded, and no longer late for its answer.
    QVERIFY(!pooled.data().value(u"acceptedAt"_s).isNull());
    QVERIFY(msOf(pooled.data().value(u"acceptedAt"_s)) >= now - Minute);
    QCOMPARE(overdue(), overdueBefore - 1);
    // Answered once: a later acceptance does not move the time.
    const QJsonValue first = pooled.data().value(u"acceptedAt"_s);
    const Command assigned = runCommand(*m_a.agent, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"technicianId"_s, m_a.tech1.id()}});
    CY_CHECK(expectApplied(assigned, u"assigned"_s));
    QCOMPARE(assigned.data().value(u"acceptedAt"_s), first);
}

void TestRules::collectionRateReadsItsWindowInTheEstatesDays()
{
    // What the store holds for the bills due in a month of the estate's days: billed, and paid
    // by payments not reversed made before that month ended (docs/FEES.md, "collected in the
    // period": a payment after the month is arrears recovered later).
    const QTimeZone shanghai("Asia/Shanghai");
    const qint64 octoberEnd = QDateTime(QDate(2026, 11, 1), QTime(0, 0), shanghai).toMSecsSinceEpoch();
    const QString paid = u"(SELECT COALESCE(SUM(a.amount_fen), 0) FROM payment_allocations a JOIN payments p"
                         " ON p.id = a.payment_id WHERE a.bill_id = b.id AND p.reversed_at IS NULL AND p.paid_at < %1)"_s
                             .arg(octoberEnd);
    auto stored = [&](const QString &what, const QString &where) {
        return m_server.querySql(u"SELECT COALESCE(SUM(%1), 0) FROM bills b WHERE b.estate_id = 'est-1'"
                                 " AND b.waived_at IS NULL AND %2"_s.arg(what, where))
            .toLongLong();
    };
    // The demo's bills fall due at month ends. October in Shanghai is
    // 2026-09-30T16:00Z..2026-10-31T16:00Z: read in UTC it would take September's bills too.
    const QString october = u"b.period = '2026-10'"_s;
    const HttpResponse r = m_a.manager->get(
        u"/v1/kpis?estateId=est-1&from=2026-09-30T16:00:00.000Z&to=2026-10-31T16:00:00.000Z"_s);
    CY_CHECK(expectStatus(r, 200));
    const qint64 billed = stored(u"b.total_fen"_s, october);
    QVERIFY(billed > 0);
    QVERIFY(billed < stored(u"b.total_fen"_s, u"b.period IN ('2026-09', '2026-10')"_s));
    QCOMPARE(r.object().value(u"billedFen"_s).toInteger(), billed);
    QCOMPARE(r.object().value(u"collectedFen"_s).toInteger(), stored(paid, october));

    // This month's bills are not due yet (the demo's fall due at the month's end): they are
    // not owed, so the month counts nothing billed although its bills exist.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(shanghai).date();
    const QString thisMonth = today.toString(u"yyyy-MM"_s);
    QVERIFY(stored(u"b.total_fen"_s, u"b.period = '%1'"_s.arg(thisMonth)) > 0);
    const qint64 from = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), shanghai).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(today.year(), today.month(), 1).addMonths(1), QTime(0, 0), shanghai).toMSecsSinceEpoch();
    const HttpResponse current = m_a.manager->get(u"/v1/kpis?estateId=est-1&from=%1&to=%2"_s.arg(iso(from), iso(to)));
    CY_CHECK(expectStatus(current, 200));
    QCOMPARE(current.object().value(u"billedFen"_s).toInteger(), 0);
}

void TestRules::actTimesFollowTheStepBefore()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::Assigned, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    Replica office;
    CY_CHECK(pullAll(*m_a.agent, &office));
    qint64 assignedAt = 0;
    for (const QJsonObject &e : ticketEvents(office, ticketId, u"status"_s)) {
        if (e.value(u"toStatus"_s).toString() == u"assigned")
            assignedAt = msOf(e.value(u"at"_s));
    }
    QVERIFY(assignedAt > 0);
    TicketWatch watch(m_a.agent.client.get());
    QJsonObject before;
    CY_CHECK(watch.snapshot(ticketId, &before));
    auto checkIn = [&](qint64 at) {
        return runCommand(*m_a.tech1, u"ticket.checkIn"_s, {{u"ticketId"_s, ticketId}, {u"at"_s, iso(at)}});
    };
    // In 1970, or an hour before the order was assigned: refused, nothing changes.
    CY_CHECK(expectRejected(checkIn(0), {409}, {u"time_out_of_order"_s}));
    CY_CHECK(expectRejected(checkIn(assignedAt - 60 * Minute), {409}, {u"time_out_of_order"_s}));
    CY_CHECK(watch.untouched(ticketId, before));
    // Five minutes early (a phone clock a little behind): taken as the assignment's time.
    const Command onSite = checkIn(assignedAt - 5 * Minute);
    CY_CHECK(expectApplied(onSite, u"on_site"_s));
    QCOMPARE(msOf(onSite.data().value(u"onSiteAt"_s)), assignedAt);

    auto resolve = [&](qint64 at) {
        return runCommand(*m_a.tech1, u"ticket.resolve"_s, {{u"ticketId"_s, ticketId}, {u"summary"_s, u"done"_s}, {u"at"_s, iso(at)}});
    };
    CY_CHECK(expectRejected(resolve(assignedAt - 30 * Minute), {409}, {u"time_out_of_order"_s}));
    const Command fixed = resolve(assignedAt - 2 * Minute);
    CY_CHECK(expectApplied(fixed, u"resolved"_s));
    QCOMPARE(msOf(fixed.data().value(u"resolvedAt"_s)), assignedAt);

    // A fix reported a little in the future is kept at the time it arrived.
    const QString later = makeTicket(m_a, Stage::OnSite, &f);
    QVERIFY2(!later.isEmpty(), qPrintable(f));
    const qint64 sent = QDateTime::currentMSecsSinceEpoch();
    const Command ahead = runCommand(*m_a.tech1, u"ticket.resolve"_s,
                                     {{u"ticketId"_s, later}, {u"summary"_s, u"done"_s}, {u"at"_s, iso(sent + 5 * Minute)}});
    CY_CHECK(expectApplied(ahead, u"resolved"_s));
    QVERIFY(msOf(ahead.data().value(u"resolvedAt"_s)) <= QDateTime::currentMSecsSinceEpoch());

    // No duration the figures report is negative.
    const HttpResponse kpis = m_a.manager->get(u"/v1/kpis?estateId=est-1"_s);
    CY_CHECK(expectStatus(kpis, 200));
    QVERIFY(kpis.object().value(u"medianResolveMinutes"_s).toDouble() >= 0);
    QVERIFY(kpis.object().value(u"medianResponseMinutes"_s).toDouble() >= 0);
}

void TestRules::heldFromIsInTheOrder()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::OnSite, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    const Command held = runCommand(*m_a.tech1, u"ticket.hold"_s, {{u"ticketId"_s, ticketId}, {u"reason"_s, u"parts"_s}});
    CY_CHECK(expectApplied(held, u"on_hold"_s));
    // The phone can tell, offline, that resume returns to "on site" (so Resolve is right after).
    QCOMPARE(held.data().value(u"heldFrom"_s).toString(), u"on_site"_s);
    Replica resident;
    CY_CHECK(pullAll(*m_a.resident1, &resident));
    QCOMPARE(resident.get(u"ticket"_s, ticketId).value(u"heldFrom"_s).toString(), u"on_site"_s);
    const Command resumed = runCommand(*m_a.tech1, u"ticket.resume"_s, {{u"ticketId"_s, ticketId}});
    CY_CHECK(expectApplied(resumed, u"on_site"_s));
    QVERIFY(resumed.data().value(u"heldFrom"_s).isNull());
}

void TestRules::lengthsCountCharacters()
{
    // 1,001 emoji are 1,001 characters (2,002 UTF-16 units): within the 2,000 of a description.
    const QString emoji = u"😀"_s;
    QString text;
    for (int i = 0; i < 1001; ++i)
        text += emoji;
    const QString id = TestClient::newId();
    const Command ok = runCommand(*m_a.resident1, u"ticket.submit"_s, submitPayload(id, m_a.resident1.unitId(), text));
    CY_CHECK(expectApplied(ok, u"submitted"_s));
    QCOMPARE(ok.data().value(u"description"_s).toString(), text);
    text.clear();
    for (int i = 0; i < 2001; ++i)
        text += emoji;
    CY_CHECK(expectRejected(runCommand(*m_a.resident1, u"ticket.submit"_s, submitPayload(TestClient::newId(), m_a.resident1.unitId(), text)),
                            {400}, {u"validation_failed"_s}));
    // An unpaired surrogate would be stored as something else: refused before anything is read.
    const QByteArray body = "{\"id\":\"" + TestClient::newId().toLatin1() + "\",\"type\":\"ticket.submit\",\"payload\":{\"ticketId\":\""
                            + TestClient::newId().toLatin1() + "\",\"kind\":\"repair\",\"category\":\"plumbing\",\"unitId\":\""
                            + m_a.resident1.unitId().toLatin1() + "\",\"description\":\"a\\ud800b\"}}";
    CY_CHECK(expectError(m_a.resident1->postRaw(u"/v1/commands"_s, body), {400}, {u"invalid_text"_s}));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
