// Bill generation: one estate, one period, every unit that has no bill for it yet. All that
// the bills are made from is read by a few set queries (items with their rate, units with
// their parking, readings, overdue bills, credit), the lines are computed by the shared rules
// (Fees::computed) and everything is written by prepared statements in one revisioned
// transaction, so a second run — or a second process — finds the bills there and makes none.
#include "feesparts.h"

#include "auditlog.h"
#include "database.h"
#include "fees/feerules.h"
#include "json.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::BillGeneration {

namespace {

struct Item
{
    QString id, kind, name;
    Money::Rounding rounding = Money::Rounding::HalfUp;
    QStringList purposes, statuses;
    int vacantPermille = 1000;
    qint64 rateCentiFen = -1; ///< the rate valid for the period; -1: none
};

struct Unit
{
    QString id, purpose, status;
    qint64 areaCenti = 0;
    qint64 spaces = 0;
};

struct Reading
{
    qint64 value = 0, start = 0;
    bool replacement = false;
    QString readOn;
};

/// An earlier bill still owed, a late fee's source.
struct Overdue
{
    QString billId;
    QDate due;
    qint64 principalFen = 0;     ///< what is owed on it, without its own late fee lines
    qint64 chargedBeforeFen = 0; ///< late fee lines charged on it by earlier bills
};

/// A payment with credit left, oldest first.
struct Credit
{
    QString paymentId;
    qint64 leftFen = 0;
};

struct NewBill
{
    const Unit *unit = nullptr;
    QList<Fees::BillLine> lines;
    qint64 totalFen = 0;
    QList<Fees::Allocation> fromCredit; ///< billId here: the payment's id
};

/// Rows written a hundred to a statement: on PostgreSQL each statement is a round trip, and
/// a month of 50,000 units is 200,000 rows. Rows that refer to rows of @p parent (lines to
/// their bill) flush the parent's first.
class BatchInsert
{
public:
    BatchInsert(Database &db, const QString &table, const QStringList &columns, BatchInsert *parent = nullptr)
        : m_db(db), m_parent(parent), m_head(u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns.join(u", "_s))),
          m_row(u"("_s + QStringList(columns.size(), u"?"_s).join(u", "_s) + u")"_s), m_columns(int(columns.size()))
    {
    }
    bool add(const QVariantList &row)
    {
        m_pending += row;
        return m_pending.size() < Rows * m_columns || flush();
    }
    /// Writes what is left.
    bool flush()
    {
        if (m_pending.isEmpty())
            return true;
        if (m_parent && !m_parent->flush())
            return false;
        const int rows = int(m_pending.size()) / m_columns;
        QSqlQuery &q = m_db.query(m_head + QStringList(rows, m_row).join(u", "_s));
        for (int i = 0; i < m_pending.size(); ++i)
            q.bindValue(i, m_pending.at(i));
        m_pending.clear();
        return m_db.execPrepared(q);
    }

private:
    static constexpr int Rows = 100;
    Database &m_db;
    BatchInsert *m_parent;
    const QString m_head, m_row;
    const int m_columns;
    QVariantList m_pending;
};

QStringList commaList(const QString &text)
{
    return text.split(u',', Qt::SkipEmptyParts);
}

bool applies(const Item &item, const Unit &unit)
{
    return (item.purposes.isEmpty() || item.purposes.contains(unit.purpose))
           && (item.statuses.isEmpty() || item.statuses.contains(unit.status));
}

/// What one run knows of the estate: read once, before any bill is made.
class Generator
{
public:
    Generator(Database &db, QString estateId, QString period, qint64 now)
        : m_db(db), m_estateId(std::move(estateId)), m_period(std::move(period)), m_now(now),
          m_start(Fees::periodStart(m_period)), m_end(Fees::periodEnd(m_period))
    {
    }

    bool load(Report *report);
    [[nodiscard]] QList<NewBill> compute(Report *report);
    bool write(const QList<NewBill> &bills, const QString &actorId);

private:
    bool loadItems(Report *report);
    bool loadUnits(Report *report);
    bool loadReadings();
    bool loadOverdue();
    bool loadCredit();
    void addItemLine(NewBill &bill, const Item &item) const;
    void addMeteredLine(NewBill &bill, const Item &item) const;
    void addLateFees(NewBill &bill) const;
    void applyCredit(NewBill &bill);
    [[nodiscard]] int lastNumber();
    bool refreshPlans(int written, BatchInsert &bills, BatchInsert &lines);

