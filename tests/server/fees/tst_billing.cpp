// Bill generation on the real server (docs/FEES.md): lines against hand-computed values for
// each rounding mode, a rate change that leaves old bills alone, vacant discounts, metered
// water across a meter replacement, late fees with grace and cap, credit used on the next
// bill, dry runs, bad input, 5,000 units generated exactly and idempotently, and the job that
// makes the current month once. Each case has an estate of its own (made with the console,
// units in SQL), its items set up through the commands.
#include "servertestutil.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

const QString managerPhone = u"13900000071"_s;
const QString password = u"BlueHeron!Cuihu7"_s;
const QStringList estates{u"est-round"_s, u"est-year"_s, u"est-water"_s, u"est-late"_s, u"est-big"_s, u"est-job"_s};
constexpr int BigUnits = 5000;

/// `count` units u-<estate>-<i> of area base + i × step (hundredths of m²) in one building.
QString addUnitsSql(const QString &estate, int count, qint64 base, qint64 step)
{
    return u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2)"
           " INSERT INTO units (id, estate_id, building_id, number, floor, area_centi_sqm, purpose, status, rev)"
           " SELECT 'u-%1-' || i, '%1', 'bld-%1', 'n' || i, 1, %3 + i * %4, 'residential', 'occupied',"
           " (SELECT rev FROM revision_head) FROM n"_s.arg(estate).arg(count).arg(base).arg(step);
}

/// 200 applied (the record it is about comes with it).
QString applied(const Command &c)
{
    if (c.response.status != 200 || c.response.object().value(u"status"_s).toString() != u"applied"_s)
        return u"%1 was not applied: %2"_s.arg(c.type, c.response.describe());
    return {};
}

QString unitOf(const QString &estate, int i)
{
    return u"u-%1-%2"_s.arg(estate).arg(i);
}

} // namespace

class TestBilling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void roundingModes();
    void rateChangeKeepsOldBills();
    void vacantDiscount();
    void meteredWaterWithReplacement();
    void lateFeeWithGraceAndCap();
    void creditPaysTheNextBill();
    void dryRunChangesNothing();
    void badInput();
    void fiveThousandUnitsExactAndOnce();
    void jobMakesTheMonthOnce();

private:
    /// feeItem.save and feeRate.add as the estates' manager; the item's id.
    QString addItem(const QString &estate, const QString &kind, const QString &name, qint64 rate,
                    const QString &rounding = u"half_up"_s, const QString &from = u"2025-01"_s,
                    const QJsonObject &extra = {});
    /// POST .../bills/generate; the report.
    QJsonObject generate(const QString &estate, const QString &period, bool dryRun = false);
    /// The amount of @p unit's line of @p item in @p period (-1 when there is none).
    qint64 lineAmount(const QString &unit, const QString &period, const QString &item);
    qint64 count(const QString &sql) { return m_server.querySql(sql).toLongLong(); }

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
    Actor m_manager;
};

void TestBilling::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    const QString state = m_server.stateDir();
    for (const QString &estate : estates) {
        QCOMPARE(m_server.runCli({u"create-estate"_s, u"--state"_s, state, u"--estate"_s, estate, u"--name"_s, estate,
                                  u"--address"_s, u"测试路1号"_s}),
                 0);
        QVERIFY(m_server.execSql(u"INSERT INTO buildings (id, estate_id, name, rev) VALUES ('bld-%1', '%1', '1号楼',"
                                 " (SELECT rev FROM revision_head))"_s.arg(estate)));
    }
    QCOMPARE(m_server.runCli({u"create-user"_s, u"--state"_s, state, u"--phone"_s, managerPhone, u"--name"_s, u"钱经理"_s,
                              u"--role"_s, u"manager"_s, u"--estate"_s, estates.first()},
                             password.toUtf8() + '\n'),
             0);
    for (const QString &estate : estates.mid(1))
        QVERIFY(m_server.execSql(u"INSERT INTO user_estates (user_id, estate_id) SELECT id, '%1' FROM users WHERE phone = '%2'"_s
                                     .arg(estate, managerPhone)));
    QVERIFY(m_server.execSql(addUnitsSql(u"est-round"_s, 1, 8937, 0)));
    QVERIFY(m_server.execSql(addUnitsSql(u"est-year"_s, 3, 10000, 1000)));
    QVERIFY(m_server.execSql(addUnitsSql(u"est-water"_s, 1, 9000, 0)));
    QVERIFY(m_server.execSql(addUnitsSql(u"est-late"_s, 1, 9000, 0)));
    QVERIFY(m_server.execSql(addUnitsSql(u"est-big"_s, BigUnits, 5000, 7)));
    QVERIFY(m_server.execSql(addUnitsSql(u"est-job"_s, 2, 9000, 100)));
    m_manager.phone = managerPhone;
    m_manager.client = std::make_unique<TestClient>(m_server);
    m_manager.tokens = m_manager.client->login(managerPhone, password);
    QVERIFY2(m_manager.tokens.isValid(), "the test manager could not sign in");
    CY_CHECK(m_a.loginAll(m_server, {phone::agent, phone::resident1, phone::tech1}));
}

