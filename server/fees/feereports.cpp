// The office's fee reports: the arrears list (per unit, with age buckets and the early
// warning) and the collection figures (收费率, 户收费率, 清缴率 per month and building), both
// as of the estate's local date, each read with a few set-based statements. A bill's paid
// amount is always the allocations of payments not reversed; waived bills count nowhere.
#include "feesparts.h"

#include "apiserver.h"
#include "database.h"
#include "fees/feerules.h"
#include "json.h"
#include "principal.h"
#include "registry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFeeReports, "courtyard.fees.reports")

namespace Courtyard::Server {

namespace {

constexpr int Buckets = 4;
constexpr int MaxMonths = 36;

/// What of bill `b` was paid by payments not reversed, within @p extra (conditions on the
/// payment `p`, e.g. its paid time); without it, exactly paidSql("b").
QString paidOf(const QString &extra = {})
{
    if (extra.isEmpty())
        return paidSql(u"b"_s);
    return u"(SELECT COALESCE(SUM(a.amount_fen), 0) FROM payment_allocations a JOIN payments p ON p.id = a.payment_id"
           " WHERE a.bill_id = b.id AND p.reversed_at IS NULL%1)"_s.arg(extra);
}

/// The bills of an estate past due (not waived, due on or before the bound date, and matching
/// @p where when given) with what each still owes: its total less the allocations of payments
/// not reversed (what paidSql counts), as all allocations of the bill less those of the
/// estate's few reversed payments (fees migration 4 indexes both). SQLite looks each bill's
/// allocations up in the covering index; PostgreSQL joins them summed per bill (a hash join,
/// twice as fast there as 60,000 lookups). Binds: owedEstates(), what @p where needs, then the
/// latest due date.
QString owedBills(bool postgres, const QString &where = {})
{
    const QString reversed = u"LEFT JOIN (SELECT ra.bill_id, SUM(ra.amount_fen) AS amount FROM payments rp"
                             " JOIN payment_allocations ra ON ra.payment_id = rp.id WHERE rp.estate_id = ?"
                             " AND rp.reversed_at IS NOT NULL GROUP BY ra.bill_id) r ON r.bill_id = b.id"_s;
    const QString tail = u"%1 b.waived_at IS NULL AND b.due_date <= ?"_s.arg(where.isEmpty() ? QString() : where + u" AND"_s);
    if (postgres)
        return u"SELECT b.unit_id, b.due_date, b.total_fen - COALESCE(pd.paid, 0) + COALESCE(r.amount, 0) AS owed FROM bills b"
               " LEFT JOIN (SELECT a.bill_id, SUM(a.amount_fen) AS paid FROM payment_allocations a WHERE a.estate_id = ?"
               " GROUP BY a.bill_id) pd ON pd.bill_id = b.id %1 WHERE b.estate_id = ? AND %2"_s.arg(reversed, tail);
    return u"SELECT b.unit_id, b.due_date, b.total_fen - COALESCE((SELECT SUM(a.amount_fen) FROM payment_allocations a"
           " WHERE a.bill_id = b.id), 0) + COALESCE(r.amount, 0) AS owed FROM bills b %1 WHERE b.estate_id = ? AND %2"_s.arg(
               reversed, tail);
}

/// The leading values owedBills() binds: the estate, once per use.
QVariantList owedEstates(bool postgres, const QString &estateId)
{
    return postgres ? QVariantList{estateId, estateId, estateId} : QVariantList{estateId, estateId};
}

/// The due dates that start each age bucket as of @p today, read off Fees::ageBucket itself:
/// latest[k] is the latest due date in bucket k (a due date in bucket k lies after latest[k+1]).
std::array<QString, Buckets> bucketCutoffs(QDate today)
{
    std::array<QString, Buckets> latest;
    int found = 0;
    for (int n = 0; found < Buckets && n < 20000; ++n) {
        const QDate due = today.addDays(-n);
        const int bucket = Fees::ageBucket(due, today);
        while (bucket >= found && found < Buckets)
            latest[size_t(found++)] = due.toString(Qt::ISODate);
    }
    return latest;
}

struct Policy
{
    qint64 warnAmountFen = 100000;
    int warnMonths = 3;
    bool agentsSeeCollection = false;
};

Policy policyOf(Database &db, const QString &estateId)
{
    Policy p;
    QSqlQuery &q = db.query(u"SELECT warn_amount_fen, warn_months, agents_see_collection FROM fee_policies WHERE estate_id = ?"_s);
    q.bindValue(0, estateId);
    if (db.execPrepared(q) && q.next()) {
        p.warnAmountFen = q.value(0).toLongLong();
        p.warnMonths = q.value(1).toInt();
        p.agentsSeeCollection = q.value(2).toInt() != 0;
    }
    q.finish();
    return p;
}

QJsonValue permilleOrNull(qint64 part, qint64 whole)
{
    const int p = Fees::permille(part, whole);
    return p < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(p);
}

QJsonArray bucketArray(const std::array<qint64, Buckets> &b)
{
    QJsonArray a;
    for (qint64 v : b)
        a.append(v);
    return a;
}

// ---- arrears ----------------------------------------------------------------------------

struct ArrearsRow
{
    QString unitId, buildingId, label, oldestDue;
    qint64 owedFen = 0;
    int bills = 0;
    std::array<qint64, Buckets> buckets{};
    int daysOverdue = 0, monthsOverdue = 0;
    bool warning = false;
    QJsonValue lastReminder = QJsonValue::Null;
    QJsonObject json; ///< the row as the answer lists it, built once
};

/// The newest revision of each kind of row an arrears answer is made of (bills, payments
/// with their allocations, reminders, the policy, the units and buildings that label it),
/// within the running snapshot. Every change to such a row hands it a new, higher revision
/// (a payment or reversal bumps its bills too), so the text changes with every change that
/// could change the answer: cheap (one index probe per table) and never stale.
QString arrearsFingerprint(Database &db, const QString &estateId)
{
    QSqlQuery &q = db.query(u"SELECT (SELECT MAX(rev) FROM bills WHERE estate_id = ?),"
                            " (SELECT MAX(rev) FROM payments WHERE estate_id = ?),"
                            " (SELECT MAX(rev) FROM fee_reminders WHERE estate_id = ?),"
                            " (SELECT MAX(rev) FROM fee_policies WHERE estate_id = ?),"
                            " (SELECT MAX(rev) FROM units WHERE estate_id = ?),"
                            " (SELECT MAX(rev) FROM buildings WHERE estate_id = ?)"_s);
    for (int i = 0; i < 6; ++i)
        q.bindValue(i, estateId);
    if (!db.execPrepared(q) || !q.next())
        return {};
    QStringList parts;
    for (int i = 0; i < 6; ++i)
        parts << QString::number(q.value(i).toLongLong());
    q.finish();
    return parts.join(u'.');
}

/// One estate's whole arrears list (every building), as of one local date and one
/// fingerprint: what a request with the same key would read again.
struct ArrearsAnswer
{
    QString key; ///< the estate's date and arrearsFingerprint()
    Policy policy;
    QList<ArrearsRow> rows;
    QHash<QString, QByteArray> bodies; ///< "buildingId|sort" -> the answer's JSON, once made
};

/// Every unit of the estate with something past due on @p today.
bool readArrears(Database &db, const QString &estateId, QDate today, const Policy &policy, QList<ArrearsRow> *rows)
{
    const std::array<QString, Buckets> cut = bucketCutoffs(today);
    // One row per unit: its overdue bills' owed amounts summed, and split by the due date's
    // bucket. Each bill's owed amount is computed once (a materialized CTE: SQLite would
    // otherwise evaluate the paid subquery again for every use of it).
    const QString sql = u"WITH o AS MATERIALIZED (%1)"
                        " SELECT o.unit_id, u.building_id, bl.name, u.number, COUNT(*), SUM(o.owed), MIN(o.due_date),"
                        " SUM(CASE WHEN o.due_date > ? THEN o.owed ELSE 0 END),"
                        " SUM(CASE WHEN o.due_date <= ? AND o.due_date > ? THEN o.owed ELSE 0 END),"
                        " SUM(CASE WHEN o.due_date <= ? AND o.due_date > ? THEN o.owed ELSE 0 END),"
                        " SUM(CASE WHEN o.due_date <= ? THEN o.owed ELSE 0 END)"
                        " FROM o JOIN units u ON u.id = o.unit_id JOIN buildings bl ON bl.id = u.building_id"
                        " WHERE o.owed > 0 GROUP BY o.unit_id, u.building_id, bl.name, u.number"_s.arg(
                            owedBills(db.isPostgres()));
    QSqlQuery &q = db.query(sql);
    int i = 0;
    for (const QVariant &v : owedEstates(db.isPostgres(), estateId) + QVariantList{cut[0], cut[1], cut[1], cut[2], cut[2], cut[3], cut[3]})
        q.bindValue(i++, v);
    if (!db.execPrepared(q))
        return false;
    QHash<QString, qsizetype> byUnit;
    while (q.next()) {
        ArrearsRow r;
        r.unitId = q.value(0).toString();
        r.buildingId = q.value(1).toString();
        r.label = q.value(2).toString() + u' ' + q.value(3).toString();
        r.bills = q.value(4).toInt();
        r.owedFen = q.value(5).toLongLong();
        r.oldestDue = q.value(6).toString();
        for (int k = 0; k < Buckets; ++k)
            r.buckets[size_t(k)] = q.value(7 + k).toLongLong();
        const QDate oldest = QDate::fromString(r.oldestDue, Qt::ISODate);
        r.daysOverdue = int(oldest.daysTo(today));
        r.monthsOverdue = Fees::monthsOverdue(oldest, today);
        r.warning = Fees::isEarlyWarning(r.owedFen, r.monthsOverdue, policy.warnAmountFen, policy.warnMonths);
        byUnit.insert(r.unitId, rows->size());
        rows->append(r);
    }
    q.finish();
    // The last reminder of each unit of the estate: one statement for all of them.
    QSqlQuery &last = db.query(u"SELECT r.unit_id, r.channel, r.given_at, r.outcome FROM fee_reminders r WHERE r.estate_id = ?"
                               " AND NOT EXISTS (SELECT 1 FROM fee_reminders n WHERE n.unit_id = r.unit_id"
                               " AND (n.given_at > r.given_at OR (n.given_at = r.given_at AND n.id > r.id)))"_s);
    last.bindValue(0, estateId);
    if (!db.execPrepared(last))
        return false;
    while (last.next()) {
        const auto it = byUnit.constFind(last.value(0).toString());
        if (it != byUnit.constEnd())
            (*rows)[*it].lastReminder = QJsonObject{{u"channel"_s, last.value(1).toString()},
                                                    {u"at"_s, Json::isoTime(last.value(2).toLongLong())},
                                                    {u"outcome"_s, last.value(3).toString()}};
    }
    last.finish();
    for (ArrearsRow &r : *rows)
        r.json = QJsonObject{{u"unitId"_s, r.unitId},
                             {u"label"_s, r.label},
                             {u"buildingId"_s, r.buildingId},
                             {u"owedFen"_s, r.owedFen},
                             {u"bills"_s, r.bills},
                             {u"oldestDueDate"_s, r.oldestDue},
                             {u"daysOverdue"_s, r.daysOverdue},
                             {u"monthsOverdue"_s, r.monthsOverdue},
                             {u"buckets"_s, bucketArray(r.buckets)},
                             {u"warning"_s, r.warning},
                             {u"lastReminder"_s, r.lastReminder}};
    return true;
}

// ---- collection -------------------------------------------------------------------------

/// The counts of one month (or of the whole range) for the estate or one building.
struct Figures
{
    qint64 receivableFen = 0, collectedFen = 0;
    int householdsBilled = 0, householdsPaid = 0;
    qint64 arrearsStartFen = 0, recoveredFen = 0;

