// The estate module: estates, buildings and units, the people of each (residents in units,
// staff in estates) and the duty roster, with their part of the principal and of /v1/me.
#include "accounts.h"
#include "auditlog.h"
#include "database.h"
#include "fieldlimits.h"
#include "text.h"
#include "estateparts.h"
#include "estateseed.h"
#include "json.h"
#include "passwordhasher.h"
#include "principal.h"
#include "registry.h"
#include "unitimport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

QList<Migration> migrations()
{
    return {
        {1,
         {
             u"CREATE TABLE estates (id TEXT PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL,"
             " dispatch_mode TEXT NOT NULL, rr_cursor TEXT, rev BIGINT NOT NULL)"_s,
             u"CREATE TABLE buildings (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
             " name TEXT NOT NULL, rev BIGINT NOT NULL)"_s,
             u"CREATE INDEX buildings_estate_rev ON buildings (estate_id, rev)"_s,
             u"CREATE TABLE units (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
             " building_id TEXT NOT NULL REFERENCES buildings(id), number TEXT NOT NULL, floor INTEGER NOT NULL,"
             " area_centi_sqm INTEGER NOT NULL, rev BIGINT NOT NULL)"_s,
             u"CREATE INDEX units_estate_rev ON units (estate_id, rev)"_s,
             u"CREATE TABLE user_estates (user_id TEXT NOT NULL REFERENCES users(id),"
             " estate_id TEXT NOT NULL REFERENCES estates(id), PRIMARY KEY (user_id, estate_id))"_s,
             u"CREATE TABLE user_units (user_id TEXT NOT NULL REFERENCES users(id),"
             " unit_id TEXT NOT NULL REFERENCES units(id), PRIMARY KEY (user_id, unit_id))"_s,
             u"CREATE INDEX user_units_unit ON user_units (unit_id)"_s,
         },
         {}},
        // Issue 10: the estate's time zone and whether owners may invite; units' use and
        // status; parking spaces; residents' relation to their unit (and an id and revision,
        // so the office's list of residents syncs); join codes. Numbers are unique per
        // building (units) and per estate (buildings, parking spaces).
        {2,
         {
             u"ALTER TABLE estates ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai'"_s,
             u"ALTER TABLE estates ADD COLUMN owner_invites INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE units ADD COLUMN purpose TEXT NOT NULL DEFAULT 'residential'"_s,
             u"ALTER TABLE units ADD COLUMN status TEXT NOT NULL DEFAULT 'occupied'"_s,
             u"CREATE UNIQUE INDEX buildings_estate_name ON buildings (estate_id, name)"_s,
             u"CREATE UNIQUE INDEX units_building_number ON units (building_id, number)"_s,
             u"CREATE TABLE parking_spaces (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
             " number TEXT NOT NULL, unit_id TEXT REFERENCES units(id), rev BIGINT NOT NULL)"_s,
             u"CREATE UNIQUE INDEX parking_estate_number ON parking_spaces (estate_id, number)"_s,
             u"CREATE INDEX parking_estate_rev ON parking_spaces (estate_id, rev)"_s,
             u"ALTER TABLE user_units ADD COLUMN id TEXT"_s,
             u"ALTER TABLE user_units ADD COLUMN estate_id TEXT"_s,
             u"ALTER TABLE user_units ADD COLUMN relation TEXT NOT NULL DEFAULT 'owner'"_s,
             u"ALTER TABLE user_units ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE user_units ADD COLUMN rev BIGINT NOT NULL DEFAULT 0"_s,
             u"CREATE TABLE join_codes (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
             " unit_id TEXT NOT NULL REFERENCES units(id), relation TEXT NOT NULL, code TEXT NOT NULL UNIQUE,"
             " issued_by TEXT NOT NULL REFERENCES users(id), issued_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
             " used_at BIGINT, used_by TEXT, revoked_at BIGINT, rev BIGINT NOT NULL)"_s,
             u"CREATE INDEX join_codes_estate_rev ON join_codes (estate_id, rev)"_s,
         },
         // Every existing residency gets its id and a revision.
         [](Database &db, QString *error) {
             QList<std::pair<QString, QString>> rows;
             QSqlQuery &q = db.query(u"SELECT user_id, unit_id FROM user_units ORDER BY unit_id, user_id"_s);
             if (db.execPrepared(q)) {
                 while (q.next())
                     rows.append({q.value(0).toString(), q.value(1).toString()});
             }
             q.finish();
             for (const auto &[user, unit] : std::as_const(rows)) {
                 if (!db.exec(u"UPDATE user_units SET id = ?, rev = ?, estate_id = (SELECT estate_id FROM units"
                              " WHERE units.id = user_units.unit_id) WHERE user_id = ? AND unit_id = ?"_s,
                              {u"res-"_s + Json::randomId(8), db.nextRevision(), user, unit})) {
                     *error = u"could not number the residents"_s;
                     return false;
                 }
             }
             // DDL is not prepared (PostgreSQL cannot PREPARE a CREATE INDEX).
             return db.execDirect(u"CREATE UNIQUE INDEX user_units_id ON user_units (id)"_s, error)
                 && db.execDirect(u"CREATE INDEX user_units_estate_rev ON user_units (estate_id, rev)"_s, error);
         }},
    };
}