void TestBilling::cleanupTestCase()
{
    m_server.stop();
}

QString TestBilling::addItem(const QString &estate, const QString &kind, const QString &name, qint64 rate,
                             const QString &rounding, const QString &from, const QJsonObject &extra)
{
    const QString id = TestClient::newId();
    QJsonObject item{{u"itemId"_s, id}, {u"estateId"_s, estate}, {u"kind"_s, kind},       {u"name"_s, name},
                     {u"rounding"_s, rounding}, {u"active"_s, true}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        item.insert(it.key(), it.value());
    const Command saved = runCommand(*m_manager, u"feeItem.save"_s, item);
    const Command rated = runCommand(*m_manager, u"feeRate.add"_s,
                                     {{u"rateId"_s, TestClient::newId()}, {u"itemId"_s, id}, {u"validFrom"_s, from},
                                      {u"rateCentiFen"_s, rate}});
    if (!applied(saved).isEmpty() || !applied(rated).isEmpty()) {
        qWarning() << saved.response.describe() << rated.response.describe();
        return {};
    }
    return id;
}

QJsonObject TestBilling::generate(const QString &estate, const QString &period, bool dryRun)
{
    const HttpResponse r = m_manager->post(u"/v1/estates/%1/bills/generate"_s.arg(estate),
                                           {{u"period"_s, period}, {u"dryRun"_s, dryRun}});
    if (r.status != 200)
        qWarning() << r.describe();
    return r.object();
}

qint64 TestBilling::lineAmount(const QString &unit, const QString &period, const QString &item)
{
    const QVariant v = m_server.querySql(u"SELECT l.amount_fen FROM bill_lines l JOIN bills b ON b.id = l.bill_id"
                                         " WHERE b.unit_id = '%1' AND b.period = '%2' AND l.item_id = '%3'"_s
                                             .arg(unit, period, item));
    return v.isValid() ? v.toLongLong() : -1;
}

void TestBilling::roundingModes()
{
    // 89.37 m² × ¥2.35 × 1 month = 21001.95 fen.
    const QString halfUp = addItem(u"est-round"_s, u"property"_s, u"物业费"_s, 23500, u"half_up"_s);
    const QString up = addItem(u"est-round"_s, u"property"_s, u"物业费（上）"_s, 23500, u"up"_s);
    const QString down = addItem(u"est-round"_s, u"property"_s, u"物业费（下）"_s, 23500, u"down"_s);
    QVERIFY(!halfUp.isEmpty() && !up.isEmpty() && !down.isEmpty());
    const QJsonObject report = generate(u"est-round"_s, u"2026-01"_s);
    QCOMPARE(report.value(u"created"_s).toInt(), 1);
    QCOMPARE(report.value(u"totalFen"_s).toInteger(), 21002 + 21002 + 21001);
    const QString unit = unitOf(u"est-round"_s, 1);
    QCOMPARE(lineAmount(unit, u"2026-01"_s, halfUp), 21002);
    QCOMPARE(lineAmount(unit, u"2026-01"_s, up), 21002);
    QCOMPARE(lineAmount(unit, u"2026-01"_s, down), 21001);

    // The bill as the office's phone gets it: lines with their inputs, derived paid and status.
    Replica office;
    CY_CHECK(pullAll(*m_manager, &office));
    QJsonObject bill;
    for (const QJsonObject &b : office.all(u"bill"_s)) {
        if (b.value(u"unitId"_s).toString() == unit)
            bill = b;
    }
    QCOMPARE(bill.value(u"totalFen"_s).toInteger(), 63005);
    QCOMPARE(bill.value(u"paidFen"_s).toInteger(), 0);
    QCOMPARE(bill.value(u"status"_s).toString(), u"unpaid"_s);
    QCOMPARE(bill.value(u"dueDate"_s).toString(), u"2026-01-31"_s); // month end by default
    QVERIFY(QRegularExpression(u"^B202601-\\d{6}$"_s).match(bill.value(u"number"_s).toString()).hasMatch());
    const QJsonArray lines = bill.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 3);
    for (const QJsonValue &l : lines) {
        QCOMPARE(l.toObject().value(u"quantityCenti"_s).toInteger(), 8937);
        QCOMPARE(l.toObject().value(u"rateCentiFen"_s).toInteger(), 23500);
    }
    CY_CHECK(checkChangeShape(QJsonObject{{u"rev"_s, 1}, {u"entity"_s, u"bill"_s}, {u"id"_s, bill.value(u"id"_s)},
                                          {u"op"_s, u"upsert"_s}, {u"data"_s, bill}}));
}

