// The estate module's administrative commands (docs/ESTATE-ADMIN.md). Each checks who may
// act on which object (403 for a role that may not, 404 for an object outside the person's
// estates, as if it did not exist), writes the change with new revisions, and records the
// act in the audit log in the same transaction.
#include "estateparts.h"

#include "accounts.h"
#include "auditlog.h"
#include "database.h"
#include "estate/unitkinds.h"
#include "estateseed.h"
#include "fieldlimits.h"
#include "joincodes.h"
#include "json.h"
#include "payloadreader.h"
#include "platformmodule.h"
#include "principal.h"
#include "registry.h"
#include "scopechange.h"
#include "text.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
const QStringList Purposes = UnitKinds::purposes();
const QStringList UnitStatuses = UnitKinds::statuses();
const QStringList DispatchModes{u"assign"_s, u"pool"_s, u"roundRobin"_s};
const QStringList StaffRoles{u"agent"_s, u"technician"_s, u"manager"_s};

CommandOutcome invalid(const PayloadReader &r)
{
    return CommandOutcome::refuse(400, r.errorCode(), r.errorMessage());
}
CommandOutcome forbidden(const QString &message)
{
    return CommandOutcome::refuse(403, u"forbidden"_s, message);
}
CommandOutcome notFound(const QString &what)
{
    return CommandOutcome::refuse(404, u"not_found"_s, u"There is no such %1."_s.arg(what));
}
CommandOutcome conflict(const QString &code, const QString &message)
{
    return CommandOutcome::refuse(409, code, message);
}

bool audit(CommandContext &ctx, const QString &estateId, const QString &action, const QString &kind, const QString &id,
           const QString &summary)
{
    return AuditLog::record(ctx.db, {estateId, ctx.who.id, action, kind, id, summary, ctx.address}, ctx.now);
}

/// The estate of a row of @p table, or empty when it does not exist.
QString estateOf(Database &db, const QString &table, const QString &id)
{
    return db.scalar(u"SELECT estate_id FROM %1 WHERE id = ?"_s.arg(table), {id}).toString();
}

/// A manager of @p estateId (which must be one of theirs), or the refusal.
std::optional<CommandOutcome> needManager(const CommandContext &ctx, const QString &estateId, const QString &what)
{
    if (estateId.isEmpty() || !ctx.who.inEstate(estateId))
        return notFound(what);
    if (ctx.who.role != Role::Manager)
        return forbidden(u"Only a manager of the estate may do this."_s);
    return std::nullopt;
}

/// A name, an address: cleaned text of 1..max code points, without control characters.
std::optional<QString> cleanText(PayloadReader &r, const QString &key, bool required, int max)
{
    std::optional<QString> v = r.text(key, required, max);
    if (v && (Text::hasControlCharacters(*v) || Text::clean(*v).isEmpty())) {
        r.fail(u"validation_failed"_s, u"'%1' must be plain text."_s.arg(key));
        return std::nullopt;
    }
    return v ? std::optional<QString>(Text::clean(*v)) : std::nullopt;
}

bool isDigits(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// ---- estate settings ------------------------------------------------------------------

CommandOutcome updateEstate(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"estateId"_s, u"name"_s, u"address"_s, u"timeZone"_s, u"dispatchMode"_s, u"ownerInvites"_s});
    const std::optional<QString> estateId = r.id(u"estateId"_s, true);
    const std::optional<QString> name = cleanText(r, u"name"_s, false, Limits::NameMax);
    const std::optional<QString> address = cleanText(r, u"address"_s, false, 200);
    const std::optional<QString> zone = r.text(u"timeZone"_s, false, 64);
    const std::optional<QString> mode = r.choice(u"dispatchMode"_s, false, DispatchModes);
    const std::optional<bool> invites = r.boolean(u"ownerInvites"_s);
    if (r.ok() && zone && !QTimeZone::isTimeZoneIdAvailable(zone->toUtf8()))
        r.fail(u"validation_failed"_s, u"'timeZone' must be an IANA time zone name such as Asia/Shanghai."_s);
    if (!r.ok())
        return invalid(r);
    if (auto refusal = needManager(ctx, *estateId, u"estate"_s))
        return *refusal;
    QStringList changed;
    QStringList sets;
    QVariantList values;
    auto set = [&](const QString &column, const QVariant &value, const QString &label) {
        sets << column + u" = ?"_s;
        values << value;
        changed << label;
    };
    if (name)
        set(u"name"_s, *name, u"name"_s);
    if (address)
        set(u"address"_s, *address, u"address"_s);
    if (zone)
        set(u"time_zone"_s, *zone, u"time zone %1"_s.arg(*zone));
    if (mode)
        set(u"dispatch_mode"_s, *mode, u"dispatch %1"_s.arg(*mode));
    if (invites)
        set(u"owner_invites"_s, *invites ? 1 : 0, *invites ? u"owner invites on"_s : u"owner invites off"_s);
    if (sets.isEmpty())
        return CommandOutcome::refuse(400, u"validation_failed"_s, u"Nothing to change."_s);
    values << ctx.db.nextRevision() << *estateId;
    if (!ctx.db.exec(u"UPDATE estates SET %1, rev = ? WHERE id = ?"_s.arg(sets.join(u", "_s)), values)
        || !audit(ctx, *estateId, u"estate.update"_s, u"estate"_s, *estateId, u"Changed "_s + changed.join(u", "_s)))
        return CommandOutcome::failure(u"Could not store the estate."_s);
    return CommandOutcome::done(u"estate"_s, *estateId);
}