    void add(const Figures &o)
    {
        receivableFen += o.receivableFen;
        collectedFen += o.collectedFen;
        householdsBilled += o.householdsBilled;
        householdsPaid += o.householdsPaid;
    }
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonObject{{u"receivableFen"_s, receivableFen},
                           {u"collectedFen"_s, collectedFen},
                           {u"rate"_s, permilleOrNull(collectedFen, receivableFen)},
                           {u"householdsBilled"_s, householdsBilled},
                           {u"householdsPaid"_s, householdsPaid},
                           {u"householdRate"_s, permilleOrNull(householdsPaid, householdsBilled)},
                           {u"arrearsStartFen"_s, arrearsStartFen},
                           {u"recoveredFen"_s, recoveredFen},
                           {u"recoveryRate"_s, permilleOrNull(recoveredFen, arrearsStartFen)}};
    }
};

/// The figures by period and building ("" is the estate's sum) and the range's total.
struct Collection
{
    QMap<QString, QMap<QString, Figures>> byPeriod; ///< period -> building -> figures
    QMap<QString, Figures> range;                   ///< building -> figures over the range
    QMap<QString, QString> buildingNames;
};

qint64 startMs(const QTimeZone &zone, QStringView period)
{
    return Fees::periodStart(period).startOfDay(zone).toMSecsSinceEpoch();
}
qint64 endMs(const QTimeZone &zone, QStringView period)
{
    return Fees::periodStart(Fees::addMonths(period, 1)).startOfDay(zone).toMSecsSinceEpoch();
}

/// Arrears at @p fromMs (bills due before @p fromDate, less what was paid before) and what of
/// them was paid in [@p fromMs, @p toMs), per building.
bool readRecovery(Database &db, const QString &estateId, const QString &buildingId, const QString &fromDate, qint64 fromMs,
                  qint64 toMs, QMap<QString, std::pair<qint64, qint64>> *out)
{
    const QString sql = u"SELECT u.building_id, SUM(o.total_fen - o.before), SUM(o.during) FROM"
                        " (SELECT b.unit_id, b.total_fen, %1 AS before, %2 AS during FROM bills b"
                        "  WHERE b.estate_id = ? AND b.waived_at IS NULL AND b.due_date < ?) o"
                        " JOIN units u ON u.id = o.unit_id WHERE o.total_fen > o.before%3 GROUP BY u.building_id"_s.arg(
                            paidOf(u" AND p.paid_at < ?"_s), paidOf(u" AND p.paid_at >= ? AND p.paid_at < ?"_s),
                            buildingId.isEmpty() ? QString() : u" AND u.building_id = ?"_s);
    QSqlQuery &q = db.query(sql);
    int i = 0;
    q.bindValue(i++, fromMs);
    q.bindValue(i++, fromMs);
    q.bindValue(i++, toMs);
    q.bindValue(i++, estateId);
    q.bindValue(i++, fromDate);
    if (!buildingId.isEmpty())
        q.bindValue(i++, buildingId);
    if (!db.execPrepared(q))
        return false;
    while (q.next())
        out->insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    q.finish();
    return true;
}

/// Collection figures of @p periods (ascending, consecutive) as of @p today; see docs/FEES.md
/// "Collection figures" for what each count holds.
bool readCollection(Database &db, const QString &estateId, const QString &buildingId, const QStringList &periods, QDate today,
                    Collection *c)
{
    const QTimeZone zone = estateZone(db, estateId);
    // Receivable: the period's bills due before today. Collected: what payments made before the
    // period's month ended (in the estate's time zone) paid of them. One row per period and
    // building, households counted from one row per unit.
    QString ends;
    for (qsizetype k = 0; k < periods.size(); ++k)
        ends += u" WHEN ? THEN CAST(? AS BIGINT)"_s; // PostgreSQL types an untyped THEN as text
    const QString sql
        = u"SELECT period, building_id, SUM(total), SUM(collected), COUNT(*), SUM(CASE WHEN collected >= total THEN 1 ELSE 0 END)"
          " FROM (SELECT period, building_id, unit_id, SUM(total_fen) AS total, SUM(collected) AS collected"
          "  FROM (SELECT b.period, u.building_id, b.unit_id, b.total_fen, %1 AS collected"
          "   FROM bills b JOIN units u ON u.id = b.unit_id"
          "   WHERE b.estate_id = ? AND b.waived_at IS NULL AND b.due_date < ? AND b.period >= ? AND b.period <= ?%2) y"
          "  GROUP BY period, building_id, unit_id) x"
          " GROUP BY period, building_id"_s.arg(paidOf(u" AND p.paid_at < CASE b.period%1 END"_s.arg(ends)),
                                                buildingId.isEmpty() ? QString() : u" AND u.building_id = ?"_s);
    QSqlQuery &q = db.query(sql);
    int i = 0;
    for (const QString &period : periods) {
        q.bindValue(i++, period);
        q.bindValue(i++, endMs(zone, period));
    }
    q.bindValue(i++, estateId);
    q.bindValue(i++, today.toString(Qt::ISODate));
    q.bindValue(i++, periods.constFirst());
    q.bindValue(i++, periods.constLast());
    if (!buildingId.isEmpty())
        q.bindValue(i++, buildingId);
    if (!db.execPrepared(q))
        return false;
    while (q.next()) {
        Figures f;
        f.receivableFen = q.value(2).toLongLong();
        f.collectedFen = q.value(3).toLongLong();
        f.householdsBilled = q.value(4).toInt();
        f.householdsPaid = q.value(5).toInt();
        const QString period = q.value(0).toString(), building = q.value(1).toString();
        c->byPeriod[period][building].add(f);
        c->byPeriod[period][QString()].add(f);
        c->range[building].add(f);
        c->range[QString()].add(f);
    }
    q.finish();

    auto recovery = [&](const QString &fromPeriod, const QString &toPeriod, QMap<QString, Figures> &into) {
        QMap<QString, std::pair<qint64, qint64>> rec;
        if (!readRecovery(db, estateId, buildingId, Fees::periodStart(fromPeriod).toString(Qt::ISODate), startMs(zone, fromPeriod),
                          endMs(zone, toPeriod), &rec))
            return false;
        for (auto it = rec.cbegin(); it != rec.cend(); ++it) {
            for (const QString &key : {it.key(), QString()}) {
                into[key].arrearsStartFen += it->first;
                into[key].recoveredFen += it->second;
            }
        }
        return true;
    };
    for (const QString &period : periods) {
        // A month that has not begun has no arrears at its start yet.
        if (Fees::periodStart(period) > today)
            continue;
        if (!recovery(period, period, c->byPeriod[period]))
            return false;
    }
    if (!recovery(periods.constFirst(), periods.constLast(), c->range))
        return false;
    QSqlQuery &names = db.query(u"SELECT id, name FROM buildings WHERE estate_id = ?"_s);
    names.bindValue(0, estateId);
    if (!db.execPrepared(names))
        return false;
    while (names.next())
        c->buildingNames.insert(names.value(0).toString(), names.value(1).toString());
    names.finish();
    return true;
}

QStringList periodsBetween(const QString &from, const QString &to)
{
    QStringList out;
    for (QString p = from; p <= to && out.size() <= MaxMonths; p = Fees::addMonths(p, 1))
        out << p;
    return out;
}

bool fillKpis(Database &db, const KpiQuery &query, QJsonObject &out)
{
    const QTimeZone zone = estateZone(db, query.estateId);
    const QString first = Fees::periodOf(QDateTime::fromMSecsSinceEpoch(query.from, zone).date());
    const QString last = Fees::periodOf(QDateTime::fromMSecsSinceEpoch(query.to - 1, zone).date());
    const QStringList periods = periodsBetween(first, std::min(last, Fees::addMonths(first, MaxMonths - 1)));
    Collection c;
    if (periods.isEmpty() || !readCollection(db, query.estateId, {}, periods, estateToday(db, query.estateId, query.now), &c))
        return false;
    const Figures f = c.range.value(QString());
    out.insert(u"billedFen"_s, f.receivableFen);
    out.insert(u"collectedFen"_s, f.collectedFen);
    const int rate = Fees::permille(f.collectedFen, f.receivableFen);
    // The permille as the share the KPI schema has always carried (three decimals, exact).
    out.insert(u"collectionRate"_s, rate < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(rate / 1000.0));
    out.insert(u"collectionPermille"_s, permilleOrNull(f.collectedFen, f.receivableFen));
    out.insert(u"householdsBilled"_s, f.householdsBilled);
    out.insert(u"householdsPaid"_s, f.householdsPaid);
    out.insert(u"arrearsStartFen"_s, f.arrearsStartFen);
    out.insert(u"recoveredFen"_s, f.recoveredFen);
    return true;
}

// ---- routes -----------------------------------------------------------------------------

HttpReply badRequest(const QString &message)
{
    return HttpReply::error(400, u"validation_failed"_s, message);
}

HttpReply busy()
{
    HttpReply r = HttpReply::error(503, u"unavailable"_s, u"The store is busy; try again."_s);
    r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
    return r;
}

/// GET /v1/estates/{id}/arrears and /collection, for the office of that estate.
class ReportService final : public ModuleService
{
public:
    explicit ReportService(ServiceContext &ctx) : m_db(ctx.db)
    {
        ctx.http.route("GET", u"/v1/estates/{estateId}/arrears"_s, ApiServer::Access::Authenticated, 0,
                       [this](const Context &c) { arrears(c); });
        ctx.http.route("GET", u"/v1/estates/{estateId}/collection"_s, ApiServer::Access::Authenticated, 0,
                       [this](const Context &c) { collection(c); });
    }

private:
    /// The estate of the path when the caller works in it, or the refusal (404 before 403,
    /// so another estate's people learn nothing of it).
    std::optional<HttpReply> refusal(const RequestContext &ctx, const QString &estateId)
    {
        const Principal &who = *ctx.principal;
        if (!Json::isId(estateId) || !who.inEstate(estateId))
            return HttpReply::error(404, u"not_found"_s, u"There is no such estate."_s);
        if (!isOffice(who.role))
            return HttpReply::error(403, u"forbidden"_s, u"Only the office reads fee reports."_s);
        return std::nullopt;
    }

