#pragma once

#include "module.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace Courtyard::Server {

class Database;
class Registry;

// ---- provisional (S1 owns these; replaced by S1's feesparts.h on merge) ----------------
struct PaymentInput
{
    QString id;
    QString unitId;
    qint64 amountFen = 0;
    QString method;
    QString deviceReceiptNo;
    qint64 paidAt = 0;
    QStringList billIds;
    QString note;
    QString source;
    QString provider;
    QString providerTxn;
};
CommandOutcome recordPayment(CommandContext &ctx, const PaymentInput &input);
QString paidSql(const QString &billAlias);
QTimeZone estateZone(Database &db, const QString &estateId);
QDate estateToday(Database &db, const QString &estateId, qint64 nowMs);

// ---- S2: reminders, reports, payment import ---------------------------------------------
/// Fees migration 4 (fee_reminders), the reminder entity, reminder.log.
void registerReminders(Registry &registry);
/// GET /v1/estates/{id}/arrears and /collection, and the fees KPI section.
void registerReports(Registry &registry);
/// import-payments and POST /v1/estates/{id}/payments/import.
void registerPaymentImport(Registry &registry);
/// The fees KPI section (GET /v1/kpis): the collection figures of the months the query spans.
bool fillCollectionKpis(Database &db, const KpiQuery &query, QJsonObject &out);
/// The demo's reminders on units with arrears (after the demo bills and payments).
bool seedReminders(SeedContext &ctx, QString *error);

/// What a unit owes past due on @p today (the estate's local date): Σ of its bills that are
/// not waived and fell due before today, less the allocations of payments not reversed.
[[nodiscard]] qint64 unitArrearsFen(Database &db, const QString &unitId, QDate today);

} // namespace Courtyard::Server