// ---- buildings, units, parking -----------------------------------------------------------

CommandOutcome saveBuilding(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"id"_s, u"estateId"_s, u"name"_s});
    const std::optional<QString> id = r.id(u"id"_s, true);
    const std::optional<QString> estateId = r.id(u"estateId"_s, true);
    const std::optional<QString> name = cleanText(r, u"name"_s, true, Limits::NameMax);
    if (!r.ok())
        return invalid(r);
    if (auto refusal = needManager(ctx, *estateId, u"estate"_s))
        return *refusal;
    const QString existing = estateOf(ctx.db, u"buildings"_s, *id);
    if (!existing.isEmpty() && existing != *estateId)
        return notFound(u"building"_s);
    if (ctx.db.scalar(u"SELECT 1 FROM buildings WHERE estate_id = ? AND name = ? AND id <> ?"_s, {*estateId, *name, *id}).isValid())
        return conflict(u"name_taken"_s, u"The estate has a building with this name already."_s);
    const bool ok = existing.isEmpty()
                        ? ctx.db.exec(u"INSERT INTO buildings (id, estate_id, name, rev) VALUES (?, ?, ?, ?)"_s,
                                      {*id, *estateId, *name, ctx.db.nextRevision()})
                        : ctx.db.exec(u"UPDATE buildings SET name = ?, rev = ? WHERE id = ?"_s, {*name, ctx.db.nextRevision(), *id});
    if (!ok
        || !audit(ctx, *estateId, existing.isEmpty() ? u"building.create"_s : u"building.rename"_s, u"building"_s, *id,
                  (existing.isEmpty() ? u"Added building %1"_s : u"Renamed a building to %1"_s).arg(*name)))
        return CommandOutcome::failure(u"Could not store the building."_s);
    return CommandOutcome::done(u"building"_s, *id);
}

CommandOutcome saveUnit(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"id"_s, u"estateId"_s, u"buildingId"_s, u"number"_s, u"floor"_s, u"areaCentiSqm"_s,
                              u"purpose"_s, u"status"_s});
    const std::optional<QString> id = r.id(u"id"_s, true);
    const std::optional<QString> estateId = r.id(u"estateId"_s, true);
    const std::optional<QString> buildingId = r.id(u"buildingId"_s, true);
    const std::optional<QString> number = cleanText(r, u"number"_s, true, 32);
    const std::optional<qint64> floor = r.integer(u"floor"_s, true, -20, 300);
    // Up to 100,000 m² in hundredths; an integer, so no rounding anywhere.
    const std::optional<qint64> area = r.integer(u"areaCentiSqm"_s, true, 1, 10'000'000);
    const std::optional<QString> purpose = r.choice(u"purpose"_s, true, Purposes);
    const std::optional<QString> status = r.choice(u"status"_s, true, UnitStatuses);
    if (!r.ok())
        return invalid(r);
    if (auto refusal = needManager(ctx, *estateId, u"estate"_s))
        return *refusal;
    if (estateOf(ctx.db, u"buildings"_s, *buildingId) != *estateId)
        return notFound(u"building"_s);
    const QString existing = estateOf(ctx.db, u"units"_s, *id);
    if (!existing.isEmpty() && existing != *estateId)
        return notFound(u"unit"_s);
    if (ctx.db.scalar(u"SELECT 1 FROM units WHERE building_id = ? AND number = ? AND id <> ?"_s, {*buildingId, *number, *id})
            .isValid())
        return conflict(u"number_taken"_s, u"The building has a unit with this number already."_s);
    const QVariantList values{*buildingId, *number, *floor, *area, *purpose, *status, ctx.db.nextRevision()};
    const bool ok = existing.isEmpty()
                        ? ctx.db.exec(u"INSERT INTO units (building_id, number, floor, area_centi_sqm, purpose, status, rev,"
                                      " id, estate_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                      values + QVariantList{*id, *estateId})
                        : ctx.db.exec(u"UPDATE units SET building_id = ?, number = ?, floor = ?, area_centi_sqm = ?, purpose = ?,"
                                      " status = ?, rev = ? WHERE id = ?"_s,
                                      values + QVariantList{*id});
    const QString area2 = u"%1.%2"_s.arg(*area / 100).arg(*area % 100, 2, 10, QLatin1Char('0'));
    if (!ok
        || !audit(ctx, *estateId, existing.isEmpty() ? u"unit.create"_s : u"unit.update"_s, u"unit"_s, *id,
                  u"%1 unit %2: %3 m², %4, %5"_s.arg(existing.isEmpty() ? u"Added"_s : u"Changed"_s, *number, area2,
                                                      *purpose, *status)))
        return CommandOutcome::failure(u"Could not store the unit."_s);
    return CommandOutcome::done(u"unit"_s, *id);
}

