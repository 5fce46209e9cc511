// Payments and their counter-entries: a payment is spread over the unit's open bills (the
// agent's order or oldest first) and what is left is the unit's credit; it is never edited
// or deleted — a manager reverses it with a reason, and a manager may waive a bill nothing
// is paid on. Paid amounts are sums of allocations, so each of these bumps the revisions of
// the bills whose derived figures change.
#include "feesparts.h"

#include "database.h"
#include "fees/feerules.h"
#include "fieldlimits.h"
#include "json.h"
#include "payloadreader.h"
#include "principal.h"
#include "registry.h"
#include "text.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

using namespace FeesCommand;

constexpr qint64 AmountMax = 10'000'000'000LL; // ¥100,000,000 in one payment
constexpr int ReceiptMax = 32;
constexpr int NoteMax = 200;
constexpr int BillsPerPayment = 36;

/// The unit's bills with something owed, oldest first; @p picked (the agent's order) limits
/// them to those and keeps that order. False when a picked bill is not an open bill of the unit.
bool openBills(Database &db, const QString &unitId, const QStringList &picked, QList<Fees::Outstanding> *out)
{
    QHash<QString, Fees::Outstanding> open;
    QSqlQuery &q = db.query(u"SELECT b.id, b.due_date, b.period, b.total_fen - "_s + paidSql(u"b"_s)
                            + u" FROM bills b WHERE b.unit_id = ? AND b.waived_at IS NULL ORDER BY b.due_date, b.period, b.id"_s);
    q.bindValue(0, unitId);
    if (!db.execPrepared(q))
        return false;
    QStringList order;
    while (q.next()) {
        if (q.value(3).toLongLong() <= 0)
            continue;
        order << q.value(0).toString();
        open.insert(order.last(), Fees::Outstanding{order.last(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                                    q.value(2).toString(), q.value(3).toLongLong()});
    }
    q.finish();
    for (const QString &id : picked.isEmpty() ? order : picked) {
        if (!open.contains(id))
            return false;
        *out << open.value(id);
    }
    return true;
}

/// "R202612-000123": the month of the payment in the estate's calendar and the next number.
QString nextReceiptNo(Database &db, const QDate &day)
{
    const QString prefix = u"R%1-"_s.arg(day.toString(u"yyyyMM"_s));
    // Exactly six digits after the prefix: receipts of other shapes (moved from the first
    // payments) do not count. The range lets the unique index find the month's receipts (a
    // LIKE alone scans every payment: an import of 30,000 rows took minutes).
    const QString last = db.scalar(u"SELECT MAX(receipt_no) FROM payments WHERE receipt_no >= ? AND receipt_no <= ?"
                                   " AND receipt_no LIKE ?"_s,
                                   {prefix + u"000000"_s, prefix + u"999999"_s, prefix + u"______"_s})
                             .toString();
    return prefix + u"%1"_s.arg(last.mid(prefix.size()).toInt() + 1, 6, 10, QLatin1Char('0'));
}

/// Bumps the revision of each bill: its paid amount or status changed.
bool touchBills(Database &db, const QStringList &billIds)
{
    for (const QString &id : billIds) {
        if (!db.exec(u"UPDATE bills SET rev = ? WHERE id = ?"_s, {db.nextRevision(), id}))
            return false;
    }
    return true;
}

/// Why a payment cannot be taken as given, or nothing.
std::optional<CommandOutcome> paymentProblem(CommandContext &ctx, const PaymentInput &in, const QTimeZone &zone)
{
    if (in.amountFen < 1 || in.amountFen > AmountMax)
        return refuse(u"bad_amount"_s, u"The amount must be at least ¥0.01."_s);
    if (!Fees::paymentMethods().contains(in.method))
        return refuse(u"bad_method"_s, u"The method must be one of: %1."_s.arg(Fees::paymentMethods().join(u", "_s)));
    if (in.paidAt > ctx.now + Limits::ClockSkewMs)
        return refuse(u"in_future"_s, u"The payment cannot be dated after now; check the device clock."_s);
    // Nothing is paid earlier than a year before the unit's first bill (or a year ago).
    const QString firstPeriod = ctx.db.scalar(u"SELECT MIN(period) FROM bills WHERE unit_id = ?"_s, {in.unitId}).toString();
    const QDate firstDay = Fees::isPeriod(firstPeriod) ? Fees::periodStart(firstPeriod)
                                                       : QDateTime::fromMSecsSinceEpoch(ctx.now, zone).date();
    if (in.paidAt < firstDay.addYears(-1).startOfDay(zone).toMSecsSinceEpoch())
        return refuse(u"too_old"_s, u"The payment is dated more than a year before the unit's first bill."_s);
    // One look for both: the id taken, or the recorder's receipt number used already.
    const QVariant taken = ctx.db.scalar(u"SELECT CASE WHEN id = ? THEN 'id' ELSE 'receipt' END FROM payments WHERE id = ?"
                                         " OR (recorded_by = ? AND device_receipt_no = ?) ORDER BY 1 LIMIT 1"_s,
                                         {in.id, in.id, ctx.who.id, in.deviceReceiptNo.isEmpty() ? u""_s : in.deviceReceiptNo});
    if (taken.toString() == u"id")
        return conflict(u"id_taken"_s, u"A payment with this id exists already."_s);
    if (taken.isValid() && !in.deviceReceiptNo.isEmpty())
        return conflict(u"duplicate_receipt"_s, u"You recorded a payment with this receipt number already."_s);
    if (!in.providerTxn.isEmpty()
        && ctx.db.scalar(u"SELECT 1 FROM payments WHERE provider = ? AND provider_txn = ?"_s, {in.provider, in.providerTxn})
               .isValid())
        return conflict(u"duplicate_txn"_s, u"This transaction of the provider is recorded already."_s);
    return std::nullopt;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QStringList billsOf(const QList<Fees::Allocation> &allocations)
{
    QStringList ids;
    for (const Fees::Allocation &a : allocations)
        ids << a.billId;
    return ids;
}

// ---- commands -------------------------------------------------------------------------------

/// Distinct bill ids, up to BillsPerPayment.
std::optional<QStringList> billIdList(PayloadReader &r, const QJsonObject &payload)
{
    QStringList ids;
    if (!r.ok() || !payload.contains(u"billIds"_s))
        return ids;
    const QJsonValue v = payload.value(u"billIds"_s);
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString() || !Json::isId(e.toString()) || ids.contains(e.toString()))
            break;
        ids << e.toString();
    }
    if (!v.isArray() || ids.size() != v.toArray().size() || ids.size() > BillsPerPayment) {
        r.fail(u"validation_failed"_s, u"'billIds' must be a list of up to %1 distinct bill ids."_s.arg(BillsPerPayment));
        return std::nullopt;
    }
    return ids;
}