    /// The building of the query, which must be the estate's; empty for none.
    std::optional<QString> building(const QString &estateId, const QString &value, HttpReply *refusal)
    {
        if (value.isEmpty())
            return QString();
        if (!Json::isId(value)) {
            *refusal = badRequest(u"buildingId must be an id."_s);
            return std::nullopt;
        }
        if (m_db.scalar(u"SELECT estate_id FROM buildings WHERE id = ?"_s, {value}).toString() != estateId) {
            *refusal = HttpReply::error(404, u"not_found"_s, u"There is no such building."_s);
            return std::nullopt;
        }
        return value;
    }

    void arrears(const Context &ctx)
    {
        const QString estateId = ctx->params.value(0);
        if (auto no = refusal(*ctx, estateId))
            return ctx->respond(*no);
        QString buildingParam, sort = u"amount"_s;
        for (const auto &[key, value] : ctx->query.queryItems(QUrl::FullyDecoded)) {
            if (key == u"buildingId")
                buildingParam = value;
            else if (key == u"sort")
                sort = value;
            else
                return ctx->respond(HttpReply::error(400, u"unknown_field"_s, u"Only buildingId and sort are accepted."_s));
        }
        if (sort != u"amount" && sort != u"age")
            return ctx->respond(badRequest(u"sort is amount or age."_s));
        Database::Transaction snapshot(m_db, Database::Kind::Read);
        if (!snapshot.isOpen())
            return ctx->respond(busy());
        HttpReply bad;
        const std::optional<QString> buildingId = building(estateId, buildingParam, &bad);
        if (!buildingId)
            return ctx->respond(bad);
        const QDate today = estateToday(m_db, estateId, Json::nowMs());
        // The estate's list is kept per date and fingerprint, read in the same snapshot as the
        // list would be: another process's change (or this one's) changes the fingerprint.
        const QString fingerprint = arrearsFingerprint(m_db, estateId);
        if (fingerprint.isEmpty())
            return ctx->respond(busy());
        const QString key = today.toString(Qt::ISODate) + u'|' + fingerprint;
        ArrearsAnswer &answer = m_arrears[estateId];
        if (answer.key != key) {
            ArrearsAnswer fresh{key, policyOf(m_db, estateId), {}};
            if (!readArrears(m_db, estateId, today, fresh.policy, &fresh.rows))
                return ctx->respond(busy());
            answer = std::move(fresh);
            qCDebug(lcFeeReports) << "arrears read for" << estateId << "as of" << key;
        }
        snapshot.commit();
        const QString view = *buildingId + u'|' + sort;
        if (const auto kept = answer.bodies.constFind(view); kept != answer.bodies.cend()) {
            HttpReply reply;
            reply.body = *kept;
            return ctx->respond(reply);
        }
        const Policy &policy = answer.policy;
        QList<const ArrearsRow *> rows;
        rows.reserve(answer.rows.size());
        for (const ArrearsRow &r : std::as_const(answer.rows)) {
            if (buildingId->isEmpty() || r.buildingId == *buildingId)
                rows.append(&r);
        }
        std::sort(rows.begin(), rows.end(), [&sort](const ArrearsRow *a, const ArrearsRow *b) {
            if (sort == u"age" && a->oldestDue != b->oldestDue)
                return a->oldestDue < b->oldestDue;
            if (a->owedFen != b->owedFen)
                return a->owedFen > b->owedFen;
            return a->label < b->label;
        });
        QJsonArray units;
        std::array<qint64, Buckets> totalBuckets{};
        qint64 totalOwed = 0;
        int warnings = 0;
        for (const ArrearsRow *r : std::as_const(rows)) {
            for (int k = 0; k < Buckets; ++k)
                totalBuckets[size_t(k)] += r->buckets[size_t(k)];
            totalOwed += r->owedFen;
            warnings += r->warning ? 1 : 0;
            units.append(r->json);
        }
        const HttpReply reply = HttpReply::json(
            200, QJsonObject{{u"estateId"_s, estateId},
                             {u"asOf"_s, today.toString(Qt::ISODate)},
                             {u"buildingId"_s, buildingId->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*buildingId)},
                             {u"sort"_s, sort},
                             {u"warnAmountFen"_s, policy.warnAmountFen},
                             {u"warnMonths"_s, policy.warnMonths},
                             {u"units"_s, units},
                             {u"totals"_s, QJsonObject{{u"units"_s, units.size()},
                                                       {u"owedFen"_s, totalOwed},
                                                       {u"buckets"_s, bucketArray(totalBuckets)},
                                                       {u"warnings"_s, warnings}}}});
        answer.bodies.insert(view, reply.body);
        ctx->respond(reply);
    }