CommandOutcome saveParking(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"id"_s, u"estateId"_s, u"number"_s, u"unitId"_s});
    const std::optional<QString> id = r.id(u"id"_s, true);
    const std::optional<QString> estateId = r.id(u"estateId"_s, true);
    const std::optional<QString> number = cleanText(r, u"number"_s, true, 32);
    std::optional<QString> unitId;
    if (payload.value(u"unitId"_s).isNull())
        unitId = QString();
    else
        unitId = r.id(u"unitId"_s, false);
    if (!r.ok())
        return invalid(r);
    if (auto refusal = needManager(ctx, *estateId, u"estate"_s))
        return *refusal;
    if (unitId && !unitId->isEmpty() && estateOf(ctx.db, u"units"_s, *unitId) != *estateId)
        return notFound(u"unit"_s);
    const QString existing = estateOf(ctx.db, u"parking_spaces"_s, *id);
    if (!existing.isEmpty() && existing != *estateId)
        return notFound(u"parking space"_s);
    if (ctx.db.scalar(u"SELECT 1 FROM parking_spaces WHERE estate_id = ? AND number = ? AND id <> ?"_s, {*estateId, *number, *id})
            .isValid())
        return conflict(u"number_taken"_s, u"The estate has a parking space with this number already."_s);
    const QVariant unit = (!unitId || unitId->isEmpty()) ? QVariant(QMetaType::fromType<QString>()) : QVariant(*unitId);
    const bool ok = existing.isEmpty()
                        ? ctx.db.exec(u"INSERT INTO parking_spaces (id, estate_id, number, unit_id, rev) VALUES (?, ?, ?, ?, ?)"_s,
                                      {*id, *estateId, *number, unit, ctx.db.nextRevision()})
                        : ctx.db.exec(u"UPDATE parking_spaces SET number = ?, unit_id = ?, rev = ? WHERE id = ?"_s,
                                      {*number, unit, ctx.db.nextRevision(), *id});
    if (!ok
        || !audit(ctx, *estateId, u"parking.save"_s, u"parkingSpace"_s, *id,
                  u"Saved parking space %1%2"_s.arg(*number, unit.isNull() ? QString() : u" (with a unit)"_s)))
        return CommandOutcome::failure(u"Could not store the parking space."_s);
    return CommandOutcome::done(u"parkingSpace"_s, *id);
}

CommandOutcome removeParking(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"id"_s});
    const std::optional<QString> id = r.id(u"id"_s, true);
    if (!r.ok())
        return invalid(r);
    const QString estateId = estateOf(ctx.db, u"parking_spaces"_s, *id);
    if (auto refusal = needManager(ctx, estateId, u"parking space"_s))
        return *refusal;
    const QString number = ctx.db.scalar(u"SELECT number FROM parking_spaces WHERE id = ?"_s, {*id}).toString();
    if (!ctx.db.exec(u"DELETE FROM parking_spaces WHERE id = ?"_s, {*id})
        || !Tombstones::add(ctx.db, u"parkingSpace"_s, *id, estateId, {}, ctx.now)
        || !audit(ctx, estateId, u"parking.remove"_s, u"parkingSpace"_s, *id, u"Removed parking space %1"_s.arg(number)))
        return CommandOutcome::failure(u"Could not remove the parking space."_s);
    return CommandOutcome::done({}, {});
}

// ---- staff -------------------------------------------------------------------------------

struct StaffRow
{
    QString name, phone, role;
    bool active = true;
    QStringList estates;
};