    Database &m_db;
    const QString m_estateId;
    const QString m_period;
    const qint64 m_now;
    const QDate m_start, m_end;
    FeePolicy m_policy;
    QList<Item> m_items;
    QList<Unit> m_units;
    /// Per unit and meter: the effective value before the period (-1: none) and the
    /// period's readings in order.
    QHash<QString, qint64> m_before;
    QHash<QString, QList<Reading>> m_during;
    QHash<QString, QList<Overdue>> m_overdue;
    QHash<QString, QList<Credit>> m_credit;
};

bool Generator::load(Report *report)
{
    m_policy = feePolicy(m_db, m_estateId);
    return loadItems(report) && loadUnits(report) && loadReadings() && (!m_policy.lateFeeEnabled || loadOverdue())
           && loadCredit();
}

bool Generator::loadItems(Report *report)
{
    // The rate of a period: the one with the greatest valid_from not after it.
    QSqlQuery &q = m_db.query(u"SELECT i.id, i.kind, i.name, i.rounding, i.purposes, i.statuses, i.vacant_permille,"
                              " (SELECT r.rate_centi_fen FROM fee_rates r WHERE r.item_id = i.id AND r.valid_from <= ?"
                              " ORDER BY r.valid_from DESC LIMIT 1) FROM fee_items i WHERE i.estate_id = ? AND i.active = 1"
                              " ORDER BY i.name, i.id"_s);
    q.bindValue(0, m_period);
    q.bindValue(1, m_estateId);
    if (!m_db.execPrepared(q))
        return false;
    while (q.next()) {
        Item item{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  Money::roundingFromName(q.value(3).toString()).value_or(Money::Rounding::HalfUp),
                  commaList(q.value(4).toString()), commaList(q.value(5).toString()), q.value(6).toInt(),
                  q.value(7).isNull() ? -1 : q.value(7).toLongLong()};
        if (item.rateCentiFen < 0)
            report->skipped << u"%1: no rate for %2"_s.arg(item.name, m_period);
        else
            m_items << item;
    }
    q.finish();
    return true;
}

bool Generator::loadUnits(Report *report)
{
    QSqlQuery &q = m_db.query(u"SELECT u.id, u.purpose, u.status, u.area_centi_sqm, COALESCE(ps.n, 0),"
                              " (SELECT 1 FROM bills b WHERE b.unit_id = u.id AND b.period = ?) FROM units u"
                              " LEFT JOIN (SELECT unit_id, COUNT(*) AS n FROM parking_spaces WHERE estate_id = ?"
                              " GROUP BY unit_id) ps ON ps.unit_id = u.id WHERE u.estate_id = ? ORDER BY u.id"_s);
    q.bindValue(0, m_period);
    q.bindValue(1, m_estateId);
    q.bindValue(2, m_estateId);
    if (!m_db.execPrepared(q))
        return false;
    while (q.next()) {
        ++report->units;
        if (!q.value(5).isNull()) {
            ++report->existing;
            continue;
        }
        m_units << Unit{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                        q.value(4).toLongLong()};
    }
    q.finish();
    return true;
}

bool Generator::loadReadings()
{
    if (std::none_of(m_items.cbegin(), m_items.cend(), [](const Item &i) { return Fees::isMetered(i.kind); }))
        return true;
    QSqlQuery &q = m_db.query(u"SELECT unit_id, meter, value_centi, start_centi, replacement, read_on FROM meter_readings"
                              " WHERE estate_id = ? AND read_on <= ? ORDER BY unit_id, meter, read_on, recorded_at, id"_s);
    q.bindValue(0, m_estateId);
    q.bindValue(1, m_end.toString(Qt::ISODate));
    if (!m_db.execPrepared(q))
        return false;
    const QString first = m_start.toString(Qt::ISODate);
    while (q.next()) {
        const QString key = q.value(0).toString() + u'/' + q.value(1).toString();
        const Reading r{q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toInt() != 0, q.value(5).toString()};
        if (r.readOn < first)
            m_before.insert(key, r.value);
        else
            m_during[key] << r;
    }
    q.finish();
    return true;
}

