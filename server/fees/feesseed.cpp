// The demo estate's fees: five items (a property fee whose rate rose in July), a policy with
// late fees on, monthly water readings, and the year of bills up to the current month made by
// the generator, with payments recorded by the agent through recordPayment — most units pay
// every month, some late, some not for months, a few pay more and keep credit; one payment
// is reversed and one bill waived. Wang Fang's flat (unit-1-1-0301) shows a bit of everything.
// All in one transaction, through the same code the commands use.
#include "feesparts.h"

#include "database.h"
#include "fees/feerules.h"
#include "json.h"
#include "principal.h"
#include "registry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::FeesSeed {

namespace {

const QString Estate = u"est-1"_s;
const QString Home = u"unit-1-1-0301"_s;
constexpr qint64 Day = 24LL * 3600 * 1000;

struct DemoItem
{
    const char *id, *kind;
    QString name;
    QJsonArray statuses;
    int vacantPermille;
    qint64 rate;
};

/// How a unit pays, from its number: most every month, some every other month, some
/// stopped a few months ago, a few round up and keep credit.
enum class Habit { Monthly, EveryOther, Stopped, RoundsUp };

struct SeedUnit
{
    QString id;
    int floor = 0, door = 0, building = 0;
    [[nodiscard]] int mix() const { return floor * 7 + door * 3 + building * 5; }
    [[nodiscard]] Habit habit() const
    {
        switch (mix() % 20) {
        case 0: case 7: return Habit::Stopped;
        case 3: case 11: case 15: return Habit::EveryOther;
        case 5: return Habit::RoundsUp;
        default: return Habit::Monthly;
        }
    }
};

class DemoFees
{
public:
    DemoFees(SeedContext &ctx, Principal agent, Principal manager)
        : m_ctx(ctx), m_agent(std::move(agent)), m_manager(std::move(manager)),
          m_zone(estateZone(ctx.db, Estate)), m_current(Fees::periodOf(estateToday(ctx.db, Estate, ctx.now)))
    {
    }

    bool run(QString *error);

private:
    bool command(const Principal &who, const QString &type, const QJsonObject &payload, qint64 at, QString *error);
    bool setUp(QString *error);
    bool loadUnits();
    bool addReadings(const QString &period, QString *error);
    bool payPeriod(const QString &period, int back, QString *error);
    bool pay(const SeedUnit &unit, qint64 amount, qint64 at, const QStringList &bills, const QString &method, QString *error);
    bool homeAccount(QString *error);
    bool analyze(QString *error);
    [[nodiscard]] qint64 owed(const QString &unitId, const QString &period = {});
    [[nodiscard]] QString billOf(const QString &unitId, const QString &period);
    [[nodiscard]] qint64 at(const QString &period, int day, int hour) const;

