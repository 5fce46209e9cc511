#include "seeder.h"

#include "database.h"
#include "fieldlimits.h"
#include "json.h"
#include "passwordhasher.h"
#include "revisions.h"
#include "roles.h"
#include "ticketcommands.h"
#include "ticketrules.h"

#include <QDate>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Property fee: area × 2.50 yuan per m² per month, in fen.
qint64 propertyFee(qint64 areaCentiSqm)
{
    return areaCentiSqm * 250 / 100;
}

} // namespace

Seeder::Seeder(Database &db, Revisions &revisions)
    : m_db(db)
    , m_revisions(revisions)
{
}

bool Seeder::addEstate(const QString &id, const QString &name, const QString &address, const QString &mode)
{
    if (!m_db.exec(u"INSERT INTO estates (id, name, address, dispatch_mode, rev) VALUES (?, ?, ?, ?, ?)"_s,
                   {id, name, address, mode, m_revisions.next()}))
        return false;
    for (TicketPriority p : {TicketPriority::Urgent, TicketPriority::High, TicketPriority::Normal, TicketPriority::Low}) {
        const SlaTarget t = TicketRules::defaultSla(p);
        if (!m_db.exec(u"INSERT INTO sla_policies (estate_id, priority, response_min, resolve_min) VALUES (?, ?, ?, ?)"_s,
                       {id, TicketRules::priorityName(p), t.responseMinutes, t.resolveMinutes}))
            return false;
    }
    return true;
}

bool Seeder::addUser(const QString &id, const QString &phone, const QString &name, const QString &role,
                     const QString &passwordHash, const QString &estateId, const QString &unitId)
{
    bool ok = m_db.exec(u"INSERT INTO users (id, phone, name, role, password_hash, on_duty, created_at, rev)"
                        " VALUES (?, ?, ?, ?, ?, 1, ?, ?)"_s,
                        {id, phone, name, role, passwordHash, Json::nowMs(), m_revisions.next()});
    if (ok && !unitId.isEmpty())
        ok = m_db.exec(u"INSERT INTO user_units (user_id, unit_id) VALUES (?, ?)"_s, {id, unitId});
    else if (ok)
        ok = m_db.exec(u"INSERT INTO user_estates (user_id, estate_id) VALUES (?, ?)"_s, {id, estateId});
    return ok;
}

bool Seeder::createUser(const QString &phone, const QString &name, const QString &role, const QString &estateId,
                        const QString &unitId, const QString &password, QString *error)
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty() || trimmedName.size() > Limits::NameMax) {
        *error = u"--name must be 1 to %1 characters"_s.arg(Limits::NameMax);
        return false;
    }
    if (phone.size() < Limits::PhoneMin || phone.size() > Limits::PhoneMax
        || !std::all_of(phone.cbegin(), phone.cend(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; })) {
        *error = u"--phone must be %1 to %2 digits"_s.arg(Limits::PhoneMin).arg(Limits::PhoneMax);
        return false;
    }
    if (password.size() < Limits::PasswordMin || password.size() > Limits::PasswordMax) {
        *error = u"the password must be %1 to %2 characters"_s.arg(Limits::PasswordMin).arg(Limits::PasswordMax);
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
    if (!m_db.scalar(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table), {unitId.isEmpty() ? estateId : unitId}).isValid()) {
        *error = u"no such %1"_s.arg(unitId.isEmpty() ? u"estate"_s : u"unit"_s);
        return false;
    }
    if (m_db.scalar(u"SELECT 1 FROM users WHERE phone = ?"_s, {phone}).isValid()) {
        *error = u"an account with this phone number exists already"_s;
        return false;
    }
    Database::Transaction tx(m_db);
    if (!addUser(u"usr-"_s + uuid().left(8), phone, trimmedName, role, PasswordHasher::hash(password), estateId, unitId)
        || !tx.commit()) {
        *error = u"could not store the account"_s;
        return false;
    }
    return true;
}