void TestBilling::rateChangeKeepsOldBills()
{
    const QString item = addItem(u"est-year"_s, u"property"_s, u"物业费"_s, 23500);
    QVERIFY(!item.isEmpty());
    const QString unit = unitOf(u"est-year"_s, 1); // 110.00 m²
    for (const QString &period : {u"2026-01"_s, u"2026-02"_s, u"2026-03"_s})
        QCOMPARE(generate(u"est-year"_s, period).value(u"created"_s).toInt(), 3);
    // A new standard for a month already billed is refused; from the next month it applies.
    const Command late = runCommand(*m_manager, u"feeRate.add"_s,
                                    {{u"rateId"_s, TestClient::newId()}, {u"itemId"_s, item}, {u"validFrom"_s, u"2026-03"_s},
                                     {u"rateCentiFen"_s, 25000}});
    CY_CHECK(expectRejected(late, {409}, {u"already_billed"_s}));
    const Command raised = runCommand(*m_manager, u"feeRate.add"_s,
                                      {{u"rateId"_s, TestClient::newId()}, {u"itemId"_s, item}, {u"validFrom"_s, u"2026-04"_s},
                                       {u"rateCentiFen"_s, 25000}});
    CY_CHECK(applied(raised));
    QCOMPARE(generate(u"est-year"_s, u"2026-04"_s).value(u"created"_s).toInt(), 3);
    QCOMPARE(lineAmount(unit, u"2026-03"_s, item), 25850); // 110 × 2.35
    QCOMPARE(lineAmount(unit, u"2026-04"_s, item), 27500); // 110 × 2.50
    // The item as the phone sees it carries both rates, oldest first.
    Replica office;
    CY_CHECK(pullAll(*m_manager, &office));
    const QJsonArray rates = office.get(u"feeItem"_s, item).value(u"rates"_s).toArray();
    QCOMPARE(rates.size(), 2);
    QCOMPARE(rates.at(0).toObject().value(u"validFrom"_s).toString(), u"2025-01"_s);
    QCOMPARE(rates.at(1).toObject().value(u"rateCentiFen"_s).toInteger(), 25000);
}

void TestBilling::vacantDiscount()
{
    // Unit 2 of est-year (120.00 m²) stands empty: the fund item charges it at 60%.
    const QString unit = unitOf(u"est-year"_s, 2);
    QVERIFY(m_server.execSql(u"UPDATE units SET status = 'vacant' WHERE id = '%1'"_s.arg(unit)));
    const QString fund = addItem(u"est-year"_s, u"maintenance_fund"_s, u"维修基金"_s, 2500, u"half_up"_s, u"2026-05"_s,
                                 {{u"vacantPermille"_s, 600}});
    QCOMPARE(generate(u"est-year"_s, u"2026-05"_s).value(u"created"_s).toInt(), 3);
    QCOMPARE(lineAmount(unit, u"2026-05"_s, fund), 1800);                  // 120 × 0.25 × 0.6
    QCOMPARE(lineAmount(unitOf(u"est-year"_s, 1), u"2026-05"_s, fund), 2750); // 110 × 0.25
}

