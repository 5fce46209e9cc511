// Payments on the real server (docs/FEES.md): partial, over several bills (oldest first and
// in the agent's order), over-payments kept as credit, reversals and waivers with their
// refusals, receipt numbers, replays applied once, bad input that changes nothing, every fees
// command by every role and for another estate (endpoint × role × foreign object), and what
// each person's sync shows of bills, payments and readings. Bills of the test units are
// written in SQL, so each amount here is one the test chose.
#include "servertestutil.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

const QString foreignPhone = u"13900000072"_s;
const QString password = u"BlueHeron!Cuihu7"_s;

QString applied(const Command &c)
{
    if (c.response.status != 200 || c.response.object().value(u"status"_s).toString() != u"applied"_s)
        return u"%1 was not applied: %2"_s.arg(c.type, c.response.describe());
    return {};
}

} // namespace

class TestPayments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void partialPayment();
    void severalBillsOldestFirst();
    void severalBillsInTheAgentsOrder();
    void overPaymentBecomesCredit();
    void reversal();
    void waiver();
    void receiptNumbers();
    void replayIsAppliedOnce();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void commandsByRole_data();
    void commandsByRole();
    void eachSeesTheirOwn();

private:
    /// A unit of the demo estate for this test alone, without bills.
    QString addUnit();
    /// A bill of @p unit written directly: the period, its total, its due date.
    QString addBill(const QString &unit, const QString &period, qint64 totalFen, const QString &due);
    Command pay(Actor &who, const QString &unit, qint64 amount, const QStringList &bills = {},
                const QString &receipt = {}, const QString &paidAt = u"2026-11-20T02:00:00.000Z"_s);
    /// The bill as the manager's phone has it now.
    QJsonObject bill(const QString &id);
    QJsonObject payment(const QString &id);
    qint64 count(const QString &sql) { return m_server.querySql(sql).toLongLong(); }
    /// A fresh, valid payload of @p type that @p who's role may send (for the role matrix).
    QJsonObject payloadFor(const QString &type);

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
    Actor m_foreign;
    int m_units = 0;
    int m_bills = 0;
    int m_periods = 0;
    QString m_item; ///< a fee item of the demo estate for feeRate.add
};

void TestPayments::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server));
    const QString state = m_server.stateDir();
    QCOMPARE(m_server.runCli({u"create-estate"_s, u"--state"_s, state, u"--estate"_s, u"est-far"_s, u"--name"_s, u"远山苑"_s,
                              u"--address"_s, u"山路1号"_s}),
             0);
    QCOMPARE(m_server.runCli({u"create-user"_s, u"--state"_s, state, u"--phone"_s, foreignPhone, u"--name"_s, u"外人"_s,
                              u"--role"_s, u"manager"_s, u"--estate"_s, u"est-far"_s},
                             password.toUtf8() + '\n'),
             0);
    m_foreign.phone = foreignPhone;
    m_foreign.client = std::make_unique<TestClient>(m_server);
    m_foreign.tokens = m_foreign.client->login(foreignPhone, password);
    QVERIFY2(m_foreign.tokens.isValid(), "the foreign manager could not sign in");
    m_item = TestClient::newId();
    CY_CHECK(applied(runCommand(*m_a.manager, u"feeItem.save"_s,
                                {{u"itemId"_s, m_item}, {u"estateId"_s, demoEstate}, {u"kind"_s, u"fixed"_s},
                                 {u"name"_s, u"测试费"_s}, {u"active"_s, false}})));
}

void TestPayments::cleanupTestCase()
{
    m_server.stop();
}

QString TestPayments::addUnit()
{
    const QString id = u"unit-pay-%1"_s.arg(++m_units);
    if (!m_server.execSql(u"INSERT INTO units (id, estate_id, building_id, number, floor, area_centi_sqm, rev)"
                          " VALUES ('%1', 'est-1', 'bld-1-1', 'T-%2', 1, 9000, (SELECT rev FROM revision_head))"_s
                              .arg(id)
                              .arg(m_units)))
        qWarning() << "could not add" << id;
    return id;
}