bool Seeder::seedDemo(QString *report, QString *error)
{
    if (m_db.scalar(u"SELECT 1 FROM estates WHERE id = 'est-1'"_s).isValid()) {
        *report = u"demo estate present already; nothing added"_s;
        return true;
    }
    const QString hash = PasswordHasher::hash(QString::fromLatin1(DemoPassword));
    const qint64 now = Json::nowMs();
    Database::Transaction tx(m_db);
    bool ok = addEstate(u"est-1"_s, u"翠湖花园"_s, u"湖滨路88号"_s, u"assign"_s);
    for (int b = 1; ok && b <= 2; ++b) {
        const QString building = u"bld-1-%1"_s.arg(b);
        ok = m_db.exec(u"INSERT INTO buildings (id, estate_id, name, rev) VALUES (?, 'est-1', ?, ?)"_s,
                       {building, u"%1号楼"_s.arg(b), m_revisions.next()});
        for (int floor = 1; ok && floor <= 20; ++floor) {
            for (int door = 1; ok && door <= 5; ++door) {
                const QString number = u"%1-%2%3"_s.arg(b).arg(floor, 2, 10, QLatin1Char('0')).arg(door, 2, 10, QLatin1Char('0'));
                const qint64 area = 8950 + door * 1250 + (b - 1) * 400;
                const QString unit = u"unit-1-"_s + number;
                ok = m_db.exec(u"INSERT INTO units (id, estate_id, building_id, number, floor, area_centi_sqm, rev)"
                               " VALUES (?, 'est-1', ?, ?, ?, ?, ?)"_s,
                               {unit, building, number, floor, area, m_revisions.next()});
                // November's property fee for every unit; about a third have paid.
                const bool paid = (floor + door) % 3 == 0;
                const qint64 fee = propertyFee(area);
                ok = ok && m_db.exec(u"INSERT INTO bills (id, estate_id, unit_id, period, item, amount_fen, paid_fen, due_date,"
                                     " status, rev) VALUES (?, 'est-1', ?, '2026-11', 'property', ?, ?, '2026-11-30', ?, ?)"_s,
                                     {u"bill-%1-2026-11-property"_s.arg(unit), unit, fee, paid ? fee : 0,
                                      paid ? u"paid"_s : u"unpaid"_s, m_revisions.next()});
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
        ok = ok && addUser(QString::fromLatin1(p.id), QString::fromLatin1(p.phone), p.name, QString::fromLatin1(p.role), hash,
                           u"est-1"_s, QString::fromLatin1(p.unit));
    }
    // Wang Fang's unit: earlier months paid, with receipts, and a parking fee open.
    for (const auto &[period, due, status] : {std::tuple{"2026-09", "2026-09-30", "paid"},
                                              std::tuple{"2026-10", "2026-10-31", "paid"}}) {
        const QString bill = u"bill-unit-1-1-0301-%1-property"_s.arg(QLatin1StringView(period));
        const qint64 fee = propertyFee(8950 + 1 * 1250);
        ok = ok && m_db.exec(u"INSERT INTO bills (id, estate_id, unit_id, period, item, amount_fen, paid_fen, due_date, status, rev)"
                             " VALUES (?, 'est-1', 'unit-1-1-0301', ?, 'property', ?, ?, ?, ?, ?)"_s,
                             {bill, QString::fromLatin1(period), fee, fee, QString::fromLatin1(due), QString::fromLatin1(status),
                              m_revisions.next()});
        ok = ok && m_db.exec(u"INSERT INTO payments (id, bill_id, estate_id, unit_id, amount_fen, method, receipt_no, paid_at,"
                             " recorded_by, rev) VALUES (?, ?, 'est-1', 'unit-1-1-0301', ?, 'wechat', ?, ?, 'usr-agent-1', ?)"_s,
                             {u"pay-"_s + bill, bill, fee, u"R%1-0301"_s.arg(QString::fromLatin1(period).remove(u'-')),
                              QDate::fromString(QString::fromLatin1(due), Qt::ISODate).startOfDay(Qt::UTC).toMSecsSinceEpoch() - 86400000,
                              m_revisions.next()});
    }
    ok = ok && m_db.exec(u"INSERT INTO bills (id, estate_id, unit_id, period, item, amount_fen, paid_fen, due_date, status, rev)"
                         " VALUES ('bill-unit-1-1-0301-2026-11-parking', 'est-1', 'unit-1-1-0301', '2026-11', 'parking', 30000, 0,"
                         " '2026-11-30', 'unpaid', ?)"_s,
                         {m_revisions.next()});
    ok = ok && m_db.exec(u"INSERT INTO notices (id, estate_id, title, body, category, pinned, published_at, expires_at, rev)"
                         " VALUES ('ntc-1', 'est-1', ?, ?, 'outage', 1, ?, ?, ?)"_s,
                         {u"12月2日停水通知"_s, u"因二次供水水箱清洗，12月2日 9:00–15:00 1号楼、2号楼停水，请提前储水。"_s, now,
                          now + 7LL * 24 * 3600 * 1000, m_revisions.next()});
    ok = ok && m_db.exec(u"INSERT INTO notices (id, estate_id, title, body, category, pinned, published_at, expires_at, rev)"
                         " VALUES ('ntc-2', 'est-1', ?, ?, 'lift', 0, ?, NULL, ?)"_s,
                         {u"2号楼电梯年度保养"_s, u"12月5日上午2号楼1号电梯年度保养，请使用2号电梯。"_s, now, m_revisions.next()});
    if (!ok || !tx.commit()) {
        *error = u"could not store the demo estate"_s;
        return false;
    }

    // A few requests, made through the same commands the apps send.
    TicketCommands commands(m_db, m_revisions);
    auto run = [&](const QString &userId, const QString &type, QJsonObject payload) {
        Database::Transaction t(m_db);
        const std::optional<Principal> who = PrincipalCache(m_db).get(userId, now);
        if (!who || !commands.apply(*who, type, payload, Json::nowMs()).applied() || !t.commit())
            ok = false;
    };
    const QString leak = uuid();
    const QString light = uuid();
    run(u"usr-res-1"_s, u"ticket.submit"_s,
        {{u"ticketId"_s, leak}, {u"kind"_s, u"repair"_s}, {u"category"_s, u"plumbing"_s},
         {u"description"_s, u"厨房水槽下面的水管漏水，地上有积水。"_s}, {u"unitId"_s, u"unit-1-1-0301"_s},
         {u"contactPhone"_s, u"13800000001"_s}});
    run(u"usr-res-2"_s, u"ticket.submit"_s,
        {{u"ticketId"_s, light}, {u"kind"_s, u"repair"_s}, {u"category"_s, u"electrical"_s},
         {u"description"_s, u"15楼楼道灯不亮，晚上很黑。"_s}, {u"location"_s, QJsonObject{{u"label"_s, u"2号楼15层楼道"_s}}}});
    run(u"usr-agent-1"_s, u"ticket.accept"_s, {{u"ticketId"_s, light}});
    run(u"usr-agent-1"_s, u"ticket.assign"_s, {{u"ticketId"_s, light}, {u"technicianId"_s, u"usr-tech-1"_s}});
    if (!ok) {
        *error = u"could not store the demo requests"_s;
        return false;
    }
    *report = u"demo estate 翠湖花园 (est-1): 2 buildings, 200 units, 8 people, bills, 2 notices, 2 requests"_s;
    return true;
}

bool Seeder::seedBench(int units, int tickets, QString *report, QString *error)
{
    if (m_db.scalar(u"SELECT 1 FROM estates WHERE id = 'est-bench'"_s).isValid()) {
        *report = u"bench estate present already; nothing added"_s;
        return true;
    }
    const QString hash = PasswordHasher::hash(QString::fromLatin1(BenchPassword));
    const qint64 now = Json::nowMs();
    Database::Transaction tx(m_db);
    bool ok = addEstate(u"est-bench"_s, u"Bench Estate"_s, u"1 Loopback Road"_s, u"assign"_s);
    const int perBuilding = 100;
    for (int i = 0; ok && i < units; ++i) {
        const int building = i / perBuilding + 1;
        if (i % perBuilding == 0)
            ok = m_db.exec(u"INSERT INTO buildings (id, estate_id, name, rev) VALUES (?, 'est-bench', ?, ?)"_s,
                           {u"bld-b-%1"_s.arg(building), u"Building %1"_s.arg(building), m_revisions.next()});
        const QString unit = u"unit-b-%1"_s.arg(i);
        ok = ok && m_db.exec(u"INSERT INTO units (id, estate_id, building_id, number, floor, area_centi_sqm, rev)"
                             " VALUES (?, 'est-bench', ?, ?, ?, 9000, ?)"_s,
                             {unit, u"bld-b-%1"_s.arg(building), u"%1-%2"_s.arg(building).arg(i % perBuilding),
                              (i % perBuilding) / 5 + 1, m_revisions.next()});
        ok = ok && addUser(u"usr-b-%1"_s.arg(i), u"137%1"_s.arg(i, 8, 10, QLatin1Char('0')), u"Resident %1"_s.arg(i), u"resident"_s,
                           hash, u"est-bench"_s, unit);
    }
    for (int i = 0; ok && i < tickets; ++i) {
        const QString unit = u"unit-b-%1"_s.arg(i % units);
        const QString id = uuid();
        const qint64 created = now - qint64(tickets - i) * 60000;
        ok = m_db.exec(u"INSERT INTO tickets (id, estate_id, unit_id, created_by, kind, category, description, photos, status,"
                       " priority, pooled, on_behalf, created_at, reported_at, updated_at, response_due_at, resolve_due_at, rev)"
                       " VALUES (?, 'est-bench', ?, ?, 'repair', 'plumbing', ?, '', 'submitted', 'normal', 0, 0, ?, ?, ?, ?, ?, ?)"_s,
                       {id, unit, u"usr-b-%1"_s.arg(i % units), u"Bench request %1"_s.arg(i), created, created, created,
                        created + 3600000, created + 86400000, m_revisions.next()});
        ok = ok && m_db.exec(u"INSERT INTO ticket_events (id, ticket_id, estate_id, unit_id, created_by, pooled, type,"
                             " to_status, actor_id, internal, at, received_at, rev)"
                             " VALUES (?, ?, 'est-bench', ?, ?, 0, 'status', 'submitted', ?, 0, ?, ?, ?)"_s,
                             {uuid(), id, unit, u"usr-b-%1"_s.arg(i % units), u"usr-b-%1"_s.arg(i % units), created, created,
                              m_revisions.next()});
    }
    if (!ok || !tx.commit()) {
        *error = u"could not store the bench estate"_s;
        return false;
    }
    *report = u"bench estate est-bench: %1 units, %2 requests; resident login 13700000000 / %3"_s.arg(units).arg(tickets).arg(
        QLatin1StringView(BenchPassword));
    return true;
}

} // namespace Courtyard::Server
