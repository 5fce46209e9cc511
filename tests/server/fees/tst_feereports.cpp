// The office's fee reports on the real server, against hand-computed values for a small
// estate of its own (docs/FEES.md "Routes", "Collection figures"): the arrears list with its
// age buckets and early warnings, across a month end in the estate's time zone; the
// collection figures per month and building and in the KPIs; and reminders (an SMS queued
// without the phone in the log, an app reminder reaching the resident without the office's
// notes, the promised date's rules).
//
// The server's clock is moved with libfaketime. The estate (Asia/Shanghai) has three units:
// A and B (100 m², ¥200.00 a month) in building 1, C (50 m², ¥100.00) in building 2, billed
// for October, November and December 2026 (due at each month's end). Payments:
//   A 200.00 on 10-15 for October; A 200.00 on 12-05 for November (late);
//   B 50.00 on 11-20 for October (partial); B 200.00 on 11-25 for November, reversed;
//   C 100.00 on 11-10 for November.
#include "servertestutil.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

const QString estate = u"est-fr"_s;
const QString managerPhone = u"13900000081"_s;
const QString agentPhone = u"13900000082"_s;
const QString residentPhone = u"13700000082"_s; ///< lives in unit B
const QString password = u"BlueHeron!Cuihu7"_s;

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QJsonArray fen(std::initializer_list<qint64> values)
{
    QJsonArray a;
    for (qint64 v : values)
        a.append(v);
    return a;
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

class TestFeeReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void arrearsOnTheTenth();
    void earlyWarning();
    void collectionFigures();
    void collectionByBuilding();
    void kpisUseTheSameFigures();
    void reportQueries();
    void smsReminder();
    void appReminderReachesTheResident();
    void promisedDateRules();
    // Last: they move the clock to the year's end.
    void arrearsAcrossTheMonthEnd();
    void arrearsAnswerFollowsEveryChange();

private:
    /// Restarts the server with its clock at @p at and signs everyone in again.
    QString restartAt(const QDateTime &at);
    /// Moves the running server's clock (libfaketime re-reads its file on every clock read).
    QString setClockFile(const QDateTime &at);
    QString login(std::unique_ptr<TestClient> *client, const QString &phone);
    Command run(const QString &type, const QJsonObject &payload) { return runCommand(*m_manager, type, payload); }
    QString pay(const QString &unit, const QString &period, qint64 amount, const char *paidAt, QString *paymentId = nullptr);
    QJsonObject arrears(const QString &query = {});
    QJsonObject unitRow(const QJsonObject &arrears, const QString &unitId);

    TestServer m_server{TestServer::backendFromEnv()};
    QString m_faketime;
    QString m_clockFile; ///< when set, restartAt() gives the server its clock through this file
    QDateTime m_now; ///< the server's clock (roughly)
    std::unique_ptr<TestClient> m_manager, m_agent, m_resident;
    QHash<QString, QString> m_bills; ///< "unit period" -> bill id
    QStringList m_units;             ///< A, B, C
    int m_receipt = 0;
};

QString TestFeeReports::login(std::unique_ptr<TestClient> *client, const QString &phone)
{
    *client = std::make_unique<TestClient>(m_server);
    HttpResponse r;
    if (!(*client)->login(phone, password, &r).isValid())
        return u"login as %1 failed: %2"_s.arg(phone, r.describe());
    return {};
}

