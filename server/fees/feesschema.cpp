// The fees module's tables. Migration 3 replaces the first bills (one item per row, a
// stored paid amount and status) by bills with lines, and payments by payments with
// allocations, whose sums are the paid amounts: the old tables are renamed, the new ones
// made, the rows moved in C++ (numbers, lines, one allocation per old payment) and the old
// tables dropped — the same steps on SQLite and PostgreSQL.
#include "feesparts.h"

#include "database.h"
#include "fees/feerules.h"
#include "json.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

QStringList newTables()
{
    return {
        u"CREATE TABLE fee_policies (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL UNIQUE REFERENCES estates(id),"
        " due_day INTEGER NOT NULL DEFAULT 31, due_month_offset INTEGER NOT NULL DEFAULT 0,"
        " late_fee_enabled INTEGER NOT NULL DEFAULT 0, late_fee_ppm INTEGER NOT NULL DEFAULT 500,"
        " late_fee_grace_days INTEGER NOT NULL DEFAULT 30, late_fee_cap_permille INTEGER NOT NULL DEFAULT 100,"
        " warn_amount_fen BIGINT NOT NULL DEFAULT 100000, warn_months INTEGER NOT NULL DEFAULT 3,"
        " instructions TEXT NOT NULL DEFAULT '', rev BIGINT NOT NULL)"_s,
        u"CREATE INDEX fee_policies_estate_rev ON fee_policies (estate_id, rev)"_s,
        u"CREATE TABLE fee_items (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id), kind TEXT NOT NULL,"
        " name TEXT NOT NULL, rounding TEXT NOT NULL DEFAULT 'half_up', purposes TEXT NOT NULL DEFAULT '',"
        " statuses TEXT NOT NULL DEFAULT '', vacant_permille INTEGER NOT NULL DEFAULT 1000,"
        " active INTEGER NOT NULL DEFAULT 1, rev BIGINT NOT NULL)"_s,
        u"CREATE INDEX fee_items_estate_rev ON fee_items (estate_id, rev)"_s,
        u"CREATE TABLE fee_rates (id TEXT PRIMARY KEY, item_id TEXT NOT NULL REFERENCES fee_items(id),"
        " estate_id TEXT NOT NULL, valid_from TEXT NOT NULL, rate_centi_fen BIGINT NOT NULL, created_by TEXT,"
        " created_at BIGINT NOT NULL, rev BIGINT NOT NULL)"_s,
        u"CREATE UNIQUE INDEX fee_rates_item_from ON fee_rates (item_id, valid_from)"_s,
        u"CREATE TABLE meter_readings (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
        " unit_id TEXT NOT NULL REFERENCES units(id), meter TEXT NOT NULL, value_centi BIGINT NOT NULL,"
        " read_on TEXT NOT NULL, replacement INTEGER NOT NULL DEFAULT 0, start_centi BIGINT NOT NULL DEFAULT 0,"
        " photos TEXT NOT NULL DEFAULT '[]', recorded_by TEXT, recorded_at BIGINT NOT NULL, rev BIGINT NOT NULL)"_s,
        u"CREATE INDEX meter_readings_estate_rev ON meter_readings (estate_id, rev)"_s,
        u"CREATE INDEX meter_readings_unit_rev ON meter_readings (unit_id, rev)"_s,
        u"CREATE INDEX meter_readings_unit_meter ON meter_readings (unit_id, meter, read_on)"_s,
        u"CREATE TABLE bills (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
        " unit_id TEXT NOT NULL REFERENCES units(id), period TEXT NOT NULL, number TEXT NOT NULL UNIQUE,"
        " total_fen BIGINT NOT NULL, due_date TEXT NOT NULL, issued_at BIGINT NOT NULL, waived_at BIGINT,"
        " waived_by TEXT, waive_reason TEXT, rev BIGINT NOT NULL)"_s,
        u"CREATE UNIQUE INDEX bills_unit_period ON bills (unit_id, period)"_s,
        u"CREATE INDEX bills_estate_rev ON bills (estate_id, rev)"_s,
        u"CREATE INDEX bills_unit_rev ON bills (unit_id, rev)"_s,
        u"CREATE INDEX bills_estate_due ON bills (estate_id, due_date)"_s,
        // source_bill_id: the overdue bill a late fee line is charged on (also in inputs), so
        // what was charged before on it is one indexed sum.
        u"CREATE TABLE bill_lines (id TEXT PRIMARY KEY, bill_id TEXT NOT NULL REFERENCES bills(id),"
        " estate_id TEXT NOT NULL, position INTEGER NOT NULL, item_id TEXT, kind TEXT NOT NULL, inputs TEXT NOT NULL,"
        " amount_fen BIGINT NOT NULL, source_bill_id TEXT)"_s,
        u"CREATE INDEX bill_lines_bill ON bill_lines (bill_id, position)"_s,
        u"CREATE INDEX bill_lines_source ON bill_lines (source_bill_id)"_s,
        u"CREATE TABLE payments (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
        " unit_id TEXT NOT NULL REFERENCES units(id), amount_fen BIGINT NOT NULL, method TEXT NOT NULL,"
        " receipt_no TEXT NOT NULL UNIQUE, device_receipt_no TEXT, paid_at BIGINT NOT NULL, recorded_by TEXT,"
        " recorded_at BIGINT NOT NULL, source TEXT NOT NULL DEFAULT 'agent', provider TEXT, provider_txn TEXT,"
        " note TEXT NOT NULL DEFAULT '', reversed_at BIGINT, reversed_by TEXT, reverse_reason TEXT, rev BIGINT NOT NULL)"_s,
        u"CREATE UNIQUE INDEX payments_device_receipt ON payments (recorded_by, device_receipt_no)"_s,
        u"CREATE UNIQUE INDEX payments_provider_txn ON payments (provider, provider_txn)"_s,
        u"CREATE INDEX payments_estate_rev ON payments (estate_id, rev)"_s,
        u"CREATE INDEX payments_unit_rev ON payments (unit_id, rev)"_s,
        u"CREATE TABLE payment_allocations (id TEXT PRIMARY KEY, payment_id TEXT NOT NULL REFERENCES payments(id),"
        " bill_id TEXT NOT NULL REFERENCES bills(id), estate_id TEXT NOT NULL, unit_id TEXT NOT NULL,"
        " amount_fen BIGINT NOT NULL, at BIGINT NOT NULL)"_s,
        u"CREATE INDEX payment_allocations_payment ON payment_allocations (payment_id)"_s,
        u"CREATE INDEX payment_allocations_bill ON payment_allocations (bill_id)"_s,
        u"CREATE INDEX payment_allocations_unit ON payment_allocations (unit_id)"_s,
    };
}

