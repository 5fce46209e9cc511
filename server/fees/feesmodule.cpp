// The fees module as far as it goes today: bills and payments synced to the units they
// belong to, the collection rate in the KPIs, and the demo estate's bills. Money is integer
// fen; due dates are calendar days of the estate.
#include "database.h"
#include "feesparts.h"
#include "json.h"
#include "principal.h"
#include "registry.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

/// The estate's calendar day at @p ms, in its own time zone (estates.time_zone).
QString localDate(const QTimeZone &zone, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date().toString(Qt::ISODate);
}

QTimeZone estateZone(Database &db, const QString &estateId)
{
    const QByteArray name = db.scalar(u"SELECT time_zone FROM estates WHERE id = ?"_s, {estateId}).toString().toUtf8();
    return QTimeZone(name.isEmpty() ? QByteArrayLiteral("Asia/Shanghai") : name);
}

/// Property fee: area × 2.50 yuan per m² per month, in fen (area in hundredths of m²).
qint64 propertyFee(qint64 areaCentiSqm)
{
    return areaCentiSqm * 250 / 100;
}

/// The collection rate over the bills that fell due in the period, up to today: a bill not
/// yet due is not owed yet.
bool fillKpis(Database &db, const KpiQuery &query, QJsonObject &out)
{
    const QTimeZone zone = estateZone(db, query.estateId);
    const QString first = localDate(zone, query.from);
    const QString last = std::min(localDate(zone, query.to - 1), localDate(zone, query.now));
    QSqlQuery &b = db.query(u"SELECT COALESCE(SUM(amount_fen), 0), COALESCE(SUM(paid_fen), 0) FROM bills"
                            " WHERE estate_id = ? AND status <> 'waived' AND due_date >= ? AND due_date <= ?"_s);
    b.bindValue(0, query.estateId);
    b.bindValue(1, first);
    b.bindValue(2, last);
    if (!db.execPrepared(b) || !b.next())
        return false;
    const qint64 billed = b.value(0).toLongLong();
    const qint64 paid = b.value(1).toLongLong();
    b.finish();
    out.insert(u"billedFen"_s, billed);
    out.insert(u"collectedFen"_s, paid);
    // A ratio of two sums of fen, rounded once to three places for display.
    out.insert(u"collectionRate"_s, billed > 0 ? QJsonValue(qRound(double(paid) / double(billed) * 1000.0) / 1000.0)
                                               : QJsonValue(QJsonValue::Null));
    return true;
}

