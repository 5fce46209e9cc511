// The manager's collection figures and bill run as the pages show them: the state as flags
// (loading, ready, failed, offline, empty; checking, checked, applying, applied), so QML
// compares no state strings; no answer is "offline", a refusal is an error, figures with
// nothing due are "empty", and the bill run's period starts at the current month.
#include "apiclient.h"
#include "fees/feecollection.h"
#include "fees/feegeneration.h"
#include "fees/feerules.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

class TestFeeCollection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // the words without a translator
    }

    void collectionStatesAsFlags()
    {
        FeeCollection figures;
        QSignalSpy changed(&figures, &FeeCollection::changed);
        QVERIFY(!figures.loading() && !figures.ready() && !figures.failed());

        // No session: it cannot ask, and says why (an error, not "offline").
        figures.load();
        QVERIFY(figures.failed());
        QVERIFY(!figures.offline());
        QVERIFY(!figures.errorText().isEmpty());

        // No answer came: offline.
        figures.takeAnswer(0, {});
        QVERIFY(figures.failed());
        QVERIFY(figures.offline());
        QVERIFY(!figures.ready() && !figures.hasFigures());

        // The server failed: an error, not offline.
        figures.takeAnswer(500, {});
        QVERIFY(figures.failed());
        QVERIFY(!figures.offline());

        // Months with nothing due: ready but empty.
        figures.takeAnswer(200, QJsonObject{{u"months"_s, QJsonArray{}}, {u"buildings"_s, QJsonArray{}},
                                            {u"total"_s, QJsonObject{{u"receivableFen"_s, 0}, {u"collectedFen"_s, 0}}}});
        QVERIFY(figures.ready());
        QVERIFY(figures.empty());
        QVERIFY(!figures.hasFigures());
        QVERIFY(!figures.failed() && !figures.offline());

        // Figures: ready with a rate.
        const QJsonObject month{{u"period"_s, u"2026-11"_s}, {u"receivableFen"_s, 200000}, {u"collectedFen"_s, 184800},
                                {u"householdsBilled"_s, 10}, {u"householdsPaid"_s, 9}};
        figures.takeAnswer(200, QJsonObject{{u"months"_s, QJsonArray{month}}, {u"buildings"_s, QJsonArray{}}, {u"total"_s, month}});
        QVERIFY(figures.ready());
        QVERIFY(!figures.empty());
        QVERIFY(figures.hasFigures());
        QCOMPARE(figures.totals().value(u"rateText"_s).toString(), u"92.4%"_s);
        QCOMPARE(figures.months().size(), 1);
        QVERIFY(changed.count() >= 5);
    }

    void generationStatesAsFlags()
    {
        FeeGeneration run;
        // The period field starts at this month (the estate's; without a session the phone's).
        QCOMPARE(run.thisPeriod(), Courtyard::Fees::periodOf(QDate::currentDate()));
        QVERIFY(Courtyard::Fees::isPeriod(run.thisPeriod()));

        run.check(u"December"_s);
        QVERIFY(run.failed());
        QVERIFY(!run.reported());
        // The example in the message is this month, not a fixed one.
        QVERIFY2(run.errorText().contains(run.thisPeriod()), qPrintable(run.errorText()));

        // No session: refused before anything is sent.
        run.check(u"2026-11"_s);
        QVERIFY(run.failed());
        QVERIFY(!run.checking());

        const QJsonObject report{{u"period"_s, u"2026-11"_s}, {u"units"_s, 120}, {u"created"_s, 118}, {u"existing"_s, 0},
                                 {u"skipped"_s, 2}, {u"totalFen"_s, 3600000}};
        run.takeAnswer(200, report, true);
        QVERIFY(run.checked());
        QVERIFY(run.reported());
        QVERIFY(run.canApply());
        QVERIFY(!run.applied() && !run.failed() && !run.busy());

        QSignalSpy made(&run, &FeeGeneration::billsMade);
        run.takeAnswer(200, report, false);
        QVERIFY(run.applied());
        QVERIFY(run.reported());
        QVERIFY(!run.checked() && !run.canApply());
        QCOMPARE(made.count(), 1);

        run.takeAnswer(0, {}, true);
        QVERIFY(run.failed());
        QVERIFY(!run.reported());
    }
};

QTEST_GUILESS_MAIN(TestFeeCollection)
#include "tst_feecollection.moc"