std::optional<StaffRow> staffRow(Database &db, const QString &id)
{
    QSqlQuery &q = db.query(u"SELECT name, phone, role, deactivated_at FROM users WHERE id = ?"_s);
    q.bindValue(0, id);
    std::optional<StaffRow> row;
    if (db.execPrepared(q) && q.next())
        row = StaffRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).isNull(), {}};
    q.finish();
    if (!row || row->role == u"resident")
        return std::nullopt;
    QSqlQuery &e = db.query(u"SELECT estate_id FROM user_estates WHERE user_id = ? ORDER BY estate_id"_s);
    e.bindValue(0, id);
    if (db.execPrepared(e)) {
        while (e.next())
            row->estates << e.value(0).toString();
    }
    e.finish();
    return row;
}

/// Active managers of @p estateId other than @p exceptUser.
int otherManagers(Database &db, const QString &estateId, const QString &exceptUser)
{
    return db.scalar(u"SELECT COUNT(*) FROM users u JOIN user_estates ue ON ue.user_id = u.id WHERE ue.estate_id = ?"
                     " AND u.role = 'manager' AND u.deactivated_at IS NULL AND u.id <> ?"_s,
                     {estateId, exceptUser})
        .toInt();
}

/// The first of @p estates that would be left without an active manager if @p userId
/// stopped managing it, or empty.
QString lastManagerOf(Database &db, const QStringList &estates, const QString &userId)
{
    for (const QString &estate : estates) {
        if (otherManagers(db, estate, userId) == 0)
            return estate;
    }
    return {};
}

CommandOutcome saveStaff(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"id"_s, u"name"_s, u"phone"_s, u"role"_s, u"estateIds"_s});
    const std::optional<QString> id = r.id(u"id"_s, true);
    const std::optional<QString> name = cleanText(r, u"name"_s, true, Limits::NameMax);
    // Required for a new account; for an existing one only when it changes (sync shows
    // colleagues' numbers masked, so the app cannot send the current one back).
    const bool exists = r.ok() && id && ctx.db.scalar(u"SELECT 1 FROM users WHERE id = ?"_s, {*id}).isValid();
    std::optional<QString> phone = r.text(u"phone"_s, !exists, Limits::PhoneMax);
    const std::optional<QString> role = r.choice(u"role"_s, true, StaffRoles);
    QStringList estates;
    if (r.ok()) {
        const QJsonValue list = payload.value(u"estateIds"_s);
        if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > 50)
            r.fail(u"validation_failed"_s, u"'estateIds' must list 1 to 50 estates."_s);
        for (const QJsonValue &v : list.toArray()) {
            if (!v.isString() || !Json::isId(v.toString()) || estates.contains(v.toString()))
                r.fail(u"validation_failed"_s, u"'estateIds' must be distinct estate ids."_s);
            else
                estates << v.toString();
        }
    }
    if (r.ok() && phone && (phone->size() < Limits::PhoneMin || !isDigits(*phone)))
        r.fail(u"validation_failed"_s, u"'phone' must be %1 to %2 digits."_s.arg(Limits::PhoneMin).arg(Limits::PhoneMax));
    if (!r.ok())
        return invalid(r);
    if (ctx.who.role != Role::Manager)
        return forbidden(u"Only a manager may manage staff accounts."_s);
    for (const QString &estate : std::as_const(estates)) {
        if (!ctx.who.inEstate(estate))
            return notFound(u"estate"_s);
    }
    if (phone && ctx.db.scalar(u"SELECT 1 FROM users WHERE phone = ? AND id <> ?"_s, {*phone, *id}).isValid())
        return conflict(u"phone_taken"_s, u"Another account has this phone number."_s);

    if (!exists) {
        // No password until the person sets one with their setup code: "!" is no hash, so
        // nothing verifies against it.
        if (Accounts::create(ctx.db, *id, *phone, *name, *role, u"!"_s).isEmpty())
            return CommandOutcome::failure(u"Could not store the account."_s);
        for (const QString &estate : std::as_const(estates)) {
            if (!ctx.db.exec(u"INSERT INTO user_estates (user_id, estate_id) VALUES (?, ?)"_s, {*id, estate}))
                return CommandOutcome::failure(u"Could not store the account."_s);
        }
        // No password yet: the person sets one with the code sent to their phone.
        if (!Accounts::issuePasswordCode(ctx.db, *id, u"setup"_s, ctx.who.id, ctx.now)
            || !audit(ctx, estates.first(), u"staff.create"_s, u"user"_s, *id,
                      u"Added %1 (%2) as %3; a setup code was sent"_s.arg(*name, Json::maskPhone(*phone), *role)))
            return CommandOutcome::failure(u"Could not store the account."_s);
        return CommandOutcome::done(u"staff"_s, *id);
    }

    const std::optional<StaffRow> before = staffRow(ctx.db, *id);
    if (before && !phone)
        phone = before->phone;
    // Someone the manager does not work with, or a resident's account, is not theirs to see.
    if (!before || std::none_of(before->estates.cbegin(), before->estates.cend(),
                                [&](const QString &e) { return ctx.who.inEstate(e); }))
        return notFound(u"staff member"_s);
    // Estates outside the manager's stay as they are; within them, the list given decides.
    QStringList after;
    for (const QString &e : before->estates) {
        if (!ctx.who.inEstate(e))
            after << e;
    }
    after += estates;
    QStringList leaving;
    for (const QString &e : before->estates) {
        if (!after.contains(e))
            leaving << e;
    }
    if (before->role == u"manager" && before->active) {
        const QStringList losing = *role == u"manager" ? leaving : before->estates;
        if (!lastManagerOf(ctx.db, losing, *id).isEmpty())
            return conflict(u"last_manager"_s, u"An estate would be left without a manager."_s);
    }
    const std::optional<Principal> was = Principals::load(ctx.db, ctx.registry, *id);
    const std::optional<ScopeChange::Reach> reach = was ? ScopeChange::take(ctx.db, ctx.registry, *was) : std::nullopt;
    bool ok = reach && ctx.db.exec(u"UPDATE users SET name = ?, phone = ?, role = ?, rev = ? WHERE id = ?"_s,
                          {*name, *phone, *role, ctx.db.nextRevision(), *id})
              && ctx.db.exec(u"DELETE FROM user_estates WHERE user_id = ?"_s, {*id});
    for (const QString &e : std::as_const(after))
        ok = ok && ctx.db.exec(u"INSERT INTO user_estates (user_id, estate_id) VALUES (?, ?)"_s, {*id, e});
    QStringList changes;
    if (before->name != *name)
        changes << u"name"_s;
    if (before->phone != *phone)
        changes << u"phone to %1"_s.arg(Json::maskPhone(*phone));
    if (before->role != *role)
        changes << u"role %1 → %2"_s.arg(before->role, *role);
    if (QStringList(before->estates) != after)
        changes << u"estates"_s;
    const std::optional<Principal> now = Principals::load(ctx.db, ctx.registry, *id);
    // A new role or other estates: their phones learn what they may see now.
    ok = ok && now && ScopeChange::apply(ctx.db, ctx.registry, *reach, *now, ctx.now)
         && Principals::changed(ctx.db, *id);
    if (!ok
        || !audit(ctx, estates.first(), before->role != *role ? u"staff.role"_s : u"staff.update"_s, u"user"_s, *id,
                  u"Changed %1: %2"_s.arg(*name, changes.isEmpty() ? u"nothing"_s : changes.join(u", "_s))))
        return CommandOutcome::failure(u"Could not store the account."_s);
    return CommandOutcome::done(u"staff"_s, *id);
}