QString TestPayments::addBill(const QString &unit, const QString &period, qint64 totalFen, const QString &due)
{
    const QString id = u"bill-pay-%1"_s.arg(++m_bills);
    if (!m_server.execSql(u"INSERT INTO bills (id, estate_id, unit_id, period, number, total_fen, due_date, issued_at, rev)"
                          " VALUES ('%1', 'est-1', '%2', '%3', 'BT-%1', %4, '%5', 0, (SELECT rev FROM revision_head))"_s
                              .arg(id, unit, period)
                              .arg(totalFen)
                              .arg(due)))
        qWarning() << "could not add" << id;
    return id;
}

Command TestPayments::pay(Actor &who, const QString &unit, qint64 amount, const QStringList &bills, const QString &receipt,
                          const QString &paidAt)
{
    QJsonObject payload{{u"paymentId"_s, TestClient::newId()}, {u"unitId"_s, unit}, {u"amountFen"_s, amount},
                        {u"method"_s, u"cash"_s}, {u"paidAt"_s, paidAt}};
    if (!bills.isEmpty())
        payload.insert(u"billIds"_s, QJsonArray::fromStringList(bills));
    if (!receipt.isEmpty())
        payload.insert(u"deviceReceiptNo"_s, receipt);
    return runCommand(*who, u"payment.record"_s, payload);
}

QJsonObject TestPayments::bill(const QString &id)
{
    Replica office;
    if (const QString f = pullAll(*m_a.manager, &office); !f.isEmpty())
        qWarning() << f;
    return office.get(u"bill"_s, id);
}

QJsonObject TestPayments::payment(const QString &id)
{
    Replica office;
    if (const QString f = pullAll(*m_a.manager, &office); !f.isEmpty())
        qWarning() << f;
    return office.get(u"payment"_s, id);
}

void TestPayments::partialPayment()
{
    const QString unit = addUnit();
    const QString b = addBill(unit, u"2026-10"_s, 10000, u"2026-10-31"_s);
    const Command c = pay(m_a.agent, unit, 4000);
    CY_CHECK(applied(c));
    const QJsonObject p = c.data();
    QCOMPARE(p.value(u"allocations"_s).toArray(), QJsonArray({QJsonObject{{u"billId"_s, b}, {u"amountFen"_s, 4000}}}));
    QCOMPARE(p.value(u"creditFen"_s).toInteger(), 0);
    QCOMPARE(p.value(u"billId"_s).toString(), b);
    QCOMPARE(p.value(u"recordedByName"_s).toString(), u"陈静"_s);
    QVERIFY2(QRegularExpression(u"^R202611-\\d{6}$"_s).match(p.value(u"receiptNo"_s).toString()).hasMatch(),
             qPrintable(p.value(u"receiptNo"_s).toString()));
    const QJsonObject after = bill(b);
    QCOMPARE(after.value(u"paidFen"_s).toInteger(), 4000);
    QCOMPARE(after.value(u"status"_s).toString(), u"partly_paid"_s);
}

void TestPayments::severalBillsOldestFirst()
{
    const QString unit = addUnit();
    const QString nov = addBill(unit, u"2026-11"_s, 30000, u"2026-11-30"_s);
    const QString sep = addBill(unit, u"2026-09"_s, 10000, u"2026-09-30"_s);
    const QString oct = addBill(unit, u"2026-10"_s, 20000, u"2026-10-31"_s);
    const Command c = pay(m_a.agent, unit, 25000);
    CY_CHECK(applied(c));
    QCOMPARE(c.data().value(u"allocations"_s).toArray(),
             QJsonArray({QJsonObject{{u"billId"_s, sep}, {u"amountFen"_s, 10000}},
                         QJsonObject{{u"billId"_s, oct}, {u"amountFen"_s, 15000}}}));
    QCOMPARE(bill(sep).value(u"status"_s).toString(), u"paid"_s);
    QCOMPARE(bill(oct).value(u"paidFen"_s).toInteger(), 15000);
    QCOMPARE(bill(nov).value(u"status"_s).toString(), u"unpaid"_s);
}