QString TestFeeReports::setClockFile(const QDateTime &at)
{
    const qint64 offset = QDateTime::currentDateTimeUtc().secsTo(at);
    QFile file(m_clockFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return u"cannot write "_s + m_clockFile;
    file.write(QStringLiteral("%1%2\n").arg(offset < 0 ? u"-"_s : u"+"_s).arg(qAbs(offset)).toLatin1());
    m_now = at;
    return {};
}

QString TestFeeReports::restartAt(const QDateTime &at)
{
    const qint64 offset = QDateTime::currentDateTimeUtc().secsTo(at);
    QStringList env{u"LD_PRELOAD="_s + m_faketime, u"FAKETIME=%1%2"_s.arg(offset < 0 ? u"-"_s : u"+"_s).arg(qAbs(offset)),
                    u"FAKETIME_DONT_FAKE_MONOTONIC=1"_s};
    if (!m_clockFile.isEmpty()) {
        if (const QString f = setClockFile(at); !f.isEmpty())
            return f;
        env = QStringList{u"LD_PRELOAD="_s + m_faketime, u"FAKETIME_TIMESTAMP_FILE="_s + m_clockFile,
                          u"FAKETIME_NO_CACHE=1"_s, u"FAKETIME_DONT_FAKE_MONOTONIC=1"_s};
    }
    if (!m_server.restart(relaxedLoginLimits() + QStringList{u"--auto-generate-bills"_s, u"0"_s}, env))
        return u"restart failed: "_s + m_server.errorString();
    m_now = at;
    for (const auto &[client, phone] : {std::pair{&m_manager, managerPhone}, std::pair{&m_agent, agentPhone},
                                        std::pair{&m_resident, residentPhone}}) {
        if (const QString f = login(client, phone); !f.isEmpty())
            return f;
    }
    return {};
}

QString TestFeeReports::pay(const QString &unit, const QString &period, qint64 amount, const char *paidAt, QString *paymentId)
{
    const QString id = TestClient::newId();
    const Command c = run(u"payment.record"_s,
                          QJsonObject{{u"paymentId"_s, id},
                                      {u"unitId"_s, unit},
                                      {u"amountFen"_s, amount},
                                      {u"method"_s, u"cash"_s},
                                      {u"deviceReceiptNo"_s, u"T-%1"_s.arg(++m_receipt)},
                                      {u"paidAt"_s, QString::fromLatin1(paidAt)},
                                      {u"billIds"_s, QJsonArray{m_bills.value(unit + u' ' + period)}}});
    if (paymentId)
        *paymentId = id;
    return applied(c);
}

QJsonObject TestFeeReports::arrears(const QString &query)
{
    const HttpResponse r = m_manager->get(u"/v1/estates/%1/arrears%2"_s.arg(estate, query));
    if (r.status != 200)
        qWarning().noquote() << r.describe();
    return r.object();
}

QJsonObject TestFeeReports::unitRow(const QJsonObject &a, const QString &unitId)
{
    for (const QJsonValue &u : a.value(u"units"_s).toArray()) {
        if (u[u"unitId"_s].toString() == unitId)
            return u.toObject();
    }
    return {};
}

void TestFeeReports::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    m_faketime = libFaketime();
    if (m_faketime.isEmpty())
        QSKIP("libfaketime is not installed (Debian package faketime): cannot move the server's clock");
    CY_CHECK(startServer(m_server, relaxedLoginLimits() + QStringList{u"--auto-generate-bills"_s, u"0"_s}));
    QString out;
    QCOMPARE(m_server.runCli({u"create-estate"_s, u"--state"_s, m_server.stateDir(), u"--estate"_s, estate, u"--name"_s,
                              u"翠湖测试苑"_s, u"--address"_s, u"湖边路2号"_s, u"--time-zone"_s, u"Asia/Shanghai"_s},
                             {}, &out),
             0);
    for (const auto &[phone, role] : {std::pair{managerPhone, u"manager"_s}, std::pair{agentPhone, u"agent"_s}}) {
        QCOMPARE(m_server.runCli({u"create-user"_s, u"--state"_s, m_server.stateDir(), u"--phone"_s, phone, u"--name"_s,
                                  u"测试"_s + role, u"--role"_s, role, u"--estate"_s, estate},
                                 password.toUtf8() + '\n', &out),
                 0);
    }
    // Before the resident: the server's clock on the tenth of December.
    CY_CHECK(login(&m_manager, managerPhone));
    for (const auto &[id, name] : {std::pair{u"bld-fr-1"_s, u"1号楼"_s}, std::pair{u"bld-fr-2"_s, u"2号楼"_s}})
        CY_CHECK(applied(run(u"building.save"_s, QJsonObject{{u"id"_s, id}, {u"estateId"_s, estate}, {u"name"_s, name}})));
    m_units = {u"unit-fr-a"_s, u"unit-fr-b"_s, u"unit-fr-c"_s};
    const QStringList numbers{u"1-0101"_s, u"1-0102"_s, u"2-0101"_s};
    const QList<qint64> areas{10000, 10000, 5000};
    for (int i = 0; i < 3; ++i)
        CY_CHECK(applied(run(u"unit.save"_s, QJsonObject{{u"id"_s, m_units[i]},
                                                               {u"estateId"_s, estate},
                                                               {u"buildingId"_s, i < 2 ? u"bld-fr-1"_s : u"bld-fr-2"_s},
                                                               {u"number"_s, numbers[i]},
                                                               {u"floor"_s, 1},
                                                               {u"areaCentiSqm"_s, areas[i]},
                                                               {u"purpose"_s, u"residential"_s},
                                                               {u"status"_s, u"occupied"_s}})));
    QCOMPARE(m_server.runCli({u"create-user"_s, u"--state"_s, m_server.stateDir(), u"--phone"_s, residentPhone, u"--name"_s,
                              u"住户乙"_s, u"--role"_s, u"resident"_s, u"--unit"_s, m_units[1]},
                             password.toUtf8() + '\n', &out),
             0);
    CY_CHECK(restartAt(utc("2026-12-10T04:00:00Z")));

    const QString item = TestClient::newId();
    CY_CHECK(applied(run(u"feeItem.save"_s, QJsonObject{{u"itemId"_s, item}, {u"estateId"_s, estate},
                                                               {u"kind"_s, u"property"_s}, {u"name"_s, u"物业费"_s},
                                                               {u"rounding"_s, u"half_up"_s}})));
    // ¥2.00 per m² and month: 100 m² make 200.00.
    CY_CHECK(applied(run(u"feeRate.add"_s, QJsonObject{{u"rateId"_s, TestClient::newId()}, {u"itemId"_s, item},
                                                              {u"validFrom"_s, u"2026-01"_s}, {u"rateCentiFen"_s, 20000}})));
    CY_CHECK(applied(run(u"feePolicy.set"_s, QJsonObject{{u"estateId"_s, estate}, {u"dueDay"_s, 31},
                                                                {u"dueMonthOffset"_s, 0}, {u"warnAmountFen"_s, 30000},
                                                                {u"warnMonths"_s, 0}})));
    for (const QString &period : {u"2026-10"_s, u"2026-11"_s, u"2026-12"_s}) {
        const HttpResponse r = m_manager->post(u"/v1/estates/%1/bills/generate"_s.arg(estate), QJsonObject{{u"period"_s, period}});
        CY_CHECK(expectStatus(r, 200));
        QCOMPARE(r.object().value(u"created"_s).toInt(), 3);
    }
    Replica view;
    CY_CHECK(pullAll(*m_manager, &view));
    for (const QJsonObject &b : view.all(u"bill"_s)) {
        if (b.value(u"estateId"_s).toString() == estate)
            m_bills.insert(b.value(u"unitId"_s).toString() + u' ' + b.value(u"period"_s).toString(), b.value(u"id"_s).toString());
    }
    QCOMPARE(m_bills.size(), 9);
    const QString &a = m_units[0], &b = m_units[1], &c = m_units[2];
    CY_CHECK(pay(a, u"2026-10"_s, 20000, "2026-10-15T02:00:00Z"));
    CY_CHECK(pay(a, u"2026-11"_s, 20000, "2026-12-05T02:00:00Z"));
    CY_CHECK(pay(b, u"2026-10"_s, 5000, "2026-11-20T02:00:00Z"));
    QString bounced;
    CY_CHECK(pay(b, u"2026-11"_s, 20000, "2026-11-25T02:00:00Z", &bounced));
    CY_CHECK(applied(run(u"payment.reverse"_s, QJsonObject{{u"paymentId"_s, bounced}, {u"reason"_s, u"退票"_s}})));
    CY_CHECK(pay(c, u"2026-11"_s, 10000, "2026-11-10T02:00:00Z"));
}