bool Generator::loadOverdue()
{
    // Past due and grace on the period's first day; late fee lines are not charged on again.
    const QDate lateFrom = m_start.addDays(-m_policy.lateFeeGraceDays);
    QSqlQuery &q = m_db.query(u"SELECT b.id, b.unit_id, b.due_date, b.total_fen, "_s + paidSql(u"b"_s)
                              + u", (SELECT COALESCE(SUM(l.amount_fen), 0) FROM bill_lines l WHERE l.bill_id = b.id"
                                " AND l.kind = 'late_fee'), (SELECT COALESCE(SUM(l.amount_fen), 0) FROM bill_lines l"
                                " WHERE l.source_bill_id = b.id) FROM bills b WHERE b.estate_id = ? AND b.period < ?"
                                " AND b.waived_at IS NULL AND b.due_date < ? ORDER BY b.due_date, b.id"_s);
    q.bindValue(0, m_estateId);
    q.bindValue(1, m_period);
    q.bindValue(2, lateFrom.toString(Qt::ISODate));
    if (!m_db.execPrepared(q))
        return false;
    while (q.next()) {
        const qint64 total = q.value(3).toLongLong();
        const qint64 owed = total - q.value(4).toLongLong();
        const qint64 principal = std::min(owed, total - q.value(5).toLongLong());
        if (principal > 0)
            m_overdue[q.value(1).toString()] << Overdue{q.value(0).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                                        principal, q.value(6).toLongLong()};
    }
    q.finish();
    return true;
}

bool Generator::loadCredit()
{
    QSqlQuery &q = m_db.query(u"SELECT p.unit_id, p.id, p.amount_fen - COALESCE((SELECT SUM(a.amount_fen)"
                              " FROM payment_allocations a WHERE a.payment_id = p.id), 0) AS left_fen FROM payments p"
                              " WHERE p.estate_id = ? AND p.reversed_at IS NULL ORDER BY p.paid_at, p.id"_s);
    q.bindValue(0, m_estateId);
    if (!m_db.execPrepared(q))
        return false;
    while (q.next()) {
        if (q.value(2).toLongLong() > 0)
            m_credit[q.value(0).toString()] << Credit{q.value(1).toString(), q.value(2).toLongLong()};
    }
    q.finish();
    return true;
}

/// Area, spaces or one: a month of the item at its rate (vacant units at the item's discount).
void Generator::addItemLine(NewBill &bill, const Item &item) const
{
    Fees::BillLine line;
    line.itemId = item.id;
    line.kind = item.kind;
    line.label = item.name;
    line.rateCentiFen = item.rateCentiFen;
    line.rounding = item.rounding;
    if (item.kind == u"parking")
        line.quantityCenti = bill.unit->spaces * 100;
    else if (item.kind == u"fixed")
        line.quantityCenti = 100;
    else
        line.quantityCenti = bill.unit->areaCenti;
    if (bill.unit->status == u"vacant")
        line.discountPermille = item.vacantPermille;
    if (line.quantityCenti > 0)
        bill.lines << Fees::computed(line);
}

/// Usage from the period's readings against the last one before: each reading adds what the
/// meter moved since the previous one; a replacement (a new meter) what it moved since its start.
void Generator::addMeteredLine(NewBill &bill, const Item &item) const
{
    const QString key = bill.unit->id + u'/' + item.kind;
    const QList<Reading> readings = m_during.value(key);
    if (readings.isEmpty())
        return;
    qint64 previous = m_before.value(key, -1);
    const qint64 first = previous;
    qint64 usage = 0;
    for (const Reading &r : readings) {
        if (r.replacement)
            usage += r.value - r.start;
        else if (previous >= 0)
            usage += r.value - previous;
        previous = r.value;
    }
    if (first < 0 && usage == 0)
        return; // a first reading only sets where the meter stands
    Fees::BillLine line;
    line.itemId = item.id;
    line.kind = item.kind;
    line.label = item.name;
    line.quantityCenti = usage;
    line.rateCentiFen = item.rateCentiFen;
    line.rounding = item.rounding;
    line.previousCenti = first;
    line.currentCenti = readings.last().value;
    bill.lines << Fees::computed(line);
}

/// 滞纳金 on each earlier bill still owed past due and grace on the period's first day: what
/// has accrued by then, less what earlier bills charged on it already.
void Generator::addLateFees(NewBill &bill) const
{
    for (const Overdue &o : m_overdue.value(bill.unit->id)) {
        Fees::BillLine line;
        line.kind = u"late_fee"_s;
        line.label = u"滞纳金"_s;
        line.sourceBillId = o.billId;
        line.principalFen = o.principalFen;
        line.daysLate = int(o.due.daysTo(m_start)) - m_policy.lateFeeGraceDays;
        line.ratePpmPerDay = m_policy.lateFeePpm;
        line.capPermille = m_policy.lateFeeCapPermille;
        line.chargedBeforeFen = o.chargedBeforeFen;
        line = Fees::computed(line);
        if (line.amountFen > 0)
            bill.lines << line;
    }
}