    void collection(const Context &ctx)
    {
        const QString estateId = ctx->params.value(0);
        if (auto no = refusal(*ctx, estateId))
            return ctx->respond(*no);
        QString from, to, buildingParam;
        for (const auto &[key, value] : ctx->query.queryItems(QUrl::FullyDecoded)) {
            if (key == u"from")
                from = value;
            else if (key == u"to")
                to = value;
            else if (key == u"buildingId")
                buildingParam = value;
            else
                return ctx->respond(HttpReply::error(400, u"unknown_field"_s, u"Only from, to and buildingId are accepted."_s));
        }
        if (!Fees::isPeriod(from) || !Fees::isPeriod(to) || from > to)
            return ctx->respond(badRequest(u"from and to are months (YYYY-MM), from not after to."_s));
        const QStringList periods = periodsBetween(from, to);
        if (periods.size() > MaxMonths)
            return ctx->respond(badRequest(u"At most %1 months at a time."_s.arg(MaxMonths)));
        Database::Transaction snapshot(m_db, Database::Kind::Read);
        if (!snapshot.isOpen())
            return ctx->respond(busy());
        // Agents see the figures only where the estate lets them.
        const Policy policy = policyOf(m_db, estateId);
        if (ctx->principal->role == Role::Agent && !policy.agentsSeeCollection)
            return ctx->respond(HttpReply::error(403, u"forbidden"_s, u"This estate shows collection figures to managers only."_s));
        HttpReply bad;
        const std::optional<QString> buildingId = building(estateId, buildingParam, &bad);
        if (!buildingId)
            return ctx->respond(bad);
        const QDate today = estateToday(m_db, estateId, Json::nowMs());
        Collection c;
        if (!readCollection(m_db, estateId, *buildingId, periods, today, &c))
            return ctx->respond(busy());
        snapshot.commit();
        auto monthsOf = [&](const QString &building) {
            QJsonArray months;
            for (const QString &period : periods) {
                QJsonObject o = c.byPeriod.value(period).value(building).json();
                o.insert(u"period"_s, period);
                months.append(o);
            }
            return months;
        };
        QJsonArray buildings;
        for (auto it = c.buildingNames.cbegin(); it != c.buildingNames.cend(); ++it) {
            if (!buildingId->isEmpty() && it.key() != *buildingId)
                continue;
            QJsonObject o = c.range.value(it.key()).json();
            o.insert(u"buildingId"_s, it.key());
            o.insert(u"name"_s, it.value());
            o.insert(u"months"_s, monthsOf(it.key()));
            buildings.append(o);
        }
        ctx->respond(HttpReply::json(
            200, QJsonObject{{u"estateId"_s, estateId},
                             {u"from"_s, from},
                             {u"to"_s, to},
                             {u"asOf"_s, today.toString(Qt::ISODate)},
                             {u"buildingId"_s, buildingId->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*buildingId)},
                             {u"months"_s, monthsOf(QString())},
                             {u"buildings"_s, buildings},
                             {u"total"_s, c.range.value(QString()).json()}}));
    }

    Database &m_db;
    QHash<QString, ArrearsAnswer> m_arrears; ///< estate -> its last arrears answer
};

} // namespace

qint64 unitArrearsFen(Database &db, const QString &unitId, QDate today)
{
    const QString estateId = db.scalar(u"SELECT estate_id FROM units WHERE id = ?"_s, {unitId}).toString();
    const QString sql = u"SELECT COALESCE(SUM(o.owed), 0) FROM (%1) o WHERE o.owed > 0"_s.arg(
        owedBills(db.isPostgres(), u"b.unit_id = ?"_s));
    return db.scalar(sql, owedEstates(db.isPostgres(), estateId) + QVariantList{unitId, bucketCutoffs(today)[0]}).toLongLong();
}

bool fillCollectionKpis(Database &db, const KpiQuery &query, QJsonObject &out)
{
    return fillKpis(db, query, out);
}

void registerReports(Registry &registry)
{
    registry.addService([](ServiceContext &ctx) -> std::unique_ptr<ModuleService> { return std::make_unique<ReportService>(ctx); });
}

} // namespace Courtyard::Server