/// The old item names as line kinds: what was not one of the area or space items is fixed.
QString lineKind(const QString &item)
{
    static const QStringList kept{u"property"_s, u"parking"_s, u"maintenance_fund"_s};
    return kept.contains(item) ? item : u"fixed"_s;
}

/// "B202611-": the period's digits; periods that are not months (never written by the old
/// server, but possible) number under 000000.
QString numberPrefix(const QString &period)
{
    return u"B%1-"_s.arg(Fees::isPeriod(period) ? QString(period).remove(u'-') : u"000000"_s);
}

struct OldBill
{
    QString id, estateId, unitId, period, item, dueDate, status;
    qint64 amountFen = 0, paidFen = 0;
};

bool fail(QString *error, const QString &what)
{
    *error = u"fees migration 3: could not "_s + what;
    return false;
}

/// Old rows of one unit and period (the first server wrote one per item) become one bill
/// with a line per row; it keeps the first row's id, so old payments still point at it.
bool moveBills(Database &db, QHash<QString, QString> *billOf, QString *error)
{
    QList<OldBill> rows;
    QSqlQuery &q = db.query(u"SELECT id, estate_id, unit_id, period, item, amount_fen, paid_fen, due_date, status"
                            " FROM legacy_bills ORDER BY unit_id, period, id"_s);
    if (!db.execPrepared(q))
        return fail(error, u"read the old bills"_s);
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(7).toString(), q.value(8).toString(), q.value(5).toLongLong(),
                     q.value(6).toLongLong()});
    q.finish();
    QHash<QString, int> sequence; // per number prefix
    QString billId;
    int position = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const OldBill &row = rows.at(i);
        const bool first = i == 0 || rows.at(i - 1).unitId != row.unitId || rows.at(i - 1).period != row.period;
        if (first) {
            billId = row.id;
            position = 0;
            qint64 total = 0;
            bool waived = false;
            for (int j = i; j < rows.size() && rows.at(j).unitId == row.unitId && rows.at(j).period == row.period; ++j) {
                total += rows.at(j).amountFen;
                waived = waived || rows.at(j).status == u"waived";
            }
            const QVariant none(QMetaType::fromType<qint64>());
            if (!db.exec(u"INSERT INTO bills (id, estate_id, unit_id, period, number, total_fen, due_date, issued_at,"
                         " waived_at, waive_reason, rev) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"_s,
                         {billId, row.estateId, row.unitId, row.period, numberPrefix(row.period) + u"%1"_s.arg(++sequence[numberPrefix(row.period)], 6, 10, QLatin1Char('0')),
                          total, row.dueDate, waived ? QVariant(qint64(0)) : none,
                          waived ? QVariant(u"waived before fee items"_s) : QVariant(QMetaType::fromType<QString>()),
                          db.nextRevision()}))
                return fail(error, u"store a bill"_s);
        }
        billOf->insert(row.id, billId);
        Fees::BillLine line;
        line.kind = lineKind(row.item);
        line.label = row.item;
        line.quantityCenti = 100;
        line.rateCentiFen = row.amountFen * 100;
        line.amountFen = row.amountFen;
        if (!db.exec(u"INSERT INTO bill_lines (id, bill_id, estate_id, position, item_id, kind, inputs, amount_fen)"
                     " VALUES (?, ?, ?, ?, NULL, ?, ?, ?)"_s,
                     {u"line-"_s + row.id, billId, row.estateId, position++, line.kind,
                      QString::fromUtf8(Json::compact(line.toJson())), row.amountFen}))
            return fail(error, u"store a bill line"_s);
    }
    return true;
}