    SeedContext &m_ctx;
    const Principal m_agent, m_manager;
    const QTimeZone m_zone;
    const QString m_current;
    QList<SeedUnit> m_units;
    QHash<QString, qint64> m_meter; ///< each unit's water meter
    int m_receipt = 0;
    int m_payments = 0;
    int m_bills = 0;
};

qint64 DemoFees::at(const QString &period, int day, int hour) const
{
    const QDate date = Fees::periodStart(period).addDays(day - 1);
    return std::min(QDateTime(date, QTime(hour, 0), m_zone).toMSecsSinceEpoch(), m_ctx.now - 3600 * 1000);
}

bool DemoFees::command(const Principal &who, const QString &type, const QJsonObject &payload, qint64 when, QString *error)
{
    CommandContext ctx{m_ctx.db, who, when, m_ctx.config, m_ctx.registry, {}};
    const CommandOutcome outcome = m_ctx.registry.command(type)->apply(ctx, payload);
    if (!outcome.applied())
        *error = u"demo fees: %1 refused: %2"_s.arg(type, outcome.message);
    return outcome.applied();
}

bool DemoFees::setUp(QString *error)
{
    const qint64 when = at(Fees::addMonths(m_current, -12), 1, 9);
    const QList<DemoItem> items{
        {"fee-item-property", "property", u"物业费"_s, {u"occupied"_s, u"vacant"_s}, 700, 23500},
        {"fee-item-parking", "parking", u"停车费"_s, {}, 1000, 3000000},
        {"fee-item-fund", "maintenance_fund", u"维修基金"_s, {u"occupied"_s, u"vacant"_s}, 1000, 2500},
        {"fee-item-water", "water", u"水费"_s, {u"occupied"_s}, 1000, 32000},
        {"fee-item-garbage", "fixed", u"垃圾清运费"_s, {u"occupied"_s}, 1000, 100000},
    };
    bool ok = command(m_manager, u"feePolicy.set"_s,
                      {{u"estateId"_s, Estate}, {u"dueDay"_s, 31}, {u"dueMonthOffset"_s, 0},
                       {u"lateFee"_s, QJsonObject{{u"enabled"_s, true}, {u"ratePpmPerDay"_s, 500}, {u"graceDays"_s, 30},
                                                  {u"capPermille"_s, 100}}},
                       {u"warnAmountFen"_s, 100000}, {u"warnMonths"_s, 3},
                       {u"instructions"_s, u"请通过工商银行转账（户名：翠湖花园物业，账号见公告栏）、微信或支付宝扫物业前台二维码缴费，"
                                           "或到物业前台现金、刷卡缴费。缴费后请保留凭证。"_s}},
                      when, error);
    const QString firstPeriod = Fees::addMonths(m_current, -11);
    for (const DemoItem &item : items) {
        const QString id = QString::fromLatin1(item.id);
        ok = ok && command(m_manager, u"feeItem.save"_s,
                           {{u"itemId"_s, id}, {u"estateId"_s, Estate}, {u"kind"_s, QString::fromLatin1(item.kind)},
                            {u"name"_s, item.name}, {u"rounding"_s, u"half_up"_s}, {u"statuses"_s, item.statuses},
                            {u"vacantPermille"_s, item.vacantPermille}, {u"active"_s, true}},
                           when, error);
        ok = ok && command(m_manager, u"feeRate.add"_s,
                           {{u"rateId"_s, id + u"-from-"_s + firstPeriod}, {u"itemId"_s, id},
                            {u"validFrom"_s, Fees::addMonths(firstPeriod, -1)}, {u"rateCentiFen"_s, item.rate}},
                           when, error);
    }
    // The new property fee standard (¥2.50) from the seventh month of the demo year.
    const QString raised = Fees::addMonths(firstPeriod, 6);
    return ok && command(m_manager, u"feeRate.add"_s,
                         {{u"rateId"_s, u"fee-item-property-from-"_s + raised}, {u"itemId"_s, u"fee-item-property"_s},
                          {u"validFrom"_s, raised}, {u"rateCentiFen"_s, 25000}},
                         when, error);
}

bool DemoFees::loadUnits()
{
    QSqlQuery &q = m_ctx.db.query(u"SELECT id, floor, number FROM units WHERE estate_id = ? AND status <> 'notHandedOver'"
                                  " ORDER BY id"_s);
    q.bindValue(0, Estate);
    if (!m_ctx.db.execPrepared(q))
        return false;
    while (q.next()) {
        const QString number = q.value(2).toString();
        m_units << SeedUnit{q.value(0).toString(), q.value(1).toInt(), number.right(2).toInt(), number.left(1).toInt()};
    }
    q.finish();
    return true;
}

/// Water meters are read on the period's first morning, before its bills are made; one flat's
/// meter is replaced half a year ago (the new one read from its start at 0). Stored directly
/// (one statement each, no audit entry): the demo's rounds, not acts to audit.
bool DemoFees::addReadings(const QString &period, QString *error)
{
    const bool replaceMonth = period == Fees::addMonths(m_current, -5);
    const qint64 when = at(period, 1, 8);
    QSqlQuery &insert = m_ctx.db.query(u"INSERT INTO meter_readings (id, estate_id, unit_id, meter, value_centi, read_on,"
                                       " replacement, start_centi, recorded_by, recorded_at, rev)"
                                       " VALUES (?, ?, ?, 'water', ?, ?, ?, 0, ?, ?, ?)"_s);
    for (const SeedUnit &unit : std::as_const(m_units)) {
        const bool replaced = replaceMonth && unit.id == u"unit-1-1-0302";
        const qint64 usage = 600 + (unit.mix() * 37 + period.right(2).toInt() * 11) % 1400; // 6–20 m³ a month
        qint64 &value = m_meter[unit.id];
        value = replaced ? usage : value > 0 ? value + usage : 10000 + unit.mix() * 1731 % 50000;
        const QVariantList values{u"mr-%1-%2"_s.arg(unit.id, period), Estate, unit.id, value,
                                  Fees::periodStart(period).toString(Qt::ISODate), replaced ? 1 : 0, m_agent.id, when,
                                  m_ctx.db.nextRevision()};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!m_ctx.db.execPrepared(insert)) {
            *error = u"demo fees: could not store a reading"_s;
            return false;
        }
    }
    return true;
}