CommandOutcome record(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"paymentId"_s, u"unitId"_s, u"amountFen"_s, u"method"_s, u"deviceReceiptNo"_s, u"paidAt"_s,
                              u"billIds"_s, u"note"_s});
    PaymentInput in;
    const auto id = r.id(u"paymentId"_s, true, true);
    const auto unitId = r.id(u"unitId"_s, true);
    const auto amount = r.integer(u"amountFen"_s, true, 1, AmountMax);
    const auto method = r.choice(u"method"_s, true, Fees::paymentMethods());
    const auto receipt = r.text(u"deviceReceiptNo"_s, false, ReceiptMax);
    const auto paidAt = r.time(u"paidAt"_s, true, ctx.now, false); // recordPayment judges the time
    const auto billIds = billIdList(r, payload);
    const auto note = r.text(u"note"_s, false, NoteMax);
    if (r.ok() && ((receipt && Text::hasControlCharacters(*receipt)) || (note && Text::hasControlCharacters(*note))))
        r.fail(u"validation_failed"_s, u"'deviceReceiptNo' and 'note' must be plain text."_s);
    if (!r.ok())
        return invalid(r);
    in.id = *id;
    in.unitId = *unitId;
    in.amountFen = *amount;
    in.method = *method;
    in.deviceReceiptNo = receipt.value_or(QString());
    in.paidAt = *paidAt;
    in.billIds = *billIds;
    in.note = note.value_or(QString());
    return recordPayment(ctx, in);
}

CommandOutcome reverse(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"paymentId"_s, u"reason"_s});
    const auto id = r.id(u"paymentId"_s, true);
    const auto reason = r.text(u"reason"_s, true, NoteMax);
    if (!r.ok())
        return invalid(r);
    const QString estateId = estateOf(ctx.db, u"payments"_s, *id);
    if (auto refusal = allowed(ctx, estateId, {Role::Manager}, u"payment"_s))
        return *refusal;
    if (ctx.db.scalar(u"SELECT 1 FROM payments WHERE id = ? AND reversed_at IS NOT NULL"_s, {*id}).isValid())
        return conflict(u"already_reversed"_s, u"The payment was reversed already."_s);
    QStringList bills;
    QSqlQuery &q = ctx.db.query(u"SELECT DISTINCT bill_id FROM payment_allocations WHERE payment_id = ? ORDER BY bill_id"_s);
    q.bindValue(0, *id);
    if (ctx.db.execPrepared(q)) {
        while (q.next())
            bills << q.value(0).toString();
    }
    q.finish();
    const QString receipt = ctx.db.scalar(u"SELECT receipt_no FROM payments WHERE id = ?"_s, {*id}).toString();
    const qint64 amount = ctx.db.scalar(u"SELECT amount_fen FROM payments WHERE id = ?"_s, {*id}).toLongLong();
    if (!ctx.db.exec(u"UPDATE payments SET reversed_at = ?, reversed_by = ?, reverse_reason = ?, rev = ? WHERE id = ?"_s,
                     {ctx.now, ctx.who.id, Text::clean(*reason), ctx.db.nextRevision(), *id})
        || !touchBills(ctx.db, bills)
        || !audit(ctx, estateId, u"payment.reverse"_s, u"payment"_s, *id,
                  u"Reversed payment %1 of %2: %3"_s.arg(receipt, Money::format(amount), Text::clean(*reason))))
        return CommandOutcome::failure(u"Could not reverse the payment."_s);
    return CommandOutcome::done(u"payment"_s, *id);
}