CommandOutcome setStaffActive(CommandContext &ctx, const QJsonObject &payload, bool active)
{
    PayloadReader r(payload, {u"id"_s});
    const std::optional<QString> id = r.id(u"id"_s, true);
    if (!r.ok())
        return invalid(r);
    const std::optional<StaffRow> row = staffRow(ctx.db, *id);
    const auto shared = row ? std::find_if(row->estates.cbegin(), row->estates.cend(),
                                           [&](const QString &e) { return ctx.who.inEstate(e); })
                            : QStringList::const_iterator();
    if (!row || shared == row->estates.cend())
        return notFound(u"staff member"_s);
    if (ctx.who.role != Role::Manager)
        return forbidden(u"Only a manager may deactivate or reactivate accounts."_s);
    if (*id == ctx.who.id)
        return conflict(u"own_account"_s, u"You cannot deactivate your own account."_s);
    if (row->active == active)
        return CommandOutcome::done(u"staff"_s, *id);
    if (!active && row->role == u"manager" && !lastManagerOf(ctx.db, row->estates, *id).isEmpty())
        return conflict(u"last_manager"_s, u"An estate would be left without a manager."_s);
    // Deactivating ends every session of the account on every device and server process.
    if (!Accounts::setActive(ctx.db, *id, active, ctx.now) || !Principals::changed(ctx.db, *id)
        || !audit(ctx, *shared, active ? u"staff.reactivate"_s : u"staff.deactivate"_s, u"user"_s, *id,
                  u"%1 %2 (%3)"_s.arg(active ? u"Reactivated"_s : u"Deactivated"_s, row->name, Json::maskPhone(row->phone))))
        return CommandOutcome::failure(u"Could not store the account."_s);
    return CommandOutcome::done(u"staff"_s, *id);
}

