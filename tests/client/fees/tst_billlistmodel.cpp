// A unit's bills, newest first, with the status of the estate's local date — overdue from the
// estate's midnight after the due date, not the phone's — and a bill's lines explained as the
// domain rule explains them, with the payments that paid it and a waiver's reason.
#include "feestestutil.h"

#include "fees/billdetail.h"
#include "fees/billlistmodel.h"

#include <QAbstractItemModelTester>

using namespace FeesTest;

class TestBillListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // the words without a translator
    }

    void newestFirstWithStatuses()
    {
        QTemporaryDir dir;
        auto store = openFilled(dir);
        QVERIFY(store);
        BillListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return at(u"2026-12-02T10:00:00+08:00"_s); });
        model.setUnitId(Unit);
        model.setStore(store.get());
        QCOMPARE(model.rowCount(), 3);
        const auto value = [&](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(value(0, BillListModel::PeriodRole).toString(), u"2026-12"_s);
        QCOMPARE(value(0, BillListModel::PeriodTextRole).toString(), u"Dec 2026"_s);
        QCOMPARE(value(0, BillListModel::StatusRole).toString(), u"unpaid"_s);
        QCOMPARE(value(0, BillListModel::StatusTextRole).toString(), u"Unpaid"_s);
        QCOMPARE(value(0, BillListModel::TotalTextRole).toString(), u"¥360.02"_s);
        QCOMPARE(value(0, BillListModel::DueTextRole).toString(), u"Due 31 Dec 2026"_s);
        QCOMPARE(value(0, BillListModel::ItemsTextRole).toString(), u"物业费 · 停车费"_s);
        // What the card marks, decided here: unpaid and not due yet is neither late nor part paid.
        QCOMPARE(value(0, BillListModel::OverdueRole).toBool(), false);
        QCOMPARE(value(0, BillListModel::OwingRole).toBool(), false);
        QCOMPARE(value(1, BillListModel::OverdueRole).toBool(), true);
        QCOMPARE(value(1, BillListModel::OwingRole).toBool(), true);
        QCOMPARE(value(2, BillListModel::OverdueRole).toBool(), false);
        QCOMPARE(value(2, BillListModel::OwingRole).toBool(), false);
        QCOMPARE(model.roleNames().value(BillListModel::OverdueRole), QByteArray("overdue"));
        QCOMPARE(model.roleNames().value(BillListModel::OwingRole), QByteArray("owing"));
        QCOMPARE(value(1, BillListModel::StatusRole).toString(), u"overdue"_s);
        QCOMPARE(value(1, BillListModel::PaidFenRole).toLongLong(), qint64(10000)); // the reversed 5000 does not count
        QCOMPARE(value(1, BillListModel::OwedTextRole).toString(), u"¥260.02"_s);
        QCOMPARE(value(2, BillListModel::StatusRole).toString(), u"paid"_s);
        QCOMPARE(value(2, BillListModel::OwedFenRole).toLongLong(), qint64(0));
        QCOMPARE(value(2, BillListModel::DueTextRole).toString(), QString());

        model.setOpenOnly(true);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
    }

    void overdueFromTheEstatesMidnight()
    {
        QTemporaryDir dir;
        auto store = openFilled(dir);
        QVERIFY(store);
        qint64 now = at(u"2026-11-30T23:59:59+08:00"_s); // still 30 Nov in Shanghai (15:59 UTC)
        BillListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([&now] { return now; });
        model.setUnitId(Unit);
        model.setStore(store.get());
        QCOMPARE(model.data(model.index(1), BillListModel::StatusRole).toString(), u"partly_paid"_s);
        // Part paid, not late yet: the card says what is left, without the late mark.
        QCOMPARE(model.data(model.index(1), BillListModel::OwingRole).toBool(), true);
        QCOMPARE(model.data(model.index(1), BillListModel::OverdueRole).toBool(), false);
        // 00:00 on 1 Dec in Shanghai is still 30 Nov in UTC: overdue all the same.
        now = at(u"2026-12-01T00:00:00+08:00"_s);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date(), QDate(2026, 11, 30));
        model.reload();
        QCOMPARE(model.data(model.index(1), BillListModel::StatusRole).toString(), u"overdue"_s);
        QCOMPARE(model.data(model.index(1), BillListModel::StatusTextRole).toString(), u"Overdue"_s);

        // An estate further west: its midnight is later, so the same instant is not overdue there.
        QVERIFY(put(*store, u"estate"_s, {{u"id"_s, u"est-1"_s}, {u"name"_s, u"翠湖花园"_s}, {u"timeZone"_s, u"Asia/Urumqi"_s}}, 2));
        model.reload();
        QCOMPARE(model.data(model.index(1), BillListModel::StatusRole).toString(), u"partly_paid"_s);
    }

    void aBillsLinesExplained()
    {
        QTemporaryDir dir;
        auto store = openFilled(dir);
        QVERIFY(store);
        BillDetail detail;
        detail.setClock([] { return at(u"2026-12-02T10:00:00+08:00"_s); });
        detail.setStore(store.get());
        detail.setBillId(u"bill-2026-11"_s);
        QVERIFY(detail.exists());
        QCOMPARE(detail.title(), u"Bill for Nov 2026"_s);
        QCOMPARE(detail.number(), u"B202611-000042"_s);
        QCOMPARE(detail.unitLabel(), u"3栋 1202"_s);
        QCOMPARE(detail.status(), u"overdue"_s);
        QVERIFY(detail.overdue());
        QCOMPARE(detail.totalText(), u"¥360.02"_s);
        QCOMPARE(detail.paidText(), u"¥100.00"_s);
        QCOMPARE(detail.owedText(), u"¥260.02"_s);
        QCOMPARE(detail.dueText(), u"Due 30 Nov 2026"_s);
        const QVariantList lines = detail.lines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toMap().value(u"label"_s).toString(), u"物业费"_s);
        QCOMPARE(lines.at(0).toMap().value(u"explanation"_s).toString(), u"89.37 m² × ¥2.35 × 1 month = ¥210.02"_s);
        QCOMPARE(lines.at(1).toMap().value(u"amountText"_s).toString(), u"¥150.00"_s);
        // The payments on it, the reversed one marked.
        const QVariantList payments = detail.payments();
        QCOMPARE(payments.size(), 2);
        QCOMPARE(payments.at(0).toMap().value(u"paymentId"_s).toString(), u"p-2"_s);
        QCOMPARE(payments.at(0).toMap().value(u"title"_s).toString(), u"Cash · 28 Nov 2026, 14:00"_s);
        QCOMPARE(payments.at(0).toMap().value(u"text"_s).toString(), u"receipt R202611-000002"_s);
        QVERIFY(payments.at(1).toMap().value(u"reversed"_s).toBool());
        QCOMPARE(payments.at(1).toMap().value(u"text"_s).toString(), u"Reversed: Transfer bounced"_s);

        // Waived by a manager: nothing owed, the reason shown.
        QJsonObject waived = bill(u"2026-12"_s, u"2026-12-31"_s);
        waived.insert(u"waived"_s, QJsonObject{{u"at"_s, u"2026-12-03T02:00:00.000Z"_s}, {u"by"_s, u"usr-manager"_s},
                                              {u"reason"_s, u"Flooded flat, no service"_s}});
        waived.insert(u"status"_s, u"waived"_s);
        QVERIFY(put(*store, u"bill"_s, waived, 9));
        detail.setBillId(u"bill-2026-12"_s);
        QCOMPARE(detail.status(), u"waived"_s);
        QVERIFY(!detail.overdue());
        QCOMPARE(detail.owedFen(), qint64(0));
        QVERIFY(detail.waived());
        QCOMPARE(detail.waivedText(), u"Waived on 3 Dec 2026: Flooded flat, no service"_s);
    }
};

QTEST_GUILESS_MAIN(TestBillListModel)
#include "tst_billlistmodel.moc"
