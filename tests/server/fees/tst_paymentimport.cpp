// The payment import on the real server (docs/FEES.md "Routes"): a bank's CSV of payments
// matched to the demo estate's bills by number, from the route and from the console. Each
// kind of bad row is reported with its line and applies nothing; a dry run applies nothing;
// a row seen before is a duplicate that changes nothing; a partial payment leaves the bill
// partly paid; a GB18030 file reads like a UTF-8 one.
#include "servertestutil.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

const QString importPath = u"/v1/estates/est-1/payments/import"_s;

/// A bill the office sees: its number, amount and what is paid on it.
struct OpenBill
{
    QString id, number, unitId;
    qint64 totalFen = 0, paidFen = 0;
};

} // namespace

class TestPaymentImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void badRows_data();
    void badRows();
    void invalidUtf8IsAnEncodingProblem();
    void oneBadRowAppliesNothing();
    void dryRunAppliesNothing();
    void importThenDuplicates();
    void gb18030File();
    void cliAndRouteAgree();
    void whoMayImport();

private:
    HttpResponse post(const QByteArray &csv, const QString &query = {});
    /// The bills of est-1 as the manager sees them now, by id.
    QMap<QString, QJsonObject> bills();
    /// The next open bill with nothing paid yet (each test takes its own).
    OpenBill takeBill();
    QString txn() { return nonce(u"TX"_s); }

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
    QList<OpenBill> m_open;
};

void TestPaymentImport::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server, {phone::manager, phone::agent}));
    // Open bills with nothing paid, one per unit, so each test works on its own.
    QSet<QString> units;
    for (const QJsonObject &b : bills()) {
        const QString unit = b.value(u"unitId"_s).toString();
        if (b.value(u"paidFen"_s).toInteger() == 0 && b.value(u"waived"_s).isNull() && b.value(u"totalFen"_s).toInteger() > 1000
            && !units.contains(unit)) {
            units.insert(unit);
            m_open.append({b.value(u"id"_s).toString(), b.value(u"number"_s).toString(), unit,
                           b.value(u"totalFen"_s).toInteger(), 0});
        }
    }
    QVERIFY2(m_open.size() >= 10, "the demo estate has fewer than 10 units with an open bill");
}

void TestPaymentImport::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestPaymentImport::cleanupTestCase()
{
    m_server.stop();
}

HttpResponse TestPaymentImport::post(const QByteArray &csv, const QString &query)
{
    return m_a.manager->postRaw(importPath + query, csv, "text/csv");
}

QMap<QString, QJsonObject> TestPaymentImport::bills()
{
    Replica view;
    const QString f = pullAll(*m_a.manager, &view);
    if (!f.isEmpty())
        qWarning().noquote() << f;
    QMap<QString, QJsonObject> out;
    const QMap<QString, QJsonObject> all = view.all(u"bill"_s);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it->value(u"estateId"_s).toString() == demoEstate)
            out.insert(it.key(), *it);
    }
    return out;
}

OpenBill TestPaymentImport::takeBill()
{
    return m_open.isEmpty() ? OpenBill{} : m_open.takeFirst();
}

void TestPaymentImport::badRows_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("code");
    // %1: a real bill number, %2: a fresh transaction id.
    QTest::newRow("unknown bill") << u"B209912-999999,10.00,2026-11-20 10:00:00,%2"_s << u"unknown_bill"_s;
    QTest::newRow("three decimals") << u"%1,12.345,2026-11-20 10:00:00,%2"_s << u"bad_amount"_s;
    QTest::newRow("letters") << u"%1,abc,2026-11-20 10:00:00,%2"_s << u"bad_amount"_s;
    QTest::newRow("zero") << u"%1,0.00,2026-11-20 10:00:00,%2"_s << u"bad_amount"_s;
    QTest::newRow("no month 13") << u"%1,10.00,2026-13-01 10:00:00,%2"_s << u"bad_time"_s;
    QTest::newRow("not a time") << u"%1,10.00,yesterday,%2"_s << u"bad_time"_s;
    QTest::newRow("future") << u"%1,10.00,2099-01-01 10:00:00,%2"_s << u"bad_time"_s;
    QTest::newRow("no transaction") << u"%1,10.00,2026-11-20 10:00:00,"_s << u"missing_txn"_s;
}

