// The commands that set what bills are made from: the estate's fee policy, fee items and
// their rates (a manager's), meter readings (staff's, offline too). Each checks who may act
// on which estate (403 / 404), reads its payload strictly (400 with a code, nothing changed),
// stores with new revisions and writes the audit entry in the same transaction.
#include "feesparts.h"

#include "auditlog.h"
#include "database.h"
#include "estate/unitkinds.h"
#include "fees/feerules.h"
#include "json.h"
#include "payloadreader.h"
#include "platformmodule.h"
#include "principal.h"
#include "registry.h"
#include "text.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

using namespace FeesCommand;

// The unit purposes and statuses items apply by: the estate's own (core/domain).
const QStringList UnitPurposes = UnitKinds::purposes();
const QStringList UnitStatuses = UnitKinds::statuses();
constexpr int NameMax = 32;
constexpr int InstructionsMax = 1000;
constexpr int PhotosPerReading = 3;
/// Rates up to ¥100,000 per unit per month; readings up to 10^9 units.
constexpr qint64 RateMax = 10'000'000'000LL;
constexpr qint64 ReadingMax = 100'000'000'000LL;

/// A list of distinct words out of @p choices, as a comma list ("" for an empty list).
std::optional<QString> choiceList(PayloadReader &r, const QJsonObject &payload, const QString &key,
                                  const QStringList &choices)
{
    if (!r.ok() || !payload.contains(key))
        return u""_s; // not null: the column is NOT NULL
    QStringList out;
    const QJsonValue v = payload.value(key);
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString() || !choices.contains(e.toString()) || out.contains(e.toString())) {
            out.clear();
            r.fail(u"validation_failed"_s, u"'%1' must be a list of distinct values of: %2."_s.arg(key, choices.join(u", "_s)));
            return std::nullopt;
        }
        out << e.toString();
    }
    if (!v.isArray()) {
        r.fail(u"validation_failed"_s, u"'%1' must be a list."_s.arg(key));
        return std::nullopt;
    }
    return out.isEmpty() ? u""_s : out.join(u',');
}

/// Plain text of 1..max characters without control characters.
std::optional<QString> plainText(PayloadReader &r, const QString &key, bool required, int max)
{
    std::optional<QString> v = r.text(key, required, max);
    if (v && Text::hasControlCharacters(*v)) {
        r.fail(u"validation_failed"_s, u"'%1' must be plain text."_s.arg(key));
        return std::nullopt;
    }
    return v;
}

// ---- policy ---------------------------------------------------------------------------------

struct PolicyRow
{
    qint64 dueDay = 31, dueMonthOffset = 0, lateEnabled = 0, latePpm = 500, lateGrace = 30, lateCap = 100;
    qint64 warnAmount = 100000, warnMonths = 3;
    QString instructions = u""_s;
    qint64 agentsSeeCollection = 0;
};

PolicyRow storedPolicy(Database &db, const QString &estateId)
{
    PolicyRow row;
    QSqlQuery &q = db.query(u"SELECT due_day, due_month_offset, late_fee_enabled, late_fee_ppm, late_fee_grace_days,"
                            " late_fee_cap_permille, warn_amount_fen, warn_months, instructions, agents_see_collection FROM fee_policies"
                            " WHERE estate_id = ?"_s);
    q.bindValue(0, estateId);
    if (db.execPrepared(q) && q.next())
        row = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
               q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong(),
               q.value(8).toString(), q.value(9).toLongLong()};
    q.finish();
    return row;
}

/// Sets @p target from @p value when the field was given.
template<typename T>
void keep(T &target, const std::optional<T> &value)
{
    if (value)
        target = *value;
}

