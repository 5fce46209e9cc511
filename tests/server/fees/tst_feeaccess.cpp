// Who may do what with fees, on the real server (docs/FEES.md "Commands", "Routes"): every
// fees command and route × resident, technician, agent and manager of the demo estate and
// the manager of another estate (to whom everything of est-1 is "not found"); and what sync
// gives each role: a resident only their own units' bills, payments, readings and reminders,
// a technician no bills or payments.
#include "servertestutil.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

const QString foreignPhone = u"13900000078"_s;
const QString password = u"BlueHeron!Cuihu7"_s;
const QString home = u"unit-1-1-0301"_s; ///< resident1's unit

QString today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
}

/// 200 {"status": "applied"} for the command (whatever record it names).
QString applied(const Command &c)
{
    const QJsonObject o = c.response.object();
    if (c.response.status != 200 || o.value(u"status"_s).toString() != u"applied"_s || o.value(u"id"_s).toString() != c.id)
        return u"%1 was not applied: %2"_s.arg(c.type, c.response.describe());
    return {};
}

} // namespace

class TestFeeAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void commands_data();
    void commands();
    void routes_data();
    void routes();
    void agentsSeeCollectionWhenAllowed();
    void residentSeesOwnUnitsOnly();
    void technicianSeesNoMoney();

private:
    Actor &actor(const QString &name) { return name == u"foreign" ? m_foreign : m_a.byName(name); }
    /// A payload for @p type that the manager of est-1 could apply now (fresh ids, a bill
    /// with nothing paid, a payment not reversed).
    QJsonObject payloadFor(const QString &type);
    QString openBill();

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
    Actor m_foreign;
    QString m_itemId;
    QStringList m_openBills; ///< bills of est-1 with nothing paid, not waived
    QString m_billNumber;
    int m_counter = 0;
};

void TestFeeAccess::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits() + QStringList{u"--auto-generate-bills"_s, u"0"_s}));
    CY_CHECK(m_a.loginAll(m_server));
    QString out;
    QCOMPARE(m_server.runCli({u"create-estate"_s, u"--state"_s, m_server.stateDir(), u"--estate"_s, u"est-far"_s, u"--name"_s,
                              u"远山苑"_s, u"--address"_s, u"山路1号"_s},
                             {}, &out),
             0);
    QCOMPARE(m_server.runCli({u"create-user"_s, u"--state"_s, m_server.stateDir(), u"--phone"_s, foreignPhone, u"--name"_s,
                              u"外人"_s, u"--role"_s, u"manager"_s, u"--estate"_s, u"est-far"_s},
                             password.toUtf8() + '\n', &out),
             0);
    m_foreign.phone = foreignPhone;
    m_foreign.client = std::make_unique<TestClient>(m_server);
    m_foreign.tokens = m_foreign.client->login(foreignPhone, password);
    QVERIFY2(m_foreign.tokens.isValid(), "the foreign manager could not sign in");

    Replica office;
    CY_CHECK(pullAll(*m_a.manager, &office));
    for (const QJsonObject &item : office.all(u"feeItem"_s)) {
        if (item.value(u"estateId"_s).toString() == demoEstate && item.value(u"kind"_s).toString() == u"fixed")
            m_itemId = item.value(u"id"_s).toString();
    }
    if (m_itemId.isEmpty() && !office.ids(u"feeItem"_s).isEmpty())
        m_itemId = office.ids(u"feeItem"_s).constFirst();
    for (const QJsonObject &b : office.all(u"bill"_s)) {
        if (b.value(u"paidFen"_s).toInteger() == 0 && b.value(u"waived"_s).isNull() && b.value(u"estateId"_s).toString() == demoEstate)
            m_openBills << b.value(u"id"_s).toString();
        if (m_billNumber.isEmpty() && b.value(u"paidFen"_s).toInteger() == 0 && b.value(u"waived"_s).isNull())
            m_billNumber = b.value(u"number"_s).toString();
    }
    QVERIFY2(!m_itemId.isEmpty(), "the demo estate has no fee item");
    QVERIFY2(m_openBills.size() >= 5, "the demo estate has too few open bills");
}