void TestPaymentImport::badRows()
{
    QFETCH(QString, row);
    QFETCH(QString, code);
    const OpenBill bill = m_open.value(0);
    const QString line = row.arg(bill.number, txn());
    const HttpResponse r = post(u"账单编号,金额,支付时间,交易流水号\n%1\n"_s.arg(line).toUtf8());
    CY_CHECK(expectError(r, {422}, {u"import_invalid"_s}));
    const QJsonArray problems = r.object().value(u"problems"_s).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0)[u"line"_s].toInt(), 2);
    QCOMPARE(problems.at(0)[u"code"_s].toString(), code);
    QVERIFY(!problems.at(0)[u"message"_s].toString().isEmpty());
    QCOMPARE(r.object().value(u"applied"_s).toInt(), 0);
    QCOMPARE(bills().value(bill.id).value(u"paidFen"_s).toInteger(), 0);
}

void TestPaymentImport::invalidUtf8IsAnEncodingProblem()
{
    const OpenBill bill = m_open.value(0);
    QByteArray csv = "bill number,amount,paid time,transaction id\n";
    csv += u"%1,10.00,2026-11-20 10:00:00,%2\n"_s.arg(bill.number, txn()).toUtf8();
    csv += "\xff\xfe\xff,10.00,2026-11-20 10:00:00,X1\n";
    const HttpResponse r = post(csv);
    CY_CHECK(expectError(r, {422}, {u"import_invalid"_s}));
    const QJsonArray problems = r.object().value(u"problems"_s).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0)[u"line"_s].toInt(), 3);
    QCOMPARE(problems.at(0)[u"code"_s].toString(), u"encoding"_s);
    QCOMPARE(bills().value(bill.id).value(u"paidFen"_s).toInteger(), 0);
}

void TestPaymentImport::oneBadRowAppliesNothing()
{
    const OpenBill a = takeBill(), b = takeBill();
    const QString csv = u"账单编号,金额,支付时间,交易流水号\n%1,10.00,2026-11-20 10:00:00,%2\n%3,1.5.0,2026-11-20 10:00,%4\n"
                        "%3,2.00,2026-11-21 10:00,%5\n"_s.arg(a.number, txn(), b.number, txn(), txn());
    const HttpResponse r = post(csv.toUtf8());
    CY_CHECK(expectError(r, {422}, {u"import_invalid"_s}));
    QCOMPARE(r.object().value(u"problems"_s).toArray().size(), 1);
    QCOMPARE(r.object().value(u"problems"_s).toArray().at(0)[u"line"_s].toInt(), 3);
    QCOMPARE(r.object().value(u"rows"_s).toInt(), 3);
    const QMap<QString, QJsonObject> now = bills();
    QCOMPARE(now.value(a.id).value(u"paidFen"_s).toInteger(), 0);
    QCOMPARE(now.value(b.id).value(u"paidFen"_s).toInteger(), 0);
}

void TestPaymentImport::dryRunAppliesNothing()
{
    const OpenBill a = takeBill();
    const QString id = txn();
    const QByteArray csv = u"bill,amount,paid time,transaction id,method\n%1,10.00,2026-11-20 10:00:00,%2,微信\n"_s.arg(a.number, id).toUtf8();
    HttpResponse r = post(csv, u"?dryRun=true"_s);
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object().value(u"applied"_s).toInt(), 1);
    QCOMPARE(r.object().value(u"totalFen"_s).toInteger(), 1000);
    QCOMPARE(r.object().value(u"dryRun"_s).toBool(), true);
    QCOMPARE(bills().value(a.id).value(u"paidFen"_s).toInteger(), 0);
    // Nothing kept of it: the same row is new to a real import.
    r = post(csv);
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object().value(u"applied"_s).toInt(), 1);
    QCOMPARE(r.object().value(u"duplicates"_s).toInt(), 0);
    QCOMPARE(bills().value(a.id).value(u"paidFen"_s).toInteger(), 1000);
}