/// Fields left out keep their current value (or the default of a first policy).
CommandOutcome setPolicy(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"estateId"_s, u"dueDay"_s, u"dueMonthOffset"_s, u"lateFee"_s, u"warnAmountFen"_s,
                              u"warnMonths"_s, u"instructions"_s, u"agentsSeeCollection"_s});
    const std::optional<QString> estateId = r.id(u"estateId"_s, true);
    const auto dueDay = r.integer(u"dueDay"_s, false, 1, 31);
    const auto offset = r.integer(u"dueMonthOffset"_s, false, 0, 3);
    const auto lateFee = r.object(u"lateFee"_s, false);
    const auto warnAmount = r.integer(u"warnAmountFen"_s, false, 0, 100'000'000'000LL);
    const auto warnMonths = r.integer(u"warnMonths"_s, false, 0, 120);
    const auto instructions = r.has(u"instructions"_s) && payload.value(u"instructions"_s).toString().isEmpty()
                                  ? std::optional<QString>(u""_s)
                                  : plainText(r, u"instructions"_s, false, InstructionsMax);
    const auto agentsSee = r.boolean(u"agentsSeeCollection"_s);
    if (!r.ok())
        return invalid(r);
    PayloadReader late(lateFee.value_or(QJsonObject()), {u"enabled"_s, u"ratePpmPerDay"_s, u"graceDays"_s, u"capPermille"_s});
    const auto enabled = late.boolean(u"enabled"_s);
    const auto ppm = late.integer(u"ratePpmPerDay"_s, false, 0, 10'000);
    const auto grace = late.integer(u"graceDays"_s, false, 0, 365);
    const auto cap = late.integer(u"capPermille"_s, false, 0, 1000);
    if (!late.ok())
        return invalid(late);
    if (auto refusal = allowed(ctx, *estateId, {Role::Manager}, u"estate"_s))
        return *refusal;
    PolicyRow row = storedPolicy(ctx.db, *estateId);
    keep(row.dueDay, dueDay);
    keep(row.dueMonthOffset, offset);
    keep(row.warnAmount, warnAmount);
    keep(row.warnMonths, warnMonths);
    keep(row.instructions, instructions);
    if (enabled)
        row.lateEnabled = *enabled ? 1 : 0;
    keep(row.latePpm, ppm);
    keep(row.lateGrace, grace);
    keep(row.lateCap, cap);
    if (agentsSee)
        row.agentsSeeCollection = *agentsSee ? 1 : 0;
    const QString id = u"fee-policy-"_s + *estateId;
    const QVariantList values{row.dueDay,    row.dueMonthOffset, row.lateEnabled, row.latePpm,      row.lateGrace,
                              row.lateCap,   row.warnAmount,     row.warnMonths,  row.instructions, row.agentsSeeCollection,
                              ctx.db.nextRevision(),     *estateId};
    const bool exists = ctx.db.scalar(u"SELECT 1 FROM fee_policies WHERE estate_id = ?"_s, {*estateId}).isValid();
    const bool ok = exists ? ctx.db.exec(u"UPDATE fee_policies SET due_day = ?, due_month_offset = ?, late_fee_enabled = ?,"
                                         " late_fee_ppm = ?, late_fee_grace_days = ?, late_fee_cap_permille = ?,"
                                         " warn_amount_fen = ?, warn_months = ?, instructions = ?, agents_see_collection = ?,"
                                         " rev = ? WHERE estate_id = ?"_s,
                                         values)
                           : ctx.db.exec(u"INSERT INTO fee_policies (due_day, due_month_offset, late_fee_enabled, late_fee_ppm,"
                                         " late_fee_grace_days, late_fee_cap_permille, warn_amount_fen, warn_months,"
                                         " instructions, agents_see_collection, rev, estate_id, id)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                         values + QVariantList{id});
    const QString summary = u"Set the fee policy: due day %1 (+%2 months), late fees %3 (%4 ppm/day after %5 days,"
                            " cap %6‰), warning at %7 or %8 months, collection figures for %9"_s.arg(row.dueDay).arg(row.dueMonthOffset)
                                .arg(row.lateEnabled ? u"on"_s : u"off"_s).arg(row.latePpm).arg(row.lateGrace)
                                .arg(row.lateCap).arg(Money::format(row.warnAmount)).arg(row.warnMonths)
                                .arg(row.agentsSeeCollection ? u"agents and managers"_s : u"managers"_s);
    if (!ok || !audit(ctx, *estateId, u"feePolicy.set"_s, u"feePolicy"_s, id, summary))
        return CommandOutcome::failure(u"Could not store the fee policy."_s);
    return CommandOutcome::done(u"feePolicy"_s, id);
}

// ---- items and rates ------------------------------------------------------------------------

CommandOutcome saveItem(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"itemId"_s, u"estateId"_s, u"kind"_s, u"name"_s, u"rounding"_s, u"purposes"_s,
                              u"statuses"_s, u"vacantPermille"_s, u"active"_s});
    QStringList kinds = Fees::itemKinds();
    kinds.removeAll(u"late_fee"_s); // only ever a line
    const std::optional<QString> id = r.id(u"itemId"_s, true);
    const std::optional<QString> estateId = r.id(u"estateId"_s, true);
    const std::optional<QString> kind = r.choice(u"kind"_s, true, kinds);
    const std::optional<QString> name = plainText(r, u"name"_s, true, NameMax);
    const std::optional<QString> rounding = r.choice(u"rounding"_s, false, {u"half_up"_s, u"up"_s, u"down"_s});
    const std::optional<QString> purposes = choiceList(r, payload, u"purposes"_s, UnitPurposes);
    const std::optional<QString> statuses = choiceList(r, payload, u"statuses"_s, UnitStatuses);
    const std::optional<qint64> vacant = r.integer(u"vacantPermille"_s, false, 0, 1000);
    const std::optional<bool> active = r.boolean(u"active"_s);
    if (!r.ok())
        return invalid(r);
    if (auto refusal = allowed(ctx, *estateId, {Role::Manager}, u"estate"_s))
        return *refusal;
    const QString existing = estateOf(ctx.db, u"fee_items"_s, *id);
    if (!existing.isEmpty() && existing != *estateId)
        return notFound(u"fee item"_s);
    const QVariantList values{*kind, Text::clean(*name), rounding.value_or(u"half_up"_s), *purposes, *statuses,
                              vacant.value_or(1000), active.value_or(true) ? 1 : 0, ctx.db.nextRevision(), *id};
    const bool ok = existing.isEmpty()
                        ? ctx.db.exec(u"INSERT INTO fee_items (kind, name, rounding, purposes, statuses, vacant_permille,"
                                      " active, rev, id, estate_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                      values + QVariantList{*estateId})
                        : ctx.db.exec(u"UPDATE fee_items SET kind = ?, name = ?, rounding = ?, purposes = ?, statuses = ?,"
                                      " vacant_permille = ?, active = ?, rev = ? WHERE id = ?"_s,
                                      values);
    if (!ok
        || !audit(ctx, *estateId, existing.isEmpty() ? u"feeItem.create"_s : u"feeItem.update"_s, u"feeItem"_s, *id,
                  u"%1 fee item %2 (%3, %4)"_s.arg(existing.isEmpty() ? u"Added"_s : u"Changed"_s, Text::clean(*name), *kind,
                                                  active.value_or(true) ? u"active"_s : u"inactive"_s)))
        return CommandOutcome::failure(u"Could not store the fee item."_s);
    return CommandOutcome::done(u"feeItem"_s, *id);
}

/// A new standard from a period on; never for a period already billed, so no old bill
/// would disagree with its rate.
CommandOutcome addRate(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"rateId"_s, u"itemId"_s, u"validFrom"_s, u"rateCentiFen"_s});
    const std::optional<QString> id = r.id(u"rateId"_s, true);
    const std::optional<QString> itemId = r.id(u"itemId"_s, true);
    const std::optional<QString> from = r.text(u"validFrom"_s, true, 7);
    const std::optional<qint64> rate = r.integer(u"rateCentiFen"_s, true, 0, RateMax);
    if (r.ok() && !Fees::isPeriod(*from))
        r.fail(u"bad_period"_s, u"'validFrom' must be a month such as 2026-07."_s);
    if (!r.ok())
        return invalid(r);
    const QString estateId = estateOf(ctx.db, u"fee_items"_s, *itemId);
    if (auto refusal = allowed(ctx, estateId, {Role::Manager}, u"fee item"_s))
        return *refusal;
    if (ctx.db.scalar(u"SELECT 1 FROM fee_rates WHERE id = ?"_s, {*id}).isValid())
        return conflict(u"id_taken"_s, u"A rate with this id exists already."_s);
    if (ctx.db.scalar(u"SELECT 1 FROM fee_rates WHERE item_id = ? AND valid_from = ?"_s, {*itemId, *from}).isValid())
        return conflict(u"rate_exists"_s, u"The item has a rate from this period already."_s);
    if (ctx.db.scalar(u"SELECT 1 FROM bill_lines l JOIN bills b ON b.id = l.bill_id WHERE l.item_id = ? AND b.period >= ?"_s,
                      {*itemId, *from})
            .isValid())
        return conflict(u"already_billed"_s, u"Bills of this period or later use the item already; choose a later period."_s);
    const QString name = ctx.db.scalar(u"SELECT name FROM fee_items WHERE id = ?"_s, {*itemId}).toString();
    if (!ctx.db.exec(u"INSERT INTO fee_rates (id, item_id, estate_id, valid_from, rate_centi_fen, created_by, created_at, rev)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {*id, *itemId, estateId, *from, *rate, ctx.who.id, ctx.now, ctx.db.nextRevision()})
        // The item carries its rates: its phones learn the new one.
        || !ctx.db.exec(u"UPDATE fee_items SET rev = ? WHERE id = ?"_s, {ctx.db.nextRevision(), *itemId})
        || !audit(ctx, estateId, u"feeRate.add"_s, u"feeItem"_s, *itemId,
                  u"Rate of %1 from %2: %3"_s.arg(name, *from, Fees::rateText(*rate))))
        return CommandOutcome::failure(u"Could not store the rate."_s);
    return CommandOutcome::done(u"feeItem"_s, *itemId);
}