CommandOutcome waive(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"billId"_s, u"reason"_s});
    const auto id = r.id(u"billId"_s, true);
    const auto reason = r.text(u"reason"_s, true, NoteMax);
    if (!r.ok())
        return invalid(r);
    const QString estateId = estateOf(ctx.db, u"bills"_s, *id);
    if (auto refusal = allowed(ctx, estateId, {Role::Manager}, u"bill"_s))
        return *refusal;
    if (ctx.db.scalar(u"SELECT 1 FROM bills WHERE id = ? AND waived_at IS NOT NULL"_s, {*id}).isValid())
        return conflict(u"already_waived"_s, u"The bill was waived already."_s);
    if (paidFen(ctx.db, *id) > 0)
        return conflict(u"has_payments"_s, u"Something is paid on this bill; reverse the payments first."_s);
    const QString number = ctx.db.scalar(u"SELECT number FROM bills WHERE id = ?"_s, {*id}).toString();
    if (!ctx.db.exec(u"UPDATE bills SET waived_at = ?, waived_by = ?, waive_reason = ?, rev = ? WHERE id = ?"_s,
                     {ctx.now, ctx.who.id, Text::clean(*reason), ctx.db.nextRevision(), *id})
        || !audit(ctx, estateId, u"bill.waive"_s, u"bill"_s, *id, u"Waived bill %1: %2"_s.arg(number, Text::clean(*reason))))
        return CommandOutcome::failure(u"Could not waive the bill."_s);
    return CommandOutcome::done(u"bill"_s, *id);
}

} // namespace

CommandOutcome recordPayment(CommandContext &ctx, const PaymentInput &in)
{
    const QString estateId = estateOf(ctx.db, u"units"_s, in.unitId);
    if (auto refusal = allowed(ctx, estateId, {Role::Agent, Role::Manager}, u"unit"_s))
        return *refusal;
    const QTimeZone zone = estateZone(ctx.db, estateId);
    if (auto problem = paymentProblem(ctx, in, zone))
        return *problem;
    QList<Fees::Outstanding> open;
    if (!openBills(ctx.db, in.unitId, in.billIds, &open))
        return notFound(u"open bill of this unit"_s);
    qint64 credit = 0;
    const QList<Fees::Allocation> allocations = Fees::allocate(in.amountFen, open, !in.billIds.isEmpty(), &credit);
    const QDate day = QDateTime::fromMSecsSinceEpoch(in.paidAt, zone).date();
    const QString receiptNo = nextReceiptNo(ctx.db, day);
    bool ok = ctx.db.exec(u"INSERT INTO payments (id, estate_id, unit_id, amount_fen, method, receipt_no, device_receipt_no,"
                          " paid_at, recorded_by, recorded_at, source, provider, provider_txn, note, rev)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {in.id, estateId, in.unitId, in.amountFen, in.method, receiptNo, textOrNull(in.deviceReceiptNo),
                           in.paidAt, ctx.who.id.isEmpty() ? ConsoleActor : ctx.who.id, ctx.now, in.source, textOrNull(in.provider), textOrNull(in.providerTxn),
                           in.note.isEmpty() ? u""_s : Text::clean(in.note), ctx.db.nextRevision()});
    for (int i = 0; ok && i < allocations.size(); ++i)
        ok = ctx.db.exec(u"INSERT INTO payment_allocations (id, payment_id, bill_id, estate_id, unit_id, amount_fen, at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                         {u"%1-%2"_s.arg(in.id).arg(i), in.id, allocations.at(i).billId, estateId, in.unitId,
                          allocations.at(i).amountFen, ctx.now});
    const QString summary = u"Recorded %1 (%2) for unit %3, receipt %4%5"_s.arg(
        Money::format(in.amountFen), in.method, in.unitId, receiptNo,
        credit > 0 ? u", %1 kept as credit"_s.arg(Money::format(credit)) : QString());
    if (!ok || !touchBills(ctx.db, billsOf(allocations))
        || !audit(ctx, estateId, u"payment.record"_s, u"payment"_s, in.id, summary))
        return CommandOutcome::failure(u"Could not store the payment."_s);
    return CommandOutcome::done(u"payment"_s, in.id);
}

void registerPayments(Registry &registry)
{
    registry.addCommand({u"payment.record"_s, record});
    registry.addCommand({u"payment.reverse"_s, reverse});
    registry.addCommand({u"bill.waive"_s, waive});
}

} // namespace Courtyard::Server