/// The unit's credit pays the new bill at once, from the oldest payments.
void Generator::applyCredit(NewBill &bill)
{
    qint64 owed = bill.totalFen;
    QList<Credit> &credits = m_credit[bill.unit->id];
    for (Credit &c : credits) {
        if (owed == 0)
            break;
        const qint64 take = std::min(owed, c.leftFen);
        if (take == 0)
            continue;
        bill.fromCredit << Fees::Allocation{c.paymentId, take};
        c.leftFen -= take;
        owed -= take;
    }
}

QList<NewBill> Generator::compute(Report *report)
{
    QList<NewBill> bills;
    bills.reserve(m_units.size());
    for (const Unit &unit : std::as_const(m_units)) {
        NewBill bill;
        bill.unit = &unit;
        for (const Item &item : std::as_const(m_items)) {
            if (!applies(item, unit))
                continue;
            if (Fees::isMetered(item.kind))
                addMeteredLine(bill, item);
            else
                addItemLine(bill, item);
        }
        if (m_policy.lateFeeEnabled)
            addLateFees(bill);
        if (bill.lines.isEmpty())
            continue; // nothing applies to the unit this period
        for (const Fees::BillLine &line : std::as_const(bill.lines)) {
            bill.totalFen += line.amountFen;
            if (line.kind == u"late_fee")
                report->lateFeeFen += line.amountFen;
        }
        applyCredit(bill);
        for (const Fees::Allocation &a : std::as_const(bill.fromCredit))
            report->creditAppliedFen += a.amountFen;
        report->totalFen += bill.totalFen;
        ++report->created;
        bills << bill;
    }
    return bills;
}

/// PostgreSQL checks each line's reference to its bill with a plan it made once, when the
/// bills table may have been nearly empty (a whole-table scan per line ever after, on a new
/// estate's first month). Statistics taken as the table grows (at 256, 1,024, 4,096 …
/// bills written) make it plan the check again, with the index.
bool Generator::refreshPlans(int written, BatchInsert &bills, BatchInsert &lines)
{
    if (!m_db.isPostgres() || written < 256 || (written & (written - 1)) != 0 || (written & 0x55555555) == 0)
        return true;
    return bills.flush() && lines.flush() && m_db.execDirect(u"ANALYZE bills"_s);
}

int Generator::lastNumber()
{
    const QString prefix = u"B%1-"_s.arg(QString(m_period).remove(u'-'));
    // The range lets the unique index find the period's numbers; the LIKE keeps other shapes out.
    const QString last = m_db.scalar(u"SELECT MAX(number) FROM bills WHERE number >= ? AND number <= ? AND number LIKE ?"_s,
                                     {prefix + u"000000"_s, prefix + u"999999"_s, prefix + u"______"_s})
                             .toString();
    return last.mid(prefix.size()).toInt();
}

