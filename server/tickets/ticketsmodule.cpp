// The tickets module: repair requests and work orders (报修 / 工单) — their tables, the
// ticket and ticketEvent entities, the ticket.* commands, auto-close, KPIs and demo orders.
#include "database.h"
#include "json.h"
#include "principal.h"
#include "registry.h"
#include "serverconfig.h"
#include "ticketcommands.h"
#include "ticketjson.h"
#include "ticketkpis.h"
#include "ticketscope.h"
#include "ticketseed.h"
#include "ticketsla.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTickets, "courtyard.tickets")

namespace Courtyard::Server {

namespace {

/// Timeline entries the server wrote as English notes before they had fields: their meaning
/// moves into `detail`, with a new revision so every phone gets the entry again.
bool structureLegacyNotes(Database &db, QString *error)
{
    struct Found
    {
        QString id;
        QJsonObject detail;
    };
    QList<Found> found;
    static const QRegularExpression autoClosed(u"^auto-closed after ([0-9]+) days"_s);
    QSqlQuery &q = db.query(u"SELECT id, type, from_status, to_status, actor_id, note FROM ticket_events"
                            " WHERE note IS NOT NULL AND (type = 'converted' OR (type = 'status' AND"
                            " (note LIKE 'priority: %' OR note = 'round-robin' OR actor_id = 'system')))"_s);
    if (!db.execPrepared(q)) {
        *error = u"cannot read the timeline"_s;
        return false;
    }
    while (q.next()) {
        const QString type = q.value(1).toString();
        const QString note = q.value(5).toString();
        QJsonObject detail;
        if (type == u"converted") {
            detail = {{u"kind"_s, u"convert"_s}, {u"from"_s, note.section(u' ', 0, 0)}, {u"to"_s, u"repair"_s}};
        } else if (note.startsWith(u"priority: ") && q.value(2).toString() == q.value(3).toString()) {
            detail = {{u"kind"_s, u"priority"_s}, {u"to"_s, note.mid(10)}};
        } else if (note == u"round-robin") {
            detail = {{u"kind"_s, u"roundRobin"_s}};
        } else if (const auto m = autoClosed.match(note); m.hasMatch() && q.value(4).toString() == u"system") {
            detail = {{u"kind"_s, u"autoClose"_s}, {u"afterDays"_s, m.captured(1).toInt()}};
        }
        if (!detail.isEmpty())
            found.append({q.value(0).toString(), detail});
    }
    q.finish();
    for (const Found &f : std::as_const(found)) {
        if (!db.exec(u"UPDATE ticket_events SET note = NULL, detail = ?, rev = ? WHERE id = ?"_s,
                     {QString::fromUtf8(QJsonDocument(f.detail).toJson(QJsonDocument::Compact)), db.nextRevision(), f.id})) {
            *error = u"cannot rewrite a timeline entry"_s;
            return false;
        }
    }
    return true;
}

/// Orders answered by opening them to the pool (or by round-robin) without a recorded
/// response time get the time of their first step out of "submitted".
bool recordMissingResponses(Database &db, QString *error)
{
    QList<std::pair<QString, qint64>> found;
    QSqlQuery &q = db.query(u"SELECT t.id, (SELECT MIN(e.at) FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'status'"
                            " AND e.from_status = 'submitted' AND e.to_status NOT IN ('submitted', 'cancelled'))"
                            " FROM tickets t WHERE t.accepted_at IS NULL AND t.status NOT IN ('submitted', 'cancelled')"_s);
    if (!db.execPrepared(q)) {
        *error = u"cannot read the orders"_s;
        return false;
    }
    while (q.next()) {
        if (!q.value(1).isNull())
            found.append({q.value(0).toString(), q.value(1).toLongLong()});
    }
    q.finish();
    for (const auto &[id, at] : std::as_const(found)) {
        if (!db.exec(u"UPDATE tickets SET accepted_at = ?, rev = ? WHERE id = ?"_s, {at, db.nextRevision(), id})) {
            *error = u"cannot record a response time"_s;
            return false;
        }
    }
    return true;
}

QList<Migration> migrations()
{
    return {
        {1,
         {
             u"CREATE TABLE sla_policies (estate_id TEXT NOT NULL REFERENCES estates(id), priority TEXT NOT NULL,"
             " response_min INTEGER NOT NULL, resolve_min INTEGER NOT NULL, PRIMARY KEY (estate_id, priority))"_s,
             u"CREATE TABLE tickets (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
             " unit_id TEXT REFERENCES units(id), created_by TEXT NOT NULL REFERENCES users(id),"
             " kind TEXT NOT NULL, category TEXT NOT NULL, description TEXT NOT NULL,"
             " location_label TEXT, latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, accuracy_m DOUBLE PRECISION,"
             " photos TEXT NOT NULL DEFAULT '', visit_from BIGINT, visit_to BIGINT, contact_phone TEXT,"
             " status TEXT NOT NULL, held_from TEXT, priority TEXT NOT NULL, assignee_id TEXT REFERENCES users(id),"
             " pooled INTEGER NOT NULL DEFAULT 0, on_behalf INTEGER NOT NULL DEFAULT 0,"
             " created_at BIGINT NOT NULL, reported_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
             " response_due_at BIGINT, resolve_due_at BIGINT, accepted_at BIGINT, on_site_at BIGINT,"
             " resolved_at BIGINT, closed_at BIGINT, hold_reason TEXT,"
             " rating_overall INTEGER, rating_speed INTEGER, rating_service INTEGER, rating_comment TEXT,"
             " checkin_latitude DOUBLE PRECISION, checkin_longitude DOUBLE PRECISION, checkin_accuracy_m DOUBLE PRECISION,"
             " rev BIGINT NOT NULL)"_s,
             u"CREATE INDEX tickets_estate_rev ON tickets (estate_id, rev)"_s,
             u"CREATE INDEX tickets_unit_rev ON tickets (unit_id, rev)"_s,
             u"CREATE INDEX tickets_creator_rev ON tickets (created_by, rev)"_s,
             u"CREATE INDEX tickets_assignee_rev ON tickets (assignee_id, rev)"_s,
             u"CREATE INDEX tickets_status ON tickets (estate_id, status)"_s,
             u"CREATE TABLE ticket_photos (ticket_id TEXT NOT NULL REFERENCES tickets(id), sha256 TEXT NOT NULL,"
             " PRIMARY KEY (sha256, ticket_id))"_s,
             // Who may see an event follows its ticket; the ticket's scope is copied here so a
             // pull filters events by index alone (rewritten when the ticket changes hands).
             u"CREATE TABLE ticket_events (id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id),"
             " estate_id TEXT NOT NULL, unit_id TEXT, created_by TEXT NOT NULL, assignee_id TEXT,"
             " pooled INTEGER NOT NULL DEFAULT 0, type TEXT NOT NULL, from_status TEXT, to_status TEXT,"
             " actor_id TEXT NOT NULL, note TEXT, internal INTEGER NOT NULL DEFAULT 0,"
             " at BIGINT NOT NULL, received_at BIGINT NOT NULL, rev BIGINT NOT NULL)"_s,
             u"CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id)"_s,
             u"CREATE INDEX ticket_events_estate_rev ON ticket_events (estate_id, rev)"_s,
             u"CREATE INDEX ticket_events_unit_rev ON ticket_events (unit_id, rev)"_s,
             u"CREATE INDEX ticket_events_creator_rev ON ticket_events (created_by, rev)"_s,
             u"CREATE INDEX ticket_events_assignee_rev ON ticket_events (assignee_id, rev)"_s,
         },
         {}},
        // The technician's report (parts as JSON text, minutes, the resident's signature), what
        // a converted order was first, photos on timeline entries, and which photos only staff
        // may fetch (linked through internal notes alone).
        {2,
         {
             u"ALTER TABLE tickets ADD COLUMN parts TEXT"_s,
             u"ALTER TABLE tickets ADD COLUMN minutes_worked INTEGER"_s,
             u"ALTER TABLE tickets ADD COLUMN signature TEXT"_s,
             u"ALTER TABLE tickets ADD COLUMN converted_from TEXT"_s,
             u"ALTER TABLE ticket_events ADD COLUMN photos TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE ticket_photos ADD COLUMN internal INTEGER NOT NULL DEFAULT 0"_s,
         },
         {}},
        // Timeline entries with fields for what the server did itself; a response time for
        // every answered order; photos linked through the platform's attachment links.
        {3,
         {
             u"ALTER TABLE ticket_events ADD COLUMN detail TEXT"_s,
             u"INSERT INTO attachment_links (sha256, entity, entity_id, staff_only)"
             " SELECT sha256, 'ticket', ticket_id, internal FROM ticket_photos WHERE sha256 IN (SELECT sha256 FROM attachments)"_s,
             u"DROP TABLE ticket_photos"_s,
         },
         [](Database &db, QString *error) { return structureLegacyNotes(db, error) && recordMissingResponses(db, error); }},
        // Issue 10: SLA targets sync to staff (an id and a revision per row); every estate has all four.
        {4,
         {
             u"ALTER TABLE sla_policies ADD COLUMN id TEXT"_s,
             u"ALTER TABLE sla_policies ADD COLUMN rev BIGINT NOT NULL DEFAULT 0"_s,
             u"UPDATE sla_policies SET id = estate_id || '_' || priority"_s,
             u"CREATE INDEX sla_policies_estate_rev ON sla_policies (estate_id, rev)"_s,
         },
         [](Database &db, QString *error) {
             QStringList ids;
             QSqlQuery &q = db.query(u"SELECT id FROM sla_policies ORDER BY id"_s);
             if (db.execPrepared(q)) {
                 while (q.next())
                     ids << q.value(0).toString();
             }
             q.finish();
             for (const QString &id : std::as_const(ids)) {
                 if (!db.exec(u"UPDATE sla_policies SET rev = ? WHERE id = ?"_s, {db.nextRevision(), id})) {
                     *error = u"could not number the SLA targets"_s;
                     return false;
                 }
             }
             if (!TicketSla::fillDefaults(db)) {
                 *error = u"could not fill in the SLA targets"_s;
                 return false;
             }
             return true;
         }},
    };
}

class TicketsModule final : public ServerModule
{
public:
    QString name() const override { return u"tickets"_s; }
    QStringList dependencies() const override { return {u"estate"_s}; }
    int legacyVersion(int legacySchema) const override { return legacySchema >= 3 ? 2 : legacySchema >= 1 ? 1 : 0; }