QString DemoFees::billOf(const QString &unitId, const QString &period)
{
    return m_ctx.db.scalar(u"SELECT id FROM bills WHERE unit_id = ? AND period = ?"_s, {unitId, period}).toString();
}

/// What the unit owes on all its bills (or on one period's).
qint64 DemoFees::owed(const QString &unitId, const QString &period)
{
    return m_ctx.db
        .scalar(u"SELECT COALESCE(SUM(b.total_fen - "_s + paidSql(u"b"_s)
                    + u"), 0) FROM bills b WHERE b.unit_id = ? AND b.waived_at IS NULL AND (? = '' OR b.period = ?)"_s,
                {unitId, period.isEmpty() ? u""_s : period, period.isEmpty() ? u""_s : period})
        .toLongLong();
}

bool DemoFees::pay(const SeedUnit &unit, qint64 amount, qint64 when, const QStringList &bills, const QString &method,
                   QString *error)
{
    if (amount <= 0)
        return true;
    PaymentInput in;
    in.id = QUuid::createUuidV5(QUuid(), u"demo-payment-%1"_s.arg(++m_receipt)).toString(QUuid::WithoutBraces);
    in.unitId = unit.id;
    in.amountFen = amount;
    in.method = method;
    in.deviceReceiptNo = u"A1-%1"_s.arg(m_receipt, 5, 10, QLatin1Char('0'));
    in.paidAt = when;
    in.billIds = bills;
    CommandContext ctx{m_ctx.db, m_agent, when + 60 * 1000, m_ctx.config, m_ctx.registry, {}};
    const CommandOutcome outcome = recordPayment(ctx, in);
    if (!outcome.applied())
        *error = u"demo fees: a payment was refused: "_s + outcome.message;
    ++m_payments;
    return outcome.applied();
}

/// The payments of the bills of @p back months ago, as each unit's habit has it.
bool DemoFees::payPeriod(const QString &period, int back, QString *error)
{
    static const QStringList methods{u"wechat"_s, u"alipay"_s, u"bank"_s, u"wechat"_s, u"cash"_s, u"card"_s, u"pos"_s};
    for (const SeedUnit &unit : std::as_const(m_units)) {
        const QString method = methods.at((unit.mix() + back) % methods.size());
        const qint64 when = at(period, 3 + unit.mix() % 20, 10 + unit.mix() % 8);
        bool pays = when < m_ctx.now - 3600 * 1000; // not yet, this month
        qint64 amount = owed(unit.id);
        QStringList picked;
        if (unit.id == Home) {
            pays = back >= 3; // the rest in homeAccount()
            amount = owed(Home, period);
            picked << billOf(Home, period);
        } else if (unit.habit() == Habit::EveryOther) {
            pays = pays && back % 2 == 1;
        } else if (unit.habit() == Habit::Stopped) {
            pays = pays && back > 2 + unit.mix() % 7; // stopped 2 to 8 months ago
        } else if (unit.habit() == Habit::RoundsUp) {
            amount = (amount / 10000 + 1) * 10000; // up to the next ¥100: the rest is credit
        }
        if (pays && amount > 0 && !pay(unit, amount, when, picked, method, error))
            return false;
    }
    return true;
}

