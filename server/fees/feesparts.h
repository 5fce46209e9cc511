#pragma once

#include "module.h"

#include <QDate>
#include <QStringList>
#include <QTimeZone>

namespace Courtyard::Server {

class Database;
class PayloadReader;

/// `recorded_by` of a payment the console records (import-payments runs as no account); the
/// audit entry of the same act has the platform's empty console actor.
inline const QString ConsoleActor = QStringLiteral("console");

/// What every fees command does alike: refusals with their codes, who may act, the audit.
namespace FeesCommand {
[[nodiscard]] CommandOutcome invalid(const PayloadReader &r);
[[nodiscard]] CommandOutcome refuse(const QString &code, const QString &message); ///< 400
[[nodiscard]] CommandOutcome conflict(const QString &code, const QString &message); ///< 409
[[nodiscard]] CommandOutcome notFound(const QString &what);
/// @p estateId must be one of ctx.who's estates (else 404 for @p what, as if it did not
/// exist) and their role one of @p roles (else 403).
[[nodiscard]] std::optional<CommandOutcome> allowed(const CommandContext &ctx, const QString &estateId,
                                                    std::initializer_list<Role> roles, const QString &what);
/// The estate of a row of @p table, or empty when there is no such row.
[[nodiscard]] QString estateOf(Database &db, const QString &table, const QString &id);
/// Inside the command's transaction.
bool audit(CommandContext &ctx, const QString &estateId, const QString &action, const QString &kind, const QString &id,
           const QString &summary);
} // namespace FeesCommand

/// The fees module's schema: migrations 1–2 (the first bills and payments) and 3 (fee items,
/// rates, policies, readings, bills with lines, payments with allocations; the old rows moved).
namespace FeesSchema {
[[nodiscard]] QList<Migration> migrations();
}

/// What of fees syncs and who sees it (docs/FEES.md "Synced entities").
namespace FeesEntities {
void registerWith(Registry &registry);
}

/// Fee items, rates, the estate's policy, meter readings, bill generation (command line,
/// route, monthly job).
void registerBilling(Registry &registry);
/// payment.record, payment.reverse, bill.waive.
void registerPayments(Registry &registry);
/// feePolicy.set, feeItem.save, feeRate.add, meterReading.record (registerBilling's part).
void registerFeeCommands(Registry &registry);

/// One payment as an agent or a bank file brings it (payment.record and S2's import).
struct PaymentInput
{
    QString id;              ///< the payment's id (the command's paymentId)
    QString unitId;
    qint64 amountFen = 0;    ///< ≥ 1
    QString method;          ///< Fees::paymentMethods()
    QString deviceReceiptNo; ///< the phone's receipt number; empty for an import
    qint64 paidAt = 0;       ///< ms
    QStringList billIds;     ///< the agent's order; empty: oldest first
    QString note;
    QString source = QStringLiteral("agent"); ///< "agent" or "import"
    QString provider;        ///< import: the bank or provider
    QString providerTxn;     ///< import: its transaction id (unique with the provider)
};

/// Inside the command's revisioned transaction: checks @p in (amount, method, unit and
/// estate of ctx.who, bills of the unit, paid time, duplicate receipt), gives the payment the
/// server's receipt number, spreads it over the unit's open bills (Fees::allocate), keeps the
/// rest as credit, bumps the revisions of the payment and of every bill it touches, and
/// writes the audit entry. The role check is the caller's.
[[nodiscard]] CommandOutcome recordPayment(CommandContext &ctx, const PaymentInput &in);

/// Derived figures (never stored): what is paid on a bill (Σ allocations of payments not
/// reversed) and a unit's credit (Σ payments not reversed − Σ their allocations).
[[nodiscard]] qint64 paidFen(Database &db, const QString &billId);
[[nodiscard]] qint64 creditFen(Database &db, const QString &unitId);
/// The estate's time zone (estates.time_zone) and its calendar day at @p nowMs.
[[nodiscard]] QTimeZone estateZone(Database &db, const QString &estateId);
[[nodiscard]] QDate estateToday(Database &db, const QString &estateId, qint64 nowMs);

/// SQL shared by the parts: the paid amount of the bill aliased @p billAlias.
[[nodiscard]] QString paidSql(const QString &billAlias);

/// The fee policy of an estate as generation and payments use it (defaults when none set).
struct FeePolicy
{
    int dueDay = 31;
    int dueMonthOffset = 0;
    bool lateFeeEnabled = false;
    int lateFeePpm = 500;
    int lateFeeGraceDays = 30;
    int lateFeeCapPermille = 100;
};
[[nodiscard]] FeePolicy feePolicy(Database &db, const QString &estateId);

/// Bill generation (docs/FEES.md "Routes"): one estate, one period.
namespace BillGeneration {
struct Report
{
    QString period;
    int units = 0;
    int created = 0;
    int existing = 0;
    QStringList skipped; ///< items without a rate for the period ("name: no rate")
    qint64 totalFen = 0;
    qint64 lateFeeFen = 0;
    qint64 creditAppliedFen = 0;
    [[nodiscard]] QJsonObject toJson() const;
};
/// Makes the bills of @p period for every unit of @p estateId that has none, in one
/// revisioned transaction (nothing on a dry run). False with *error when it could not.
bool generate(Database &db, const QString &estateId, const QString &period, bool dryRun, qint64 nowMs,
              const QString &actorId, Report *report, QString *error);
/// The same inside the caller's revisioned transaction (the demo seed's).
bool generateIn(Database &db, const QString &estateId, const QString &period, qint64 nowMs, const QString &actorId,
                Report *report, QString *error);
} // namespace BillGeneration

/// The demo estate's fees: items, a policy, readings, a year of bills and payments.
namespace FeesSeed {
bool demo(SeedContext &ctx, QString *error);
}

// ---- reminders, reports, payment import (feereminders.cpp, feereports.cpp, paymentimport.cpp)
/// Fees migration 4 (fee_reminders; fee_policies.agents_see_collection), the reminder entity
/// and reminder.log.
void registerReminders(Registry &registry);
/// GET /v1/estates/{id}/arrears and /collection.
void registerReports(Registry &registry);
/// import-payments and POST /v1/estates/{id}/payments/import.
void registerPaymentImport(Registry &registry);
/// The demo's reminders on units with arrears; runs its commands itself, so call it after the
/// demo bills and payments are committed.
bool seedReminders(SeedContext &ctx, QString *error);
/// The fees KPI section (GET /v1/kpis): the collection figures of the months the query spans.
bool fillCollectionKpis(Database &db, const KpiQuery &query, QJsonObject &out);
/// What a unit owes past due on @p today (the estate's local date): its bills not waived that
/// fell due before today, less what is paid on them.
[[nodiscard]] qint64 unitArrearsFen(Database &db, const QString &unitId, QDate today);

} // namespace Courtyard::Server