void TestPayments::severalBillsInTheAgentsOrder()
{
    const QString unit = addUnit();
    const QString sep = addBill(unit, u"2026-09"_s, 10000, u"2026-09-30"_s);
    const QString oct = addBill(unit, u"2026-10"_s, 20000, u"2026-10-31"_s);
    const QString nov = addBill(unit, u"2026-11"_s, 30000, u"2026-11-30"_s);
    const Command c = pay(m_a.agent, unit, 35000, {nov, sep});
    CY_CHECK(applied(c));
    QCOMPARE(c.data().value(u"allocations"_s).toArray(),
             QJsonArray({QJsonObject{{u"billId"_s, nov}, {u"amountFen"_s, 30000}},
                         QJsonObject{{u"billId"_s, sep}, {u"amountFen"_s, 5000}}}));
    QCOMPARE(bill(oct).value(u"paidFen"_s).toInteger(), 0);
    // A bill of another unit, or one paid in full, is not the agent's to pick: nothing changes.
    const qint64 payments = count(u"SELECT COUNT(*) FROM payments"_s);
    CY_CHECK(expectRejected(pay(m_a.agent, unit, 100, {nov}), {404}, {u"not_found"_s}));
    CY_CHECK(expectRejected(pay(m_a.agent, unit, 100, {oct, u"bill-pay-1"_s}), {404}, {u"not_found"_s}));
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments"_s), payments);
}

void TestPayments::overPaymentBecomesCredit()
{
    const QString unit = addUnit();
    const QString b = addBill(unit, u"2026-11"_s, 10000, u"2026-11-30"_s);
    const Command c = pay(m_a.agent, unit, 15000);
    CY_CHECK(applied(c));
    QCOMPARE(c.data().value(u"creditFen"_s).toInteger(), 5000);
    QCOMPARE(bill(b).value(u"status"_s).toString(), u"paid"_s);
    // The next payment, with nothing owed, is credit whole.
    const Command more = pay(m_a.agent, unit, 2000);
    CY_CHECK(applied(more));
    QCOMPARE(more.data().value(u"allocations"_s).toArray().size(), 0);
    QCOMPARE(more.data().value(u"creditFen"_s).toInteger(), 2000);
}

void TestPayments::reversal()
{
    const QString unit = addUnit();
    const QString b = addBill(unit, u"2026-11"_s, 10000, u"2026-11-30"_s);
    const Command c = pay(m_a.agent, unit, 15000);
    CY_CHECK(applied(c));
    const QString id = c.payload.value(u"paymentId"_s).toString();
    SyncedView agent(m_a.agent.client.get());
    CY_CHECK(agent.pull());
    // A reason is required; only a manager reverses.
    CY_CHECK(expectRejected(runCommand(*m_a.manager, u"payment.reverse"_s, {{u"paymentId"_s, id}}), {400}));
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"payment.reverse"_s, {{u"paymentId"_s, id}, {u"reason"_s, u"退票"_s}}),
                            {403}, {u"forbidden"_s}));
    const Command reversed = runCommand(*m_a.manager, u"payment.reverse"_s, {{u"paymentId"_s, id}, {u"reason"_s, u"银行退票"_s}});
    CY_CHECK(applied(reversed));
    const QJsonObject r = reversed.data().value(u"reversed"_s).toObject();
    QCOMPARE(r.value(u"reason"_s).toString(), u"银行退票"_s);
    QCOMPARE(r.value(u"by"_s).toString(), m_a.manager.id());
    QCOMPARE(reversed.data().value(u"creditFen"_s).toInteger(), 0);
    // The paid amount and status go back, and the agent's phone learns it from the bill's
    // own new revision.
    QJsonArray fresh;
    CY_CHECK(agent.pull(&fresh));
    bool billChanged = false;
    for (const QJsonValue &v : fresh)
        billChanged = billChanged || (v[u"entity"_s] == u"bill"_s && v[u"id"_s] == b);
    QVERIFY2(billChanged, "the reversal did not bump the bill's revision");
    QCOMPARE(agent.replica().get(u"bill"_s, b).value(u"paidFen"_s).toInteger(), 0);
    QCOMPARE(agent.replica().get(u"bill"_s, b).value(u"status"_s).toString(), u"unpaid"_s);
    CY_CHECK(expectRejected(runCommand(*m_a.manager, u"payment.reverse"_s, {{u"paymentId"_s, id}, {u"reason"_s, u"again"_s}}),
                            {409}, {u"already_reversed"_s}));
    // Reversed, the payment no longer counts as credit: a new bill stays owed whole.
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE id = '%1' AND reversed_at IS NOT NULL"_s.arg(id)), 1);
}

