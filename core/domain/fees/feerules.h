#pragma once

#include "money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The fee rules every layer uses (docs/FEES.md): how a bill line is computed and explained,
/// a bill's status, late fees, how a payment is spread over bills, arrears ages, due dates and
/// periods, and the quiet hours of reminders. The server computes with them; the phone
/// explains and checks with the very same functions.
///
/// Units: amounts in fen; quantities (area, spaces, usage, readings) in hundredths
/// (89.37 m² → 8937); a rate in hundredths of a fen per whole unit per month
/// (¥2.35/m²/month → 23500), so a line is quantity × rate × months / 10^4 fen, rounded once.
namespace Courtyard::Fees {

// ---------------------------------------------------------------- words on the wire
/// Fee item kinds: property (area × rate), parking (spaces × rate), maintenance_fund (area ×
/// rate), water and electricity (usage × rate, from readings), fixed (1 × rate), and
/// late_fee (only ever a line, never an item).
[[nodiscard]] QStringList itemKinds();
[[nodiscard]] bool isMetered(QStringView kind);
/// The quantity unit of a kind: "m2", "space", "m3", "kwh", "unit".
[[nodiscard]] QString quantityUnit(QStringView kind);
/// Payment methods: cash, bank, wechat, alipay, card, pos (and "import" for a bank file's row).
[[nodiscard]] QStringList paymentMethods();
/// Reminder channels: app, sms, phone, visit, letter; outcomes: none, promised, refused, not_reached.
[[nodiscard]] QStringList reminderChannels();
[[nodiscard]] QStringList reminderOutcomes();
/// Meters: water, electricity.
[[nodiscard]] QStringList meters();

// ---------------------------------------------------------------- periods and dates
/// "2026-12": a calendar month of the estate.
[[nodiscard]] bool isPeriod(QStringView period);
[[nodiscard]] QDate periodStart(QStringView period);
[[nodiscard]] QDate periodEnd(QStringView period);
[[nodiscard]] QString periodOf(QDate day);
[[nodiscard]] QString addMonths(QStringView period, int months);
/// The due date of a period's bill: day @p dueDay (1–31, clamped to the month's length) of the
/// month @p monthOffset months after the period's month.
[[nodiscard]] QDate dueDate(QStringView period, int dueDay, int monthOffset);

// ---------------------------------------------------------------- bill lines
/// One line of a bill with every input it was computed from. Stored with the bill, sent to
/// the phone as JSON (toJson/fromJson) and explained there by explain().
struct BillLine
{
    QString itemId;          ///< the fee item (empty for a late fee)
    QString kind;            ///< itemKinds()
    QString label;           ///< the item's name when the bill was made ("物业费")
    qint64 quantityCenti = 0; ///< area, spaces, usage: hundredths
    qint64 rateCentiFen = 0; ///< hundredths of a fen per unit per month (per unit for metered)
    int months = 1;          ///< whole months (metered lines: 1)
    int days = 0;            ///< when prorated: days billed of daysInPeriod (months is then 0)
    int daysInPeriod = 0;
    int discountPermille = 1000; ///< e.g. 500 for vacant units at half the rate
    qint64 previousCenti = -1; ///< metered: the readings the usage came from (-1: none)
    qint64 currentCenti = -1;
    // late fee lines
    QString sourceBillId;    ///< the overdue bill it is charged on
    qint64 principalFen = 0;
    int daysLate = 0;        ///< days charged (after the grace period)
    int ratePpmPerDay = 0;   ///< parts per million of the principal per day
    int capPermille = 0;     ///< the cap, as a share of the principal
    qint64 chargedBeforeFen = 0; ///< late fee charged on the same bill by earlier bills
    Money::Rounding rounding = Money::Rounding::HalfUp;
    qint64 amountFen = 0;    ///< the result, rounded once

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<BillLine> fromJson(const QJsonObject &json);
};

/// The exact amount of a usage/area/fixed line, rounded once by its mode:
/// quantity × rate × (months, or days / daysInPeriod) × discount / 1000, over 10^4.
[[nodiscard]] qint64 lineAmount(const BillLine &line);
/// A late fee line's amount: min(principal × daysLate × ppm / 10^6, principal × cap / 1000)
/// rounded once, less what was charged before (never below 0).
[[nodiscard]] qint64 lateFeeAmount(const BillLine &line);
/// A line with amountFen filled in (lineAmount or lateFeeAmount by its kind).
[[nodiscard]] BillLine computed(BillLine line);
/// How the line was computed, for people: "89.37 m² × ¥2.35 × 1 month = ¥210.02",
/// "12.5 m³ (1,204.3 → 1,216.8) × ¥3.20 = ¥40.00", "¥1,000.00 × 0.05% × 12 days = ¥6.00".
/// @p language "zh…" or "en".
[[nodiscard]] QString explain(const BillLine &line, QStringView language);
/// A rate for people: 23500 → "¥2.35", 23456 → "¥2.3456".
[[nodiscard]] QString rateText(qint64 rateCentiFen);

// ---------------------------------------------------------------- bills and payments
/// A bill's status, derived and never stored: waived, paid, partly_paid, unpaid, or overdue
/// (not fully paid and @p today, the estate's local date, after the due date).
[[nodiscard]] QString billStatus(qint64 totalFen, qint64 paidFen, bool waived, QDate dueDate, QDate today);

struct Outstanding
{
    QString billId;
    QDate dueDate;
    QString period;
    qint64 owedFen = 0; ///< total less what is paid
};
struct Allocation
{
    QString billId;
    qint64 amountFen = 0;
};
/// Spreads @p amountFen over @p bills: in the order given when @p keepOrder (the agent's
/// pick), else oldest due first (then period, then id). What is left over is the credit.
[[nodiscard]] QList<Allocation> allocate(qint64 amountFen, QList<Outstanding> bills, bool keepOrder,
                                         qint64 *leftOverFen);

/// Arrears age buckets by days past due: 0 (1–30), 1 (31–90), 2 (91–180), 3 (> 180); -1 when
/// not past due.
[[nodiscard]] int ageBucket(QDate dueDate, QDate today);
/// Whole months between the due date and today (0 while less than a month).
[[nodiscard]] int monthsOverdue(QDate dueDate, QDate today);
/// 欠费预警: arrears at or past the estate's threshold in amount or months (a threshold of 0
/// is off).
[[nodiscard]] bool isEarlyWarning(qint64 owedFen, int overdueMonths, qint64 thresholdFen, int thresholdMonths);

/// part / whole as "92.4%" (one decimal, half up); "—" when whole is 0.
[[nodiscard]] QString percentText(qint64 part, qint64 whole);
/// part / whole in tenths of a percent (924 for 92.4%), half up; -1 when whole is 0.
[[nodiscard]] int permille(qint64 part, qint64 whole);

// ---------------------------------------------------------------- readings
/// Why a reading cannot be taken, or empty: "negative" (a value or start below 0), "lower"
/// (below the meter's last value, without a meter replacement), "below_start" (a
/// replacement's value below the new meter's start). A replacement reading is the new meter's
/// value; its usage is value − start (what the old meter counted after its last reading is
/// not billed). @p lastCenti: the meter's last value (after a replacement: that reading's
/// value), -1 for a first reading.
[[nodiscard]] QString readingProblem(qint64 lastCenti, qint64 valueCenti, bool replacement, qint64 startCenti);

// ---------------------------------------------------------------- reminders
/// When a reminder given at @p given (the estate's local time) may show as new: at once
/// between 08:00 and 21:00, else at the next 08:00.
[[nodiscard]] QDateTime shownFrom(const QDateTime &given);

} // namespace Courtyard::Fees
