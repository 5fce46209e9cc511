#pragma once

#include "fees/feerules.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <utility>

namespace Courtyard::Client {

class LocalStore;

/// What the fee screens need of an estate: its name, time zone and payment instructions.
struct FeeEstate
{
    QString id;
    QString name;
    QTimeZone zone;
    QString instructions; ///< feePolicy.instructions (how and where to pay)
};

/// A bill as the phone sees it: the synced record plus what is derived from the payments in
/// the store (paid, owed, status in the estate's local date).
struct FeeBill
{
    QString id;
    QString estateId;
    QString unitId;
    QString period;
    QString number;
    QDate dueDate;
    qint64 totalFen = 0;
    qint64 paidFen = 0; ///< Σ allocations of the unit's payments not reversed
    qint64 owedFen = 0; ///< what is left to pay (0 when paid or waived)
    bool waived = false;
    QString waiveReason;
    QDateTime waivedAt;
    QString status; ///< Fees::billStatus
    QList<Fees::BillLine> lines;

    [[nodiscard]] bool isOpen() const { return owedFen > 0; }
    /// Past due and not fully paid (Fees::billStatus's "overdue").
    [[nodiscard]] bool overdue() const { return status == u"overdue"; }
    /// Part of it paid, or past due: the screens lead with what is left to pay.
    [[nodiscard]] bool owing() const { return overdue() || status == u"partly_paid"; }
};

/// A payment: amount, method, receipt numbers, how it was spread over bills, reversal.
struct FeePayment
{
    QString id;
    QString estateId;
    QString unitId;
    qint64 amountFen = 0;
    QString method;
    QString receiptNo;       ///< the server's; empty until it has confirmed the payment
    QString deviceReceiptNo; ///< the recording phone's
    QDateTime paidAt;
    QString recordedByName;
    QString note;
    QList<Fees::Allocation> allocations;
    bool reversed = false;
    QDateTime reversedAt;
    QString reverseReason;
    bool pending = false; ///< local changes the server has not answered yet

    /// Not confirmed by the server yet: its receipt number is the phone's.
    [[nodiscard]] bool provisional() const { return receiptNo.isEmpty(); }
    [[nodiscard]] qint64 allocatedFen() const;
};

/// An arrears reminder the unit received (the resident sees app, sms and letter ones).
struct FeeReminder
{
    QString id;
    QString channel;
    QDateTime givenAt;
    QString givenByName;
    QString outcome; ///< staff only
    QString note;    ///< staff only
};

/**
 * One unit's fees read from the account store at one moment: its bills (newest period first)
 * with their paid and owed amounts derived from the payments (docs/FEES.md: never a second
 * copy of "paid"), its payments and reminders (newest first), its estate and the estate's
 * local date. The models and details of the fee screens, the feed and the receipt all read
 * through it, so they agree to the fen.
 */
class FeeLedger
{
public:
    /// Reads @p unitId's records; @p nowMs decides the estate's "today" (overdue).
    [[nodiscard]] static FeeLedger read(LocalStore &store, const QString &unitId, qint64 nowMs);

    [[nodiscard]] static FeeEstate estateOf(LocalStore &store, const QString &estateId);
    [[nodiscard]] static FeeBill billFrom(const QJsonObject &json);
    [[nodiscard]] static FeePayment paymentFrom(const QJsonObject &json);
    [[nodiscard]] static FeeReminder reminderFrom(const QJsonObject &json);
    /// What is paid on each bill: billId → Σ the allocations of the payments not reversed
    /// (docs/FEES.md's one rule; the staff screens' FeeStaffLedger::paidByBill counts by it too).
    [[nodiscard]] static QHash<QString, qint64> paidByBill(const QList<FeePayment> &payments);
    /// The unit of a bill or payment record in the store; empty when it is not there.
    [[nodiscard]] static QString unitOf(LocalStore &store, const QString &entity, const QString &id);

    QString unitId;
    QString unitLabel;
    FeeEstate estate;
    QDate today; ///< in the estate's time zone
    QList<FeeBill> bills;
    QList<FeePayment> payments;
    QList<FeeReminder> reminders;

    /// 预存: Σ payments not reversed − Σ their allocations.
    [[nodiscard]] qint64 creditFen() const;
    /// Σ owed of the open bills.
    [[nodiscard]] qint64 owedFen() const;
    [[nodiscard]] const FeeBill *bill(const QString &id) const;
    [[nodiscard]] const FeePayment *payment(const QString &id) const;
    /// The payments that paid (part of) a bill, with the part each paid on it.
    [[nodiscard]] QList<std::pair<const FeePayment *, qint64>> paymentsOf(const QString &billId) const;
};

} // namespace Courtyard::Client