void TestBilling::meteredWaterWithReplacement()
{
    const QString water = addItem(u"est-water"_s, u"water"_s, u"水费"_s, 32000); // ¥3.20 per m³
    const QString unit = unitOf(u"est-water"_s, 1);
    auto reading = [&](const QString &day, qint64 value, bool replacement = false, qint64 start = 0) {
        return runCommand(*m_manager, u"meterReading.record"_s,
                          {{u"readingId"_s, TestClient::newId()}, {u"unitId"_s, unit}, {u"meter"_s, u"water"_s},
                           {u"valueCenti"_s, value}, {u"readOn"_s, day}, {u"replacement"_s, replacement},
                           {u"startCenti"_s, start}});
    };
    CY_CHECK(applied(reading(u"2026-01-20"_s, 120430)));
    // A first reading only says where the meter stands: no water line.
    QCOMPARE(generate(u"est-water"_s, u"2026-01"_s).value(u"created"_s).toInt(), 0);
    CY_CHECK(applied(reading(u"2026-02-20"_s, 121680))); // 12.5 m³
    QCOMPARE(generate(u"est-water"_s, u"2026-02"_s).value(u"created"_s).toInt(), 1);
    QCOMPARE(lineAmount(unit, u"2026-02"_s, water), 4000);
    // March: 3.2 m³ on the old meter, then a new one from 5.0 that reads 7.5 and later 9.0.
    CY_CHECK(applied(reading(u"2026-03-10"_s, 122000)));
    CY_CHECK(expectRejected(reading(u"2026-03-15"_s, 750), {409}, {u"lower_than_last"_s}));
    CY_CHECK(applied(reading(u"2026-03-15"_s, 750, true, 500)));
    CY_CHECK(applied(reading(u"2026-03-28"_s, 900))); // against the new meter's 7.5
    QCOMPARE(generate(u"est-water"_s, u"2026-03"_s).value(u"created"_s).toInt(), 1);
    QCOMPARE(lineAmount(unit, u"2026-03"_s, water), 1024 + 800 + 480); // 3.2 + 2.5 + 1.5 m³ at ¥3.20
    const QString inputs = m_server.querySql(u"SELECT l.inputs FROM bill_lines l JOIN bills b ON b.id = l.bill_id"
                                             " WHERE b.unit_id = '%1' AND b.period = '2026-03'"_s.arg(unit)).toString();
    QVERIFY2(inputs.contains(u"\"previousCenti\":121680"_s) && inputs.contains(u"\"currentCenti\":900"_s), qPrintable(inputs));
    // A technician reads meters too; a resident may not, nor anyone for another estate's unit.
    CY_CHECK(expectRejected(runCommand(*m_a.resident1, u"meterReading.record"_s,
                                       {{u"readingId"_s, TestClient::newId()}, {u"unitId"_s, m_a.resident1.unitId()},
                                        {u"meter"_s, u"water"_s}, {u"valueCenti"_s, 1}, {u"readOn"_s, u"2026-03-28"_s}}),
                            {403}));
    CY_CHECK(expectRejected(runCommand(*m_a.tech1, u"meterReading.record"_s,
                                       {{u"readingId"_s, TestClient::newId()}, {u"unitId"_s, unit}, {u"meter"_s, u"water"_s},
                                        {u"valueCenti"_s, 800}, {u"readOn"_s, u"2026-03-28"_s}}),
                            {404}));
}

