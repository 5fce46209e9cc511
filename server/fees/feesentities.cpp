// What of fees syncs, and who sees it: a resident their units' bills, payments and readings
// and their estate's items and policy; the office everything of its estates; technicians
// what a reading round needs (items and readings). Paid amounts, status and credit are
// derived in the query, never read from a stored copy.
#include "feesparts.h"

#include "database.h"
#include "fees/feerules.h"
#include "json.h"
#include "principal.h"
#include "registry.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::FeesEntities {

namespace {

/// Bills, payments: the resident's units, the office's estates; technicians nothing.
Scope accountScope(Role role)
{
    if (role == Role::Resident)
        return Scope::inUnits(u"unit_id"_s);
    return isOffice(role) ? Scope::inEstates(u"estate_id"_s) : Scope::none();
}

/// Readings: like bills, and technicians of the estate (they take them).
Scope readingScope(Role role)
{
    return role == Role::Resident ? Scope::inUnits(u"unit_id"_s) : Scope::inEstates(u"estate_id"_s);
}

QJsonArray splitList(const QString &commaList)
{
    return QJsonArray::fromStringList(commaList.split(u',', Qt::SkipEmptyParts));
}

/// {at, by, reason} of a waiver or reversal, or null when there is none.
QJsonValue counterEntry(const QVariant &at, const QVariant &by, const QVariant &reason)
{
    if (at.isNull())
        return QJsonValue::Null;
    return QJsonObject{{u"at"_s, Json::isoTime(at.toLongLong())}, {u"by"_s, Json::textOrNull(by)},
                       {u"reason"_s, reason.toString()}};
}

QJsonObject policyJson(const QSqlQuery &q, const Principal &)
{
    return QJsonObject{{u"id"_s, q.value(0).toString()},
                       {u"estateId"_s, q.value(1).toString()},
                       {u"dueDay"_s, q.value(2).toInt()},
                       {u"dueMonthOffset"_s, q.value(3).toInt()},
                       {u"lateFee"_s, QJsonObject{{u"enabled"_s, q.value(4).toInt() != 0},
                                                  {u"ratePpmPerDay"_s, q.value(5).toInt()},
                                                  {u"graceDays"_s, q.value(6).toInt()},
                                                  {u"capPermille"_s, q.value(7).toInt()}}},
                       {u"warnAmountFen"_s, q.value(8).toLongLong()},
                       {u"warnMonths"_s, q.value(9).toInt()},
                       {u"instructions"_s, q.value(10).toString()},
                       {u"agentsSeeCollection"_s, q.value(11).toInt() != 0}};
}

QJsonObject itemJson(const QSqlQuery &q, const Principal &)
{
    return QJsonObject{{u"id"_s, q.value(0).toString()},          {u"estateId"_s, q.value(1).toString()},
                       {u"kind"_s, q.value(2).toString()},        {u"name"_s, q.value(3).toString()},
                       {u"rounding"_s, q.value(4).toString()},    {u"purposes"_s, splitList(q.value(5).toString())},
                       {u"statuses"_s, splitList(q.value(6).toString())}, {u"vacantPermille"_s, q.value(7).toInt()},
                       {u"active"_s, q.value(8).toInt() != 0}};
}

/// The parts a record carries (an item's rates, a bill's lines, a payment's allocations):
/// each row of @p sql over the record's id, as @p part reads it.
QJsonArray parts(Database &db, const QString &sql, const QJsonObject &record,
                 const std::function<QJsonValue(const QSqlQuery &row)> &part)
{
    QJsonArray out;
    QSqlQuery &q = db.query(sql);
    q.bindValue(0, record.value(u"id"_s).toString());
    if (db.execPrepared(q)) {
        while (q.next())
            out.append(part(q));
    }
    q.finish();
    return out;
}

void addRates(Database &db, const Principal &, QJsonObject &data)
{
    data.insert(u"rates"_s,
                parts(db, u"SELECT id, valid_from, rate_centi_fen FROM fee_rates WHERE item_id = ? ORDER BY valid_from"_s, data,
                      [](const QSqlQuery &q) {
                          return QJsonObject{{u"id"_s, q.value(0).toString()}, {u"validFrom"_s, q.value(1).toString()},
                                             {u"rateCentiFen"_s, q.value(2).toLongLong()}};
                      }));
}

QJsonObject readingJson(const QSqlQuery &q, const Principal &)
{
    return QJsonObject{{u"id"_s, q.value(0).toString()},
                       {u"estateId"_s, q.value(1).toString()},
                       {u"unitId"_s, q.value(2).toString()},
                       {u"meter"_s, q.value(3).toString()},
                       {u"valueCenti"_s, q.value(4).toLongLong()},
                       {u"readOn"_s, q.value(5).toString()},
                       {u"replacement"_s, q.value(6).toInt() != 0},
                       {u"startCenti"_s, q.value(7).toLongLong()},
                       {u"photos"_s, QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array()},
                       {u"recordedBy"_s, Json::textOrNull(q.value(9))},
                       {u"recordedAt"_s, Json::isoTime(q.value(10).toLongLong())}};
}

QJsonObject billJson(const QSqlQuery &q, const Principal &)
{
    const qint64 total = q.value(6).toLongLong();
    const qint64 paid = q.value(7).toLongLong();
    const QDate due = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    // Judged on the due date itself, so never "overdue": the phone knows the estate's today.
    const QString status = Fees::billStatus(total, paid, !q.value(8).isNull(), due, due);
    return QJsonObject{{u"id"_s, q.value(0).toString()},
                       {u"estateId"_s, q.value(1).toString()},
                       {u"unitId"_s, q.value(2).toString()},
                       {u"period"_s, q.value(3).toString()},
                       {u"number"_s, q.value(4).toString()},
                       {u"dueDate"_s, q.value(5).toString()},
                       {u"totalFen"_s, total},
                       {u"amountFen"_s, total},
                       {u"paidFen"_s, paid},
                       {u"waived"_s, counterEntry(q.value(8), q.value(9), q.value(10))},
                       {u"status"_s, status},
                       {u"issuedAt"_s, Json::isoTime(q.value(11).toLongLong())}};
}

void addLines(Database &db, const Principal &, QJsonObject &data)
{
    data.insert(u"lines"_s, parts(db, u"SELECT inputs FROM bill_lines WHERE bill_id = ? ORDER BY position"_s, data,
                                  [](const QSqlQuery &q) {
                                      return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
                                  }));
}

QJsonObject paymentJson(const QSqlQuery &q, const Principal &)
{
    return QJsonObject{{u"id"_s, q.value(0).toString()},
                       {u"estateId"_s, q.value(1).toString()},
                       {u"unitId"_s, q.value(2).toString()},
                       {u"amountFen"_s, q.value(3).toLongLong()},
                       {u"method"_s, q.value(4).toString()},
                       {u"receiptNo"_s, q.value(5).toString()},
                       {u"deviceReceiptNo"_s, Json::textOrNull(q.value(6))},
                       {u"paidAt"_s, Json::isoTime(q.value(7).toLongLong())},
                       {u"recordedBy"_s, Json::textOrNull(q.value(8))},
                       {u"recordedByName"_s, Json::textOrNull(q.value(9))},
                       {u"source"_s, q.value(10).toString()},
                       {u"note"_s, q.value(11).toString()},
                       {u"reversed"_s, counterEntry(q.value(12), q.value(13), q.value(14))}};
}

/// The payment's allocations, what of it is credit (nothing once reversed) and, for the
/// apps of issue 9, the first bill it paid.
void addAllocations(Database &db, const Principal &, QJsonObject &data)
{
    qint64 allocated = 0;
    const QJsonArray allocations =
        parts(db, u"SELECT bill_id, amount_fen FROM payment_allocations WHERE payment_id = ? ORDER BY at, id"_s, data,
              [&allocated](const QSqlQuery &q) {
                  allocated += q.value(1).toLongLong();
                  return QJsonObject{{u"billId"_s, q.value(0).toString()}, {u"amountFen"_s, q.value(1).toLongLong()}};
              });
    const bool reversed = !data.value(u"reversed"_s).isNull();
    data.insert(u"allocations"_s, allocations);
    data.insert(u"creditFen"_s, reversed ? 0 : data.value(u"amountFen"_s).toInteger() - allocated);
    data.insert(u"billId"_s, allocations.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                   : allocations.first().toObject().value(u"billId"_s));
}

} // namespace

