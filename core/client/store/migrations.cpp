#include "store/migrations.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

// Version 1 is the store of the repair loop, whose tables were all created here; its generic
// part is repeated with IF NOT EXISTS (a store at version 1 has it already), and the features'
// tables now come from their modules (the same DDL, also with IF NOT EXISTS).
QStringList version1()
{
    return {
        u"CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        // What no module of this build owns: kept whole, moved to its table when one does.
        u"CREATE TABLE IF NOT EXISTS records (entity TEXT NOT NULL, id TEXT NOT NULL, rev INTEGER NOT NULL, "
        "data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, "
        "server_data TEXT, PRIMARY KEY (entity, id))"_s,
        u"CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
        "type TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, payload TEXT NOT NULL, "
        "created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, "
        "last_error TEXT, http_status INTEGER, error_code TEXT, error_message TEXT, response TEXT, "
        "rollback TEXT, has_effect INTEGER NOT NULL DEFAULT 0, attachments TEXT, "
        "dismissed INTEGER NOT NULL DEFAULT 0)"_s,
        // Applied commands stay in the table; these partial indexes hold only the unanswered
        // ones, so finding the next command does not grow with the history.
        u"CREATE INDEX IF NOT EXISTS outbox_unanswered ON outbox (seq) WHERE state IN ('pending', 'sending')"_s,
        u"CREATE INDEX IF NOT EXISTS outbox_unanswered_entity ON outbox (entity, entity_id, seq) "
        "WHERE state IN ('pending', 'sending')"_s,
        u"CREATE INDEX IF NOT EXISTS outbox_attention ON outbox (seq) WHERE state = 'rejected' AND dismissed = 0"_s,
        u"CREATE TABLE IF NOT EXISTS attachments (sha256 TEXT PRIMARY KEY, file TEXT NOT NULL, "
        "content_type TEXT NOT NULL, size INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'pending', "
        "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at INTEGER NOT NULL)"_s,
    };
}

// Version 2: each module's tables carry their own version. The row "(legacy)" remembers that
// the store had the one schema of version 1, so a module seen for the first time knows which
// of its steps that schema already held.
QStringList version2()
{
    return {
        u"CREATE TABLE store_modules (module TEXT PRIMARY KEY, version INTEGER NOT NULL)"_s,
    };
}

} // namespace

const QList<QStringList> &storeMigrations()
{
    static const QList<QStringList> steps{version1(), version2()};
    return steps;
}

} // namespace Courtyard::Client