/// A resident's units (and so their estates), a staff member's estates.
bool loadMembership(Database &db, Principal &p)
{
    QSqlQuery &units = db.query(u"SELECT uu.unit_id, u.estate_id FROM user_units uu JOIN units u ON u.id = uu.unit_id"
                                " WHERE uu.user_id = ? ORDER BY uu.unit_id"_s);
    units.bindValue(0, p.id);
    if (db.execPrepared(units)) {
        while (units.next()) {
            p.unitIds << units.value(0).toString();
            const QString estate = units.value(1).toString();
            if (!p.estateIds.contains(estate))
                p.estateIds << estate;
        }
    }
    units.finish();
    QSqlQuery &estates = db.query(u"SELECT estate_id FROM user_estates WHERE user_id = ? ORDER BY estate_id"_s);
    estates.bindValue(0, p.id);
    if (db.execPrepared(estates)) {
        while (estates.next()) {
            const QString estate = estates.value(0).toString();
            if (!p.estateIds.contains(estate))
                p.estateIds << estate;
        }
    }
    estates.finish();
    return true;
}

void addProfile(Database &db, const Principal &p, QJsonObject &me)
{
    QJsonArray estates;
    for (const QString &estateId : p.estateIds) {
        const QVariant name = db.scalar(u"SELECT name FROM estates WHERE id = ?"_s, {estateId});
        estates.append(QJsonObject{{u"id"_s, estateId}, {u"name"_s, name.toString()}});
    }
    QJsonArray units;
    for (const QString &unitId : p.unitIds) {
        QSqlQuery &q = db.query(u"SELECT u.estate_id, u.building_id, u.number, r.relation FROM units u"
                                " JOIN user_units r ON r.unit_id = u.id AND r.user_id = ? WHERE u.id = ?"_s);
        q.bindValue(0, p.id);
        q.bindValue(1, unitId);
        if (db.execPrepared(q) && q.next())
            units.append(QJsonObject{{u"id"_s, unitId},
                                     {u"estateId"_s, q.value(0).toString()},
                                     {u"buildingId"_s, q.value(1).toString()},
                                     {u"number"_s, q.value(2).toString()},
                                     {u"relation"_s, q.value(3).toString()}});
        q.finish();
    }
    me.insert(u"estates"_s, estates);
    me.insert(u"units"_s, units);
}

bool createUser(CliContext &ctx, QString *error)
{
    const QString phone = ctx.args.value(u"phone"_s);
    const QString name = ctx.args.value(u"name"_s).trimmed();
    const QString role = ctx.args.value(u"role"_s);
    const QString estateId = ctx.args.value(u"estate"_s);
    const QString unitId = ctx.args.value(u"unit"_s);
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (const QString problem = Accounts::problemWith(phone, name, password); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!roleFromName(role)) {
        *error = u"role must be resident, agent, technician or manager"_s;
        return false;
    }
    if ((role == u"resident") == unitId.isEmpty()) {
        *error = u"a resident needs --unit; staff need --estate and no unit"_s;
        return false;
    }
    if (!Json::isId(unitId.isEmpty() ? estateId : unitId)) {
        *error = u"give a valid --estate or --unit id"_s;
        return false;
    }
    const QString table = unitId.isEmpty() ? u"estates"_s : u"units"_s;
    if (!ctx.db.scalar(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table), {unitId.isEmpty() ? estateId : unitId}).isValid()) {
        *error = u"no such %1"_s.arg(unitId.isEmpty() ? u"estate"_s : u"unit"_s);
        return false;
    }
    const QString hash = PasswordHasher::hash(password);
    Database::Transaction tx(ctx.db, Database::Kind::Revisioned);
    if (ctx.db.scalar(u"SELECT 1 FROM users WHERE phone = ?"_s, {phone}).isValid()) {
        *error = u"an account with this phone number exists already"_s;
        return false;
    }
    if (!tx.isOpen() || !EstateSeed::addPerson(ctx.db, {}, phone, name, role, hash, estateId, unitId) || !tx.commit()) {
        *error = u"could not store the account"_s;
        return false;
    }
    return true;
}

