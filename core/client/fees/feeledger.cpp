#include "fees/feeledger.h"

#include "estate/estatedirectory.h"
#include "fees/feewords.h"
#include "store/entitycatalog.h"
#include "store/entityrepository.h"
#include "store/localstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

struct Stored
{
    QJsonObject data;
    int pending = 0;
};

/// The rows of @p entity whose @p column is @p value, in @p order.
QList<Stored> readWhere(LocalStore &store, const QString &entity, const QString &column, const QString &value,
                        const QString &order)
{
    QList<Stored> out;
    const EntityCatalog::Table &table = store.catalog().table(entity);
    if (table.generic)
        return out; // an app without the fees module's tables
    QSqlQuery q = store.prepared(u"SELECT data, local_pending FROM %1 WHERE %2 = ? ORDER BY %3"_s
                                     .arg(table.spec.table, column, order));
    q.addBindValue(value);
    if (store.exec(q)) {
        while (q.next())
            out.append({QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), q.value(1).toInt()});
    }
    q.finish();
    return out;
}

} // namespace

qint64 FeePayment::allocatedFen() const
{
    qint64 sum = 0;
    for (const Fees::Allocation &a : allocations)
        sum += a.amountFen;
    return sum;
}

FeeEstate FeeLedger::estateOf(LocalStore &store, const QString &estateId)
{
    FeeEstate e;
    e.id = estateId;
    const QJsonObject estate = EntityRepository(store).get(u"estate"_s, estateId).value_or(QJsonObject());
    e.name = estate.value(u"name"_s).toString();
    e.zone = FeeWords::zoneOf(estate.value(u"timeZone"_s).toString());
    const QList<Stored> policies = readWhere(store, u"feePolicy"_s, u"estate_id"_s, estateId, u"id"_s);
    if (!policies.isEmpty())
        e.instructions = policies.first().data.value(u"instructions"_s).toString();
    return e;
}

FeeBill FeeLedger::billFrom(const QJsonObject &json)
{
    FeeBill b;
    b.id = json.value(u"id"_s).toString();
    b.estateId = json.value(u"estateId"_s).toString();
    b.unitId = json.value(u"unitId"_s).toString();
    b.period = json.value(u"period"_s).toString();
    b.number = json.value(u"number"_s).toString();
    b.dueDate = QDate::fromString(json.value(u"dueDate"_s).toString(), Qt::ISODate);
    // totalFen, or amountFen of the apps of issue 9.
    b.totalFen = json.contains(u"totalFen"_s) ? json.value(u"totalFen"_s).toInteger() : json.value(u"amountFen"_s).toInteger();
    const QJsonObject waived = json.value(u"waived"_s).toObject();
    b.waived = !waived.isEmpty() || json.value(u"status"_s).toString() == u"waived";
    b.waiveReason = waived.value(u"reason"_s).toString();
    b.waivedAt = FeeWords::parseTime(waived.value(u"at"_s).toString());
    for (const QJsonValue &v : json.value(u"lines"_s).toArray()) {
        if (const std::optional<Fees::BillLine> line = Fees::BillLine::fromJson(v.toObject()))
            b.lines.append(*line);
    }
    return b;
}

FeePayment FeeLedger::paymentFrom(const QJsonObject &json)
{
    FeePayment p;
    p.id = json.value(u"id"_s).toString();
    p.estateId = json.value(u"estateId"_s).toString();
    p.unitId = json.value(u"unitId"_s).toString();
    p.amountFen = json.value(u"amountFen"_s).toInteger();
    p.method = json.value(u"method"_s).toString();
    p.receiptNo = json.value(u"receiptNo"_s).toString();
    p.deviceReceiptNo = json.value(u"deviceReceiptNo"_s).toString();
    p.paidAt = FeeWords::parseTime(json.value(u"paidAt"_s).toString());
    p.recordedByName = json.value(u"recordedByName"_s).toString();
    p.note = json.value(u"note"_s).toString();
    if (json.value(u"allocations"_s).isArray()) {
        for (const QJsonValue &v : json.value(u"allocations"_s).toArray()) {
            const QJsonObject a = v.toObject();
            p.allocations.append({a.value(u"billId"_s).toString(), a.value(u"amountFen"_s).toInteger()});
        }
    } else if (const QString bill = json.value(u"billId"_s).toString(); !bill.isEmpty()) {
        p.allocations.append({bill, p.amountFen}); // a payment of issue 9: one bill, all of it
    }
    const QJsonObject reversed = json.value(u"reversed"_s).toObject();
    p.reversed = !reversed.isEmpty();
    p.reversedAt = FeeWords::parseTime(reversed.value(u"at"_s).toString());
    p.reverseReason = reversed.value(u"reason"_s).toString();
    return p;
}