CommandOutcome setDuty(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"userId"_s, u"onDuty"_s});
    const std::optional<QString> userId = r.id(u"userId"_s, true);
    const std::optional<bool> onDuty = r.boolean(u"onDuty"_s);
    if (r.ok() && !onDuty)
        r.fail(u"validation_failed"_s, u"'onDuty' is required."_s);
    if (!r.ok())
        return invalid(r);
    const std::optional<StaffRow> row = staffRow(ctx.db, *userId);
    const bool colleague = row && isStaff(ctx.who.role)
                           && std::any_of(row->estates.cbegin(), row->estates.cend(),
                                          [&](const QString &e) { return ctx.who.inEstate(e); });
    if (!colleague)
        return notFound(u"technician"_s);
    if (*userId != ctx.who.id && ctx.who.role != Role::Manager)
        return forbidden(u"Only the technician or a manager may change the duty."_s);
    if (row->role != u"technician")
        return CommandOutcome::refuse(422, u"not_technician"_s, u"Only technicians go on and off duty."_s);
    if (!ctx.db.exec(u"UPDATE users SET on_duty = ?, rev = ? WHERE id = ?"_s, {*onDuty ? 1 : 0, ctx.db.nextRevision(), *userId}))
        return CommandOutcome::failure(u"Could not store the duty."_s);
    // A technician's own switch is not an administrative act; a manager's change of the roster is.
    if (*userId != ctx.who.id
        && !audit(ctx, row->estates.first(), u"duty.set"_s, u"user"_s, *userId,
                  u"Put %1 %2 duty"_s.arg(row->name, *onDuty ? u"on"_s : u"off"_s)))
        return CommandOutcome::failure(u"Could not store the duty."_s);
    return CommandOutcome::done(u"staff"_s, *userId);
}

// ---- join codes, residents, reset codes -------------------------------------------------

/// The relation of @p userId to @p unitId, or empty.
QString relationOf(Database &db, const QString &userId, const QString &unitId)
{
    return db.scalar(u"SELECT relation FROM user_units WHERE user_id = ? AND unit_id = ?"_s, {userId, unitId}).toString();
}

CommandOutcome issueJoinCode(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"id"_s, u"unitId"_s, u"relation"_s, u"validDays"_s});
    const std::optional<QString> id = r.id(u"id"_s, true);
    const std::optional<QString> unitId = r.id(u"unitId"_s, true);
    const std::optional<QString> relation = r.choice(u"relation"_s, true, JoinCodes::relations());
    const std::optional<qint64> days = r.integer(u"validDays"_s, false, 1, JoinCodes::MaxValidDays);
    if (!r.ok())
        return invalid(r);
    const QString estateId = estateOf(ctx.db, u"units"_s, *unitId);
    if (estateId.isEmpty() || !ctx.who.inEstate(estateId) || (ctx.who.role == Role::Resident && !ctx.who.ownsUnit(*unitId)))
        return notFound(u"unit"_s);
    if (ctx.who.role == Role::Technician)
        return forbidden(u"Technicians do not issue join codes."_s);
    if (ctx.db.scalar(u"SELECT 1 FROM join_codes WHERE id = ?"_s, {*id}).isValid())
        return conflict(u"id_taken"_s, u"A join code with this id exists already."_s);
    if (ctx.who.role == Role::Resident) {
        if (relationOf(ctx.db, ctx.who.id, *unitId) != u"owner")
            return forbidden(u"Only an owner may invite people to the home."_s);
        if (*relation == u"owner")
            return forbidden(u"An owner invites tenants and family members; the office adds owners."_s);
        if (ctx.db.scalar(u"SELECT owner_invites FROM estates WHERE id = ?"_s, {estateId}).toInt() == 0)
            return forbidden(u"This estate does not let owners invite; ask the property office."_s);
    }
    QString code;
    for (int attempt = 0; attempt < 5 && code.isEmpty(); ++attempt) {
        code = EstateRules::newCode();
        if (ctx.db.scalar(u"SELECT 1 FROM join_codes WHERE code = ?"_s, {code}).isValid())
            code.clear();
    }
    if (code.isEmpty())
        return CommandOutcome::failure(u"Could not make a code."_s);
    const qint64 expires = ctx.now + days.value_or(JoinCodes::DefaultValidDays) * DayMs;
    if (!ctx.db.exec(u"INSERT INTO join_codes (id, estate_id, unit_id, relation, code, issued_by, issued_at, expires_at, rev)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {*id, estateId, *unitId, *relation, code, ctx.who.id, ctx.now, expires, ctx.db.nextRevision()})
        // The code itself never goes into the log: the id names it.
        || !audit(ctx, estateId, u"joinCode.issue"_s, u"joinCode"_s, *id,
                  u"Issued a join code for %1 as %2, valid %3 days"_s.arg(EstateRules::unitLabel(ctx.db, *unitId), *relation)
                      .arg(days.value_or(JoinCodes::DefaultValidDays))))
        return CommandOutcome::failure(u"Could not store the code."_s);
    return CommandOutcome::done(u"joinCode"_s, *id);
}