/// A new estate for the console (the property company's first step; everything after it
/// is done from the staff app): prints its id.
bool createEstate(CliContext &ctx, QString *error)
{
    const QString name = Text::clean(ctx.args.value(u"name"_s));
    const QString address = Text::clean(ctx.args.value(u"address"_s));
    const QString zone = ctx.args.value(u"time-zone"_s).isEmpty() ? u"Asia/Shanghai"_s : ctx.args.value(u"time-zone"_s);
    QString id = ctx.args.value(u"estate"_s);
    if (name.isEmpty() || Text::length(name) > Limits::NameMax || address.isEmpty() || Text::length(address) > 200) {
        *error = u"create-estate needs --name (up to %1 characters) and --address"_s.arg(Limits::NameMax);
        return false;
    }
    if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8())) {
        *error = u"--time-zone must be an IANA name such as Asia/Shanghai"_s;
        return false;
    }
    if (id.isEmpty())
        id = u"est-"_s + Json::randomId(4);
    if (!Json::isId(id)) {
        *error = u"--estate must be an id (letters, digits, - and _)"_s;
        return false;
    }
    Database::Transaction tx(ctx.db, Database::Kind::Revisioned);
    if (ctx.db.scalar(u"SELECT 1 FROM estates WHERE id = ?"_s, {id}).isValid()) {
        *error = u"an estate with this id exists already"_s;
        return false;
    }
    if (!tx.isOpen()
        || !ctx.db.exec(u"INSERT INTO estates (id, name, address, dispatch_mode, time_zone, rev) VALUES (?, ?, ?, 'assign', ?, ?)"_s,
                        {id, name, address, zone, ctx.db.nextRevision()})
        || !AuditLog::record(ctx.db, {id, {}, u"estate.create"_s, u"estate"_s, id, u"Created estate %1 (console)"_s.arg(name), {}},
                             Json::nowMs())
        || !tx.commit()) {
        *error = u"could not store the estate"_s;
        return false;
    }
    ctx.out << id << Qt::endl;
    return true;
}

bool setDuty(CliContext &ctx, QString *error)
{
    const QString duty = ctx.args.value(u"duty"_s);
    const QString phone = ctx.args.value(u"phone"_s);
    if (duty != u"on" && duty != u"off") {
        *error = u"set-duty needs --duty on or --duty off"_s;
        return false;
    }
    Database::Transaction tx(ctx.db, Database::Kind::Revisioned);
    if (ctx.db.scalar(u"SELECT role FROM users WHERE phone = ?"_s, {phone}).toString() != u"technician") {
        *error = u"no technician has that phone number"_s;
        return false;
    }
    // A new revision, so colleagues' apps learn the change on their next sync.
    if (!tx.isOpen()
        || !ctx.db.exec(u"UPDATE users SET on_duty = ?, rev = ? WHERE phone = ?"_s,
                        {duty == u"on" ? 1 : 0, ctx.db.nextRevision(), phone})
        || !tx.commit()) {
        *error = u"could not store the duty"_s;
        return false;
    }
    return true;
}

class EstateModule final : public ServerModule
{
public:
    QString name() const override { return u"estate"_s; }
    QStringList dependencies() const override { return {u"auth"_s}; }
    int legacyVersion(int legacySchema) const override { return legacySchema >= 1 ? 1 : 0; }

    void registerWith(Registry &registry) override
    {
        registry.addMigrations(migrations());
        EstateEntities::registerWith(registry);
        EstateCommands::registerWith(registry);
        registry.addService([](ServiceContext &ctx) -> std::unique_ptr<ModuleService> {
            return std::make_unique<EstateService>(ctx);
        });
        registry.addPrincipalFacet(loadMembership);
        registry.addProfileFacet(addProfile);
        registry.setSeed({EstateSeed::demo, EstateSeed::bench,
                          {{u"units"_s, u"seed-bench: units, each with a resident (default 5000)."_s, u"n"_s, u"5000"_s}}});
        registry.addCliCommand({u"create-user"_s,
                                u"add an account (--phone --name --role and --estate or --unit; password on stdin)"_s,
                                {{u"phone"_s, u"create-user, set-duty: phone number."_s, u"phone"_s},
                                 {u"name"_s, u"create-user: display name."_s, u"name"_s},
                                 {u"role"_s, u"create-user: resident, agent, technician or manager."_s, u"role"_s},
                                 {u"estate"_s, u"create-user (staff), create-estate, import-units: the estate id."_s, u"id"_s},
                                 {u"unit"_s, u"create-user: unit id (residents)."_s, u"id"_s}},
                                createUser});
        // Join codes (README "Join codes" has the arithmetic): per address and per phone.
        registry.addSetting({u"limits/maxCodeFailures"_s, u"max-code-failures"_s, 5, 1, 1000,
                             u"Wrong join codes from one address or for one phone before each further try waits."_s});
        registry.addCliCommand({u"create-estate"_s,
                                u"add an estate (--name --address [--time-zone] [--estate id]); prints its id"_s,
                                {{u"address"_s, u"create-estate: the estate's address."_s, u"text"_s},
                                 {u"time-zone"_s, u"create-estate: IANA time zone (default Asia/Shanghai)."_s, u"zone"_s}},
                                createEstate});
        registry.addCliCommand({u"set-duty"_s,
                                u"put a technician on or off duty for round-robin dispatch (--phone --duty on|off)"_s,
                                {{u"duty"_s, u"set-duty: on or off."_s, u"on|off"_s}},
                                setDuty});
        UnitImport::registerWith(registry);
    }
};

} // namespace

std::unique_ptr<ServerModule> makeEstateModule()
{
    return std::make_unique<EstateModule>();
}

} // namespace Courtyard::Server