    void registerWith(Registry &registry) override
    {
        registry.addMigrations(migrations());
        registry.addEntity({u"ticket"_s, u"tickets"_s, u"t"_s, u"tickets t LEFT JOIN users a ON a.id = t.assignee_id"_s,
                            TicketJson::ticketColumns(), Tickets::orderScope, TicketJson::ticket, {}});
        registry.addEntity({u"ticketEvent"_s, u"ticket_events"_s, u"e"_s,
                            u"ticket_events e LEFT JOIN users u ON u.id = e.actor_id"_s, TicketJson::eventColumns(),
                            Tickets::eventScope,
                            [](const QSqlQuery &q, const Principal &) { return TicketJson::event(q); }, {}});
        TicketSla::registerWith(registry);
        for (CommandSpec &spec : Tickets::commands())
            registry.addCommand(std::move(spec));
        registry.addSetting({u"tickets/autoCloseDays"_s, {}, 7, 1, 365,
                             u"Days after which a resolved order nobody answered closes itself."_s});
        registry.addJob({u"auto-close"_s, std::chrono::minutes(10), [](JobContext &ctx) {
                             const int days = ctx.config.setting(u"tickets/autoCloseDays"_s);
                             if (const int n = Tickets::autoClose(ctx.db, days, ctx.now))
                                 qCInfo(lcTickets) << "auto-closed" << n << "resolved orders without an answer";
                         }});
        registry.addKpiSection({u"tickets"_s, Tickets::fillKpis});
        registry.setSeed({Tickets::seedDemo, Tickets::seedBench,
                          {{u"tickets"_s, u"seed-bench: requests spread over the units (default 50000)."_s, u"n"_s, u"50000"_s}}});
    }
};

} // namespace

std::unique_ptr<ServerModule> makeTicketsModule()
{
    return std::make_unique<TicketsModule>();
}

} // namespace Courtyard::Server