// ---- meter readings -------------------------------------------------------------------------

/// The meter's last value up to @p readOn (after a replacement: the new meter's), or -1 for a
/// first reading.
qint64 lastValue(Database &db, const QString &unitId, const QString &meter, const QString &readOn)
{
    qint64 last = -1;
    QSqlQuery &q = db.query(u"SELECT value_centi FROM meter_readings WHERE unit_id = ? AND meter = ? AND read_on <= ?"
                            " ORDER BY read_on DESC, recorded_at DESC, id DESC LIMIT 1"_s);
    q.bindValue(0, unitId);
    q.bindValue(1, meter);
    q.bindValue(2, readOn);
    if (db.execPrepared(q) && q.next())
        last = q.value(0).toLongLong();
    q.finish();
    return last;
}

CommandOutcome recordReading(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"readingId"_s, u"unitId"_s, u"meter"_s, u"valueCenti"_s, u"readOn"_s, u"replacement"_s,
                              u"startCenti"_s, u"photos"_s});
    const std::optional<QString> id = r.id(u"readingId"_s, true);
    const std::optional<QString> unitId = r.id(u"unitId"_s, true);
    const std::optional<QString> meter = r.choice(u"meter"_s, true, Fees::meters());
    const std::optional<qint64> value = r.integer(u"valueCenti"_s, true, 0, ReadingMax);
    const std::optional<QString> readOnText = r.text(u"readOn"_s, true, 10);
    const bool replacement = r.boolean(u"replacement"_s).value_or(false);
    const qint64 start = r.integer(u"startCenti"_s, false, 0, ReadingMax).value_or(0);
    const QStringList photos = r.hashes(u"photos"_s, PhotosPerReading).value_or(QStringList());
    const QDate readOn = readOnText ? QDate::fromString(*readOnText, Qt::ISODate) : QDate();
    if (r.ok() && !readOn.isValid())
        r.fail(u"validation_failed"_s, u"'readOn' must be a date such as 2026-12-05."_s);
    if (!r.ok())
        return invalid(r);
    const QString estateId = estateOf(ctx.db, u"units"_s, *unitId);
    if (auto refusal = allowed(ctx, estateId, {Role::Technician, Role::Agent, Role::Manager}, u"unit"_s))
        return *refusal;
    // A day ahead at most: a phone's calendar may run a little ahead of the estate's.
    if (readOn > estateToday(ctx.db, estateId, ctx.now).addDays(1))
        return refuse(u"in_future"_s, u"A reading cannot be dated after today."_s);
    if (ctx.db.scalar(u"SELECT 1 FROM meter_readings WHERE id = ?"_s, {*id}).isValid())
        return conflict(u"id_taken"_s, u"A reading with this id exists already."_s);
    const QString problem = Fees::readingProblem(lastValue(ctx.db, *unitId, *meter, *readOnText), *value, replacement, start);
    if (problem == u"lower")
        return conflict(u"lower_than_last"_s, u"The value is below the meter's last reading; mark a meter replacement."_s);
    if (problem == u"below_start")
        return refuse(u"below_start"_s, u"A new meter's reading cannot be below its start value."_s);
    if (!problem.isEmpty())
        return refuse(u"validation_failed"_s, u"The reading cannot be taken (%1)."_s.arg(problem));
    if (const QString missing = Attachments::firstNotOwned(ctx.db, photos, ctx.who.id); !missing.isEmpty())
        return refuse(u"unknown_photo"_s, u"Upload the photo before the reading."_s);
    if (!ctx.db.exec(u"INSERT INTO meter_readings (id, estate_id, unit_id, meter, value_centi, read_on, replacement,"
                     " start_centi, photos, recorded_by, recorded_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {*id, estateId, *unitId, *meter, *value, *readOnText, replacement ? 1 : 0, start,
                      QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(photos)).toJson(QJsonDocument::Compact)),
                      ctx.who.id, ctx.now, ctx.db.nextRevision()})
        // Whoever may see the reading may fetch its photos.
        || !Attachments::link(ctx.db, u"meterReading"_s, *id, photos, false)
        || !audit(ctx, estateId, u"meterReading.record"_s, u"meterReading"_s, *id,
                  u"%1 reading %2 on %3%4"_s.arg(*meter, Money::centiText(*value), *readOnText,
                                                 replacement ? u" (meter replaced)"_s : QString())))
        return CommandOutcome::failure(u"Could not store the reading."_s);
    return CommandOutcome::done(u"meterReading"_s, *id);
}

} // namespace

