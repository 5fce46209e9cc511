// The derived figures of fees, each written once: a bill's paid amount, a unit's credit, the
// estate's calendar and policy.
#include "feesparts.h"

#include "database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

QString paidSql(const QString &billAlias)
{
    return u"(SELECT COALESCE(SUM(pa.amount_fen), 0) FROM payment_allocations pa JOIN payments pp ON pp.id = pa.payment_id"
           " WHERE pa.bill_id = %1.id AND pp.reversed_at IS NULL)"_s.arg(billAlias);
}

qint64 paidFen(Database &db, const QString &billId)
{
    return db.scalar(u"SELECT "_s + paidSql(u"b"_s) + u" FROM bills b WHERE b.id = ?"_s, {billId}).toLongLong();
}

qint64 creditFen(Database &db, const QString &unitId)
{
    return db.scalar(u"SELECT COALESCE(SUM(p.amount_fen - COALESCE((SELECT SUM(a.amount_fen) FROM payment_allocations a"
                     " WHERE a.payment_id = p.id), 0)), 0) FROM payments p WHERE p.unit_id = ? AND p.reversed_at IS NULL"_s,
                     {unitId})
        .toLongLong();
}

QTimeZone estateZone(Database &db, const QString &estateId)
{
    const QByteArray name = db.scalar(u"SELECT time_zone FROM estates WHERE id = ?"_s, {estateId}).toString().toUtf8();
    const QTimeZone zone(name.isEmpty() ? QByteArrayLiteral("Asia/Shanghai") : name);
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

QDate estateToday(Database &db, const QString &estateId, qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, estateZone(db, estateId)).date();
}

FeePolicy feePolicy(Database &db, const QString &estateId)
{
    FeePolicy policy;
    QSqlQuery &q = db.query(u"SELECT due_day, due_month_offset, late_fee_enabled, late_fee_ppm, late_fee_grace_days,"
                            " late_fee_cap_permille FROM fee_policies WHERE estate_id = ?"_s);
    q.bindValue(0, estateId);
    if (db.execPrepared(q) && q.next())
        policy = FeePolicy{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt() != 0,
                           q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt()};
    q.finish();
    return policy;
}

} // namespace Courtyard::Server