CommandOutcome revokeJoinCode(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"id"_s});
    const std::optional<QString> id = r.id(u"id"_s, true);
    if (!r.ok())
        return invalid(r);
    QSqlQuery &q = ctx.db.query(u"SELECT estate_id, issued_by, used_at, revoked_at FROM join_codes WHERE id = ?"_s);
    q.bindValue(0, *id);
    if (!ctx.db.execPrepared(q) || !q.next()) {
        q.finish();
        return notFound(u"join code"_s);
    }
    const QString estateId = q.value(0).toString();
    const bool mine = q.value(1).toString() == ctx.who.id;
    const bool used = !q.value(2).isNull();
    const bool revoked = !q.value(3).isNull();
    q.finish();
    if (!ctx.who.inEstate(estateId) || (!mine && !isOffice(ctx.who.role)))
        return notFound(u"join code"_s);
    if (used)
        return CommandOutcome::refuseShowing(409, u"code_used"_s, u"The code was used already."_s, u"joinCode"_s, *id);
    if (revoked)
        return CommandOutcome::done(u"joinCode"_s, *id);
    if (!ctx.db.exec(u"UPDATE join_codes SET revoked_at = ?, rev = ? WHERE id = ?"_s, {ctx.now, ctx.db.nextRevision(), *id})
        || !audit(ctx, estateId, u"joinCode.revoke"_s, u"joinCode"_s, *id, u"Revoked a join code"_s))
        return CommandOutcome::failure(u"Could not revoke the code."_s);
    return CommandOutcome::done(u"joinCode"_s, *id);
}

CommandOutcome removeResident(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"residencyId"_s});
    const std::optional<QString> id = r.id(u"residencyId"_s, true);
    if (!r.ok())
        return invalid(r);
    QSqlQuery &q = ctx.db.query(u"SELECT r.user_id, r.unit_id, r.estate_id, r.relation, u.name FROM user_units r"
                                " JOIN users u ON u.id = r.user_id WHERE r.id = ?"_s);
    q.bindValue(0, *id);
    if (!ctx.db.execPrepared(q) || !q.next()) {
        q.finish();
        return notFound(u"resident"_s);
    }
    const QString userId = q.value(0).toString(), unitId = q.value(1).toString(), estateId = q.value(2).toString();
    const QString relation = q.value(3).toString(), name = q.value(4).toString();
    q.finish();
    const bool self = userId == ctx.who.id;
    const bool office = isOffice(ctx.who.role) && ctx.who.inEstate(estateId);
    const bool household = ctx.who.role == Role::Resident && ctx.who.ownsUnit(unitId);
    if (!office && !self && !household)
        return notFound(u"resident"_s);
    if (!office && !self && (relationOf(ctx.db, ctx.who.id, unitId) != u"owner" || relation == u"owner"))
        return forbidden(u"Only the office removes an owner; an owner removes tenants and family members."_s);

    const std::optional<Principal> before = Principals::load(ctx.db, ctx.registry, userId);
    const std::optional<ScopeChange::Reach> reach = before ? ScopeChange::take(ctx.db, ctx.registry, *before) : std::nullopt;
    if (!reach || !ctx.db.exec(u"DELETE FROM user_units WHERE id = ?"_s, {*id}))
        return CommandOutcome::failure(u"Could not remove the resident."_s);
    const std::optional<Principal> after = Principals::load(ctx.db, ctx.registry, userId);
    // Their own past requests stay (the office's records); their phone forgets the unit.
    TombstoneAudience household2;
    household2.unitId = unitId;
    if (!after || !ScopeChange::apply(ctx.db, ctx.registry, *reach, *after, ctx.now)
        || !Tombstones::add(ctx.db, u"residency"_s, *id, estateId, household2, ctx.now)
        || !Principals::changed(ctx.db, userId)
        || !audit(ctx, estateId, u"resident.remove"_s, u"user"_s, userId,
                  u"%1 %2 (%3) from %4"_s.arg(self ? u"Left:"_s : u"Removed"_s, name, relation,
                                                EstateRules::unitLabel(ctx.db, unitId))))
        return CommandOutcome::failure(u"Could not remove the resident."_s);
    return CommandOutcome::done({}, {});
}