void TestFeeReports::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestFeeReports::cleanupTestCase()
{
    m_server.stop();
}

void TestFeeReports::arrearsOnTheTenth()
{
    const QJsonObject a = arrears();
    QCOMPARE(a.value(u"asOf"_s).toString(), u"2026-12-10"_s);
    // A paid October and (late) November; December is not due yet: A owes nothing past due.
    QVERIFY(unitRow(a, m_units[0]).isEmpty());
    const QJsonObject b = unitRow(a, m_units[1]);
    QCOMPARE(b.value(u"label"_s).toString(), u"1号楼 1-0102"_s);
    QCOMPARE(b.value(u"buildingId"_s).toString(), u"bld-fr-1"_s);
    QCOMPARE(b.value(u"owedFen"_s).toInteger(), 35000); // 150.00 of October, 200.00 of November (its payment reversed)
    QCOMPARE(b.value(u"bills"_s).toInt(), 2);
    QCOMPARE(b.value(u"oldestDueDate"_s).toString(), u"2026-10-31"_s);
    QCOMPARE(b.value(u"daysOverdue"_s).toInt(), 40);
    QCOMPARE(b.value(u"monthsOverdue"_s).toInt(), 1);
    QCOMPARE(b.value(u"buckets"_s).toArray(), fen({20000, 15000, 0, 0}));
    QCOMPARE(b.value(u"warning"_s).toBool(), true); // 350.00 >= 300.00
    const QJsonObject c = unitRow(a, m_units[2]);
    QCOMPARE(c.value(u"owedFen"_s).toInteger(), 10000);
    QCOMPARE(c.value(u"buckets"_s).toArray(), fen({0, 10000, 0, 0}));
    QCOMPARE(c.value(u"warning"_s).toBool(), false);
    const QJsonObject totals = a.value(u"totals"_s).toObject();
    QCOMPARE(totals.value(u"units"_s).toInt(), 2);
    QCOMPARE(totals.value(u"owedFen"_s).toInteger(), 45000);
    QCOMPARE(totals.value(u"buckets"_s).toArray(), fen({20000, 25000, 0, 0}));
    QCOMPARE(totals.value(u"warnings"_s).toInt(), 1);
    // Largest first; by building.
    QCOMPARE(a.value(u"units"_s).toArray().at(0)[u"unitId"_s].toString(), m_units[1]);
    const QJsonObject second = arrears(u"?buildingId=bld-fr-2&sort=age"_s);
    QCOMPARE(second.value(u"units"_s).toArray().size(), 1);
    QCOMPARE(second.value(u"totals"_s)[u"owedFen"_s].toInteger(), 10000);
}