void TestFeeAccess::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestFeeAccess::cleanupTestCase()
{
    m_server.stop();
}

QString TestFeeAccess::openBill()
{
    return m_openBills.isEmpty() ? u"bill-none"_s : m_openBills.takeLast();
}

QJsonObject TestFeeAccess::payloadFor(const QString &type)
{
    ++m_counter;
    const QString now = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs);
    if (type == u"feePolicy.set")
        return {{u"estateId"_s, demoEstate}, {u"warnMonths"_s, 3}};
    if (type == u"feeItem.save")
        return {{u"itemId"_s, TestClient::newId()}, {u"estateId"_s, demoEstate}, {u"kind"_s, u"fixed"_s},
                {u"name"_s, u"测试项 %1"_s.arg(m_counter)}, {u"rounding"_s, u"half_up"_s}, {u"active"_s, false}};
    if (type == u"feeRate.add")
        return {{u"rateId"_s, TestClient::newId()}, {u"itemId"_s, m_itemId},
                {u"validFrom"_s, u"20%1-01"_s.arg(40 + m_counter)}, {u"rateCentiFen"_s, 1000}};
    if (type == u"meterReading.record")
        return {{u"readingId"_s, TestClient::newId()}, {u"unitId"_s, home}, {u"meter"_s, u"water"_s},
                {u"valueCenti"_s, 900000000 + m_counter * 100}, {u"readOn"_s, today()}, {u"replacement"_s, false}};
    if (type == u"payment.record")
        return {{u"paymentId"_s, TestClient::newId()}, {u"unitId"_s, home}, {u"amountFen"_s, 100}, {u"method"_s, u"cash"_s},
                {u"deviceReceiptNo"_s, u"ACC-%1"_s.arg(m_counter)}, {u"paidAt"_s, now}};
    if (type == u"payment.reverse") {
        // A payment of the manager's own to reverse.
        QJsonObject pay = payloadFor(u"payment.record"_s);
        const Command c = runCommand(*m_a.manager, u"payment.record"_s, pay);
        if (!applied(c).isEmpty())
            qWarning().noquote() << c.response.describe();
        return {{u"paymentId"_s, pay.value(u"paymentId"_s)}, {u"reason"_s, u"退票"_s}};
    }
    if (type == u"bill.waive")
        return {{u"billId"_s, openBill()}, {u"reason"_s, u"困难户减免"_s}};
    if (type == u"reminder.log")
        return {{u"reminderId"_s, TestClient::newId()}, {u"unitId"_s, home}, {u"channel"_s, u"phone"_s},
                {u"outcome"_s, u"not_reached"_s}, {u"at"_s, now}};
    return {};
}

void TestFeeAccess::commands_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    struct Rule
    {
        QString type;
        QStringList allowed;
    };
    const QList<Rule> rules{
        {u"feePolicy.set"_s, {u"manager"_s}},
        {u"feeItem.save"_s, {u"manager"_s}},
        {u"feeRate.add"_s, {u"manager"_s}},
        {u"meterReading.record"_s, {u"tech1"_s, u"agent"_s, u"manager"_s}},
        {u"payment.record"_s, {u"agent"_s, u"manager"_s}},
        {u"payment.reverse"_s, {u"manager"_s}},
        {u"bill.waive"_s, {u"manager"_s}},
        {u"reminder.log"_s, {u"agent"_s, u"manager"_s}},
    };
    for (const Rule &rule : rules) {
        for (const QString &who : {u"resident1"_s, u"tech1"_s, u"agent"_s, u"manager"_s, u"foreign"_s}) {
            const int status = who == u"foreign" ? 404 : rule.allowed.contains(who) ? 200 : 403;
            QTest::addRow("%s by %s", qPrintable(rule.type), qPrintable(who)) << rule.type << who << status;
        }
    }
}

void TestFeeAccess::commands()
{
    QFETCH(QString, type);
    QFETCH(QString, who);
    QFETCH(int, status);
    const Command c = runCommand(*actor(who), type, payloadFor(type));
    if (status == 200)
        CY_CHECK(applied(c));
    else
        CY_CHECK(expectRejected(c, {status}, {status == 404 ? u"not_found"_s : u"forbidden"_s}));
}