/// Each old payment becomes a payment with one allocation; what an old bill counted as paid
/// beyond its payments (the first demo wrote paid amounts without payments) becomes a
/// payment of source "import", so no paid amount is lost.
bool movePayments(Database &db, const QHash<QString, QString> &billOf, QString *error)
{
    const QString insertPayment = u"INSERT INTO payments (id, estate_id, unit_id, amount_fen, method, receipt_no, paid_at,"
                                  " recorded_by, recorded_at, source, note, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    const QString insertAllocation = u"INSERT INTO payment_allocations (id, payment_id, bill_id, estate_id, unit_id,"
                                     " amount_fen, at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
    QSqlQuery &q = db.query(u"SELECT p.id, p.bill_id, p.estate_id, p.unit_id, p.amount_fen, p.method, p.receipt_no,"
                            " p.paid_at, p.recorded_by FROM legacy_payments p ORDER BY p.id"_s);
    QList<QVariantList> payments;
    if (!db.execPrepared(q))
        return fail(error, u"read the old payments"_s);
    while (q.next())
        payments.append({q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5), q.value(6), q.value(7),
                         q.value(8)});
    q.finish();
    QSet<QString> receipts;
    for (const QVariantList &p : std::as_const(payments)) {
        // Receipt numbers were not unique before; a repeat gets the payment's id appended.
        QString receipt = p.at(6).toString();
        if (receipts.contains(receipt))
            receipt += u"-"_s + p.at(0).toString();
        receipts.insert(receipt);
        const QString method = Fees::paymentMethods().contains(p.at(5).toString()) ? p.at(5).toString() : u"cash"_s;
        if (!db.exec(insertPayment, {p.at(0), p.at(2), p.at(3), p.at(4), method, receipt, p.at(7), p.at(8), p.at(7),
                                     u"agent"_s, u""_s, db.nextRevision()})
            || !db.exec(insertAllocation, {u"alloc-"_s + p.at(0).toString(), p.at(0), billOf.value(p.at(1).toString()),
                                           p.at(2), p.at(3), p.at(4), p.at(7)}))
            return fail(error, u"store a payment"_s);
    }
    QSqlQuery &rest = db.query(u"SELECT b.id, b.estate_id, b.unit_id, b.paid_fen - COALESCE((SELECT SUM(p.amount_fen)"
                               " FROM legacy_payments p WHERE p.bill_id = b.id), 0) FROM legacy_bills b ORDER BY b.id"_s);
    QList<QVariantList> unrecorded;
    if (!db.execPrepared(rest))
        return fail(error, u"read the paid amounts"_s);
    while (rest.next()) {
        if (rest.value(3).toLongLong() > 0)
            unrecorded.append({rest.value(0), rest.value(1), rest.value(2), rest.value(3)});
    }
    rest.finish();
    for (const QVariantList &r : std::as_const(unrecorded)) {
        const QString id = u"pay-carried-"_s + r.at(0).toString();
        if (!db.exec(insertPayment, {id, r.at(1), r.at(2), r.at(3), u"import"_s, u"R000000-"_s + r.at(0).toString(), 0,
                                     QVariant(QMetaType::fromType<QString>()), 0, u"import"_s,
                                     u"paid before payments were recorded"_s, db.nextRevision()})
            || !db.exec(insertAllocation, {u"alloc-"_s + id, id, billOf.value(r.at(0).toString()), r.at(1), r.at(2), r.at(3), 0}))
            return fail(error, u"store a carried-over payment"_s);
    }
    return true;
}