void TestFeeReports::earlyWarning()
{
    auto warned = [this]() {
        QStringList units;
        for (const QJsonValue &u : arrears().value(u"units"_s).toArray()) {
            if (u[u"warning"_s].toBool())
                units << u[u"unitId"_s].toString();
        }
        units.sort();
        return units;
    };
    // By months only: a whole month overdue warns (both B and C are 40 days past October's due date).
    CY_CHECK(applied(run(u"feePolicy.set"_s, QJsonObject{{u"estateId"_s, estate}, {u"warnAmountFen"_s, 0}, {u"warnMonths"_s, 1}})));
    QCOMPARE(warned(), (QStringList{m_units[1], m_units[2]}));
    CY_CHECK(applied(run(u"feePolicy.set"_s, QJsonObject{{u"estateId"_s, estate}, {u"warnMonths"_s, 2}})));
    QCOMPARE(warned(), QStringList());
    // By amount: at or past 350.00 — B exactly.
    CY_CHECK(applied(run(u"feePolicy.set"_s, QJsonObject{{u"estateId"_s, estate}, {u"warnAmountFen"_s, 35000}, {u"warnMonths"_s, 0}})));
    QCOMPARE(warned(), QStringList{m_units[1]});
    CY_CHECK(applied(run(u"feePolicy.set"_s, QJsonObject{{u"estateId"_s, estate}, {u"warnAmountFen"_s, 35001}})));
    QCOMPARE(warned(), QStringList());
    CY_CHECK(applied(run(u"feePolicy.set"_s, QJsonObject{{u"estateId"_s, estate}, {u"warnAmountFen"_s, 30000}})));
}