void TestPayments::waiver()
{
    const QString unit = addUnit();
    const QString open = addBill(unit, u"2026-10"_s, 10000, u"2026-10-31"_s);
    const QString paid = addBill(unit, u"2026-11"_s, 10000, u"2026-11-30"_s);
    CY_CHECK(applied(pay(m_a.agent, unit, 1000, {paid})));
    CY_CHECK(expectRejected(runCommand(*m_a.manager, u"bill.waive"_s, {{u"billId"_s, open}}), {400}));
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"bill.waive"_s, {{u"billId"_s, open}, {u"reason"_s, u"减免"_s}}), {403},
                            {u"forbidden"_s}));
    CY_CHECK(expectRejected(runCommand(*m_a.manager, u"bill.waive"_s, {{u"billId"_s, paid}, {u"reason"_s, u"减免"_s}}), {409},
                            {u"has_payments"_s}));
    const Command w = runCommand(*m_a.manager, u"bill.waive"_s, {{u"billId"_s, open}, {u"reason"_s, u"业委会同意减免"_s}});
    CY_CHECK(applied(w));
    QCOMPARE(w.data().value(u"status"_s).toString(), u"waived"_s);
    QCOMPARE(w.data().value(u"waived"_s).toObject().value(u"reason"_s).toString(), u"业委会同意减免"_s);
    CY_CHECK(expectRejected(runCommand(*m_a.manager, u"bill.waive"_s, {{u"billId"_s, open}, {u"reason"_s, u"again"_s}}), {409},
                            {u"already_waived"_s}));
    // A waived bill takes no payment: the next one goes to what is still owed.
    const Command next = pay(m_a.agent, unit, 9000);
    CY_CHECK(applied(next));
    QCOMPARE(next.data().value(u"allocations"_s).toArray(),
             QJsonArray({QJsonObject{{u"billId"_s, paid}, {u"amountFen"_s, 9000}}}));
}

void TestPayments::receiptNumbers()
{
    const QString unit = addUnit();
    addBill(unit, u"2026-11"_s, 100000, u"2026-11-30"_s);
    const Command first = pay(m_a.agent, unit, 100, {}, u"A7-00001"_s);
    CY_CHECK(applied(first));
    // The same printed number again from the same agent is refused; another recorder's is theirs.
    CY_CHECK(expectRejected(pay(m_a.agent, unit, 100, {}, u"A7-00001"_s), {409}, {u"duplicate_receipt"_s}));
    const Command other = pay(m_a.manager, unit, 100, {}, u"A7-00001"_s);
    CY_CHECK(applied(other));
    // The server's numbers: unique, in the month of the payment, one after the other.
    const QString a = first.data().value(u"receiptNo"_s).toString();
    const QString b = other.data().value(u"receiptNo"_s).toString();
    QVERIFY(a != b);
    QCOMPARE(b.left(8), u"R202611-"_s);
    QCOMPARE(b.mid(8).toInt(), a.mid(8).toInt() + 1);
    QCOMPARE(first.data().value(u"deviceReceiptNo"_s).toString(), u"A7-00001"_s);
}

void TestPayments::replayIsAppliedOnce()
{
    const QString unit = addUnit();
    const QString b = addBill(unit, u"2026-11"_s, 10000, u"2026-11-30"_s);
    const QJsonObject payload{{u"paymentId"_s, TestClient::newId()}, {u"unitId"_s, unit}, {u"amountFen"_s, 3000},
                              {u"method"_s, u"wechat"_s}, {u"paidAt"_s, u"2026-11-21T02:00:00.000Z"_s}};
    const QString commandId = TestClient::newId();
    const Command first = runCommand(*m_a.agent, u"payment.record"_s, payload, commandId);
    const Command again = runCommand(*m_a.agent, u"payment.record"_s, payload, commandId);
    CY_CHECK(applied(first));
    CY_CHECK(applied(again));
    QCOMPARE(again.data().value(u"receiptNo"_s), first.data().value(u"receiptNo"_s));
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE unit_id = '%1'"_s.arg(unit)), 1);
    QCOMPARE(bill(b).value(u"paidFen"_s).toInteger(), 3000);
    // The same payment id in a new command is not a second payment either.
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"payment.record"_s, payload), {409}, {u"id_taken"_s}));
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE unit_id = '%1'"_s.arg(unit)), 1);
}