QHash<QString, qint64> FeeLedger::paidByBill(const QList<FeePayment> &payments)
{
    QHash<QString, qint64> paid;
    for (const FeePayment &p : payments) {
        if (p.reversed)
            continue;
        for (const Fees::Allocation &a : p.allocations)
            paid[a.billId] += a.amountFen;
    }
    return paid;
}

FeeReminder FeeLedger::reminderFrom(const QJsonObject &json)
{
    FeeReminder r;
    r.id = json.value(u"id"_s).toString();
    r.channel = json.value(u"channel"_s).toString();
    r.givenAt = FeeWords::parseTime(json.value(u"givenAt"_s).toString());
    r.givenByName = json.value(u"givenByName"_s).toString();
    r.outcome = json.value(u"outcome"_s).toString();
    r.note = json.value(u"note"_s).toString();
    return r;
}

QString FeeLedger::unitOf(LocalStore &store, const QString &entity, const QString &id)
{
    return EntityRepository(store).get(entity, id).value_or(QJsonObject()).value(u"unitId"_s).toString();
}

FeeLedger FeeLedger::read(LocalStore &store, const QString &unitId, qint64 nowMs)
{
    FeeLedger l;
    l.unitId = unitId;
    if (unitId.isEmpty())
        return l;
    l.unitLabel = EstateDirectory::labelOf(store, unitId);
    for (const Stored &s : readWhere(store, u"payment"_s, u"unit_id"_s, unitId, u"paid_at DESC, id DESC"_s)) {
        FeePayment p = paymentFrom(s.data);
        p.pending = s.pending > 0;
        l.payments.append(p);
    }
    const QHash<QString, qint64> paid = paidByBill(l.payments);
    const QList<Stored> bills = readWhere(store, u"bill"_s, u"unit_id"_s, unitId, u"period DESC, id DESC"_s);
    QString estateId = EntityRepository(store).get(u"unit"_s, unitId).value_or(QJsonObject()).value(u"estateId"_s).toString();
    if (estateId.isEmpty() && !bills.isEmpty())
        estateId = bills.first().data.value(u"estateId"_s).toString();
    l.estate = estateOf(store, estateId);
    l.today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toTimeZone(l.estate.zone).date();
    for (const Stored &s : bills) {
        FeeBill b = billFrom(s.data);
        b.paidFen = paid.value(b.id);
        b.status = Fees::billStatus(b.totalFen, b.paidFen, b.waived, b.dueDate, l.today);
        b.owedFen = b.status == u"paid" || b.status == u"waived" ? 0 : std::max<qint64>(0, b.totalFen - b.paidFen);
        l.bills.append(b);
    }
    for (const Stored &s : readWhere(store, u"reminder"_s, u"unit_id"_s, unitId, u"given_at DESC, id DESC"_s))
        l.reminders.append(reminderFrom(s.data));
    return l;
}

qint64 FeeLedger::creditFen() const
{
    qint64 credit = 0;
    for (const FeePayment &p : payments) {
        if (!p.reversed)
            credit += p.amountFen - p.allocatedFen();
    }
    return credit;
}

qint64 FeeLedger::owedFen() const
{
    qint64 owed = 0;
    for (const FeeBill &b : bills)
        owed += b.owedFen;
    return owed;
}

const FeeBill *FeeLedger::bill(const QString &id) const
{
    for (const FeeBill &b : bills) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

const FeePayment *FeeLedger::payment(const QString &id) const
{
    for (const FeePayment &p : payments) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QList<std::pair<const FeePayment *, qint64>> FeeLedger::paymentsOf(const QString &billId) const
{
    QList<std::pair<const FeePayment *, qint64>> out;
    for (const FeePayment &p : payments) {
        for (const Fees::Allocation &a : p.allocations) {
            if (a.billId == billId)
                out.append({&p, a.amountFen});
        }
    }
    return out;
}

} // namespace Courtyard::Client