bool addBill(Database &db, const QString &id, const QString &unit, const QString &period, const QString &item, qint64 fee,
             qint64 paid, const QString &due, const QString &status)
{
    return db.exec(u"INSERT INTO bills (id, estate_id, unit_id, period, item, amount_fen, paid_fen, due_date, status, rev)"
                   " VALUES (?, 'est-1', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {id, unit, period, item, fee, paid, due, status, db.nextRevision()});
}

bool seedDemo(SeedContext &ctx, QString *error)
{
    Database &db = ctx.db;
    if (db.scalar(u"SELECT 1 FROM bills WHERE estate_id = 'est-1'"_s).isValid())
        return true;
    Database::Transaction tx(db, Database::Kind::Revisioned);
    bool ok = tx.isOpen();
    // November's property fee for every unit; about a third have paid.
    QSqlQuery &units = db.query(u"SELECT id, floor, area_centi_sqm, number FROM units WHERE estate_id = 'est-1' ORDER BY id"_s);
    QList<std::tuple<QString, int, qint64, QString>> all;
    ok = ok && db.execPrepared(units);
    while (ok && units.next())
        all.append({units.value(0).toString(), units.value(1).toInt(), units.value(2).toLongLong(), units.value(3).toString()});
    units.finish();
    for (const auto &[unit, floor, area, number] : std::as_const(all)) {
        const int door = number.right(2).toInt();
        const bool paid = (floor + door) % 3 == 0;
        const qint64 fee = propertyFee(area);
        ok = ok && addBill(db, u"bill-%1-2026-11-property"_s.arg(unit), unit, u"2026-11"_s, u"property"_s, fee, paid ? fee : 0,
                           u"2026-11-30"_s, paid ? u"paid"_s : u"unpaid"_s);
    }
    // Wang Fang's unit: earlier months paid, with receipts, and a parking fee open.
    const QString home = u"unit-1-1-0301"_s;
    const qint64 homeFee = propertyFee(8950 + 1 * 1250);
    for (const auto &[period, due] : {std::pair{"2026-09", "2026-09-30"}, std::pair{"2026-10", "2026-10-31"}}) {
        const QString bill = u"bill-%1-%2-property"_s.arg(home, QLatin1StringView(period));
        ok = ok && addBill(db, bill, home, QString::fromLatin1(period), u"property"_s, homeFee, homeFee, QString::fromLatin1(due),
                           u"paid"_s);
        ok = ok && db.exec(u"INSERT INTO payments (id, bill_id, estate_id, unit_id, amount_fen, method, receipt_no, paid_at,"
                           " recorded_by, rev) VALUES (?, ?, 'est-1', ?, ?, 'wechat', ?, ?, 'usr-agent-1', ?)"_s,
                           {u"pay-"_s + bill, bill, home, homeFee, u"R%1-0301"_s.arg(QString::fromLatin1(period).remove(u'-')),
                            QDate::fromString(QString::fromLatin1(due), Qt::ISODate).startOfDay(Qt::UTC).toMSecsSinceEpoch()
                                - 86400000,
                            db.nextRevision()});
    }
    ok = ok && addBill(db, u"bill-unit-1-1-0301-2026-11-parking"_s, home, u"2026-11"_s, u"parking"_s, 30000, 0,
                       u"2026-11-30"_s, u"unpaid"_s);
    if (!ok || !tx.commit()) {
        *error = u"could not store the demo bills"_s;
        return false;
    }
    ctx.report << u"fees: %1 bills"_s.arg(all.size() + 3);
    return true;
}

class FeesModule final : public ServerModule
{
public:
    QString name() const override { return u"fees"_s; }
    QStringList dependencies() const override { return {u"estate"_s}; }
    int legacyVersion(int legacySchema) const override { return legacySchema >= 1 ? 1 : 0; }

    void registerWith(Registry &registry) override
    {
        registry.addMigrations({
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
        });
        // A resident sees their units' bills, the office its estates'; technicians none.
        const Visibility billScope = [](Role role) {
            if (role == Role::Resident)
                return Scope::inUnits(u"unit_id"_s);
            return isOffice(role) ? Scope::inEstates(u"estate_id"_s) : Scope::none();
        };
        registry.addEntity({u"bill"_s, u"bills"_s, u"b"_s, u"bills b"_s,
                            u"b.id, b.estate_id, b.unit_id, b.period, b.item, b.amount_fen, b.paid_fen, b.due_date, b.status"_s,
                            billScope,
                            [](const QSqlQuery &q, const Principal &) {
                                return QJsonObject{{u"id"_s, q.value(0).toString()}, {u"estateId"_s, q.value(1).toString()},
                                                   {u"unitId"_s, q.value(2).toString()}, {u"period"_s, q.value(3).toString()},
                                                   {u"item"_s, q.value(4).toString()}, {u"amountFen"_s, q.value(5).toLongLong()},
                                                   {u"paidFen"_s, q.value(6).toLongLong()}, {u"dueDate"_s, q.value(7).toString()},
                                                   {u"status"_s, q.value(8).toString()}};
                            },
                            {}});
        registry.addEntity({u"payment"_s, u"payments"_s, u"p"_s, u"payments p"_s,
                            u"p.id, p.bill_id, p.unit_id, p.amount_fen, p.method, p.receipt_no, p.paid_at"_s, billScope,
                            [](const QSqlQuery &q, const Principal &) {
                                return QJsonObject{{u"id"_s, q.value(0).toString()}, {u"billId"_s, q.value(1).toString()},
                                                   {u"unitId"_s, q.value(2).toString()}, {u"amountFen"_s, q.value(3).toLongLong()},
                                                   {u"method"_s, q.value(4).toString()}, {u"receiptNo"_s, q.value(5).toString()},
                                                   {u"paidAt"_s, Json::isoTime(q.value(6).toLongLong())}};
                            },
                            {}});
        registry.addKpiSection({u"fees"_s, fillKpis});
        registerReminders(registry);
        registerReports(registry);
        registerPaymentImport(registry);
        registry.setSeed({seedDemo, {}});
    }
};

} // namespace

std::unique_ptr<ServerModule> makeFeesModule()
{
    return std::make_unique<FeesModule>();
}

} // namespace Courtyard::Server