CommandOutcome issueResetCode(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"userId"_s});
    const std::optional<QString> userId = r.id(u"userId"_s, true);
    if (!r.ok())
        return invalid(r);
    const QString role = ctx.db.scalar(u"SELECT role FROM users WHERE id = ?"_s, {*userId}).toString();
    QString estateId;
    if (role == u"resident") {
        // A resident of one of the office's estates.
        QSqlQuery &q = ctx.db.query(u"SELECT estate_id FROM user_units WHERE user_id = ? ORDER BY estate_id"_s);
        q.bindValue(0, *userId);
        if (ctx.db.execPrepared(q)) {
            while (q.next() && estateId.isEmpty()) {
                if (ctx.who.inEstate(q.value(0).toString()))
                    estateId = q.value(0).toString();
            }
        }
        q.finish();
    } else if (const std::optional<StaffRow> row = staffRow(ctx.db, *userId)) {
        for (const QString &e : row->estates) {
            if (estateId.isEmpty() && ctx.who.inEstate(e))
                estateId = e;
        }
    }
    if (estateId.isEmpty() || ctx.who.role == Role::Resident || ctx.who.role == Role::Technician)
        return estateId.isEmpty() ? notFound(u"person"_s) : forbidden(u"Only the office resets passwords."_s);
    if (role != u"resident" && ctx.who.role != Role::Manager)
        return forbidden(u"Only a manager resets a staff member's password."_s);
    const QString phone = ctx.db.scalar(u"SELECT phone FROM users WHERE id = ?"_s, {*userId}).toString();
    if (!Accounts::issuePasswordCode(ctx.db, *userId, u"reset"_s, ctx.who.id, ctx.now)
        || !audit(ctx, estateId, u"account.resetCode"_s, u"user"_s, *userId,
                  u"Sent a password reset code to %1"_s.arg(Json::maskPhone(phone))))
        return CommandOutcome::failure(u"Could not issue the code."_s);
    return CommandOutcome::done({}, {});
}

} // namespace

QString EstateRules::newCode()
{
    QString code;
    for (int i = 0; i < JoinCodes::Length; ++i)
        code += JoinCodes::Alphabet.at(QRandomGenerator::system()->bounded(int(JoinCodes::Alphabet.size())));
    return code;
}

QString EstateRules::unitLabel(Database &db, const QString &unitId)
{
    QSqlQuery &q = db.query(u"SELECT b.name, u.number FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = ?"_s);
    q.bindValue(0, unitId);
    QString label;
    if (db.execPrepared(q) && q.next())
        label = q.value(0).toString() + u' ' + q.value(1).toString();
    q.finish();
    return label;
}

QString EstateRules::addResident(Database &db, const Registry &registry, const QString &userId, const QString &unitId,
                                 const QString &relation, qint64 now)
{
    const std::optional<Principal> before = Principals::load(db, registry, userId);
    const std::optional<ScopeChange::Reach> reach = before ? ScopeChange::take(db, registry, *before) : std::nullopt;
    if (!reach || !EstateSeed::addResidency(db, userId, unitId, relation))
        return {};
    const std::optional<Principal> after = Principals::load(db, registry, userId);
    if (!after || !ScopeChange::apply(db, registry, *reach, *after, now) || !Principals::changed(db, userId))
        return {};
    return db.scalar(u"SELECT id FROM user_units WHERE user_id = ? AND unit_id = ?"_s, {userId, unitId}).toString();
}

void EstateCommands::registerWith(Registry &registry)
{
    registry.addCommand({u"estate.update"_s, updateEstate});
    registry.addCommand({u"building.save"_s, saveBuilding});
    registry.addCommand({u"unit.save"_s, saveUnit});
    registry.addCommand({u"parking.save"_s, saveParking});
    registry.addCommand({u"parking.remove"_s, removeParking});
    registry.addCommand({u"staff.save"_s, saveStaff});
    registry.addCommand({u"staff.deactivate"_s, [](CommandContext &c, const QJsonObject &p) { return setStaffActive(c, p, false); }});
    registry.addCommand({u"staff.reactivate"_s, [](CommandContext &c, const QJsonObject &p) { return setStaffActive(c, p, true); }});
    registry.addCommand({u"duty.set"_s, setDuty});
    registry.addCommand({u"joinCode.issue"_s, issueJoinCode});
    registry.addCommand({u"joinCode.revoke"_s, revokeJoinCode});
    registry.addCommand({u"resident.remove"_s, removeResident});
    registry.addCommand({u"account.issueResetCode"_s, issueResetCode});
}

} // namespace Courtyard::Server
