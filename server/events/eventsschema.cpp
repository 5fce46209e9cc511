// The events module's tables. Only confirmed and offered sign-ups hold places; the partial
// unique index keeps one active sign-up per resident and event; the arrival order is the
// per-event counter events.next_seq handed out inside the deciding transaction.
#include "eventsparts.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server::EventsSchema {

QList<Migration> migrations()
{
    return {{1,
             {
                 u"CREATE TABLE events (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
                 " kind TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', place TEXT NOT NULL,"
                 " starts_at BIGINT NOT NULL, ends_at BIGINT NOT NULL, capacity INTEGER NOT NULL,"
                 " signup_opens_at BIGINT NOT NULL, signup_closes_at BIGINT NOT NULL, max_party INTEGER NOT NULL,"
                 " whole_estate INTEGER NOT NULL DEFAULT 1, cover_photo TEXT,"
                 " waitlist_mode TEXT NOT NULL DEFAULT 'automatic', offer_hours INTEGER NOT NULL DEFAULT 12,"
                 " walk_ins INTEGER NOT NULL DEFAULT 0, skip_ahead INTEGER NOT NULL DEFAULT 0,"
                 " status TEXT NOT NULL DEFAULT 'draft', next_seq BIGINT NOT NULL DEFAULT 1, created_by TEXT,"
                 " created_at BIGINT NOT NULL, published_at BIGINT, cancelled_at BIGINT, cancel_reason TEXT,"
                 " rev BIGINT NOT NULL)"_s,
                 u"CREATE INDEX events_estate_rev ON events (estate_id, rev)"_s,
                 u"CREATE TABLE event_buildings (event_id TEXT NOT NULL REFERENCES events(id),"
                 " building_id TEXT NOT NULL REFERENCES buildings(id), PRIMARY KEY (event_id, building_id))"_s,
                 u"CREATE TABLE event_signups (id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id),"
                 " estate_id TEXT NOT NULL, user_id TEXT NOT NULL REFERENCES users(id), unit_id TEXT,"
                 " party_size INTEGER NOT NULL, seq BIGINT NOT NULL, state TEXT NOT NULL, offer_expires_at BIGINT,"
                 " created_at BIGINT NOT NULL, decided_at BIGINT NOT NULL, rev BIGINT NOT NULL)"_s,
                 u"CREATE UNIQUE INDEX event_signups_active ON event_signups (event_id, user_id)"
                 " WHERE state IN ('confirmed', 'waitlisted', 'offered')"_s,
                 u"CREATE UNIQUE INDEX event_signups_seq ON event_signups (event_id, seq)"_s,
                 u"CREATE INDEX event_signups_state ON event_signups (event_id, state, seq)"_s,
                 u"CREATE INDEX event_signups_offers ON event_signups (offer_expires_at) WHERE state = 'offered'"_s,
                 u"CREATE INDEX event_signups_estate_rev ON event_signups (estate_id, rev)"_s,
                 u"CREATE INDEX event_signups_user_rev ON event_signups (user_id, rev)"_s,
                 // The first check-in of a sign-up is the one kept: a second phone's is answered with it.
                 u"CREATE TABLE event_checkins (id TEXT PRIMARY KEY, signup_id TEXT NOT NULL UNIQUE"
                 " REFERENCES event_signups(id), event_id TEXT NOT NULL REFERENCES events(id), estate_id TEXT NOT NULL,"
                 " people INTEGER NOT NULL, by_user TEXT NOT NULL REFERENCES users(id), device_at BIGINT NOT NULL,"
                 " at BIGINT NOT NULL)"_s,
                 u"CREATE INDEX event_checkins_event ON event_checkins (event_id)"_s,
                 u"CREATE TABLE event_walkins (id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id),"
                 " estate_id TEXT NOT NULL, people INTEGER NOT NULL, note TEXT, by_user TEXT NOT NULL REFERENCES users(id),"
                 " device_at BIGINT NOT NULL, at BIGINT NOT NULL)"_s,
                 u"CREATE INDEX event_walkins_event ON event_walkins (event_id)"_s,
                 u"CREATE TABLE event_notices (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL, event_id TEXT NOT NULL"
                 " REFERENCES events(id), user_id TEXT NOT NULL REFERENCES users(id), kind TEXT NOT NULL,"
                 " changes TEXT NOT NULL DEFAULT '', at BIGINT NOT NULL, rev BIGINT NOT NULL)"_s,
                 u"CREATE INDEX event_notices_user_rev ON event_notices (user_id, rev)"_s,
                 u"CREATE TABLE event_keys (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL UNIQUE REFERENCES estates(id),"
                 " public_key TEXT NOT NULL, created_at BIGINT NOT NULL, rev BIGINT NOT NULL)"_s,
                 u"CREATE INDEX event_keys_estate_rev ON event_keys (estate_id, rev)"_s,
                 // No entity reads this table and no route: only the ticket signer.
                 u"CREATE TABLE event_private_keys (estate_id TEXT PRIMARY KEY REFERENCES estates(id),"
                 " private_key TEXT NOT NULL, created_at BIGINT NOT NULL)"_s,
             },
             {}}};
}

} // namespace Courtyard::Server::EventsSchema