void TestFeeReports::collectionFigures()
{
    const HttpResponse r = m_manager->get(u"/v1/estates/%1/collection?from=2026-10&to=2026-12"_s.arg(estate));
    CY_CHECK(expectStatus(r, 200));
    const QJsonArray months = r.object().value(u"months"_s).toArray();
    QCOMPARE(months.size(), 3);
    auto expect = [](const QJsonValue &m, const QString &period, qint64 receivable, qint64 collected, int billed, int paid,
                     qint64 arrearsStart, qint64 recovered, const QJsonValue &rate, const QJsonValue &householdRate,
                     const QJsonValue &recoveryRate) {
        const QJsonObject expected{{u"period"_s, period},          {u"receivableFen"_s, receivable},
                                   {u"collectedFen"_s, collected}, {u"rate"_s, rate},
                                   {u"householdsBilled"_s, billed}, {u"householdsPaid"_s, paid},
                                   {u"householdRate"_s, householdRate}, {u"arrearsStartFen"_s, arrearsStart},
                                   {u"recoveredFen"_s, recovered}, {u"recoveryRate"_s, recoveryRate}};
        if (m.toObject() != expected)
            return u"%1: got %2, expected %3"_s.arg(period, QString::fromUtf8(QJsonDocument(m.toObject()).toJson(QJsonDocument::Compact)),
                                                   QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
        return QString();
    };
    const QJsonValue none(QJsonValue::Null);
    // October: 500.00 receivable, A's 200.00 paid within October (B's 50.00 came in November).
    CY_CHECK(expect(months.at(0), u"2026-10"_s, 50000, 20000, 3, 1, 0, 0, 400, 333, none));
    // November: C's 100.00 only (A paid in December, B's payment was reversed). Arrears at
    // its start: B's 200.00 and C's 100.00 of October; B's 50.00 recovered: 16.7%.
    CY_CHECK(expect(months.at(1), u"2026-11"_s, 50000, 10000, 3, 1, 30000, 5000, 200, 333, 167));
    // December: nothing due yet. Arrears at its start: A 200.00, B 150.00 + 200.00, C 100.00;
    // A's 200.00 of December 5 recovered: 30.8%.
    CY_CHECK(expect(months.at(2), u"2026-12"_s, 0, 0, 0, 0, 65000, 20000, none, none, 308));
    const QJsonObject total = r.object().value(u"total"_s).toObject();
    QCOMPARE(total.value(u"receivableFen"_s).toInteger(), 100000);
    QCOMPARE(total.value(u"collectedFen"_s).toInteger(), 30000);
    QCOMPARE(total.value(u"rate"_s).toInt(), 300);
    QCOMPARE(total.value(u"householdsBilled"_s).toInt(), 6);
    QCOMPARE(total.value(u"householdsPaid"_s).toInt(), 2);
    QCOMPARE(total.value(u"arrearsStartFen"_s).toInteger(), 0);
    QVERIFY(total.value(u"recoveryRate"_s).isNull());
}

void TestFeeReports::collectionByBuilding()
{
    HttpResponse r = m_manager->get(u"/v1/estates/%1/collection?from=2026-10&to=2026-11"_s.arg(estate));
    CY_CHECK(expectStatus(r, 200));
    const QJsonArray buildings = r.object().value(u"buildings"_s).toArray();
    QCOMPARE(buildings.size(), 2);
    const QJsonObject one = buildings.at(0).toObject(), two = buildings.at(1).toObject();
    QCOMPARE(one.value(u"buildingId"_s).toString(), u"bld-fr-1"_s);
    QCOMPARE(one.value(u"name"_s).toString(), u"1号楼"_s);
    QCOMPARE(one.value(u"receivableFen"_s).toInteger(), 80000);
    QCOMPARE(one.value(u"collectedFen"_s).toInteger(), 20000);
    QCOMPARE(one.value(u"rate"_s).toInt(), 250);
    QCOMPARE(one.value(u"months"_s)[0][u"rate"_s].toInt(), 500);
    QCOMPARE(one.value(u"months"_s)[1][u"arrearsStartFen"_s].toInteger(), 20000);
    QCOMPARE(two.value(u"receivableFen"_s).toInteger(), 20000);
    QCOMPARE(two.value(u"collectedFen"_s).toInteger(), 10000);
    QCOMPARE(two.value(u"householdsPaid"_s).toInt(), 1);
    // One building only: its figures are the months'.
    r = m_manager->get(u"/v1/estates/%1/collection?from=2026-10&to=2026-11&buildingId=bld-fr-2"_s.arg(estate));
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object().value(u"buildings"_s).toArray().size(), 1);
    QCOMPARE(r.object().value(u"months"_s)[1][u"collectedFen"_s].toInteger(), 10000);
    QCOMPARE(r.object().value(u"months"_s)[1][u"arrearsStartFen"_s].toInteger(), 10000);
    QCOMPARE(r.object().value(u"total"_s)[u"receivableFen"_s].toInteger(), 20000);
}

void TestFeeReports::kpisUseTheSameFigures()
{
    // October 1 to January 1 in Shanghai.
    const HttpResponse r = m_manager->get(
        u"/v1/kpis?estateId=%1&from=2026-09-30T16:00:00.000Z&to=2026-12-31T16:00:00.000Z"_s.arg(estate));
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object().value(u"billedFen"_s).toInteger(), 100000);
    QCOMPARE(r.object().value(u"collectedFen"_s).toInteger(), 30000);
    QCOMPARE(r.object().value(u"collectionPermille"_s).toInt(), 300);
    QCOMPARE(r.object().value(u"householdsBilled"_s).toInt(), 6);
}

void TestFeeReports::reportQueries()
{
    const QString base = u"/v1/estates/%1/"_s.arg(estate);
    CY_CHECK(expectError(m_manager->get(base + u"arrears?sort=colour"_s), {400}, {u"validation_failed"_s}));
    CY_CHECK(expectError(m_manager->get(base + u"arrears?page=2"_s), {400}, {u"unknown_field"_s}));
    CY_CHECK(expectError(m_manager->get(base + u"arrears?buildingId=bld-1-1"_s), {404}, {u"not_found"_s}));
    CY_CHECK(expectError(m_manager->get(base + u"collection?from=2026-13&to=2026-12"_s), {400}, {u"validation_failed"_s}));
    CY_CHECK(expectError(m_manager->get(base + u"collection?from=2026-12&to=2026-10"_s), {400}, {u"validation_failed"_s}));
    CY_CHECK(expectError(m_manager->get(base + u"collection?from=2020-01&to=2026-10"_s), {400}, {u"validation_failed"_s}));
    CY_CHECK(expectError(m_manager->get(base + u"collection?to=2026-10"_s), {400}, {u"validation_failed"_s}));
    // Agents: the arrears yes; the collection figures only when the estate allows it.
    CY_CHECK(expectStatus(m_agent->get(base + u"arrears"_s), 200));
    CY_CHECK(expectError(m_agent->get(base + u"collection?from=2026-10&to=2026-12"_s), {403}, {u"forbidden"_s}));
    CY_CHECK(expectError(m_resident->get(base + u"arrears"_s), {403}, {u"forbidden"_s}));
    CY_CHECK(expectError(m_manager->get(u"/v1/estates/est-1/arrears"_s), {404}, {u"not_found"_s}));
}

