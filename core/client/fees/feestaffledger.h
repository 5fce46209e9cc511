#pragma once

#include "fees/feerules.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Courtyard::Client {

class LocalStore;

/**
 * What the office's phone knows of a unit's or an estate's fees, read from the account store
 * for the staff screens and the desk: what each bill still owes (the server's paid figure less
 * what payments recorded here and not yet answered took from it), the estate's policy and its
 * calendar day. The rules themselves (status, allocation, ages, warnings) are Fees::'s.
 */
namespace FeeStaffLedger {

/// The estate's local date now (its time zone from the estate record; Asia/Shanghai without one).
[[nodiscard]] QDate estateToday(LocalStore &store, const QString &estateId, qint64 nowMs);
/// The estate's policy record ({} when not synced: the contract's defaults then apply).
[[nodiscard]] QJsonObject policy(LocalStore &store, const QString &estateId);
/// The warning thresholds of the policy (100000 fen and 3 months when absent).
[[nodiscard]] qint64 warnAmountFen(const QJsonObject &policy);
[[nodiscard]] int warnMonths(const QJsonObject &policy);

/// What is paid on each bill: billId → Σ the allocations of the payments not reversed (of one
/// unit, or of every unit when @p unitId is empty) — docs/FEES.md's one rule, so a payment
/// recorded on this phone counts at once with its own split until the server's comes back.
[[nodiscard]] QHash<QString, qint64> paidByBill(LocalStore &store, const QString &unitId = {});

/// The bills of @p unitId that still owe something (not waived), oldest due first.
[[nodiscard]] QList<Fees::Outstanding> outstanding(LocalStore &store, const QString &unitId);

/// One unit's arrears on the estate's date @p today (bills past due only).
struct UnitArrears
{
    QString unitId;
    QString buildingId;
    QString label;
    qint64 owedFen = 0;
    int bills = 0;
    QDate oldestDueDate;
    int daysOverdue = 0;
    int monthsOverdue = 0;
    qint64 buckets[4] = {0, 0, 0, 0};
    bool warning = false;
    QJsonObject lastReminder; ///< {channel, at, outcome} or {}
};
/// Every unit of the estate (of one building when @p buildingId is set) with arrears, computed
/// from the synced bills with Fees::ageBucket, monthsOverdue and isEarlyWarning; in no order.
[[nodiscard]] QList<UnitArrears> arrears(LocalStore &store, const QString &estateId, const QString &buildingId,
                                         QDate today);

/// The newest meter reading of a unit's meter ({} when none).
[[nodiscard]] QJsonObject lastReading(LocalStore &store, const QString &unitId, const QString &meter);
/// The value a next reading is checked against (Fees::readingProblem's lastCenti): the last
/// reading's value, -1 for a first reading.
[[nodiscard]] qint64 lastValue(const QJsonObject &reading);

} // namespace FeeStaffLedger

} // namespace Courtyard::Client
