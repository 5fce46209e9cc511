// A unit's fee account from the store: what is owed now and per item, overdue bills, the
// credit (Σ payments not reversed − Σ allocations), a reversal, the payments list, and the
// acting unit of a resident by default.
#include "feestestutil.h"

#include "fees/feeaccount.h"
#include "fees/paymentlistmodel.h"
#include "viewer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace FeesTest;

class TestFeeAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // the words without a translator
    }

    void figuresOfTheUnit()
    {
        QTemporaryDir dir;
        auto store = openFilled(dir);
        QVERIFY(store);
        FeeAccount account;
        account.setClock([] { return at(u"2026-12-02T10:00:00+08:00"_s); });
        account.setUnitId(Unit);
        account.setStore(store.get());

        QCOMPARE(account.unitLabel(), u"3栋 1202"_s);
        QCOMPARE(account.estateName(), u"翠湖花园"_s);
        QVERIFY(account.hasBills());
        // November: 36002 − 10000 (p-3's 5000 was reversed); December: 36002.
        QCOMPARE(account.owedFen(), qint64(62004));
        QCOMPARE(account.owedText(), u"¥620.04"_s);
        QCOMPARE(account.openCount(), 2);
        QCOMPARE(account.overdueCount(), 1);
        // p-1 paid 40000, 36002 of it on October.
        QCOMPARE(account.creditFen(), qint64(3998));
        QCOMPARE(account.creditText(), u"¥39.98"_s);
        QCOMPARE(account.instructions(), u"Pay at the front desk of building 1, or by bank transfer to 翠湖物业."_s);
        QCOMPARE(account.dueText(), u"1 bill(s) overdue since 30 Nov 2026"_s);

        // Per item, with what is paid already on those bills: they add up to what is owed.
        const QVariantList items = account.items();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).toMap().value(u"label"_s).toString(), u"物业费"_s);
        QCOMPARE(items.at(0).toMap().value(u"amountFen"_s).toLongLong(), qint64(2 * 21002));
        QCOMPARE(items.at(1).toMap().value(u"label"_s).toString(), u"停车费"_s);
        QCOMPARE(items.at(1).toMap().value(u"amountText"_s).toString(), u"¥300.00"_s);
        QVERIFY(items.at(2).toMap().value(u"deduction"_s).toBool());
        QCOMPARE(items.at(2).toMap().value(u"amountFen"_s).toLongLong(), qint64(-10000));
        qint64 sum = 0;
        for (const QVariant &item : items)
            sum += item.toMap().value(u"amountFen"_s).toLongLong();
        QCOMPARE(sum, account.owedFen());
    }

    void aReversalOwesAgainAndCreditFollowsPayments()
    {
        QTemporaryDir dir;
        auto store = openFilled(dir);
        QVERIFY(store);
        FeeAccount account;
        account.setClock([] { return at(u"2026-12-02T10:00:00+08:00"_s); });
        account.setUnitId(Unit);
        account.setStore(store.get());
        QSignalSpy changed(&account, &FeeAccount::changed);

        // A manager reverses p-2 (the cash on November): the server's payment comes back reversed.
        QJsonObject p2 = payment(u"p-2"_s, 10000, u"cash"_s, u"2026-11-28T06:00:00.000Z"_s, {{u"bill-2026-11"_s, 10000}},
                                 u"R202611-000002"_s);
        p2.insert(u"reversed"_s, QJsonObject{{u"at"_s, u"2026-12-01T02:00:00.000Z"_s}, {u"reason"_s, u"Counted twice"_s}});
        QVERIFY(put(*store, u"payment"_s, p2, 8));
        QVERIFY(changed.wait(2000));
        QCOMPARE(account.owedFen(), qint64(72004));
        QCOMPARE(account.creditFen(), qint64(3998));
        QCOMPARE(account.items().size(), 2); // nothing paid on the open bills any more

        // An over-payment on December: paid in full, the rest is credit.
        QVERIFY(put(*store, u"payment"_s, payment(u"p-4"_s, 50000, u"alipay"_s, u"2026-12-01T03:00:00.000Z"_s,
                                                  {{u"bill-2026-12"_s, 36002}}, u"R202612-000004"_s), 9));
        QVERIFY(changed.wait(2000));
        QCOMPARE(account.owedFen(), qint64(36002));
        QCOMPARE(account.creditFen(), qint64(3998 + 50000 - 36002));
        QCOMPARE(account.openCount(), 1);
    }

    void theResidentsActingUnitByDefault()
    {
        QTemporaryDir dir;
        auto store = openFilled(dir);
        QVERIFY(store);
        Viewer resident(u"usr-r1"_s, Courtyard::Role::Resident, {u"est-1"_s}, {Unit});
        FeeAccount account;
        account.setClock([] { return at(u"2026-12-02T10:00:00+08:00"_s); });
        account.setViewer(&resident);
        account.setStore(store.get());
        QCOMPARE(account.shownUnitId(), Unit);
        QCOMPARE(account.owedFen(), qint64(62004));
        // Another unit of theirs with no bills yet: nothing owed, no bills.
        resident.setUnitIds({Unit, u"unit-b"_s});
        resident.setActingUnitId(u"unit-b"_s);
        QCOMPARE(account.shownUnitId(), u"unit-b"_s);
        QCOMPARE(account.owedFen(), qint64(0));
        QVERIFY(!account.hasBills());
    }

    void asOfInTheEstatesZone()
    {
        QTemporaryDir dir;
        auto store = openFilled(dir);
        QVERIFY(store);
        FeeAccount account;
        account.setUnitId(Unit);
        account.setStore(store.get());
        QCOMPARE(account.asOfText(), u"Not synced with the property office yet"_s);
        // 02:30 UTC is 10:30 in Shanghai, whatever the phone's own zone.
        account.setSyncedAt(QDateTime::fromString(u"2026-12-02T02:30:00Z"_s, Qt::ISODate));
        QCOMPARE(account.asOfText(), u"Status as of 2 Dec 2026, 10:30"_s);
    }

    void paymentsNewestFirstWithTheirMarks()
    {
        QTemporaryDir dir;
        auto store = openFilled(dir);
        QVERIFY(store);
        QVERIFY(put(*store, u"payment"_s, payment(u"p-5"_s, 2000, u"cash"_s, u"2026-12-01T03:00:00.000Z"_s,
                                                  {{u"bill-2026-12"_s, 2000}}), 9)); // not confirmed yet
        PaymentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUnitId(Unit);
        model.setStore(store.get());
        QCOMPARE(model.rowCount(), 4);
        const auto value = [&](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(value(0, PaymentListModel::PaymentIdRole).toString(), u"p-5"_s);
        QVERIFY(value(0, PaymentListModel::ProvisionalRole).toBool());
        QCOMPARE(value(0, PaymentListModel::ReceiptTextRole).toString(), u"Receipt D7-p-5 (provisional)"_s);
        QCOMPARE(value(1, PaymentListModel::PaymentIdRole).toString(), u"p-2"_s);
        QCOMPARE(value(1, PaymentListModel::MethodTextRole).toString(), u"Cash"_s);
        QCOMPARE(value(1, PaymentListModel::PaidAtTextRole).toString(), u"28 Nov 2026, 14:00"_s);
        QCOMPARE(value(1, PaymentListModel::DetailRole).toString(), u"For Nov 2026"_s);
        QCOMPARE(value(2, PaymentListModel::PaymentIdRole).toString(), u"p-3"_s);
        QVERIFY(value(2, PaymentListModel::ReversedRole).toBool());
        QCOMPARE(value(2, PaymentListModel::DetailRole).toString(), u"Reversed: Transfer bounced"_s);
        QCOMPARE(value(3, PaymentListModel::AmountTextRole).toString(), u"¥400.00"_s);
        QCOMPARE(value(3, PaymentListModel::DetailRole).toString(), u"For Oct 2026 · ¥39.98 kept as credit"_s);
        QCOMPARE(value(3, PaymentListModel::ReceiptTextRole).toString(), u"Receipt R202611-000001"_s);
    }
};

QTEST_GUILESS_MAIN(TestFeeAccount)
#include "tst_feeaccount.moc"