void TestPaymentImport::importThenDuplicates()
{
    const OpenBill a = takeBill(), b = takeBill();
    // a: a partial payment; b: paid in full, and 5 yuan over (the unit's credit).
    const QString csv = u"账单编号,金额,支付时间,交易流水号,支付方式,付款人\n"
                        "%1,%2,2026-11-20 10:00:00,%3,bank,王芳\n"
                        "%4,\"%5\",2026/11/21 09:30,%6,支付宝,\n"_s.arg(a.number)
                            .arg(QString::number((a.totalFen / 2) / 100) + u".00"_s)
                            .arg(txn(), b.number)
                            .arg(QString::number((b.totalFen + 500) / 100) + u"."_s
                                 + QString::number((b.totalFen + 500) % 100).rightJustified(2, u'0'))
                            .arg(txn());
    const qint64 partFen = (a.totalFen / 2) / 100 * 100;
    HttpResponse r = post(csv.toUtf8());
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object().value(u"applied"_s).toInt(), 2);
    QCOMPARE(r.object().value(u"duplicates"_s).toInt(), 0);
    QCOMPARE(r.object().value(u"totalFen"_s).toInteger(), partFen + b.totalFen + 500);
    QMap<QString, QJsonObject> now = bills();
    QCOMPARE(now.value(a.id).value(u"paidFen"_s).toInteger(), partFen);
    QCOMPARE(now.value(a.id).value(u"status"_s).toString(), u"partly_paid"_s);
    QCOMPARE(now.value(b.id).value(u"paidFen"_s).toInteger(), b.totalFen);
    QCOMPARE(now.value(b.id).value(u"status"_s).toString(), u"paid"_s);

    // The payments as the office sees them: from the import, with the provider's method.
    Replica view;
    CY_CHECK(pullAll(*m_a.manager, &view));
    int imported = 0;
    for (const QJsonObject &p : view.all(u"payment"_s)) {
        if (p.value(u"unitId"_s).toString() == b.unitId && p.value(u"source"_s).toString() == u"import") {
            ++imported;
            QCOMPARE(p.value(u"method"_s).toString(), u"alipay"_s);
            QCOMPARE(p.value(u"creditFen"_s).toInteger(), 500);
            // Recorded by the manager who sent the file (the console has its own name).
            QVERIFY(!p.value(u"recordedBy"_s).toString().isEmpty());
            QVERIFY(p.value(u"recordedBy"_s).toString() != u"console");
        }
    }
    QCOMPARE(imported, 1);

    // The same file again: every row a duplicate, nothing changes.
    r = post(csv.toUtf8());
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object().value(u"applied"_s).toInt(), 0);
    QCOMPARE(r.object().value(u"duplicates"_s).toInt(), 2);
    QCOMPARE(r.object().value(u"totalFen"_s).toInteger(), 0);
    now = bills();
    QCOMPARE(now.value(a.id).value(u"paidFen"_s).toInteger(), partFen);
    QCOMPARE(now.value(b.id).value(u"paidFen"_s).toInteger(), b.totalFen);
}

void TestPaymentImport::gb18030File()
{
    const OpenBill a = takeBill();
    const QString text = u"账单编号,金额,支付时间,交易流水号,支付方式,付款人\r\n%1,¥1.23,2026-11-20 10:00:00,%2,现金,李雷\r\n"_s.arg(
        a.number, txn());
    QStringEncoder gb("GB18030");
    QVERIFY(gb.isValid());
    const QByteArray bytes = gb(text);
    QVERIFY(bytes != text.toUtf8());
    const HttpResponse r = post(bytes);
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object().value(u"encoding"_s).toString(), u"GB18030"_s);
    QCOMPARE(r.object().value(u"applied"_s).toInt(), 1);
    QCOMPARE(r.object().value(u"totalFen"_s).toInteger(), 123);
    QCOMPARE(bills().value(a.id).value(u"paidFen"_s).toInteger(), 123);
}