void TestPayments::badInputChangesNothing_data()
{
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<QString>("code");
    QTest::newRow("zero") << QJsonObject{{u"amountFen"_s, 0}} << u"validation_failed"_s;
    QTest::newRow("fraction") << QJsonObject{{u"amountFen"_s, 12.5}} << u"validation_failed"_s;
    QTest::newRow("text amount") << QJsonObject{{u"amountFen"_s, u"100"_s}} << u"validation_failed"_s;
    QTest::newRow("method") << QJsonObject{{u"method"_s, u"bitcoin"_s}} << u"validation_failed"_s;
    QTest::newRow("future") << QJsonObject{{u"paidAt"_s, u"2099-01-01T00:00:00.000Z"_s}} << u"in_future"_s;
    QTest::newRow("too old") << QJsonObject{{u"paidAt"_s, u"2020-01-01T00:00:00.000Z"_s}} << u"too_old"_s;
    QTest::newRow("no time") << QJsonObject{{u"paidAt"_s, u"yesterday"_s}} << u"validation_failed"_s;
    QTest::newRow("unknown field") << QJsonObject{{u"discount"_s, 1}} << u"unknown_field"_s;
    QTest::newRow("long receipt") << QJsonObject{{u"deviceReceiptNo"_s, QString(40, u'9')}} << u"validation_failed"_s;
    QTest::newRow("bill ids") << QJsonObject{{u"billIds"_s, u"bill-1"_s}} << u"validation_failed"_s;
    QTest::newRow("not a uuid") << QJsonObject{{u"paymentId"_s, u"pay-1"_s}} << u"validation_failed"_s;
}

void TestPayments::badInputChangesNothing()
{
    QFETCH(QJsonObject, change);
    QFETCH(QString, code);
    static const QString unit = [this] {
        const QString u = addUnit();
        addBill(u, u"2026-11"_s, 10000, u"2026-11-30"_s);
        return u;
    }();
    QJsonObject payload{{u"paymentId"_s, TestClient::newId()}, {u"unitId"_s, unit}, {u"amountFen"_s, 1000},
                        {u"method"_s, u"cash"_s}, {u"paidAt"_s, u"2026-11-20T02:00:00.000Z"_s}};
    for (auto it = change.begin(); it != change.end(); ++it)
        payload.insert(it.key(), it.value());
    const qint64 head = count(u"SELECT rev FROM revision_head"_s);
    const Command c = runCommand(*m_a.agent, u"payment.record"_s, payload);
    CY_CHECK(expectRejected(c, {400}));
    if (code != u"validation_failed")
        QCOMPARE(c.response.error(), code);
    QCOMPARE(count(u"SELECT rev FROM revision_head"_s), head);
    QCOMPARE(count(u"SELECT COUNT(*) FROM payments WHERE unit_id = '%1'"_s.arg(unit)), 0);
}

QJsonObject TestPayments::payloadFor(const QString &type)
{
    const QString id = TestClient::newId();
    if (type == u"payment.record") {
        const QString unit = addUnit();
        addBill(unit, u"2026-11"_s, 10000, u"2026-11-30"_s);
        return {{u"paymentId"_s, id}, {u"unitId"_s, unit}, {u"amountFen"_s, 500}, {u"method"_s, u"pos"_s},
                {u"paidAt"_s, u"2026-11-20T02:00:00.000Z"_s}};
    }
    if (type == u"payment.reverse") {
        const QString unit = addUnit();
        addBill(unit, u"2026-11"_s, 10000, u"2026-11-30"_s);
        const Command c = pay(m_a.agent, unit, 500);
        return {{u"paymentId"_s, c.payload.value(u"paymentId"_s)}, {u"reason"_s, u"测试"_s}};
    }
    if (type == u"bill.waive")
        return {{u"billId"_s, addBill(addUnit(), u"2026-11"_s, 10000, u"2026-11-30"_s)}, {u"reason"_s, u"测试"_s}};
    if (type == u"feePolicy.set")
        return {{u"estateId"_s, demoEstate}, {u"warnMonths"_s, 3}};
    if (type == u"feeItem.save")
        return {{u"itemId"_s, id}, {u"estateId"_s, demoEstate}, {u"kind"_s, u"fixed"_s}, {u"name"_s, u"临时费"_s},
                {u"active"_s, false}};
    if (type == u"feeRate.add")
        return {{u"rateId"_s, id}, {u"itemId"_s, m_item}, {u"validFrom"_s, u"2030-%1"_s.arg(++m_periods, 2, 10, QLatin1Char('0'))},
                {u"rateCentiFen"_s, 100000}};
    // meterReading.record: a reading of the resident's own unit, later than the demo's.
    return {{u"readingId"_s, id}, {u"unitId"_s, m_a.resident1.unitId()}, {u"meter"_s, u"electricity"_s},
            {u"valueCenti"_s, 1000 + ++m_periods}, {u"readOn"_s, u"2026-11-30"_s}};
}

