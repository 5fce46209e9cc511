#include "ticketseed.h"

#include "database.h"
#include "json.h"
#include "tickets/ticketrules.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::Tickets {

bool addSlaPolicies(Database &db, const QString &estateId)
{
    for (TicketPriority p : {TicketPriority::Urgent, TicketPriority::High, TicketPriority::Normal, TicketPriority::Low}) {
        const SlaTarget t = TicketRules::defaultSla(p);
        const QString name = TicketRules::priorityName(p);
        if (!db.exec(u"INSERT INTO sla_policies (estate_id, priority, response_min, resolve_min, id, rev) VALUES (?, ?, ?, ?, ?, ?)"
                     " ON CONFLICT (estate_id, priority) DO NOTHING"_s,
                     {estateId, name, t.responseMinutes, t.resolveMinutes, estateId + u'_' + name, db.nextRevision()}))
            return false;
    }
    return true;
}

bool seedDemo(SeedContext &ctx, QString *error)
{
    Database &db = ctx.db;
    if (db.scalar(u"SELECT 1 FROM sla_policies WHERE estate_id = 'est-1'"_s).isValid())
        return true;
    {
        Database::Transaction tx(db, Database::Kind::Revisioned);
        if (!tx.isOpen() || !addSlaPolicies(db, u"est-1"_s) || !tx.commit()) {
            *error = u"could not store the demo estate's SLA targets"_s;
            return false;
        }
    }
    // Requests in every state, made through the same commands the apps send. Each runs at
    // a past server time, so the orders have a history: SLA clocks, overdue flags, and a
    // timeline spread over the last days.
    const qint64 now = ctx.now;
    bool ok = true;
    auto ago = [now](double hours) { return now - qint64(hours * 3600 * 1000); };
    auto run = [&](const char *userId, const QString &type, const QJsonObject &payload, qint64 at) {
        ok = ok && ctx.run(QString::fromLatin1(userId), type, payload, at, error);
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
    const QString leak = QUuid::createUuid().toString(QUuid::WithoutBraces);
    submit(res1, leak, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"plumbing"_s}, {u"unitId"_s, u"unit-1-1-0301"_s},
                        {u"description"_s, u"厨房水槽下面的水管漏水，地上有积水。"_s}, {u"contactPhone"_s, u"13800000001"_s}},
           ago(2));
    act(agent, "setPriority", leak, {{u"priority"_s, u"urgent"_s}}, ago(1.9));

    // 2. Accepted and open to the technicians' pool.
    const QString light = QUuid::createUuid().toString(QUuid::WithoutBraces);
    submit(res2, light, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"electrical"_s},
                         {u"description"_s, u"15楼楼道灯不亮，晚上很黑。"_s},
                         {u"location"_s, QJsonObject{{u"label"_s, u"2号楼15层楼道"_s}}}},
           ago(5));
    act(agent, "accept", light, {}, ago(4.8));
    act(agent, "openToPool", light, {}, ago(4.7));

    // 3. Assigned to technician 1, with the resident's preferred visit window.
    const QString fan = QUuid::createUuid().toString(QUuid::WithoutBraces);
    submit(res3, fan, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"hvac"_s}, {u"unitId"_s, u"unit-1-1-0802"_s},
                       {u"description"_s, u"卫生间排风扇不转，开的时候有异响。"_s},
                       {u"visitFrom"_s, Json::isoTime(ago(-20))}, {u"visitTo"_s, Json::isoTime(ago(-22))}},
           ago(26));
    act(agent, "accept", fan, {}, ago(25));
    act(agent, "assign", fan, {{u"technicianId"_s, u"usr-tech-1"_s}}, ago(24.5));

    // 4. Technician 1 on site, checked in with a GPS fix; high priority, past its deadline.
    const QString aircon = QUuid::createUuid().toString(QUuid::WithoutBraces);
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
    const QString lift = QUuid::createUuid().toString(QUuid::WithoutBraces);
    submit(res4, lift, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"lift"_s}, {u"unitId"_s, u"unit-1-2-0405"_s},
                        {u"description"_s, u"4楼电梯外呼按钮失灵，按了没反应。"_s}},
           ago(50));
    act(agent, "accept", lift, {}, ago(49));
    act(agent, "assign", lift, {{u"technicianId"_s, u"usr-tech-2"_s}}, ago(48));
    act(tech2, "checkIn", lift, {{u"at"_s, Json::isoTime(ago(44))}}, ago(44));
    act(tech2, "hold", lift, {{u"reason"_s, u"等待配件：外呼按钮面板"_s}}, ago(43));
    act(tech2, "note", lift, {{u"text"_s, u"面板已向厂家订购，预计周五到货。"_s}, {u"internal"_s, true}}, ago(42));

    // 6. Resolved with a report, waiting for resident 1 to confirm.
    const QString drain = QUuid::createUuid().toString(QUuid::WithoutBraces);
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
    const QString socket = QUuid::createUuid().toString(QUuid::WithoutBraces);
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
    const QString doorbell = QUuid::createUuid().toString(QUuid::WithoutBraces);
    submit(res3, doorbell, {{u"kind"_s, u"repair"_s}, {u"category"_s, u"other"_s}, {u"unitId"_s, u"unit-1-1-0802"_s},
                            {u"description"_s, u"门铃不响。"_s}},
           ago(96));
    act(res3, "cancel", doorbell, {{u"reason"_s, u"换了电池，已经好了。"_s}}, ago(90));

    // 9. A complaint, with a note the resident sees and one they do not.
    const QString noise = QUuid::createUuid().toString(QUuid::WithoutBraces);
    submit(res2, noise, {{u"kind"_s, u"complaint"_s}, {u"category"_s, u"other"_s}, {u"unitId"_s, u"unit-1-2-1502"_s},
                         {u"description"_s, u"楼上装修晚上十点以后还在施工，噪音很大。"_s}},
           ago(48));
    act(agent, "note", noise, {{u"text"_s, u"已联系楼上业主，要求22点后停止施工。"_s}}, ago(46));
    act(agent, "note", noise, {{u"text"_s, u"楼上业主态度不配合，需经理跟进。"_s}, {u"internal"_s, true}}, ago(45));

    // 10. Phoned in to the office for resident 1's unit; resolved, waiting for the call-back.
    const QString lamp = QUuid::createUuid().toString(QUuid::WithoutBraces);
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
    ctx.report << u"work orders: 10 requests in every state"_s;
    return true;
}