void TestFeeReports::smsReminder()
{
    const QString id = TestClient::newId();
    CY_CHECK(applied(run(u"reminder.log"_s, QJsonObject{{u"reminderId"_s, id}, {u"unitId"_s, m_units[1]}, {u"channel"_s, u"sms"_s}})));
    // The text leaves through the platform's sender: to B's resident, in Chinese, with what B owes.
    QString body;
    QFile file(m_server.stateDir() + u"/outgoing-messages.jsonl"_s);
    for (int i = 0; i < 100 && body.isEmpty(); ++i) {
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                const QJsonObject m = QJsonDocument::fromJson(line).object();
                if (m.value(u"phone"_s).toString() == residentPhone && m.value(u"purpose"_s).toString() == u"reminder")
                    body = m.value(u"body"_s).toString();
            }
            file.close();
        }
        if (body.isEmpty())
            QTest::qWait(100);
    }
    QVERIFY2(!body.isEmpty(), "no reminder text was sent to the resident");
    QVERIFY2(body.contains(u"¥350.00"_s), qPrintable(body));
    QVERIFY2(body.contains(u"翠湖测试苑"_s) && body.contains(u"1号楼 1-0102"_s), qPrintable(body));
    QVERIFY2(!m_server.log(200).contains(residentPhone), "the resident's phone number is in the server log");
    // The office sees it with its outcome; the arrears list names it as the last reminder.
    const QJsonObject b = unitRow(arrears(), m_units[1]);
    QCOMPARE(b.value(u"lastReminder"_s)[u"channel"_s].toString(), u"sms"_s);
    QCOMPARE(b.value(u"lastReminder"_s)[u"outcome"_s].toString(), u"none"_s);
    // A unit that owes nothing past due gets no text.
    CY_CHECK(expectRejected(run(u"reminder.log"_s, QJsonObject{{u"reminderId"_s, TestClient::newId()}, {u"unitId"_s, m_units[0]},
                                                                {u"channel"_s, u"sms"_s}}),
                            {409}, {u"nothing_owed"_s}));
    // C has nobody with a phone.
    CY_CHECK(expectRejected(run(u"reminder.log"_s, QJsonObject{{u"reminderId"_s, TestClient::newId()}, {u"unitId"_s, m_units[2]},
                                                                {u"channel"_s, u"sms"_s}}),
                            {409}, {u"no_recipient"_s}));
}

void TestFeeReports::appReminderReachesTheResident()
{
    const QString app = TestClient::newId(), call = TestClient::newId();
    Command c = runCommand(*m_agent, u"reminder.log"_s,
                           QJsonObject{{u"reminderId"_s, app}, {u"unitId"_s, m_units[1]}, {u"channel"_s, u"app"_s},
                                       {u"note"_s, u"office only: second reminder"_s}});
    CY_CHECK(applied(c));
    QCOMPARE(c.data().value(u"note"_s).toString(), u"office only: second reminder"_s);
    CY_CHECK(applied(runCommand(*m_agent, u"reminder.log"_s,
                                      QJsonObject{{u"reminderId"_s, call}, {u"unitId"_s, m_units[1]}, {u"channel"_s, u"phone"_s},
                                                  {u"outcome"_s, u"refused"_s}, {u"note"_s, u"angry about the lift"_s}})));
    Replica view;
    CY_CHECK(pullAll(*m_resident, &view));
    QVERIFY(view.has(u"reminder"_s, app));
    QVERIFY2(!view.has(u"reminder"_s, call), "a phone call's record reached the resident");
    const QJsonObject seen = view.get(u"reminder"_s, app);
    QCOMPARE(seen.value(u"channel"_s).toString(), u"app"_s);
    QCOMPARE(seen.value(u"unitId"_s).toString(), m_units[1]);
    for (const QString &key : {u"note"_s, u"outcome"_s, u"promisedDate"_s})
        QVERIFY2(!seen.contains(key), qPrintable(u"the resident sees the reminder's "_s + key));
    // The office sees both, with their notes.
    Replica office;
    CY_CHECK(pullAll(*m_manager, &office));
    QCOMPARE(office.get(u"reminder"_s, call).value(u"note"_s).toString(), u"angry about the lift"_s);
    QCOMPARE(office.get(u"reminder"_s, call).value(u"outcome"_s).toString(), u"refused"_s);
}

