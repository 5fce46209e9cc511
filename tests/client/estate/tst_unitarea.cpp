// Unit areas as people type them, read exactly into hundredths of a m² (never through a
// float), and the unit form's checks that use them.

#include "estate/estatedesk.h"
#include "estate/estatelistmodel.h"
#include "estate/unitarea.h"
#include "estate/unitimport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

class TestUnitArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("centi"); // -1: refused
        QTest::addColumn<int>("problem");
        using P = UnitArea::Problem;
        QTest::newRow("whole") << u"89"_s << qint64(8900) << int(P::None);
        QTest::newRow("one decimal") << u"89.5"_s << qint64(8950) << int(P::None);
        QTest::newRow("two decimals") << u"120.25"_s << qint64(12025) << int(P::None);
        // 0.29 * 100 is 28.999999999999996 in binary floating point.
        QTest::newRow("not a float") << u"0.29"_s << qint64(29) << int(P::None);
        QTest::newRow("1.15") << u"1.15"_s << qint64(115) << int(P::None);
        QTest::newRow("comma") << u"76,3"_s << qint64(7630) << int(P::None);
        QTest::newRow("spaces") << u"  45.00 "_s << qint64(4500) << int(P::None);
        QTest::newRow("smallest") << u"0.01"_s << qint64(1) << int(P::None);
        QTest::newRow("largest") << u"100000"_s << qint64(10'000'000) << int(P::None);
        QTest::newRow("three decimals") << u"89.505"_s << qint64(-1) << int(P::TooManyDecimals);
        QTest::newRow("three zero decimals") << u"89.500"_s << qint64(-1) << int(P::TooManyDecimals);
        QTest::newRow("empty") << u""_s << qint64(-1) << int(P::Empty);
        QTest::newRow("zero") << u"0"_s << qint64(-1) << int(P::OutOfRange);
        QTest::newRow("too large") << u"100000.01"_s << qint64(-1) << int(P::OutOfRange);
        QTest::newRow("huge") << u"99999999999999999999999"_s << qint64(-1) << int(P::OutOfRange);
        QTest::newRow("negative") << u"-5"_s << qint64(-1) << int(P::NotANumber);
        QTest::newRow("exponent") << u"1e2"_s << qint64(-1) << int(P::NotANumber);
        QTest::newRow("two points") << u"1.2.3"_s << qint64(-1) << int(P::NotANumber);
        QTest::newRow("trailing point") << u"12."_s << qint64(-1) << int(P::NotANumber);
        QTest::newRow("leading point") << u".5"_s << qint64(-1) << int(P::NotANumber);
        QTest::newRow("unit") << u"89 m²"_s << qint64(-1) << int(P::NotANumber);
        QTest::newRow("arabic-indic digits") << u"٨٩"_s << qint64(-1) << int(P::NotANumber);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, centi);
        QFETCH(int, problem);
        UnitArea::Problem p = UnitArea::Problem::None;
        const std::optional<qint64> got = UnitArea::parse(text, &p);
        QCOMPARE(int(p), problem);
        QCOMPARE(got.value_or(-1), centi);
        if (got)
            QVERIFY(UnitArea::message(p).isEmpty());
        else
            QVERIFY(!UnitArea::message(p).isEmpty());
    }

    void format()
    {
        QCOMPARE(UnitArea::format(8950), u"89.50"_s);
        QCOMPARE(UnitArea::format(1), u"0.01"_s);
        QCOMPARE(UnitArea::format(10'000'000), u"100000.00"_s);
        // What is shown reads back to the same number.
        for (qint64 c : {qint64(1), qint64(29), qint64(115), qint64(8957), qint64(12025)})
            QCOMPARE(UnitArea::parse(UnitArea::format(c)).value_or(-1), c);
    }

    void unitForm()
    {
        QVariantMap form{{u"buildingId"_s, u"bld-1"_s}, {u"number"_s, u"1202"_s}, {u"floor"_s, u"12"_s},
                         {u"area"_s, u"89.57"_s}, {u"purpose"_s, u"residential"_s}, {u"status"_s, u"occupied"_s}};
        QVERIFY(EstateDesk::checkUnit(form).isEmpty());
        form[u"area"_s] = u"89.575"_s;
        form[u"floor"_s] = u"twelve"_s;
        form[u"number"_s] = u" "_s;
        const QVariantMap problems = EstateDesk::checkUnit(form);
        QCOMPARE(problems.keys(), (QStringList{u"area"_s, u"floor"_s, u"number"_s}));
        QCOMPARE(problems.value(u"area"_s).toString(), UnitArea::message(UnitArea::Problem::TooManyDecimals));
        form[u"floor"_s] = u"301"_s;
        QVERIFY(EstateDesk::checkUnit(form).contains(u"floor"_s));
        form[u"purpose"_s] = u"castle"_s;
        QVERIFY(EstateDesk::checkUnit(form).contains(u"purpose"_s));
    }

    void importAnswers()
    {
        // The server's answers as UnitImport shows them (no server: takeAnswer()).
        UnitImport import;
        QSignalSpy changed(&import, &UnitImport::changed);
        import.takeAnswer(200, {{u"rows"_s, 1200}, {u"created"_s, 3}, {u"updated"_s, 10}, {u"unchanged"_s, 1187},
                                {u"dryRun"_s, true}}, true);
        QCOMPARE(import.state(), u"checked"_s);
        QVERIFY(import.canApply());
        // Without the app's translations the plural stays "row(s)".
        QVERIFY2(import.summary().startsWith(u"1200 row"_s) && import.summary().endsWith(u": 3 new, 10 updated, 1187 unchanged"_s),
                 qPrintable(import.summary()));
        QVERIFY(changed.count() > 0);

        import.takeAnswer(200, {{u"rows"_s, 5}, {u"created"_s, 0}, {u"updated"_s, 0}, {u"unchanged"_s, 5}}, true);
        QVERIFY(!import.canApply()); // nothing would change

        const QJsonArray problems{QJsonObject{{u"line"_s, 14}, {u"reason"_s, u"unknown building 9号楼"_s}},
                                  QJsonObject{{u"line"_s, 20}, {u"reason"_s, u"area has more than two decimals"_s}}};
        import.takeAnswer(422, {{u"error"_s, u"import_invalid"_s}, {u"problems"_s, problems}}, true);
        QCOMPARE(import.state(), u"invalid"_s);
        QVERIFY(!import.canApply());
        QCOMPARE(import.problems().size(), 2);
        QCOMPARE(import.problems().first().toMap().value(u"text"_s).toString(), u"Line 14: unknown building 9号楼"_s);
        QCOMPARE(import.problems().first().toMap().value(u"line"_s).toInt(), 14);
    }
};

QTEST_MAIN(TestUnitArea)
#include "tst_unitarea.moc"