void registerWith(Registry &registry)
{
    registry.addEntity({u"feePolicy"_s, u"fee_policies"_s, u"fp"_s, u"fee_policies fp"_s,
                        u"fp.id, fp.estate_id, fp.due_day, fp.due_month_offset, fp.late_fee_enabled, fp.late_fee_ppm,"
                        " fp.late_fee_grace_days, fp.late_fee_cap_permille, fp.warn_amount_fen, fp.warn_months,"
                        " fp.instructions, fp.agents_see_collection"_s,
                        // Everyone of the estate: residents read the payment instructions.
                        [](Role) { return Scope::inEstates(u"estate_id"_s); }, policyJson, {}});
    registry.addEntity({u"feeItem"_s, u"fee_items"_s, u"fi"_s, u"fee_items fi"_s,
                        u"fi.id, fi.estate_id, fi.kind, fi.name, fi.rounding, fi.purposes, fi.statuses, fi.vacant_permille,"
                        " fi.active"_s,
                        // The estate's fee standards are public to its people (公示).
                        [](Role) { return Scope::inEstates(u"estate_id"_s); }, itemJson, addRates});
    registry.addEntity({u"meterReading"_s, u"meter_readings"_s, u"mr"_s, u"meter_readings mr"_s,
                        u"mr.id, mr.estate_id, mr.unit_id, mr.meter, mr.value_centi, mr.read_on, mr.replacement,"
                        " mr.start_centi, mr.photos, mr.recorded_by, mr.recorded_at"_s,
                        readingScope, readingJson, {}});
    registry.addEntity({u"bill"_s, u"bills"_s, u"b"_s, u"bills b"_s,
                        u"b.id, b.estate_id, b.unit_id, b.period, b.number, b.due_date, b.total_fen, "_s + paidSql(u"b"_s)
                            + u", b.waived_at, b.waived_by, b.waive_reason, b.issued_at"_s,
                        accountScope, billJson, addLines});
    registry.addEntity({u"payment"_s, u"payments"_s, u"p"_s, u"payments p LEFT JOIN users pu ON pu.id = p.recorded_by"_s,
                        u"p.id, p.estate_id, p.unit_id, p.amount_fen, p.method, p.receipt_no, p.device_receipt_no, p.paid_at,"
                        " p.recorded_by, pu.name, p.source, p.note, p.reversed_at, p.reversed_by, p.reverse_reason"_s,
                        accountScope, paymentJson, addAllocations});
}

} // namespace Courtyard::Server::FeesEntities