namespace FeesCommand {

CommandOutcome invalid(const PayloadReader &r)
{
    return CommandOutcome::refuse(400, r.errorCode(), r.errorMessage());
}
CommandOutcome refuse(const QString &code, const QString &message)
{
    return CommandOutcome::refuse(400, code, message);
}
CommandOutcome conflict(const QString &code, const QString &message)
{
    return CommandOutcome::refuse(409, code, message);
}
CommandOutcome notFound(const QString &what)
{
    return CommandOutcome::refuse(404, u"not_found"_s, u"There is no such %1."_s.arg(what));
}

std::optional<CommandOutcome> allowed(const CommandContext &ctx, const QString &estateId, std::initializer_list<Role> roles,
                                      const QString &what)
{
    // A resident of the estate learns nothing either: 403 for the role comes after the estate.
    if (estateId.isEmpty() || !ctx.who.inEstate(estateId))
        return notFound(what);
    if (std::find(roles.begin(), roles.end(), ctx.who.role) == roles.end())
        return CommandOutcome::refuse(403, u"forbidden"_s, u"Your role may not do this."_s);
    return std::nullopt;
}

QString estateOf(Database &db, const QString &table, const QString &id)
{
    return db.scalar(u"SELECT estate_id FROM %1 WHERE id = ?"_s.arg(table), {id}).toString();
}

bool audit(CommandContext &ctx, const QString &estateId, const QString &action, const QString &kind, const QString &id,
           const QString &summary)
{
    return AuditLog::record(ctx.db, {estateId, ctx.who.id, action, kind, id, summary, ctx.address}, ctx.now);
}

} // namespace FeesCommand

void registerFeeCommands(Registry &registry)
{
    registry.addCommand({u"feePolicy.set"_s, setPolicy});
    registry.addCommand({u"feeItem.save"_s, saveItem});
    registry.addCommand({u"feeRate.add"_s, addRate});
    registry.addCommand({u"meterReading.record"_s, recordReading});
}

} // namespace Courtyard::Server