void TestFeeAccess::routes_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    struct Rule
    {
        QString route;
        QStringList allowed;
    };
    const QList<Rule> rules{
        {u"generate"_s, {u"manager"_s}},
        {u"import"_s, {u"manager"_s}},
        {u"arrears"_s, {u"agent"_s, u"manager"_s}},
        {u"collection"_s, {u"manager"_s}},
    };
    for (const Rule &rule : rules) {
        for (const QString &who : {u"resident1"_s, u"tech1"_s, u"agent"_s, u"manager"_s, u"foreign"_s}) {
            const int status = who == u"foreign" ? 404 : rule.allowed.contains(who) ? 200 : 403;
            QTest::addRow("%s by %s", qPrintable(rule.route), qPrintable(who)) << rule.route << who << status;
        }
    }
}

void TestFeeAccess::routes()
{
    QFETCH(QString, route);
    QFETCH(QString, who);
    QFETCH(int, status);
    TestClient &c = *actor(who);
    const QString base = u"/v1/estates/est-1/"_s;
    HttpResponse r;
    if (route == u"generate") {
        r = c.post(base + u"bills/generate"_s, QJsonObject{{u"period"_s, today().left(7)}, {u"dryRun"_s, true}});
    } else if (route == u"import") {
        const QByteArray csv = u"账单编号,金额,支付时间,交易流水号\n%1,1.00,2026-11-20 10:00:00,%2\n"_s.arg(m_billNumber, nonce(u"ACC"_s))
                                   .toUtf8();
        r = c.postRaw(base + u"payments/import?dryRun=true"_s, csv, "text/csv");
    } else if (route == u"arrears") {
        r = c.get(base + u"arrears"_s);
    } else {
        r = c.get(base + u"collection?from=2026-01&to=2026-12"_s);
    }
    if (status == 200)
        CY_CHECK(expectStatus(r, 200));
    else
        CY_CHECK(expectError(r, {status}, {status == 404 ? u"not_found"_s : u"forbidden"_s}));
    // The foreign manager's own estate answers them (it is the estate, not the route, they may not see).
    if (who == u"foreign" && route == u"arrears")
        CY_CHECK(expectStatus(c.get(u"/v1/estates/est-far/arrears"_s), 200));
}

void TestFeeAccess::agentsSeeCollectionWhenAllowed()
{
    const QString path = u"/v1/estates/est-1/collection?from=2026-01&to=2026-12"_s;
    auto policySynced = [this](bool expected) -> QString {
        Replica agent;
        if (const QString f = pullAll(*m_a.agent, &agent); !f.isEmpty())
            return f;
        for (const QJsonObject &row : agent.all(u"feePolicy"_s)) {
            if (row.value(u"estateId"_s).toString() == demoEstate)
                return row.value(u"agentsSeeCollection"_s) == QJsonValue(expected)
                           ? QString()
                           : u"the synced policy says agentsSeeCollection %1"_s.arg(
                                 row.value(u"agentsSeeCollection"_s).toVariant().toString());
        }
        return u"no feePolicy of est-1 was synced"_s;
    };
    CY_CHECK(expectError(m_a.agent->get(path), {403}, {u"forbidden"_s}));
    CY_CHECK(policySynced(false));
    // Only a manager decides it; the agent's own attempt changes nothing.
    const QJsonObject allow{{u"estateId"_s, demoEstate}, {u"agentsSeeCollection"_s, true}};
    CY_CHECK(expectError(runCommand(*m_a.agent, u"feePolicy.set"_s, allow).response, {403}, {u"forbidden"_s}));
    CY_CHECK(expectError(m_a.agent->get(path), {403}, {u"forbidden"_s}));
    CY_CHECK(expectError(runCommand(*m_a.manager, u"feePolicy.set"_s,
                                    {{u"estateId"_s, demoEstate}, {u"agentsSeeCollection"_s, u"yes"_s}})
                             .response,
                         {400}, {}));
    CY_CHECK(applied(runCommand(*m_a.manager, u"feePolicy.set"_s, allow)));
    CY_CHECK(expectStatus(m_a.agent->get(path), 200));
    CY_CHECK(policySynced(true));
    // Another field set later keeps it.
    CY_CHECK(applied(runCommand(*m_a.manager, u"feePolicy.set"_s, {{u"estateId"_s, demoEstate}, {u"warnMonths"_s, 3}})));
    CY_CHECK(expectStatus(m_a.agent->get(path), 200));
    CY_CHECK(applied(runCommand(*m_a.manager, u"feePolicy.set"_s,
                                {{u"estateId"_s, demoEstate}, {u"agentsSeeCollection"_s, false}})));
    CY_CHECK(expectError(m_a.agent->get(path), {403}, {u"forbidden"_s}));
    CY_CHECK(policySynced(false));
}