void TestBilling::lateFeeWithGraceAndCap()
{
    // ¥1,000 a month, never paid; 0.05% a day after 30 days' grace, at most 10% of a bill.
    const Command policy = runCommand(*m_manager, u"feePolicy.set"_s,
                                      {{u"estateId"_s, u"est-late"_s},
                                       {u"lateFee"_s, QJsonObject{{u"enabled"_s, true}, {u"ratePpmPerDay"_s, 500},
                                                                  {u"graceDays"_s, 30}, {u"capPermille"_s, 100}}}});
    CY_CHECK(applied(policy));
    const QString fixed = addItem(u"est-late"_s, u"fixed"_s, u"管理费"_s, 10'000'000);
    const QString unit = unitOf(u"est-late"_s, 1);
    for (int month = 1; month <= 12; ++month)
        QCOMPARE(generate(u"est-late"_s, u"2026-%1"_s.arg(month, 2, 10, QLatin1Char('0'))).value(u"created"_s).toInt(), 1);
    auto lateOn = [&](const QString &period, const QString &source) {
        return count(u"SELECT COALESCE(SUM(l.amount_fen), 0) FROM bill_lines l JOIN bills b ON b.id = l.bill_id"
                     " JOIN bills s ON s.id = l.source_bill_id WHERE b.unit_id = '%1' AND b.period = '%2'"
                     " AND s.period = '%3'"_s.arg(unit, period, source));
    };
    // January's bill (due 01-31): nothing until the grace has passed on 03-02.
    QCOMPARE(lateOn(u"2026-02"_s, u"2026-01"_s), 0);
    QCOMPARE(lateOn(u"2026-03"_s, u"2026-01"_s), 0);
    // On 04-01: 60 days past due, 30 charged: ¥1,000 × 0.05% × 30 = ¥15.00; February's (due
    // 02-28) 2 days: ¥1.00.
    QCOMPARE(lateOn(u"2026-04"_s, u"2026-01"_s), 1500);
    QCOMPARE(lateOn(u"2026-04"_s, u"2026-02"_s), 100);
    // On 05-01 what accrued since: January 60 days in all (¥30.00, ¥15.00 charged), February
    // 32 (¥16.00, ¥1.00 charged), March 1 day.
    QCOMPARE(lateOn(u"2026-05"_s, u"2026-01"_s), 1500);
    QCOMPARE(lateOn(u"2026-05"_s, u"2026-02"_s), 1500);
    QCOMPARE(lateOn(u"2026-05"_s, u"2026-03"_s), 50);
    // Late fees are not charged on late fees: April's bill (¥1,016.00, due 04-30) bears them
    // on its ¥1,000 alone, 2 days on 06-01.
    QCOMPARE(lateOn(u"2026-06"_s, u"2026-04"_s), 100);
    // The cap: over the year January's bill is charged exactly 10% and no more.
    QCOMPARE(count(u"SELECT SUM(amount_fen) FROM bill_lines l JOIN bills s ON s.id = l.source_bill_id"
                   " WHERE s.unit_id = '%1' AND s.period = '2026-01'"_s.arg(unit)),
             10000);
    Q_UNUSED(fixed)
}

void TestBilling::creditPaysTheNextBill()
{
    // Unit 3 of est-year pays ¥100 more than its June bill; July's bill takes it.
    const QString unit = unitOf(u"est-year"_s, 3);
    QCOMPARE(generate(u"est-year"_s, u"2026-06"_s).value(u"created"_s).toInt(), 3);
    const qint64 june = count(u"SELECT total_fen FROM bills WHERE unit_id = '%1' AND period = '2026-06'"_s.arg(unit));
    const qint64 older = count(u"SELECT SUM(total_fen) FROM bills WHERE unit_id = '%1' AND period < '2026-06'"_s.arg(unit));
    const QString paymentId = TestClient::newId();
    const Command paid = runCommand(*m_manager, u"payment.record"_s,
                                    {{u"paymentId"_s, paymentId}, {u"unitId"_s, unit}, {u"amountFen"_s, older + june + 10000},
                                     {u"method"_s, u"bank"_s}, {u"paidAt"_s, u"2026-06-10T02:00:00Z"_s}});
    CY_CHECK(applied(paid));
    QCOMPARE(paid.data().value(u"creditFen"_s).toInteger(), 10000);
    const QJsonObject report = generate(u"est-year"_s, u"2026-07"_s);
    QCOMPARE(report.value(u"creditAppliedFen"_s).toInteger(), 10000);
    Replica office;
    CY_CHECK(pullAll(*m_manager, &office));
    QJsonObject july;
    for (const QJsonObject &b : office.all(u"bill"_s)) {
        if (b.value(u"unitId"_s).toString() == unit && b.value(u"period"_s).toString() == u"2026-07")
            july = b;
    }
    QCOMPARE(july.value(u"paidFen"_s).toInteger(), 10000);
    QCOMPARE(july.value(u"status"_s).toString(), u"partly_paid"_s);
    QCOMPARE(office.get(u"payment"_s, paymentId).value(u"creditFen"_s).toInteger(), 0);
}

