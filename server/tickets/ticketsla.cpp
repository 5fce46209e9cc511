// SLA targets per estate and priority: synced to staff (slaPolicy), set by a manager
// (sla.set), and every estate has all four (defaults filled in for a new estate).
#include "ticketsla.h"

#include "auditlog.h"
#include "database.h"
#include "payloadreader.h"
#include "principal.h"
#include "registry.h"
#include "tickets/ticketrules.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server::TicketSla {

namespace {

constexpr TicketPriority Priorities[] = {TicketPriority::Urgent, TicketPriority::High, TicketPriority::Normal,
                                         TicketPriority::Low};

CommandOutcome setSla(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"estateId"_s, u"priority"_s, u"responseMinutes"_s, u"resolveMinutes"_s});
    const std::optional<QString> estateId = r.id(u"estateId"_s, true);
    QStringList names;
    for (TicketPriority p : Priorities)
        names << TicketRules::priorityName(p);
    const std::optional<QString> priority = r.choice(u"priority"_s, true, names);
    // Up to 90 days; the first answer never later than the fix.
    const std::optional<qint64> response = r.integer(u"responseMinutes"_s, true, 1, 90 * 24 * 60);
    const std::optional<qint64> resolve = r.integer(u"resolveMinutes"_s, true, 1, 90 * 24 * 60);
    if (r.ok() && *response > *resolve)
        r.fail(u"validation_failed"_s, u"The response time cannot be longer than the resolve time."_s);
    if (!r.ok())
        return CommandOutcome::refuse(400, r.errorCode(), r.errorMessage());
    if (!ctx.who.inEstate(*estateId))
        return CommandOutcome::refuse(404, u"not_found"_s, u"There is no such estate."_s);
    if (ctx.who.role != Role::Manager)
        return CommandOutcome::refuse(403, u"forbidden"_s, u"Only a manager sets the SLA targets."_s);
    const QString id = *estateId + u'_' + *priority;
    const bool ok = ctx.db.exec(u"INSERT INTO sla_policies (estate_id, priority, response_min, resolve_min, id, rev)"
                                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (estate_id, priority) DO UPDATE SET"
                                " response_min = excluded.response_min, resolve_min = excluded.resolve_min, rev = excluded.rev"_s,
                                {*estateId, *priority, *response, *resolve, id, ctx.db.nextRevision()})
                    && AuditLog::record(ctx.db,
                                        {*estateId, ctx.who.id, u"sla.set"_s, u"slaPolicy"_s, id,
                                         u"SLA for %1: answer within %2 min, fix within %3 min"_s.arg(*priority)
                                             .arg(*response)
                                             .arg(*resolve),
                                         ctx.address},
                                        ctx.now);
    if (!ok)
        return CommandOutcome::failure(u"Could not store the SLA targets."_s);
    return CommandOutcome::done(u"slaPolicy"_s, id);
}

} // namespace

bool fillDefaults(Database &db)
{
    QStringList missing;
    {
        QSqlQuery &q = db.query(u"SELECT e.id FROM estates e WHERE (SELECT COUNT(*) FROM sla_policies s WHERE s.estate_id = e.id) < 4"
                                " ORDER BY e.id"_s);
        if (!db.execPrepared(q))
            return false;
        while (q.next())
            missing << q.value(0).toString();
        q.finish();
    }
    for (const QString &estateId : std::as_const(missing)) {
        for (TicketPriority p : Priorities) {
            const SlaTarget t = TicketRules::defaultSla(p);
            const QString name = TicketRules::priorityName(p);
            if (!db.exec(u"INSERT INTO sla_policies (estate_id, priority, response_min, resolve_min, id, rev)"
                         " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (estate_id, priority) DO NOTHING"_s,
                         {estateId, name, t.responseMinutes, t.resolveMinutes, estateId + u'_' + name, db.nextRevision()}))
                return false;
        }
    }
    return true;
}

void registerWith(Registry &registry)
{
    registry.addEntity({u"slaPolicy"_s, u"sla_policies"_s, u"s"_s, u"sla_policies s"_s,
                        u"s.id, s.estate_id, s.priority, s.response_min, s.resolve_min"_s,
                        [](Role role) { return isStaff(role) ? Scope::inEstates(u"estate_id"_s) : Scope::none(); },
                        [](const QSqlQuery &q, const Principal &) {
                            return QJsonObject{{u"id"_s, q.value(0).toString()}, {u"estateId"_s, q.value(1).toString()},
                                               {u"priority"_s, q.value(2).toString()},
                                               {u"responseMinutes"_s, q.value(3).toInt()},
                                               {u"resolveMinutes"_s, q.value(4).toInt()}};
                        },
                        {}});
    registry.addCommand({u"sla.set"_s, setSla});
    // A new estate (the console's create-estate) gets the default targets within a minute.
    registry.addJob({u"sla-defaults"_s, std::chrono::minutes(1), [](JobContext &ctx) {
                         Database::Transaction tx(ctx.db, Database::Kind::Revisioned);
                         if (tx.isOpen() && fillDefaults(ctx.db))
                             tx.commit();
                     }});
}

} // namespace Courtyard::Server::TicketSla
