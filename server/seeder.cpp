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
#include <QJsonArray>
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

bool Seeder::setDuty(const QString &phone, bool onDuty, QString *error)
{
    const QVariant role = m_db.scalar(u"SELECT role FROM users WHERE phone = ?"_s, {phone});
    if (role.toString() != u"technician") {
        *error = u"no technician has that phone number"_s;
        return false;
    }
    // A new revision, so colleagues' apps learn the change on their next sync.
    Database::Transaction tx(m_db);
    if (!m_db.exec(u"UPDATE users SET on_duty = ?, rev = ? WHERE phone = ?"_s, {onDuty ? 1 : 0, m_revisions.next(), phone})
        || !tx.commit()) {
        *error = u"could not store the duty"_s;
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

    // Requests in every state, made through the same commands the apps send. Each runs at
    // a past server time, so the orders have a history: SLA clocks, overdue flags, and a
    // timeline spread over the last days.
    TicketCommands commands(m_db, m_revisions);
    PrincipalCache principals(m_db);
    auto ago = [now](double hours) { return now - qint64(hours * 3600 * 1000); };
    auto run = [&](const char *userId, const QString &type, QJsonObject payload, qint64 at) {
        if (!ok)
            return;
        Database::Transaction t(m_db);
        const std::optional<Principal> who = principals.get(QString::fromLatin1(userId), now);
        const CommandOutcome outcome = who ? commands.apply(*who, type, payload, at) : CommandOutcome{};
        if (!who || !outcome.applied() || !t.commit()) {
            *error = u"demo request %1 by %2 refused: %3"_s.arg(type, QLatin1StringView(userId), outcome.message);
            ok = false;
        }
    };
    auto submit = [&](const char *userId, const QString &id, QJsonObject fields, qint64 at) {
        fields.insert(u"ticketId"_s, id);
        fields.insert(u"reportedAt"_s, Json::isoTime(at - 120000));
        run(userId, u"ticket.submit"_s, fields, at);
    };
    auto act = [&](const char *userId, const char *verb, const QString &id, QJsonObject fields, qint64 at) {
        fields.insert(u"ticketId"_s, id);
        run(userId, u"ticket."_s + QLatin1StringView(verb), fields, at);
    };
    auto part = [](const QString &name, int quantity) { return QJsonObject{{u"name"_s, name}, {u"quantity"_s, quantity}}; };
    const char *res1 = "usr-res-1", *res2 = "usr-res-2", *res3 = "usr-res-3", *res4 = "usr-res-4";
    const char *agent = "usr-agent-1", *tech1 = "usr-tech-1", *tech2 = "usr-tech-2";
    const QJsonObject fix{{u"latitude"_s, 31.2304}, {u"longitude"_s, 121.4737}, {u"accuracyM"_s, 12}};

    // 1. Urgent, still not answered: overdue for a response.
    const QString leak = uuid();
    submit(res1, leak, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"plumbing"_s}, {u"unitId"_s, u"unit-1-1-0301"_s},
                        {u"description"_s, u"厨房水槽下面的水管漏水，地上有积水。"_s}, {u"contactPhone"_s, u"13800000001"_s}},
           ago(2));
    act(agent, "setPriority", leak, {{u"priority"_s, u"urgent"_s}}, ago(1.9));

    // 2. Accepted and open to the technicians' pool.
    const QString light = uuid();
    submit(res2, light, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"electrical"_s},
                         {u"description"_s, u"15楼楼道灯不亮，晚上很黑。"_s},
                         {u"location"_s, QJsonObject{{u"label"_s, u"2号楼15层楼道"_s}}}},
           ago(5));
    act(agent, "accept", light, {}, ago(4.8));
    act(agent, "openToPool", light, {}, ago(4.7));

    // 3. Assigned to technician 1, with the resident's preferred visit window.
    const QString fan = uuid();
    submit(res3, fan, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"hvac"_s}, {u"unitId"_s, u"unit-1-1-0802"_s},
                       {u"description"_s, u"卫生间排风扇不转，开的时候有异响。"_s},
                       {u"visitFrom"_s, Json::isoTime(ago(-20))}, {u"visitTo"_s, Json::isoTime(ago(-22))}},
           ago(26));
    act(agent, "accept", fan, {}, ago(25));
    act(agent, "assign", fan, {{u"technicianId"_s, u"usr-tech-1"_s}}, ago(24.5));

    // 4. Technician 1 on site, checked in with a GPS fix; high priority, past its deadline.
    const QString aircon = uuid();
    submit(res1, aircon, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"hvac"_s}, {u"unitId"_s, u"unit-1-1-0301"_s},
                          {u"description"_s, u"客厅空调不制冷，开机半小时还是常温。"_s}},
           ago(30));
    act(agent, "accept", aircon, {}, ago(29.5));
    act(agent, "setPriority", aircon, {{u"priority"_s, u"high"_s}}, ago(29.4));
    act(agent, "assign", aircon, {{u"technicianId"_s, u"usr-tech-1"_s}}, ago(29));
    QJsonObject checkIn = fix;
    checkIn.insert(u"at"_s, Json::isoTime(ago(0.5)));
    act(tech1, "checkIn", aircon, checkIn, ago(0.5));

    // 5. On hold, waiting for parts, with an internal note.
    const QString lift = uuid();
    submit(res4, lift, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"lift"_s}, {u"unitId"_s, u"unit-1-2-0405"_s},
                        {u"description"_s, u"4楼电梯外呼按钮失灵，按了没反应。"_s}},
           ago(50));
    act(agent, "accept", lift, {}, ago(49));
    act(agent, "assign", lift, {{u"technicianId"_s, u"usr-tech-2"_s}}, ago(48));
    act(tech2, "checkIn", lift, {{u"at"_s, Json::isoTime(ago(44))}}, ago(44));
    act(tech2, "hold", lift, {{u"reason"_s, u"等待配件：外呼按钮面板"_s}}, ago(43));
    act(tech2, "note", lift, {{u"text"_s, u"面板已向厂家订购，预计周五到货。"_s}, {u"internal"_s, true}}, ago(42));

    // 6. Resolved with a report, waiting for resident 1 to confirm.
    const QString drain = uuid();
    submit(res1, drain, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"plumbing"_s}, {u"unitId"_s, u"unit-1-1-0301"_s},
                         {u"description"_s, u"阳台地漏堵塞，下雨时积水。"_s}},
           ago(72));
    act(agent, "accept", drain, {}, ago(71));
    act(agent, "assign", drain, {{u"technicianId"_s, u"usr-tech-1"_s}}, ago(70));
    act(res1, "note", drain, {{u"text"_s, u"下午两点以后家里有人。"_s}}, ago(69));
    checkIn = fix;
    checkIn.insert(u"at"_s, Json::isoTime(ago(26)));
    act(tech1, "checkIn", drain, checkIn, ago(26));
    act(tech1, "resolve", drain,
        {{u"summary"_s, u"疏通地漏，更换地漏芯和密封圈。"_s}, {u"at"_s, Json::isoTime(ago(25))},
         {u"parts"_s, QJsonArray{part(u"地漏芯"_s, 1), part(u"密封圈"_s, 2)}}, {u"minutesWorked"_s, 40}},
        ago(25));

    // 7. Closed with resident 1's rating.
    const QString socket = uuid();
    submit(res1, socket, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"electrical"_s}, {u"unitId"_s, u"unit-1-1-0301"_s},
                          {u"description"_s, u"卧室两个插座都没电。"_s}},
           ago(144));
    act(agent, "accept", socket, {}, ago(143));
    act(agent, "assign", socket, {{u"technicianId"_s, u"usr-tech-2"_s}}, ago(142));
    act(tech2, "checkIn", socket, {{u"at"_s, Json::isoTime(ago(140))}}, ago(140));
    act(tech2, "resolve", socket,
        {{u"summary"_s, u"插座线头松脱，重新接线并更换一个五孔插座。"_s}, {u"at"_s, Json::isoTime(ago(139))},
         {u"parts"_s, QJsonArray{part(u"五孔插座"_s, 1)}}, {u"minutesWorked"_s, 30}},
        ago(139));
    act(res1, "confirm", socket,
        {{u"overall"_s, 5}, {u"speed"_s, 4}, {u"service"_s, 5}, {u"comment"_s, u"师傅很专业，动作也快。"_s}}, ago(130));

    // 8. Cancelled by the resident.
    const QString doorbell = uuid();
    submit(res3, doorbell, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"other"_s}, {u"unitId"_s, u"unit-1-1-0802"_s},
                            {u"description"_s, u"门铃不响。"_s}},
           ago(96));
    act(res3, "cancel", doorbell, {{u"reason"_s, u"换了电池，已经好了。"_s}}, ago(90));

    // 9. A complaint, with a note the resident sees and one they do not.
    const QString noise = uuid();
    submit(res2, noise, {{u"kind"_s, u"complaint"_s}, {u"category"_s, u"other"_s}, {u"unitId"_s, u"unit-1-2-1502"_s},
                         {u"description"_s, u"楼上装修晚上十点以后还在施工，噪音很大。"_s}},
           ago(48));
    act(agent, "note", noise, {{u"text"_s, u"已联系楼上业主，要求22点后停止施工。"_s}}, ago(46));
    act(agent, "note", noise, {{u"text"_s, u"楼上业主态度不配合，需经理跟进。"_s}, {u"internal"_s, true}}, ago(45));

    // 10. Phoned in to the office for resident 1's unit; resolved, waiting for the call-back.
    const QString lamp = uuid();
    submit(agent, lamp, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"electrical"_s}, {u"unitId"_s, u"unit-1-1-0301"_s},
                         {u"description"_s, u"电话报修：厨房吊灯一直闪烁。"_s}},
           ago(28));
    act(agent, "accept", lamp, {}, ago(27.9));
    act(agent, "assign", lamp, {{u"technicianId"_s, u"usr-tech-2"_s}}, ago(27.5));
    act(tech2, "checkIn", lamp, {{u"at"_s, Json::isoTime(ago(22))}}, ago(22));
    act(tech2, "resolve", lamp,
        {{u"summary"_s, u"更换镇流器，灯已正常。"_s}, {u"at"_s, Json::isoTime(ago(21))},
         {u"parts"_s, QJsonArray{part(u"镇流器"_s, 1)}}, {u"minutesWorked"_s, 25}},
        ago(21));
    if (!ok)
        return false;
    *report = u"demo estate 翠湖花园 (est-1): 2 buildings, 200 units, 8 people, bills, 2 notices, 10 requests"_s;
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