void TestBilling::dryRunChangesNothing()
{
    const qint64 head = count(u"SELECT rev FROM revision_head"_s);
    const qint64 bills = count(u"SELECT COUNT(*) FROM bills"_s);
    const QJsonObject report = generate(u"est-year"_s, u"2026-08"_s, true);
    QCOMPARE(report.value(u"created"_s).toInt(), 3);
    QCOMPARE(report.value(u"dryRun"_s).toBool(), true);
    QCOMPARE(count(u"SELECT rev FROM revision_head"_s), head);
    QCOMPARE(count(u"SELECT COUNT(*) FROM bills"_s), bills);
    // The console's dry run prints the same report and changes nothing either.
    QString out;
    QCOMPARE(m_server.runCli({u"generate-bills"_s, u"--state"_s, m_server.stateDir(), u"--estate"_s, u"est-year"_s,
                              u"--period"_s, u"2026-08"_s, u"--dry-run"_s},
                             {}, &out),
             0);
    QVERIFY2(out.contains(u"dry run 2026-08: 3 units, 3 bills to make"_s), qPrintable(out));
    QCOMPARE(count(u"SELECT COUNT(*) FROM bills"_s), bills);
}

void TestBilling::badInput()
{
    const qint64 bills = count(u"SELECT COUNT(*) FROM bills"_s);
    auto post = [&](Actor &who, const QString &estate, const QJsonObject &body) {
        return who->post(u"/v1/estates/%1/bills/generate"_s.arg(estate), body);
    };
    CY_CHECK(expectError(post(m_manager, u"est-year"_s, {{u"period"_s, u"2026-13"_s}}), {400}, {u"bad_period"_s}));
    CY_CHECK(expectError(post(m_manager, u"est-year"_s, {{u"period"_s, 202612}}), {400}, {u"bad_period"_s}));
    CY_CHECK(expectError(post(m_manager, u"est-year"_s, {{u"period"_s, u"2026-12"_s}, {u"extra"_s, 1}}), {400},
                         {u"unknown_field"_s}));
    CY_CHECK(expectError(post(m_manager, u"est-nowhere"_s, {{u"period"_s, u"2026-12"_s}}), {404}, {u"not_found"_s}));
    // Only a manager of the estate: the demo's agent 403, its manager 404 for another estate.
    CY_CHECK(expectError(post(m_a.agent, demoEstate, {{u"period"_s, u"2026-12"_s}}), {403}, {u"forbidden"_s}));
    CY_CHECK(expectError(post(m_a.resident1, demoEstate, {{u"period"_s, u"2026-12"_s}}), {403}, {u"forbidden"_s}));
    CY_CHECK(expectError(post(m_a.agent, u"est-year"_s, {{u"period"_s, u"2026-12"_s}}), {404}, {u"not_found"_s}));
    QString out;
    QVERIFY(m_server.runCli({u"generate-bills"_s, u"--state"_s, m_server.stateDir(), u"--estate"_s, u"est-year"_s,
                             u"--period"_s, u"2026-13"_s},
                            {}, &out)
            != 0);
    QVERIFY2(out.contains(u"--period must be a month"_s), qPrintable(out));
    QVERIFY(m_server.runCli({u"generate-bills"_s, u"--state"_s, m_server.stateDir(), u"--estate"_s, u"est-nowhere"_s,
                             u"--period"_s, u"2026-12"_s},
                            {}, &out)
            != 0);
    QVERIFY2(out.contains(u"no such estate"_s), qPrintable(out));
    // Bad items and rates change nothing either.
    CY_CHECK(expectRejected(runCommand(*m_manager, u"feeItem.save"_s,
                                       {{u"itemId"_s, TestClient::newId()}, {u"estateId"_s, u"est-year"_s},
                                        {u"kind"_s, u"late_fee"_s}, {u"name"_s, u"滞纳金"_s}}),
                            {400}));
    CY_CHECK(expectRejected(runCommand(*m_manager, u"feeRate.add"_s,
                                       {{u"rateId"_s, TestClient::newId()}, {u"itemId"_s, u"no-such-item"_s},
                                        {u"validFrom"_s, u"2026-09"_s}, {u"rateCentiFen"_s, 1}}),
                            {404}));
    CY_CHECK(expectRejected(runCommand(*m_manager, u"feePolicy.set"_s, {{u"estateId"_s, u"est-year"_s}, {u"dueDay"_s, 32}}),
                            {400}));
    QCOMPARE(count(u"SELECT COUNT(*) FROM bills"_s), bills);
}