void TestPayments::commandsByRole_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    struct Row
    {
        const char *type;
        int resident, agent, technician, manager, foreign;
    };
    // 403 for a role that may not; 404 for another estate's object; 200 applied.
    const Row rows[] = {
        {"payment.record", 403, 200, 403, 200, 404},      {"payment.reverse", 403, 403, 403, 200, 404},
        {"bill.waive", 403, 403, 403, 200, 404},          {"feePolicy.set", 403, 403, 403, 200, 404},
        {"feeItem.save", 403, 403, 403, 200, 404},        {"feeRate.add", 403, 403, 403, 200, 404},
        {"meterReading.record", 403, 200, 200, 200, 404},
    };
    for (const Row &r : rows) {
        const std::pair<const char *, int> whos[] = {{"resident1", r.resident}, {"agent", r.agent}, {"tech1", r.technician},
                                                     {"manager", r.manager},     {"foreign", r.foreign}};
        for (const auto &[who, status] : whos)
            QTest::addRow("%s by %s", r.type, who) << QString::fromLatin1(r.type) << QString::fromLatin1(who) << status;
    }
}

void TestPayments::commandsByRole()
{
    QFETCH(QString, type);
    QFETCH(QString, who);
    QFETCH(int, status);
    Actor &actor = who == u"foreign"_s ? m_foreign : m_a.byName(who);
    const QJsonObject payload = payloadFor(type);
    const qint64 head = count(u"SELECT rev FROM revision_head"_s);
    const Command c = runCommand(*actor, type, payload);
    if (status == 200) {
        CY_CHECK(applied(c));
        QVERIFY(c.response.object().value(u"data"_s).isObject());
    } else {
        CY_CHECK(expectRejected(c, {status}));
        QCOMPARE(count(u"SELECT rev FROM revision_head"_s), head);
    }
}

void TestPayments::eachSeesTheirOwn()
{
    Replica office, resident1, resident2, tech;
    CY_CHECK(pullAll(*m_a.agent, &office));
    CY_CHECK(pullAll(*m_a.resident1, &resident1));
    CY_CHECK(pullAll(*m_a.resident2, &resident2));
    CY_CHECK(pullAll(*m_a.tech1, &tech));
    for (const QString &entity : {u"bill"_s, u"payment"_s, u"meterReading"_s}) {
        const QMap<QString, QJsonObject> all = office.all(entity);
        QVERIFY(!all.isEmpty());
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QString unit = it.value().value(u"unitId"_s).toString();
            QCOMPARE(resident1.has(entity, it.key()), m_a.resident1.unitIds().contains(unit));
            QCOMPARE(resident2.has(entity, it.key()), m_a.resident2.unitIds().contains(unit));
        }
        // Technicians take readings; bills and payments are not theirs to see.
        QCOMPARE(tech.all(entity).size(), entity == u"meterReading"_s ? all.size() : 0);
    }
    // The foreign manager sees nothing of the demo estate's fees.
    Replica foreign;
    CY_CHECK(pullAll(*m_foreign, &foreign));
    for (const QString &entity : {u"bill"_s, u"payment"_s, u"meterReading"_s, u"feeItem"_s, u"feePolicy"_s})
        QVERIFY2(foreign.all(entity).isEmpty(), qPrintable(entity));
    // Wang Fang's account: months paid, one bill partly paid, one overdue, and credit.
    QStringList statuses;
    for (const QJsonObject &b : resident1.all(u"bill"_s))
        statuses << b.value(u"status"_s).toString();
    QVERIFY2(statuses.contains(u"paid"_s) && statuses.contains(u"partly_paid"_s) && statuses.contains(u"unpaid"_s),
             qPrintable(statuses.join(u' ')));
    qint64 credit = 0;
    for (const QJsonObject &p : resident1.all(u"payment"_s))
        credit += p.value(u"creditFen"_s).toInteger();
    QVERIFY(credit > 0);
    // Every payment leaves its trace in the audit log.
    const HttpResponse audit = m_a.manager->get(u"/v1/audit?estateId=est-1&limit=200"_s);
    CY_CHECK(expectStatus(audit, 200));
    QVERIFY(audit.body.contains("payment.record"));
}

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