bool seedBench(SeedContext &ctx, QString *error)
{
    Database &db = ctx.db;
    if (db.scalar(u"SELECT 1 FROM sla_policies WHERE estate_id = 'est-bench'"_s).isValid())
        return true;
    const qint64 now = ctx.now;
    const int units = std::max(1, ctx.args.value(u"units"_s).toInt());
    const int tickets = ctx.args.value(u"tickets"_s).toInt();
    Database::Transaction tx(db, Database::Kind::Revisioned);
    bool ok = tx.isOpen() && addSlaPolicies(db, u"est-bench"_s);
    for (int i = 0; ok && i < tickets; ++i) {
        const QString unit = u"unit-b-%1"_s.arg(i % units);
        const QString resident = u"usr-b-%1"_s.arg(i % units);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qint64 created = now - qint64(tickets - i) * 60000;
        ok = db.exec(u"INSERT INTO tickets (id, estate_id, unit_id, created_by, kind, category, description, photos, status,"
                     " priority, pooled, on_behalf, created_at, reported_at, updated_at, response_due_at, resolve_due_at, rev)"
                     " VALUES (?, 'est-bench', ?, ?, 'repair', 'plumbing', ?, '', 'submitted', 'normal', 0, 0, ?, ?, ?, ?, ?, ?)"_s,
                     {id, unit, resident, u"Bench request %1"_s.arg(i), created, created, created, created + 3600000,
                      created + 86400000, db.nextRevision()});
        ok = ok && db.exec(u"INSERT INTO ticket_events (id, ticket_id, estate_id, unit_id, created_by, pooled, type,"
                           " to_status, actor_id, internal, at, received_at, rev)"
                           " VALUES (?, ?, 'est-bench', ?, ?, 0, 'status', 'submitted', ?, 0, ?, ?, ?)"_s,
                           {Json::randomId(), id, unit, resident, resident, created, created, db.nextRevision()});
    }
    if (!ok || !tx.commit()) {
        *error = u"could not store the bench requests"_s;
        return false;
    }
    ctx.report << u"bench work orders: %1 requests"_s.arg(tickets);
    return true;
}

} // namespace Courtyard::Server::Tickets