/// Wang Fang: earlier months paid (payPeriod), the bill of two months ago unpaid (overdue),
/// last month's paid with ¥500 more kept as credit, this month's partly paid.
bool DemoFees::homeAccount(QString *error)
{
    const SeedUnit home{Home, 3, 1, 1};
    const QString last = Fees::addMonths(m_current, -1);
    const qint64 now = m_ctx.now - 2 * 3600 * 1000;
    return pay(home, owed(Home, last) + 50000, now - Day, {billOf(Home, last)}, u"alipay"_s, error)
           && pay(home, 10000, now, {billOf(Home, m_current)}, u"cash"_s, error);
}

/// On PostgreSQL: statistics of the tables as they grow inside this one transaction, so the
/// statements prepared while they were empty are planned again (they would scan whole tables).
bool DemoFees::analyze(QString *error)
{
    return !m_ctx.db.isPostgres()
           || m_ctx.db.execDirect(u"ANALYZE bills, bill_lines, payments, payment_allocations, meter_readings"_s, error);
}

bool DemoFees::run(QString *error)
{
    if (!setUp(error) || !loadUnits())
        return false;
    for (int back = 12; back >= 0; --back) {
        const QString period = Fees::addMonths(m_current, -back);
        if (!addReadings(period, error))
            return false;
        if (back == 12)
            continue; // the readings of the month before only set where the meters stand
        BillGeneration::Report report;
        if (!BillGeneration::generateIn(m_ctx.db, Estate, period, at(period, 1, 9), m_manager.id, &report, error)
            || (back % 3 == 2 && !analyze(error)))
            return false;
        m_bills += report.created;
        // A vacant flat's bill waived (the owner abroad, agreed with the committee).
        if (back == 8 && !command(m_manager, u"bill.waive"_s,
                                  {{u"billId"_s, billOf(u"unit-1-1-0501"_s, period)}, {u"reason"_s, u"业主委员会同意减免"_s}},
                                  at(period, 2, 10), error))
            return false;
        if (!payPeriod(period, back, error))
            return false;
        // A bank transfer that bounced, reversed by the manager.
        if (back == 2) {
            const QString bounced = m_ctx.db.scalar(u"SELECT id FROM payments WHERE estate_id = 'est-1' AND method = 'bank'"
                                                    " AND unit_id <> ? ORDER BY paid_at DESC, id LIMIT 1"_s, {Home}).toString();
            if (!bounced.isEmpty()
                && !command(m_manager, u"payment.reverse"_s, {{u"paymentId"_s, bounced}, {u"reason"_s, u"银行退票"_s}},
                            at(period, 27, 11), error))
                return false;
        }
    }
    return homeAccount(error);
}

} // namespace

bool demo(SeedContext &ctx, QString *error)
{
    Database &db = ctx.db;
    // Done already, or the estate has bills of its own (a store from before fee items).
    if (db.scalar(u"SELECT 1 FROM fee_items WHERE estate_id = 'est-1'"_s).isValid()
        || db.scalar(u"SELECT 1 FROM bills WHERE estate_id = 'est-1'"_s).isValid())
        return true;
    const std::optional<Principal> agent = Principals::load(db, ctx.registry, u"usr-agent-1"_s);
    const std::optional<Principal> manager = Principals::load(db, ctx.registry, u"usr-mgr-1"_s);
    if (!agent || !manager) {
        *error = u"demo fees: the demo staff are missing"_s;
        return false;
    }
    Database::Transaction tx(db, Database::Kind::Revisioned);
    DemoFees fees(ctx, *agent, *manager);
    if (!tx.isOpen() || !fees.run(error) || db.transactionFailed() || !tx.commit()) {
        if (error->isEmpty())
            *error = u"could not store the demo fees"_s;
        return false;
    }
    ctx.report << u"fees: a year of bills and payments"_s;
    return seedReminders(ctx, error);
}

} // namespace Courtyard::Server::FeesSeed