bool Generator::write(const QList<NewBill> &bills, const QString &actorId)
{
    const QString due = Fees::dueDate(m_period, m_policy.dueDay, m_policy.dueMonthOffset).toString(Qt::ISODate);
    const QString prefix = u"B%1-"_s.arg(QString(m_period).remove(u'-'));
    int number = lastNumber();
    BatchInsert bill(m_db, u"bills"_s, {u"id"_s, u"estate_id"_s, u"unit_id"_s, u"period"_s, u"number"_s, u"total_fen"_s,
                                        u"due_date"_s, u"issued_at"_s, u"rev"_s});
    BatchInsert line(m_db, u"bill_lines"_s, {u"id"_s, u"bill_id"_s, u"estate_id"_s, u"position"_s, u"item_id"_s, u"kind"_s,
                                             u"inputs"_s, u"amount_fen"_s, u"source_bill_id"_s}, &bill);
    BatchInsert allocation(m_db, u"payment_allocations"_s, {u"id"_s, u"payment_id"_s, u"bill_id"_s, u"estate_id"_s,
                                                            u"unit_id"_s, u"amount_fen"_s, u"at"_s}, &bill);
    QSqlQuery &bumpPayment = m_db.query(u"UPDATE payments SET rev = ? WHERE id = ?"_s);
    const QVariant noText(QMetaType::fromType<QString>());
    bool ok = true;
    int written = 0;
    for (const NewBill &b : bills) {
        if (!refreshPlans(++written, bill, line))
            return false;
        // The id follows the number, so new rows go to the end of the indexes.
        const QString numberText = prefix + u"%1"_s.arg(++number, 6, 10, QLatin1Char('0'));
        const QString id = u"bill-"_s + numberText;
        ok = ok && bill.add({id, m_estateId, b.unit->id, m_period, numberText, b.totalFen, due, m_now, m_db.nextRevision()});
        for (int position = 0; ok && position < b.lines.size(); ++position) {
            const Fees::BillLine &l = b.lines.at(position);
            ok = line.add({id + u'-' + QString::number(position), id, m_estateId, position,
                           l.itemId.isEmpty() ? noText : QVariant(l.itemId), l.kind,
                           QString::fromUtf8(Json::compact(l.toJson())), l.amountFen,
                           l.sourceBillId.isEmpty() ? noText : QVariant(l.sourceBillId)});
        }
        for (const Fees::Allocation &a : b.fromCredit) {
            ok = ok && allocation.add({u"alloc-"_s + Json::randomId(8), a.billId, id, m_estateId, b.unit->id, a.amountFen,
                                       m_now});
            // Its credit changed.
            bumpPayment.bindValue(0, m_db.nextRevision());
            bumpPayment.bindValue(1, a.billId);
            ok = ok && m_db.execPrepared(bumpPayment);
        }
    }
    if (!ok || !line.flush() || !allocation.flush() || !bill.flush())
        return false;
    return AuditLog::record(m_db, {m_estateId, actorId, u"bills.generate"_s, u"estate"_s, m_estateId,
                                   u"Generated %1 bills for %2 (%3)"_s.arg(bills.size()).arg(m_period,
                                                                              Money::format(std::accumulate(
                                                                                  bills.cbegin(), bills.cend(), qint64(0),
                                                                                  [](qint64 s, const NewBill &b) {
                                                                                      return s + b.totalFen;
                                                                                  }))),
                                   {}},
                            m_now);
}

} // namespace

QJsonObject Report::toJson() const
{
    return QJsonObject{{u"period"_s, period},
                       {u"units"_s, units},
                       {u"created"_s, created},
                       {u"existing"_s, existing},
                       {u"skipped"_s, QJsonArray::fromStringList(skipped)},
                       {u"totalFen"_s, totalFen},
                       {u"lateFeeFen"_s, lateFeeFen},
                       {u"creditAppliedFen"_s, creditAppliedFen}};
}

namespace {

/// Reads, computes and (unless @p dryRun) writes, inside the caller's revisioned transaction.
bool make(Database &db, const QString &estateId, const QString &period, bool dryRun, qint64 nowMs, const QString &actorId,
          Report *report, QString *error)
{
    *report = Report{};
    report->period = period;
    if (!Fees::isPeriod(period)) {
        *error = u"bad_period"_s;
        return false;
    }
    if (!db.scalar(u"SELECT 1 FROM estates WHERE id = ?"_s, {estateId}).isValid()) {
        *error = u"not_found"_s;
        return false;
    }
    Generator generator(db, estateId, period, nowMs);
    if (!generator.load(report)) {
        *error = u"internal"_s;
        return false;
    }
    const QList<NewBill> bills = generator.compute(report);
    if (!dryRun && !bills.isEmpty() && (!generator.write(bills, actorId) || db.transactionFailed())) {
        *error = u"internal"_s;
        return false;
    }
    return true;
}

} // namespace

bool generate(Database &db, const QString &estateId, const QString &period, bool dryRun, qint64 nowMs,
              const QString &actorId, Report *report, QString *error)
{
    // Revisioned even for a dry run: the same snapshot and the same lock as the real run. A
    // dry run's transaction is rolled back, so it changes nothing.
    Database::Transaction tx(db, Database::Kind::Revisioned);
    if (!tx.isOpen()) {
        *error = u"internal"_s;
        return false;
    }
    if (!make(db, estateId, period, dryRun, nowMs, actorId, report, error))
        return false;
    if (!dryRun && report->created > 0 && !tx.commit()) {
        *error = u"internal"_s;
        return false;
    }
    return true;
}

bool generateIn(Database &db, const QString &estateId, const QString &period, qint64 nowMs, const QString &actorId,
                Report *report, QString *error)
{
    return make(db, estateId, period, false, nowMs, actorId, report, error);
}

} // namespace Courtyard::Server::BillGeneration
