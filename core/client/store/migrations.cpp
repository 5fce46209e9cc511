#include "migrations.h"

using namespace Qt::StringLiterals;

namespace {

// Every synced table carries the visible JSON (`data`), the server revision, the number of
// unanswered local commands and, while there are some, the newest pulled server state held
// back (server_rev not NULL; server_data NULL = a held tombstone).
QString entityTable(const QString &name, const QString &extraColumns)
{
    return u"CREATE TABLE %1 (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, data TEXT NOT NULL, "
           "local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, server_data TEXT%2)"_s
        .arg(name, extraColumns);
}

QStringList version1()
{
    return {
        u"CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        entityTable(u"estates"_s, {}),
        entityTable(u"buildings"_s, u", estate_id TEXT"_s),
        u"CREATE INDEX buildings_estate ON buildings (estate_id)"_s,
        entityTable(u"units"_s, u", estate_id TEXT, building_id TEXT"_s),
        u"CREATE INDEX units_building ON units (building_id)"_s,
        entityTable(u"staff"_s, u", name TEXT, role TEXT"_s),
        entityTable(u"tickets"_s,
                    u", estate_id TEXT, unit_id TEXT, status TEXT, priority TEXT, "
                    "priority_rank INTEGER NOT NULL DEFAULT 4, kind TEXT, category TEXT, "
                    "assignee_id TEXT, created_by TEXT, created_at INTEGER, updated_at INTEGER, "
                    "response_due_at INTEGER, resolve_due_at INTEGER, "
                    "due_sort INTEGER NOT NULL DEFAULT 9223372036854775807"_s),
        // List screens: every index ends with the sort keys and holds the filter columns, so
        // a page is found in the index alone and only its rows are read from the table.
        u"CREATE INDEX tickets_order ON tickets (priority_rank, due_sort, created_at, id, status, "
        "assignee_id, unit_id, estate_id)"_s,
        u"CREATE INDEX tickets_status ON tickets (status)"_s,
        u"CREATE INDEX tickets_newest ON tickets (created_at, id, status, assignee_id, unit_id, estate_id)"_s,
        u"CREATE INDEX tickets_assignee ON tickets (assignee_id, status, priority_rank, due_sort, created_at, id)"_s,
        u"CREATE INDEX tickets_unit ON tickets (unit_id, status, priority_rank, due_sort, created_at, id)"_s,
        u"CREATE INDEX tickets_estate ON tickets (estate_id, status, priority_rank, due_sort, created_at, id)"_s,
        u"CREATE INDEX tickets_creator ON tickets (created_by, status, priority_rank, due_sort, created_at, id)"_s,
        entityTable(u"ticket_events"_s, u", ticket_id TEXT, at INTEGER"_s),
        u"CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, at)"_s,
        entityTable(u"bills"_s, u", estate_id TEXT, unit_id TEXT, status TEXT, due_date TEXT"_s),
        u"CREATE INDEX bills_unit ON bills (unit_id, due_date)"_s,
        entityTable(u"payments"_s, u", bill_id TEXT, unit_id TEXT, paid_at INTEGER"_s),
        u"CREATE INDEX payments_bill ON payments (bill_id)"_s,
        entityTable(u"notices"_s, u", estate_id TEXT, pinned INTEGER, published_at INTEGER"_s),
        u"CREATE INDEX notices_estate ON notices (estate_id, pinned, published_at)"_s,
        // The API's other entities (reminder, noticeRead, event, ...): one generic table.
        u"CREATE TABLE records (entity TEXT NOT NULL, id TEXT NOT NULL, rev INTEGER NOT NULL, "
        "data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, "
        "server_data TEXT, PRIMARY KEY (entity, id))"_s,
        u"CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
        "type TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, payload TEXT NOT NULL, "
        "created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, "
        "last_error TEXT, http_status INTEGER, error_code TEXT, error_message TEXT, response TEXT, "
        "rollback TEXT, has_effect INTEGER NOT NULL DEFAULT 0, attachments TEXT, "
        "dismissed INTEGER NOT NULL DEFAULT 0)"_s,
        // Applied commands stay in the table; these partial indexes hold only the unanswered
        // ones, so finding the next command does not grow with the history.
        u"CREATE INDEX outbox_unanswered ON outbox (seq) WHERE state IN ('pending', 'sending')"_s,
        u"CREATE INDEX outbox_unanswered_entity ON outbox (entity, entity_id, seq) "
        "WHERE state IN ('pending', 'sending')"_s,
        u"CREATE INDEX outbox_attention ON outbox (seq) WHERE state = 'rejected' AND dismissed = 0"_s,
        u"CREATE TABLE attachments (sha256 TEXT PRIMARY KEY, file TEXT NOT NULL, "
        "content_type TEXT NOT NULL, size INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'pending', "
        "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at INTEGER NOT NULL)"_s,
    };
}

} // namespace

const QList<QStringList> &storeMigrations()
{
    static const QList<QStringList> steps{version1()};
    return steps;
}