void TestBilling::fiveThousandUnitsExactAndOnce()
{
    const QString property = addItem(u"est-big"_s, u"property"_s, u"物业费"_s, 23500);
    const QString fund = addItem(u"est-big"_s, u"maintenance_fund"_s, u"维修基金"_s, 2577, u"up"_s);
    const QString fixed = addItem(u"est-big"_s, u"fixed"_s, u"垃圾清运费"_s, 100000);
    QVERIFY(!property.isEmpty() && !fund.isEmpty() && !fixed.isEmpty());
    // By hand: area 50.00 + i × 0.07 m²; ¥2.35 half up, ¥0.2577 up, ¥10.
    qint64 expected = 0;
    for (int i = 1; i <= BigUnits; ++i) {
        const qint64 area = 5000 + i * 7;
        expected += (area * 23500 + 5000) / 10000 + (area * 2577 + 9999) / 10000 + 1000;
    }
    QString out;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_server.runCli({u"generate-bills"_s, u"--state"_s, m_server.stateDir(), u"--estate"_s, u"est-big"_s,
                              u"--period"_s, u"2026-12"_s},
                             {}, &out),
             0);
    qInfo("generate-bills for %d units × 3 items: %lld ms", BigUnits, timer.elapsed());
    QVERIFY2(out.contains(u"generated 2026-12: %1 units, %1 bills made, 0 had one already"_s.arg(BigUnits)), qPrintable(out));
    const QString bills = u"SELECT %1 FROM bills WHERE estate_id = 'est-big'"_s;
    QCOMPARE(count(bills.arg(u"COUNT(*)"_s)), BigUnits);
    QCOMPARE(count(bills.arg(u"SUM(total_fen)"_s)), expected);
    QCOMPARE(count(u"SELECT SUM(amount_fen) FROM bill_lines WHERE estate_id = 'est-big'"_s), expected);
    QCOMPARE(count(u"SELECT COUNT(*) FROM bill_lines WHERE estate_id = 'est-big'"_s), 3 * BigUnits);
    QCOMPARE(count(u"SELECT COUNT(DISTINCT number) FROM bills WHERE estate_id = 'est-big'"_s), BigUnits);
    // Again: nothing new, by the console and by the route.
    QCOMPARE(m_server.runCli({u"generate-bills"_s, u"--state"_s, m_server.stateDir(), u"--estate"_s, u"est-big"_s,
                              u"--period"_s, u"2026-12"_s},
                             {}, &out),
             0);
    QVERIFY2(out.contains(u"0 bills made, %1 had one already"_s.arg(BigUnits)), qPrintable(out));
    const QJsonObject again = generate(u"est-big"_s, u"2026-12"_s);
    QCOMPARE(again.value(u"created"_s).toInt(), 0);
    QCOMPARE(again.value(u"existing"_s).toInt(), BigUnits);
    QCOMPARE(count(bills.arg(u"SUM(total_fen)"_s)), expected);
}

void TestBilling::jobMakesTheMonthOnce()
{
    addItem(u"est-job"_s, u"fixed"_s, u"垃圾清运费"_s, 100000);
    const QString current = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).toString(u"yyyy-MM"_s);
    const QString bills = u"SELECT COUNT(*) FROM bills WHERE estate_id = 'est-job' AND period = '%1'"_s.arg(current);
    QCOMPARE(count(bills), 0);
    // The job runs at start (and daily): this month's bills, once.
    QVERIFY(m_server.restart(relaxedLoginLimits()));
    QTRY_COMPARE_WITH_TIMEOUT(count(bills), 2, 10000);
    const qint64 head = count(u"SELECT rev FROM revision_head"_s);
    QVERIFY(m_server.restart(relaxedLoginLimits()));
    QTest::qWait(1500);
    QCOMPARE(count(bills), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM bills WHERE estate_id = 'est-job'"_s), 2);
    Q_UNUSED(head)
}

QTEST_GUILESS_MAIN(TestBilling)
#include "tst_billing.moc"
