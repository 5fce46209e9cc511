// The schema, as numbered steps. Types and statements are the subset SQLite and
// PostgreSQL read alike: TEXT ids, BIGINT times (ms since the epoch, UTC) and revisions,
// INTEGER flags and money (fen), DOUBLE PRECISION coordinates.
#include "database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace Courtyard::Server {

namespace {

const QList<QStringList> &steps()
{
    static const QList<QStringList> list{
        // 1: the foundation
        {
            u"CREATE TABLE estates (id TEXT PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL,"
            " dispatch_mode TEXT NOT NULL, rr_cursor TEXT, rev BIGINT NOT NULL)"_s,
            u"CREATE TABLE sla_policies (estate_id TEXT NOT NULL REFERENCES estates(id), priority TEXT NOT NULL,"
            " response_min INTEGER NOT NULL, resolve_min INTEGER NOT NULL, PRIMARY KEY (estate_id, priority))"_s,
            u"CREATE TABLE buildings (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
            " name TEXT NOT NULL, rev BIGINT NOT NULL)"_s,
            u"CREATE INDEX buildings_estate_rev ON buildings (estate_id, rev)"_s,
            u"CREATE TABLE units (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
            " building_id TEXT NOT NULL REFERENCES buildings(id), number TEXT NOT NULL, floor INTEGER NOT NULL,"
            " area_centi_sqm INTEGER NOT NULL, rev BIGINT NOT NULL)"_s,
            u"CREATE INDEX units_estate_rev ON units (estate_id, rev)"_s,
            u"CREATE TABLE users (id TEXT PRIMARY KEY, phone TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
            " role TEXT NOT NULL, password_hash TEXT NOT NULL, on_duty INTEGER NOT NULL DEFAULT 1,"
            " created_at BIGINT NOT NULL, rev BIGINT NOT NULL)"_s,
            u"CREATE INDEX users_rev ON users (rev)"_s,
            u"CREATE TABLE user_estates (user_id TEXT NOT NULL REFERENCES users(id),"
            " estate_id TEXT NOT NULL REFERENCES estates(id), PRIMARY KEY (user_id, estate_id))"_s,
            u"CREATE TABLE user_units (user_id TEXT NOT NULL REFERENCES users(id),"
            " unit_id TEXT NOT NULL REFERENCES units(id), PRIMARY KEY (user_id, unit_id))"_s,
            u"CREATE INDEX user_units_unit ON user_units (unit_id)"_s,
            u"CREATE TABLE sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),"
            " created_at BIGINT NOT NULL, revoked_at BIGINT, revoke_reason TEXT)"_s,
            u"CREATE TABLE refresh_tokens (token_hash TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id),"
            " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, used_at BIGINT)"_s,
            u"CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id)"_s,
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
            u"CREATE TABLE bills (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
            " unit_id TEXT NOT NULL REFERENCES units(id), period TEXT NOT NULL, item TEXT NOT NULL,"
            " amount_fen BIGINT NOT NULL, paid_fen BIGINT NOT NULL DEFAULT 0, due_date TEXT NOT NULL,"
            " status TEXT NOT NULL, rev BIGINT NOT NULL)"_s,
            u"CREATE INDEX bills_estate_rev ON bills (estate_id, rev)"_s,
            u"CREATE INDEX bills_unit_rev ON bills (unit_id, rev)"_s,
            u"CREATE TABLE payments (id TEXT PRIMARY KEY, bill_id TEXT NOT NULL REFERENCES bills(id),"
            " estate_id TEXT NOT NULL, unit_id TEXT NOT NULL, amount_fen BIGINT NOT NULL, method TEXT NOT NULL,"
            " receipt_no TEXT NOT NULL, paid_at BIGINT NOT NULL, recorded_by TEXT, rev BIGINT NOT NULL)"_s,
            u"CREATE INDEX payments_estate_rev ON payments (estate_id, rev)"_s,
            u"CREATE INDEX payments_unit_rev ON payments (unit_id, rev)"_s,
            u"CREATE TABLE notices (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
            " title TEXT NOT NULL, body TEXT NOT NULL, category TEXT NOT NULL, pinned INTEGER NOT NULL DEFAULT 0,"
            " published_at BIGINT NOT NULL, expires_at BIGINT, rev BIGINT NOT NULL)"_s,
            u"CREATE INDEX notices_estate_rev ON notices (estate_id, rev)"_s,
            // A row here tells some people to forget an object: audience 'all' (everyone in the
            // estate, or only the unit's residents when unit_id is set), 'technicians' (but
            // except_user), or 'user' (only user_id).
            u"CREATE TABLE tombstones (rev BIGINT PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
            " estate_id TEXT NOT NULL, unit_id TEXT, audience TEXT NOT NULL, user_id TEXT, except_user TEXT,"
            " created_at BIGINT NOT NULL)"_s,
            u"CREATE INDEX tombstones_estate_rev ON tombstones (estate_id, rev)"_s,
            u"CREATE TABLE commands (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, type TEXT NOT NULL,"
            " payload_hash TEXT NOT NULL, status_code INTEGER NOT NULL, response TEXT NOT NULL,"
            " created_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE attachments (sha256 TEXT PRIMARY KEY, content_type TEXT NOT NULL, size BIGINT NOT NULL,"
            " uploaded_by TEXT NOT NULL, created_at BIGINT NOT NULL)"_s,
            // Everyone who uploaded the same bytes may attach them to their own requests.
            u"CREATE TABLE attachment_owners (sha256 TEXT NOT NULL REFERENCES attachments(sha256),"
            " user_id TEXT NOT NULL, PRIMARY KEY (sha256, user_id))"_s,
        },
        // 2: the id of the refresh request that spent a token, so a retry after a lost answer
        // is told apart from a copied token
        {
            u"ALTER TABLE refresh_tokens ADD COLUMN used_request_id TEXT"_s,
        },
        // 3: the technician's report (parts as JSON text, minutes, the resident's signature),
        // what a converted order was first, photos on timeline entries, and which photos
        // only staff may fetch (linked through internal notes alone)
        {
            u"ALTER TABLE tickets ADD COLUMN parts TEXT"_s,
            u"ALTER TABLE tickets ADD COLUMN minutes_worked INTEGER"_s,
            u"ALTER TABLE tickets ADD COLUMN signature TEXT"_s,
            u"ALTER TABLE tickets ADD COLUMN converted_from TEXT"_s,
            u"ALTER TABLE ticket_events ADD COLUMN photos TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE ticket_photos ADD COLUMN internal INTEGER NOT NULL DEFAULT 0"_s,
        },
    };
    return list;
}

} // namespace

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT version FROM schema_version"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Database::migrate(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s)) {
        *error = u"cannot create the version table: %1"_s.arg(q.lastError().text());
        return false;
    }
    int version = schemaVersion();
    if (version == 0 && !q.exec(u"INSERT INTO schema_version (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version)"_s)) {
        *error = q.lastError().text();
        return false;
    }
    const auto &all = steps();
    if (version > all.size()) {
        *error = u"the database is at schema %1, newer than this server (%2)"_s.arg(version).arg(all.size());
        return false;
    }
    m_statements.clear();
    for (int step = version; step < all.size(); ++step) {
        Transaction tx(*this);
        for (const QString &sql : all.at(step)) {
            if (!q.exec(sql)) {
                *error = u"migration %1 failed: %2"_s.arg(step + 1).arg(q.lastError().text());
                return false;
            }
        }
        q.prepare(u"UPDATE schema_version SET version = ?"_s);
        q.addBindValue(step + 1);
        if (!q.exec() || !tx.commit()) {
            *error = u"migration %1 could not be recorded"_s.arg(step + 1);
            return false;
        }
        qCInfo(lcDb) << "schema migrated to version" << step + 1;
    }
    return true;
}

} // namespace Courtyard::Server
