#include "fees/feestaffledger.h"

#include "estate/estatedirectory.h"
#include "fees/feeledger.h"
#include "store/entityrepository.h"
#include "store/localstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Courtyard::Client::FeeStaffLedger {

namespace {

QJsonObject parsed(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString table(LocalStore &store, const QString &entity)
{
    return EntityRepository(store).tableFor(entity);
}

/// What a bill still owes on the phone (0 when waived or paid).
qint64 owedOn(const QJsonObject &bill, const QHash<QString, qint64> &paid)
{
    if (!bill.value(u"waived"_s).toObject().isEmpty())
        return 0;
    const qint64 total = bill.value(u"totalFen"_s).toInteger(bill.value(u"amountFen"_s).toInteger());
    return std::max<qint64>(0, total - paid.value(bill.value(u"id"_s).toString()));
}

} // namespace

QDate estateToday(LocalStore &store, const QString &estateId, qint64 nowMs)
{
    const QJsonObject estate = EntityRepository(store).get(u"estate"_s, estateId).value_or(QJsonObject());
    QTimeZone zone(estate.value(u"timeZone"_s).toString().toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    return QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
}

QJsonObject policy(LocalStore &store, const QString &estateId)
{
    // One policy per estate: a handful of rows at most.
    QSqlQuery q = store.prepared(u"SELECT data FROM %1"_s.arg(table(store, u"feePolicy"_s)));
    if (!store.exec(q))
        return {};
    while (q.next()) {
        const QJsonObject p = parsed(q.value(0));
        if (p.value(u"estateId"_s).toString() == estateId)
            return p;
    }
    return {};
}

qint64 warnAmountFen(const QJsonObject &policy)
{
    return policy.contains(u"warnAmountFen"_s) ? policy.value(u"warnAmountFen"_s).toInteger() : 100000;
}

int warnMonths(const QJsonObject &policy)
{
    return policy.contains(u"warnMonths"_s) ? policy.value(u"warnMonths"_s).toInt() : 3;
}

QHash<QString, qint64> paidByBill(LocalStore &store, const QString &unitId)
{
    QSqlQuery q = store.prepared(u"SELECT data FROM %1%2"_s.arg(
        table(store, u"payment"_s), unitId.isEmpty() ? QString() : u" WHERE unit_id = ?"_s));
    if (!unitId.isEmpty())
        q.addBindValue(unitId);
    if (!store.exec(q))
        return {};
    QList<FeePayment> payments;
    while (q.next())
        payments.append(FeeLedger::paymentFrom(parsed(q.value(0))));
    return FeeLedger::paidByBill(payments); // the resident screens' sum, one rule
}

QList<Fees::Outstanding> outstanding(LocalStore &store, const QString &unitId)
{
    QList<Fees::Outstanding> out;
    const QHash<QString, qint64> paid = paidByBill(store, unitId);
    QSqlQuery q = store.prepared(u"SELECT data FROM %1 WHERE unit_id = ?"_s.arg(table(store, u"bill"_s)));
    q.addBindValue(unitId);
    if (!store.exec(q))
        return out;
    while (q.next()) {
        const QJsonObject bill = parsed(q.value(0));
        const qint64 owed = owedOn(bill, paid);
        if (owed > 0)
            out.append({bill.value(u"id"_s).toString(), QDate::fromString(bill.value(u"dueDate"_s).toString(), Qt::ISODate),
                        bill.value(u"period"_s).toString(), owed});
    }
    std::sort(out.begin(), out.end(), [](const Fees::Outstanding &a, const Fees::Outstanding &b) {
        return std::tie(a.dueDate, a.period, a.billId) < std::tie(b.dueDate, b.period, b.billId);
    });
    return out;
}

QList<UnitArrears> arrears(LocalStore &store, const QString &estateId, const QString &buildingId, QDate today)
{
    const QJsonObject pol = policy(store, estateId);
    const qint64 warnFen = warnAmountFen(pol);
    const int warnAfter = warnMonths(pol);
    const QHash<QString, qint64> paid = paidByBill(store);

    // The units (with their labels) first: bills of other buildings are skipped by them.
    QHash<QString, UnitArrears> units;
    {
        QSqlQuery q = store.prepared(u"SELECT u.id, u.building_id, u.data, b.data FROM units u LEFT JOIN buildings b"
                                     " ON b.id = u.building_id WHERE u.estate_id = ?%1"_s.arg(
                                         buildingId.isEmpty() ? QString() : u" AND u.building_id = ?"_s));
        q.addBindValue(estateId);
        if (!buildingId.isEmpty())
            q.addBindValue(buildingId);
        if (!store.exec(q))
            return {};
        while (q.next()) {
            UnitArrears a;
            a.unitId = q.value(0).toString();
            a.buildingId = q.value(1).toString();
            a.label = EstateDirectory::composeLabel(parsed(q.value(3)).value(u"name"_s).toString(),
                                                    parsed(q.value(2)).value(u"number"_s).toString());
            units.insert(a.unitId, a);
        }
    }
    // Paid and waived bills owe nothing; the status column is the server's word for that.
    QSqlQuery q = store.prepared(u"SELECT unit_id, data FROM %1 WHERE estate_id = ? AND status IN ('unpaid', 'partly_paid', 'overdue')"_s
                                     .arg(table(store, u"bill"_s)));
    q.addBindValue(estateId);
    if (!store.exec(q))
        return {};
    while (q.next()) {
        auto it = units.find(q.value(0).toString());
        if (it == units.end())
            continue;
        const QJsonObject bill = parsed(q.value(1));
        const QDate due = QDate::fromString(bill.value(u"dueDate"_s).toString(), Qt::ISODate);
        const int bucket = Fees::ageBucket(due, today);
        const qint64 owed = owedOn(bill, paid);
        if (bucket < 0 || owed <= 0)
            continue; // not due yet: not in arrears
        UnitArrears &a = *it;
        a.owedFen += owed;
        a.buckets[bucket] += owed;
        ++a.bills;
        if (!a.oldestDueDate.isValid() || due < a.oldestDueDate)
            a.oldestDueDate = due;
    }
    // The newest reminder of each unit.
    QHash<QString, QJsonObject> reminders;
    QSqlQuery r = store.prepared(u"SELECT data FROM %1"_s.arg(table(store, u"reminder"_s)));
    if (store.exec(r)) {
        while (r.next()) {
            const QJsonObject rem = parsed(r.value(0));
            QJsonObject &last = reminders[rem.value(u"unitId"_s).toString()];
            if (last.isEmpty() || rem.value(u"givenAt"_s).toString() > last.value(u"at"_s).toString())
                last = QJsonObject{{u"channel"_s, rem.value(u"channel"_s)}, {u"at"_s, rem.value(u"givenAt"_s)},
                                   {u"outcome"_s, rem.value(u"outcome"_s)}};
        }
    }
    QList<UnitArrears> out;
    for (UnitArrears &a : units) {
        if (a.owedFen <= 0)
            continue;
        a.daysOverdue = int(a.oldestDueDate.daysTo(today));
        a.monthsOverdue = Fees::monthsOverdue(a.oldestDueDate, today);
        a.warning = Fees::isEarlyWarning(a.owedFen, a.monthsOverdue, warnFen, warnAfter);
        a.lastReminder = reminders.value(a.unitId);
        out.append(a);
    }
    return out;
}

QJsonObject lastReading(LocalStore &store, const QString &unitId, const QString &meter)
{
    QJsonObject last;
    QSqlQuery q = store.prepared(u"SELECT data FROM %1 WHERE unit_id = ?"_s.arg(table(store, u"meterReading"_s)));
    q.addBindValue(unitId);
    if (!store.exec(q))
        return last;
    const auto key = [](const QJsonObject &r) {
        return std::pair(r.value(u"readOn"_s).toString(), r.value(u"recordedAt"_s).toString());
    };
    while (q.next()) {
        const QJsonObject r = parsed(q.value(0));
        if (r.value(u"meter"_s).toString() == meter && (last.isEmpty() || key(r) > key(last)))
            last = r;
    }
    return last;
}

qint64 lastValue(const QJsonObject &reading)
{
    return reading.isEmpty() ? -1 : reading.value(u"valueCenti"_s).toInteger();
}

} // namespace Courtyard::Client::FeeStaffLedger