bool moveOldRows(Database &db, QString *error)
{
    QHash<QString, QString> billOf;
    return moveBills(db, &billOf, error) && movePayments(db, billOf, error)
           && db.execDirect(u"DROP TABLE legacy_payments"_s, error) && db.execDirect(u"DROP TABLE legacy_bills"_s, error);
}

} // namespace

namespace FeesSchema {

QList<Migration> migrations()
{
    QStringList third{
        // Old index names are taken by the new tables' (PostgreSQL keeps them on a rename).
        u"DROP INDEX bills_estate_rev"_s,
        u"DROP INDEX bills_unit_rev"_s,
        u"DROP INDEX bills_estate_due"_s,
        u"DROP INDEX payments_estate_rev"_s,
        u"DROP INDEX payments_unit_rev"_s,
        u"ALTER TABLE payments RENAME TO legacy_payments"_s,
        u"ALTER TABLE bills RENAME TO legacy_bills"_s,
    };
    third += newTables();
    return {
        {1,
         {
             u"CREATE TABLE bills (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
             " unit_id TEXT NOT NULL REFERENCES units(id), period TEXT NOT NULL, item TEXT NOT NULL,"
             " amount_fen BIGINT NOT NULL, paid_fen BIGINT NOT NULL DEFAULT 0, due_date TEXT NOT NULL,"
             " status TEXT NOT NULL, rev BIGINT NOT NULL)"_s,
             u"CREATE INDEX bills_estate_rev ON bills (estate_id, rev)"_s,
             u"CREATE INDEX bills_unit_rev ON bills (unit_id, rev)"_s,
             u"CREATE TABLE payments (id TEXT PRIMARY KEY, bill_id TEXT NOT NULL REFERENCES bills(id),"
             " estate_id TEXT NOT NULL, unit_id TEXT NOT NULL, amount_fen BIGINT NOT NULL, method TEXT NOT NULL,"
             " receipt_no TEXT NOT NULL, paid_at BIGINT NOT NULL, recorded_by TEXT, rev BIGINT NOT NULL)"_s,
             u"CREATE INDEX payments_estate_rev ON payments (estate_id, rev)"_s,
             u"CREATE INDEX payments_unit_rev ON payments (unit_id, rev)"_s,
         },
         {}},
        {2, {u"CREATE INDEX bills_estate_due ON bills (estate_id, due_date)"_s}, {}},
        {3, third, moveOldRows},
    };
}

} // namespace FeesSchema
} // namespace Courtyard::Server