void TestFeeAccess::residentSeesOwnUnitsOnly()
{
    // An app reminder and a call to the resident's unit, a reminder to another unit.
    Replica office;
    CY_CHECK(pullAll(*m_a.manager, &office));
    QString other;
    for (const QJsonObject &u : office.all(u"unit"_s)) {
        if (u.value(u"estateId"_s).toString() == demoEstate && !m_a.resident1.unitIds().contains(u.value(u"id"_s).toString()))
            other = u.value(u"id"_s).toString();
    }
    const QString app = TestClient::newId(), call = TestClient::newId(), elsewhere = TestClient::newId();
    for (const auto &[id, unit, channel] : {std::tuple{app, home, u"app"_s}, std::tuple{call, home, u"visit"_s},
                                           std::tuple{elsewhere, other, u"letter"_s}})
        CY_CHECK(applied(runCommand(*m_a.agent, u"reminder.log"_s,
                                          QJsonObject{{u"reminderId"_s, id}, {u"unitId"_s, unit}, {u"channel"_s, channel},
                                                      {u"note"_s, u"office note"_s}})));
    CY_CHECK(pullAll(*m_a.manager, &office));
    Replica mine;
    CY_CHECK(pullAll(*m_a.resident1, &mine));
    const QStringList units = m_a.resident1.unitIds();
    QVERIFY(!units.isEmpty());
    for (const QString &entity : {u"bill"_s, u"payment"_s, u"meterReading"_s, u"reminder"_s}) {
        for (const QJsonObject &row : mine.all(entity))
            QVERIFY2(units.contains(row.value(u"unitId"_s).toString()),
                     qPrintable(u"resident1 sees a %1 of unit %2"_s.arg(entity, row.value(u"unitId"_s).toString())));
        // The office sees rows of other units too: the filter, not an empty estate, keeps them out.
        int others = 0;
        for (const QJsonObject &row : office.all(entity))
            others += units.contains(row.value(u"unitId"_s).toString()) ? 0 : 1;
        QVERIFY2(others > 0, qPrintable(u"no %1 of another unit to hide"_s.arg(entity)));
    }
    QVERIFY(!mine.all(u"bill"_s).isEmpty());
    QVERIFY(mine.has(u"reminder"_s, app));
    QVERIFY(!mine.has(u"reminder"_s, call));
    QVERIFY(!mine.has(u"reminder"_s, elsewhere));
    for (const QJsonObject &r : mine.all(u"reminder"_s)) {
        QVERIFY(QStringList({u"app"_s, u"sms"_s, u"letter"_s}).contains(r.value(u"channel"_s).toString()));
        QVERIFY(!r.contains(u"note"_s) && !r.contains(u"outcome"_s) && !r.contains(u"promisedDate"_s));
    }
}

void TestFeeAccess::technicianSeesNoMoney()
{
    Replica view;
    CY_CHECK(pullAll(*m_a.tech1, &view));
    for (const QString &entity : {u"bill"_s, u"payment"_s, u"reminder"_s})
        QVERIFY2(view.all(entity).isEmpty(), qPrintable(u"a technician sees %1 rows"_s.arg(entity)));
    QVERIFY2(!view.all(u"feeItem"_s).isEmpty(), "a technician's reading round needs the fee items");
}

QTEST_GUILESS_MAIN(TestFeeAccess)
#include "tst_feeaccess.moc"