void TestPaymentImport::cliAndRouteAgree()
{
    const OpenBill a = takeBill();
    const QByteArray csv = u"账单编号,金额,支付时间,交易流水号\n%1,3.00,2026-11-20 10:00:00,%2\n"
                           "B209912-999999,1.00,2026-11-20 10:00:00,%3\n"_s.arg(a.number, txn(), txn()).toUtf8();
    QTemporaryDir dir;
    QFile file(dir.filePath(u"pay.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    QString out;
    const int code = m_server.runCli({u"import-payments"_s, u"--state"_s, m_server.stateDir(), u"--estate"_s, demoEstate,
                                      file.fileName()},
                                     {}, &out);
    QVERIFY2(code != 0, qPrintable(out));
    QJsonObject cli;
    for (const QString &line : out.split(u'\n')) {
        if (line.startsWith(u'{'))
            cli = QJsonDocument::fromJson(line.toUtf8()).object();
    }
    const HttpResponse r = post(csv);
    CY_CHECK(expectError(r, {422}, {u"import_invalid"_s}));
    QCOMPARE(cli, r.object());

    // And a clean file: the console applies it, the route then finds it a duplicate.
    const QByteArray clean = u"账单编号,金额,支付时间,交易流水号\n%1,3.00,2026-11-20 10:00:00,%2\n"_s.arg(a.number, txn()).toUtf8();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(clean);
    file.close();
    QCOMPARE(m_server.runCli({u"import-payments"_s, u"--state"_s, m_server.stateDir(), u"--estate"_s, demoEstate,
                              file.fileName()},
                             {}, &out),
             0);
    const HttpResponse again = post(clean);
    CY_CHECK(expectStatus(again, 200));
    QCOMPARE(again.object().value(u"duplicates"_s).toInt(), 1);
    QCOMPARE(bills().value(a.id).value(u"paidFen"_s).toInteger(), 300);
    // The console's payment names who recorded it: the documented console actor.
    Replica view;
    CY_CHECK(pullAll(*m_a.manager, &view));
    QStringList recorders;
    for (const QJsonObject &p : view.all(u"payment"_s)) {
        const QJsonArray allocations = p.value(u"allocations"_s).toArray();
        if (std::any_of(allocations.begin(), allocations.end(),
                        [&a](const QJsonValue &x) { return x[u"billId"_s].toString() == a.id; }))
            recorders << p.value(u"recordedBy"_s).toString();
    }
    QCOMPARE(recorders, QStringList{u"console"_s});
}

void TestPaymentImport::whoMayImport()
{
    const QByteArray csv = "bill,amount,paid time,transaction id\n";
    CY_CHECK(expectError(m_a.agent->postRaw(importPath, csv, "text/csv"), {403}, {u"forbidden"_s}));
    CY_CHECK(expectError(m_a.manager->postRaw(u"/v1/estates/est-999/payments/import"_s, csv, "text/csv"), {404}, {u"not_found"_s}));
    CY_CHECK(expectError(m_a.manager->postRaw(importPath, "{}", "application/json"), {415}, {u"unsupported_media_type"_s}));
    CY_CHECK(expectError(post(csv, u"?dryRun=maybe"_s), {400}, {u"validation_failed"_s}));
    CY_CHECK(expectError(post(csv, u"?colour=red"_s), {400}, {u"unknown_field"_s}));
    CY_CHECK(expectError(post(csv), {422}, {u"import_invalid"_s}));
}

QTEST_GUILESS_MAIN(TestPaymentImport)
#include "tst_paymentimport.moc"
