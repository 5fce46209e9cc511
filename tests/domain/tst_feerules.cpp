// The money and fee rules both sides compute with: amounts as text, the one rounding rule of a
// bill line against hand-computed values, late fees with grace and cap, allocation, status,
// arrears ages and the quiet hours of reminders.
#include "fees/feerules.h"
#include "money.h"

#include <QTest>
#include <QTimeZone>

using namespace Courtyard;
using namespace Qt::StringLiterals;
using Money::Rounding;

namespace {

Fees::BillLine propertyLine(qint64 areaCenti, qint64 rateCentiFen, Rounding rounding)
{
    Fees::BillLine line;
    line.kind = u"property"_s;
    line.label = u"物业费"_s;
    line.quantityCenti = areaCenti;
    line.rateCentiFen = rateCentiFen;
    line.rounding = rounding;
    return Fees::computed(line);
}

} // namespace

class TstFeeRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void divideRoundsOnce_data()
    {
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<qint64>("halfUp");
        QTest::addColumn<qint64>("up");
        QTest::addColumn<qint64>("down");
        QTest::newRow("exact") << 300LL << 100LL << 3LL << 3LL << 3LL;
        QTest::newRow("half") << 250LL << 100LL << 3LL << 3LL << 2LL;
        QTest::newRow("below half") << 249LL << 100LL << 2LL << 3LL << 2LL;
        QTest::newRow("negative half") << -250LL << 100LL << -3LL << -3LL << -2LL;
        QTest::newRow("zero") << 0LL << 7LL << 0LL << 0LL << 0LL;
    }
    void divideRoundsOnce()
    {
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(qint64, halfUp);
        QFETCH(qint64, up);
        QFETCH(qint64, down);
        QCOMPARE(Money::divide(numerator, denominator, Rounding::HalfUp), halfUp);
        QCOMPARE(Money::divide(numerator, denominator, Rounding::Up), up);
        QCOMPARE(Money::divide(numerator, denominator, Rounding::Down), down);
    }

    void propertyFeeEachRounding()
    {
        // 89.37 m² × ¥2.35 × 1 month = 210.0195 yuan = 21001.95 fen.
        QCOMPARE(propertyLine(8937, 23500, Rounding::HalfUp).amountFen, 21002);
        QCOMPARE(propertyLine(8937, 23500, Rounding::Up).amountFen, 21002);
        QCOMPARE(propertyLine(8937, 23500, Rounding::Down).amountFen, 21001);
        // 100.01 m² × ¥2.345 = 234.523... yuan: down 23452, half-up 23452, up 23453.
        QCOMPARE(propertyLine(10001, 23450, Rounding::Down).amountFen, 23452);
        QCOMPARE(propertyLine(10001, 23450, Rounding::HalfUp).amountFen, 23452);
        QCOMPARE(propertyLine(10001, 23450, Rounding::Up).amountFen, 23453);
        QCOMPARE(Fees::explain(propertyLine(8937, 23500, Rounding::HalfUp), u"en"),
                 u"89.37 m² × ¥2.35 × 1 month = ¥210.02"_s);
        QCOMPARE(Fees::explain(propertyLine(8937, 23500, Rounding::HalfUp), u"zh_CN"),
                 u"89.37 m² × ¥2.35 × 1 个月 = ¥210.02"_s);
        QCOMPARE(Fees::explain(propertyLine(8937, 23500, Rounding::Down), u"en"),
                 u"89.37 m² × ¥2.35 × 1 month = ¥210.01 (rounded down)"_s);
    }

    void roundingOnceNotPerTerm()
    {
        // Rounded once over all factors: 0.01 m² × ¥0.50 × 3 months = 1.5 fen → 2, where
        // rounding each month first would give 1 × 3 = 3.
        Fees::BillLine line = propertyLine(1, 5000, Rounding::HalfUp);
        line.months = 3;
        QCOMPARE(Fees::lineAmount(line), 2); // 1.5 fen → 2; per month it would be 1 × 3 = 3
        line.months = 0;
        line.days = 10;
        line.daysInPeriod = 30;
        // 89.37 m² × ¥2.35 × 10/30 = 70.0065 yuan → 7001 fen.
        line.quantityCenti = 8937;
        line.rateCentiFen = 23500;
        QCOMPARE(Fees::lineAmount(line), 7001);
        line.discountPermille = 500;
        QCOMPARE(Fees::lineAmount(line), 3500); // 35.00325 yuan
    }

    void meteredAndFixedLines()
    {
        Fees::BillLine water;
        water.kind = u"water"_s;
        water.quantityCenti = 1250; // 12.5 m³
        water.rateCentiFen = 32000; // ¥3.20/m³
        water.previousCenti = 120430;
        water.currentCenti = 121680;
        water = Fees::computed(water);
        QCOMPARE(water.amountFen, 4000);
        QCOMPARE(Fees::explain(water, u"en"), u"12.5 m³ (1,204.3 → 1,216.8) × ¥3.20 = ¥40.00"_s);
        Fees::BillLine fixed;
        fixed.kind = u"fixed"_s;
        fixed.quantityCenti = 100;
        fixed.rateCentiFen = 100000;
        QCOMPARE(Fees::computed(fixed).amountFen, 1000);
        QCOMPARE(Fees::rateText(23456), u"¥2.3456"_s);
        QCOMPARE(Fees::rateText(23450), u"¥2.345"_s);
    }

    void lateFeeGraceAndCap()
    {
        Fees::BillLine late;
        late.kind = u"late_fee"_s;
        late.principalFen = 100000; // ¥1,000
        late.ratePpmPerDay = 500;   // 0.05% a day
        late.capPermille = 100;     // at most 10%
        late.daysLate = 12;
        QCOMPARE(Fees::lateFeeAmount(late), 600); // ¥6.00
        late.daysLate = 500;                      // 25% uncapped
        QCOMPARE(Fees::lateFeeAmount(late), 10000);
        late.chargedBeforeFen = 9000;
        QCOMPARE(Fees::lateFeeAmount(late), 1000);
        late.chargedBeforeFen = 12000;
        QCOMPARE(Fees::lateFeeAmount(late), 0);
        late.chargedBeforeFen = 0;
        late.daysLate = 7;
        late.principalFen = 21002; // 21002 × 7 × 0.0005 = 73.507 fen → 74, down 73
        QCOMPARE(Fees::lateFeeAmount(late), 74);
        late.rounding = Rounding::Down;
        QCOMPARE(Fees::lateFeeAmount(late), 73);
        late.rounding = Rounding::HalfUp;
        late = Fees::computed(late);
        QCOMPARE(Fees::explain(late, u"en"), u"¥210.02 × 0.05% × 7 days (at most 10%) = ¥0.74"_s);
    }

    void lineJsonRoundTrip()
    {
        Fees::BillLine line = propertyLine(8937, 23500, Rounding::Up);
        line.itemId = u"item-1"_s;
        line.discountPermille = 800;
        line = Fees::computed(line);
        const auto back = Fees::BillLine::fromJson(line.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), line.toJson());
        QCOMPARE(back->amountFen, line.amountFen);
        QVERIFY(!line.toJson().contains(u"previousCenti"_s));
        QVERIFY(!Fees::BillLine::fromJson(QJsonObject{{u"kind"_s, u"gift"_s}}));
        QVERIFY(!Fees::BillLine::fromJson(QJsonObject{{u"kind"_s, u"fixed"_s}, {u"rounding"_s, u"banker"_s}}));
    }

    void moneyText()
    {
        QCOMPARE(Money::format(123450), u"¥1,234.50"_s);
        QCOMPARE(Money::format(5), u"¥0.05"_s);
        QCOMPARE(Money::format(-1200), u"-¥12.00"_s);
        QCOMPARE(Money::format(123456789012), u"¥1,234,567,890.12"_s);
        QCOMPARE(Money::formatFor(123450, u"zh_CN"), u"1,234.50 元"_s);
        QCOMPARE(Money::formatFor(123450, u"en"), u"¥1,234.50"_s);
        QCOMPARE(Money::centiText(8937), u"89.37"_s);
        QCOMPARE(Money::centiText(8940), u"89.4"_s);
        QCOMPARE(Money::centiText(100), u"1"_s);
    }

    void moneyParse()
    {
        QCOMPARE(Money::parse(u"1234.5"), std::optional<qint64>(123450));
        QCOMPARE(Money::parse(u" 1,234.50 "), std::optional<qint64>(123450));
        QCOMPARE(Money::parse(u"¥12"), std::optional<qint64>(1200));
        QCOMPARE(Money::parse(u"12元"), std::optional<qint64>(1200));
        QCOMPARE(Money::parse(u"0.05"), std::optional<qint64>(5));
        QCOMPARE(Money::parse(u".5"), std::optional<qint64>(50));
        QCOMPARE(Money::parse(u"-3.00", true), std::optional<qint64>(-300));
        for (const QString &bad : {u"12.345"_s, u"abc"_s, u""_s, u"1.2.3"_s, u"-3"_s, u"1e5"_s, u","_s,
                                   u"１２"_s, u"10000000000000"_s})
            QVERIFY2(!Money::parse(bad), qPrintable(bad));
        QCOMPARE(Money::parseCenti(u"89.37"), std::optional<qint64>(8937));
        QVERIFY(!Money::parseCenti(u"89.375"));
    }

    void chineseCapitals_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << 0LL << u"零元整"_s;
        QTest::newRow("5 fen") << 5LL << u"伍分"_s;
        QTest::newRow("123.45") << 12345LL << u"壹佰贰拾叁元肆角伍分"_s;
        QTest::newRow("1000") << 100000LL << u"壹仟元整"_s;
        QTest::newRow("1001") << 100100LL << u"壹仟零壹元整"_s;
        QTest::newRow("1.05") << 105LL << u"壹元零伍分"_s;
        QTest::newRow("1.50") << 150LL << u"壹元伍角整"_s;
        QTest::newRow("100010") << 10001000LL << u"壹拾万零壹拾元整"_s;
        QTest::newRow("10000001") << 1000000100LL << u"壹仟万零壹元整"_s;
        QTest::newRow("100000000") << 10000000000LL << u"壹亿元整"_s;
        QTest::newRow("210.02") << 21002LL << u"贰佰壹拾元零贰分"_s;
        QTest::newRow("negative") << -300LL << u"负叁元整"_s;
    }
    void chineseCapitals()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(Money::chineseCapitals(fen), text);
    }

    void periodsAndDueDates()
    {
        QVERIFY(Fees::isPeriod(u"2026-12"));
        for (QStringView bad : {u"2026-13", u"2026-00", u"2026-1", u"202612", u"abcd-ef", u"1999-01"})
            QVERIFY2(!Fees::isPeriod(bad), qPrintable(bad.toString()));
        QCOMPARE(Fees::periodEnd(u"2026-02"), QDate(2026, 2, 28));
        QCOMPARE(Fees::addMonths(u"2026-12", 1), u"2027-01"_s);
        QCOMPARE(Fees::dueDate(u"2026-02", 31, 0), QDate(2026, 2, 28));
        QCOMPARE(Fees::dueDate(u"2026-12", 15, 1), QDate(2027, 1, 15));
    }

    void status()
    {
        const QDate due(2026, 11, 30);
        QCOMPARE(Fees::billStatus(1000, 0, false, due, due), u"unpaid"_s);
        QCOMPARE(Fees::billStatus(1000, 10, false, due, due), u"partly_paid"_s);
        QCOMPARE(Fees::billStatus(1000, 10, false, due, due.addDays(1)), u"overdue"_s);
        QCOMPARE(Fees::billStatus(1000, 1000, false, due, due.addDays(40)), u"paid"_s);
        QCOMPARE(Fees::billStatus(1000, 0, true, due, due.addDays(40)), u"waived"_s);
    }

    void allocation()
    {
        const QList<Fees::Outstanding> bills{{u"b-nov"_s, QDate(2026, 11, 30), u"2026-11"_s, 5000},
                                             {u"b-sep"_s, QDate(2026, 9, 30), u"2026-09"_s, 3000},
                                             {u"b-oct"_s, QDate(2026, 10, 31), u"2026-10"_s, 0}};
        qint64 left = -1;
        QList<Fees::Allocation> a = Fees::allocate(6000, bills, false, &left);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(0).billId, u"b-sep"_s);
        QCOMPARE(a.at(0).amountFen, 3000);
        QCOMPARE(a.at(1).billId, u"b-nov"_s);
        QCOMPARE(a.at(1).amountFen, 3000);
        QCOMPARE(left, 0);
        a = Fees::allocate(10000, bills, true, &left);
        QCOMPARE(a.at(0).billId, u"b-nov"_s);
        QCOMPARE(left, 2000);
    }

    void arrearsAges()
    {
        const QDate due(2026, 11, 30);
        QCOMPARE(Fees::ageBucket(due, due), -1);
        QCOMPARE(Fees::ageBucket(due, due.addDays(1)), 0);
        QCOMPARE(Fees::ageBucket(due, due.addDays(30)), 0);
        QCOMPARE(Fees::ageBucket(due, due.addDays(31)), 1);
        QCOMPARE(Fees::ageBucket(due, due.addDays(90)), 1);
        QCOMPARE(Fees::ageBucket(due, due.addDays(91)), 2);
        QCOMPARE(Fees::ageBucket(due, due.addDays(181)), 3);
        // Month ends count as whole months: 08-31 → 11-30 is three.
        QCOMPARE(Fees::monthsOverdue(QDate(2026, 8, 31), QDate(2026, 11, 29)), 2);
        QCOMPARE(Fees::monthsOverdue(QDate(2026, 8, 31), QDate(2026, 11, 30)), 3);
        QCOMPARE(Fees::monthsOverdue(QDate(2026, 9, 15), QDate(2026, 10, 14)), 0);
        QCOMPARE(Fees::monthsOverdue(due, due), 0);
        QVERIFY(Fees::isEarlyWarning(100000, 0, 100000, 3));
        QVERIFY(Fees::isEarlyWarning(10, 3, 100000, 3));
        QVERIFY(!Fees::isEarlyWarning(10, 2, 100000, 3));
        QVERIFY(!Fees::isEarlyWarning(0, 9, 100000, 3));
        QCOMPARE(Fees::percentText(1847, 1999), u"92.4%"_s);
        QCOMPARE(Fees::permille(1, 3), 333);
        QCOMPARE(Fees::percentText(0, 0), u"—"_s);
    }

    void readings()
    {
        QCOMPARE(Fees::readingProblem(-1, 500, false, 0), QString());
        QCOMPARE(Fees::readingProblem(1000, 900, false, 0), u"lower"_s);
        QCOMPARE(Fees::readingProblem(1000, 1000, false, 0), QString());
        QCOMPARE(Fees::readingProblem(1000, 50, true, 10), QString());
        QCOMPARE(Fees::readingProblem(1000, 5, true, 10), u"below_start"_s);
        QCOMPARE(Fees::readingProblem(1000, -5, false, 0), u"negative"_s);
    }

    void quietHours()
    {
        const QTimeZone shanghai("Asia/Shanghai");
        const QDateTime evening(QDate(2026, 12, 1), QTime(22, 15), shanghai);
        QCOMPARE(Fees::shownFrom(evening), QDateTime(QDate(2026, 12, 2), QTime(8, 0), shanghai));
        const QDateTime night(QDate(2026, 12, 2), QTime(6, 0), shanghai);
        QCOMPARE(Fees::shownFrom(night), QDateTime(QDate(2026, 12, 2), QTime(8, 0), shanghai));
        const QDateTime day(QDate(2026, 12, 2), QTime(9, 30), shanghai);
        QCOMPARE(Fees::shownFrom(day), day);
        const QDateTime nine(QDate(2026, 12, 2), QTime(21, 0), shanghai);
        QCOMPARE(Fees::shownFrom(nine).date(), QDate(2026, 12, 3));
    }
};

QTEST_APPLESS_MAIN(TstFeeRules)
#include "tst_feerules.moc"
