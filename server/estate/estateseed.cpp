#include "estateseed.h"

#include "accounts.h"
#include "estateparts.h"
#include "database.h"
#include "json.h"
#include "passwordhasher.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::EstateSeed {

namespace {

bool addEstate(Database &db, const QString &id, const QString &name, const QString &address)
{
    return db.exec(u"INSERT INTO estates (id, name, address, dispatch_mode, rev) VALUES (?, ?, ?, 'assign', ?)"_s,
                   {id, name, address, db.nextRevision()});
}

bool addBuilding(Database &db, const QString &id, const QString &estateId, const QString &name)
{
    return db.exec(u"INSERT INTO buildings (id, estate_id, name, rev) VALUES (?, ?, ?, ?)"_s,
                   {id, estateId, name, db.nextRevision()});
}

bool addUnit(Database &db, const QString &id, const QString &estateId, const QString &buildingId, const QString &number,
             int floor, qint64 areaCentiSqm)
{
    return db.exec(u"INSERT INTO units (id, estate_id, building_id, number, floor, area_centi_sqm, rev)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                   {id, estateId, buildingId, number, floor, areaCentiSqm, db.nextRevision()});
}

} // namespace

bool addResidency(Database &db, const QString &userId, const QString &unitId, const QString &relation)
{
    return db.exec(u"INSERT INTO user_units (user_id, unit_id, id, estate_id, relation, created_at, rev)"
                   " SELECT ?, ?, ?, estate_id, ?, ?, ? FROM units WHERE id = ?"_s,
                   {userId, unitId, u"res-"_s + Json::randomId(8), relation, Json::nowMs(), db.nextRevision(), unitId})
           && db.lastAffected() == 1;
}

bool addPerson(Database &db, const QString &id, const QString &phone, const QString &name, const QString &role,
               const QString &passwordHash, const QString &estateId, const QString &unitId, const QString &relation)
{
    const QString userId = Accounts::create(db, id, phone, name, role, passwordHash);
    if (userId.isEmpty())
        return false;
    if (!unitId.isEmpty())
        return addResidency(db, userId, unitId, relation);
    return db.exec(u"INSERT INTO user_estates (user_id, estate_id) VALUES (?, ?)"_s, {userId, estateId});
}

bool demo(SeedContext &ctx, QString *error)
{
    Database &db = ctx.db;
    if (db.scalar(u"SELECT 1 FROM estates WHERE id = 'est-1'"_s).isValid())
        return true;
    const QString hash = PasswordHasher::hash(QString::fromLatin1(Accounts::DemoPassword));
    Database::Transaction tx(db, Database::Kind::Revisioned);
    bool ok = tx.isOpen() && addEstate(db, u"est-1"_s, u"翠湖花园"_s, u"湖滨路88号"_s);
    for (int b = 1; ok && b <= 2; ++b) {
        const QString building = u"bld-1-%1"_s.arg(b);
        ok = addBuilding(db, building, u"est-1"_s, u"%1号楼"_s.arg(b));
        for (int floor = 1; ok && floor <= 20; ++floor) {
            for (int door = 1; ok && door <= 5; ++door) {
                const QString number = u"%1-%2%3"_s.arg(b).arg(floor, 2, 10, QLatin1Char('0')).arg(door, 2, 10, QLatin1Char('0'));
                ok = addUnit(db, u"unit-1-"_s + number, u"est-1"_s, building, number, floor,
                             8950 + door * 1250 + (b - 1) * 400);
            }
        }
    }
    struct Person
    {
        const char *id, *phone;
        QString name;
        const char *role, *unit;
    };
    const Person people[] = {
        {"usr-res-1", "13800000001", u"王芳"_s, "resident", "unit-1-1-0301"},
        {"usr-res-2", "13800000002", u"李强"_s, "resident", "unit-1-2-1502"},
        {"usr-res-3", "13800000003", u"周丽"_s, "resident", "unit-1-1-0802"},
        {"usr-res-4", "13800000004", u"吴军"_s, "resident", "unit-1-2-0405"},
        {"usr-agent-1", "13900000001", u"陈静"_s, "agent", ""},
        {"usr-tech-1", "13900000002", u"张伟"_s, "technician", ""},
        {"usr-tech-2", "13900000003", u"刘洋"_s, "technician", ""},
        {"usr-mgr-1", "13900000009", u"赵敏"_s, "manager", ""},
    };
    for (const Person &p : people) {
        ok = ok && addPerson(db, QString::fromLatin1(p.id), QString::fromLatin1(p.phone), p.name, QString::fromLatin1(p.role),
                             hash, u"est-1"_s, QString::fromLatin1(p.unit));
    }
    // A household of several: 王芳 owns 1-0301 and lets a room to a tenant; 李强's mother
    // lives with him as family; 周丽 also owns a shop on the ground floor.
    ok = ok && addPerson(db, u"usr-res-5"_s, u"13800000005"_s, u"孙悦"_s, u"resident"_s, hash, u"est-1"_s, u"unit-1-1-0301"_s, u"tenant"_s);
    ok = ok && addPerson(db, u"usr-res-6"_s, u"13800000006"_s, u"李秀英"_s, u"resident"_s, hash, u"est-1"_s, u"unit-1-2-1502"_s, u"family"_s);
    ok = ok && db.exec(u"UPDATE units SET purpose = 'shop', area_centi_sqm = 6420 WHERE id IN ('unit-1-1-0105', 'unit-1-2-0105')"_s);
    ok = ok && addResidency(db, u"usr-res-3"_s, u"unit-1-1-0105"_s, u"owner"_s);
    // Not every flat is lived in: some are empty, the top floors not yet handed over.
    ok = ok && db.exec(u"UPDATE units SET status = 'vacant' WHERE id IN ('unit-1-1-0501', 'unit-1-1-1204', 'unit-1-2-0903')"_s);
    ok = ok && db.exec(u"UPDATE units SET status = 'notHandedOver' WHERE floor >= 19"_s);
    // Parking: 20 spaces under building 1, the first five with a unit.
    for (int i = 1; ok && i <= 20; ++i) {
        const QString unit = i <= 5 ? u"unit-1-1-%1"_s.arg(i * 100 + 1 + 200, 4, 10, QLatin1Char('0')) : QString();
        ok = db.exec(u"INSERT INTO parking_spaces (id, estate_id, number, unit_id, rev) VALUES (?, 'est-1', ?, ?, ?)"_s,
                     {u"park-1-%1"_s.arg(i), u"B1-%1"_s.arg(i, 3, 10, QLatin1Char('0')),
                      unit.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(unit), db.nextRevision()});
    }
    // A technician who left the company: kept for the records, signed out, no more orders.
    ok = ok && addPerson(db, u"usr-tech-3"_s, u"13900000004"_s, u"孙磊"_s, u"technician"_s, hash, u"est-1"_s, {});
    ok = ok && db.exec(u"UPDATE users SET deactivated_at = ?, on_duty = 0 WHERE id = 'usr-tech-3'"_s, {ctx.now});
    // Two open join codes: an owner for an empty flat, family for 王芳's.
    QStringList codes;
    struct Code
    {
        const char *id, *unit, *relation, *issuer;
    };
    for (const Code &c : {Code{"jc-demo-1", "unit-1-1-0501", "owner", "usr-agent-1"},
                          Code{"jc-demo-2", "unit-1-1-0301", "family", "usr-res-1"}}) {
        const QString code = EstateRules::newCode();
        ok = ok && db.exec(u"INSERT INTO join_codes (id, estate_id, unit_id, relation, code, issued_by, issued_at, expires_at, rev)"
                           " VALUES (?, 'est-1', ?, ?, ?, ?, ?, ?, ?)"_s,
                           {QString::fromLatin1(c.id), QString::fromLatin1(c.unit), QString::fromLatin1(c.relation), code,
                            QString::fromLatin1(c.issuer), ctx.now, ctx.now + 7LL * 24 * 3600 * 1000, db.nextRevision()});
        codes << u"%1-%2 (%3, %4)"_s.arg(code.left(4), code.mid(4), EstateRules::unitLabel(db, QString::fromLatin1(c.unit)),
                                         QString::fromLatin1(c.relation));
    }
    if (!ok || !tx.commit()) {
        *error = u"could not store the demo estate"_s;
        return false;
    }
    ctx.report << u"estate 翠湖花园 (est-1): 2 buildings, 200 units, 20 parking spaces, 11 people (one deactivated)"_s;
    ctx.report << u"join codes to try in the resident app: %1"_s.arg(codes.join(u"; "_s));
    return true;
}

bool bench(SeedContext &ctx, QString *error)
{
    Database &db = ctx.db;
    if (db.scalar(u"SELECT 1 FROM estates WHERE id = 'est-bench'"_s).isValid())
        return true;
    const QString hash = PasswordHasher::hash(QString::fromLatin1(Accounts::BenchPassword));
    Database::Transaction tx(db, Database::Kind::Revisioned);
    bool ok = tx.isOpen() && addEstate(db, u"est-bench"_s, u"Bench Estate"_s, u"1 Loopback Road"_s);
    const int perBuilding = 100;
    const int units = ctx.args.value(u"units"_s).toInt();
    for (int i = 0; ok && i < units; ++i) {
        const int building = i / perBuilding + 1;
        const QString buildingId = u"bld-b-%1"_s.arg(building);
        if (i % perBuilding == 0)
            ok = addBuilding(db, buildingId, u"est-bench"_s, u"Building %1"_s.arg(building));
        const QString unit = u"unit-b-%1"_s.arg(i);
        ok = ok && addUnit(db, unit, u"est-bench"_s, buildingId, u"%1-%2"_s.arg(building).arg(i % perBuilding),
                           (i % perBuilding) / 5 + 1, 9000);
        ok = ok && addPerson(db, u"usr-b-%1"_s.arg(i), u"137%1"_s.arg(i, 8, 10, QLatin1Char('0')), u"Resident %1"_s.arg(i),
                             u"resident"_s, hash, u"est-bench"_s, unit);
    }
    if (!ok || !tx.commit()) {
        *error = u"could not store the bench estate"_s;
        return false;
    }
    ctx.report << u"bench estate est-bench: %1 units; resident login 13700000000 / %2"_s.arg(units).arg(
        QLatin1StringView(Accounts::BenchPassword));
    return true;
}

} // namespace Courtyard::Server::EstateSeed