void TestFeeReports::promisedDateRules()
{
    auto log = [this](const QJsonObject &extra) {
        QJsonObject p{{u"reminderId"_s, TestClient::newId()}, {u"unitId"_s, m_units[2]}, {u"channel"_s, u"visit"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            p.insert(it.key(), it.value());
        return run(u"reminder.log"_s, p);
    };
    // The estate's today is 2026-12-10.
    CY_CHECK(expectRejected(log({{u"outcome"_s, u"promised"_s}}), {400}, {u"validation_failed"_s}));
    CY_CHECK(expectRejected(log({{u"outcome"_s, u"refused"_s}, {u"promisedDate"_s, u"2026-12-20"_s}}), {400}));
    CY_CHECK(expectRejected(log({{u"outcome"_s, u"promised"_s}, {u"promisedDate"_s, u"2026-12-09"_s}}), {400}));
    CY_CHECK(expectRejected(log({{u"outcome"_s, u"promised"_s}, {u"promisedDate"_s, u"20/12/2026"_s}}), {400}));
    CY_CHECK(expectRejected(log({{u"outcome"_s, u"maybe"_s}}), {400}));
    CY_CHECK(expectRejected(log({{u"channel"_s, u"pigeon"_s}}), {400}));
    CY_CHECK(expectRejected(log({{u"at"_s, u"2027-03-01T00:00:00Z"_s}}), {400}));
    CY_CHECK(expectRejected(log({{u"note"_s, QString(2001, u'x')}}), {400}));
    const Command ok = log({{u"outcome"_s, u"promised"_s}, {u"promisedDate"_s, u"2026-12-10"_s}, {u"at"_s, u"2026-12-10T03:00:00Z"_s}});
    CY_CHECK(applied(ok));
    QCOMPARE(ok.data().value(u"promisedDate"_s).toString(), u"2026-12-10"_s);
    QCOMPARE(ok.data().value(u"givenAt"_s).toString(), u"2026-12-10T03:00:00.000Z"_s);
    // The same reminder id again is refused; the command id again is answered as before.
    CY_CHECK(expectRejected(log({{u"reminderId"_s, ok.payload.value(u"reminderId"_s)}}), {409}));
    const Command again = runCommand(*m_manager, u"reminder.log"_s, ok.payload, ok.id);
    CY_CHECK(applied(again));
    QCOMPARE(unitRow(arrears(), m_units[2]).value(u"lastReminder"_s)[u"outcome"_s].toString(), u"promised"_s);
}

void TestFeeReports::arrearsAcrossTheMonthEnd()
{
    // 23:00 on December 31 in Shanghai: December's bills are due today, not overdue.
    CY_CHECK(restartAt(utc("2026-12-31T15:00:00Z")));
    QJsonObject a = arrears();
    QCOMPARE(a.value(u"asOf"_s).toString(), u"2026-12-31"_s);
    QVERIFY(unitRow(a, m_units[0]).isEmpty());
    QCOMPARE(unitRow(a, m_units[1]).value(u"buckets"_s).toArray(), fen({0, 35000, 0, 0}));
    QCOMPARE(unitRow(a, m_units[1]).value(u"daysOverdue"_s).toInt(), 61);
    QCOMPARE(a.value(u"totals"_s)[u"owedFen"_s].toInteger(), 45000);
    // 01:00 on January 1 in Shanghai, still December 31 in UTC: December's bills are a day overdue.
    CY_CHECK(restartAt(utc("2026-12-31T17:00:00Z")));
    a = arrears();
    QCOMPARE(a.value(u"asOf"_s).toString(), u"2027-01-01"_s);
    QCOMPARE(unitRow(a, m_units[0]).value(u"owedFen"_s).toInteger(), 20000);
    QCOMPARE(unitRow(a, m_units[0]).value(u"buckets"_s).toArray(), fen({20000, 0, 0, 0}));
    QCOMPARE(unitRow(a, m_units[0]).value(u"daysOverdue"_s).toInt(), 1);
    QCOMPARE(unitRow(a, m_units[1]).value(u"buckets"_s).toArray(), fen({20000, 35000, 0, 0}));
    QCOMPARE(unitRow(a, m_units[1]).value(u"bills"_s).toInt(), 3);
    QCOMPARE(unitRow(a, m_units[1]).value(u"monthsOverdue"_s).toInt(), 2);
    QCOMPARE(unitRow(a, m_units[2]).value(u"buckets"_s).toArray(), fen({10000, 10000, 0, 0}));
    QCOMPARE(a.value(u"totals"_s)[u"owedFen"_s].toInteger(), 95000);
    QCOMPARE(a.value(u"totals"_s)[u"buckets"_s].toArray(), fen({50000, 45000, 0, 0}));
    // December is due now: it counts in December's collection figures.
    const HttpResponse r = m_manager->get(u"/v1/estates/%1/collection?from=2026-12&to=2026-12"_s.arg(estate));
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object().value(u"months"_s)[0][u"receivableFen"_s].toInteger(), 50000);
    QCOMPARE(r.object().value(u"months"_s)[0][u"collectedFen"_s].toInteger(), 0);
}

/// The server keeps each estate's arrears per local date and the newest revision of its fee
/// rows: every payment, reversal, waiver and reminder, a change by another process on the same
/// store (the console) and the date moving on must each show at once.
void TestFeeReports::arrearsAnswerFollowsEveryChange()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_clockFile = dir.filePath(u"clock"_s);
    const QDateTime start = utc("2026-12-31T17:00:00Z"); // 01:00 on January 1 in Shanghai
    CY_CHECK(restartAt(start));
    const QString a = m_units[0], c = m_units[2];
    auto owed = [this](const QJsonObject &answer, const QString &unit) {
        return unitRow(answer, unit).value(u"owedFen"_s).toInteger();
    };
    QJsonObject before = arrears();
    QCOMPARE(before.value(u"asOf"_s).toString(), u"2027-01-01"_s);
    QCOMPARE(owed(before, a), 20000);
    QCOMPARE(arrears(), before); // the same answer again (from the kept one)
    // The building filter and the sort work on the kept rows.
    const QJsonObject firstBuilding = arrears(u"?buildingId=bld-fr-1&sort=age"_s);
    QCOMPARE(firstBuilding.value(u"units"_s).toArray().size(), 2);
    QCOMPARE(firstBuilding.value(u"units"_s)[0][u"unitId"_s].toString(), m_units[1]);
    QCOMPARE(firstBuilding.value(u"totals"_s)[u"owedFen"_s].toInteger(), 75000);

    // A reminder.
    CY_CHECK(applied(run(u"reminder.log"_s, QJsonObject{{u"reminderId"_s, TestClient::newId()}, {u"unitId"_s, a},
                                                        {u"channel"_s, u"letter"_s}, {u"outcome"_s, u"not_reached"_s}})));
    QJsonObject now = arrears();
    QCOMPARE(unitRow(now, a).value(u"lastReminder"_s)[u"channel"_s].toString(), u"letter"_s);
    QVERIFY(unitRow(now, a).value(u"lastReminder"_s) != unitRow(before, a).value(u"lastReminder"_s));
    // A payment, then its reversal.
    QString paymentId;
    CY_CHECK(pay(a, u"2026-12"_s, 5000, "2026-12-31T16:30:00Z", &paymentId));
    QCOMPARE(owed(arrears(), a), 15000);
    CY_CHECK(applied(run(u"payment.reverse"_s, QJsonObject{{u"paymentId"_s, paymentId}, {u"reason"_s, u"录错"_s}})));
    QCOMPARE(owed(arrears(), a), 20000);
    // A waiver: C's October bill (nothing paid on it).
    QCOMPARE(owed(arrears(), c), 20000);
    CY_CHECK(applied(run(u"bill.waive"_s, QJsonObject{{u"billId"_s, m_bills.value(c + u" 2026-10"_s)}, {u"reason"_s, u"减免"_s}})));
    QCOMPARE(owed(arrears(), c), 10000);
    // Another process on the same store: the console imports a payment of 1.00 on A's December bill.
    Replica office;
    CY_CHECK(pullAll(*m_manager, &office));
    const QString number = office.get(u"bill"_s, m_bills.value(a + u" 2026-12"_s)).value(u"number"_s).toString();
    QVERIFY(!number.isEmpty());
    QTemporaryDir csvDir;
    QFile csv(csvDir.filePath(u"pay.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(u"bill number,amount,paid time,transaction id\n%1,1.00,2026-12-01 10:00:00,T-cache-1\n"_s.arg(number).toUtf8());
    csv.close();
    QString out;
    QCOMPARE(m_server.runCli({u"import-payments"_s, u"--state"_s, m_server.stateDir(), u"--estate"_s, estate, csv.fileName()},
                             {}, &out),
             0);
    QCOMPARE(owed(arrears(), a), 19900);
    // The date moves on while the server runs: a day more overdue.
    now = arrears();
    QCOMPARE(unitRow(now, a).value(u"daysOverdue"_s).toInt(), 1);
    CY_CHECK(setClockFile(start.addDays(1)));
    CY_CHECK(login(&m_manager, managerPhone)); // the old access token has expired by then
    now = arrears();
    QCOMPARE(now.value(u"asOf"_s).toString(), u"2027-01-02"_s);
    QCOMPARE(unitRow(now, a).value(u"daysOverdue"_s).toInt(), 2);
    m_clockFile.clear();
}

QTEST_GUILESS_MAIN(TestFeeReports)
#include "tst_feereports.moc"
