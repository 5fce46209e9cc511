-- An account store as the repair loop's app wrote it (core/client/store/migrations.cpp at
-- 07ef6f8, schema user_version 1: one schema with every feature's tables), with a little data:
-- an estate, a unit, a ticket with its timeline and a queued command, a bill, a notice and a
-- record of an entity that app kept in the generic table. tst_storeupgrade opens it with today's
-- modules. One statement per line.
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE estates (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, server_data TEXT);
CREATE TABLE buildings (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, server_data TEXT, estate_id TEXT);
CREATE INDEX buildings_estate ON buildings (estate_id);
CREATE TABLE units (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, server_data TEXT, estate_id TEXT, building_id TEXT);
CREATE INDEX units_building ON units (building_id);
CREATE TABLE staff (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, server_data TEXT, name TEXT, role TEXT);
CREATE TABLE tickets (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, server_data TEXT, estate_id TEXT, unit_id TEXT, status TEXT, priority TEXT, priority_rank INTEGER NOT NULL DEFAULT 4, kind TEXT, category TEXT, assignee_id TEXT, created_by TEXT, created_at INTEGER, updated_at INTEGER, response_due_at INTEGER, resolve_due_at INTEGER, due_sort INTEGER NOT NULL DEFAULT 9223372036854775807);
CREATE INDEX tickets_order ON tickets (priority_rank, due_sort, created_at, id, status, assignee_id, unit_id, estate_id);
CREATE INDEX tickets_status ON tickets (status);
CREATE INDEX tickets_newest ON tickets (created_at, id, status, assignee_id, unit_id, estate_id);
CREATE INDEX tickets_assignee ON tickets (assignee_id, status, priority_rank, due_sort, created_at, id);
CREATE INDEX tickets_unit ON tickets (unit_id, status, priority_rank, due_sort, created_at, id);
CREATE INDEX tickets_estate ON tickets (estate_id, status, priority_rank, due_sort, created_at, id);
CREATE INDEX tickets_creator ON tickets (created_by, status, priority_rank, due_sort, created_at, id);
CREATE TABLE ticket_events (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, server_data TEXT, ticket_id TEXT, at INTEGER);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, at);
CREATE TABLE bills (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, server_data TEXT, estate_id TEXT, unit_id TEXT, status TEXT, due_date TEXT);
CREATE INDEX bills_unit ON bills (unit_id, due_date);
CREATE TABLE payments (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, server_data TEXT, bill_id TEXT, unit_id TEXT, paid_at INTEGER);
CREATE INDEX payments_bill ON payments (bill_id);
CREATE TABLE notices (id TEXT PRIMARY KEY, rev INTEGER NOT NULL, data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, server_data TEXT, estate_id TEXT, pinned INTEGER, published_at INTEGER);
CREATE INDEX notices_estate ON notices (estate_id, pinned, published_at);
CREATE TABLE records (entity TEXT NOT NULL, id TEXT NOT NULL, rev INTEGER NOT NULL, data TEXT NOT NULL, local_pending INTEGER NOT NULL DEFAULT 0, server_rev INTEGER, server_data TEXT, PRIMARY KEY (entity, id));
CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, payload TEXT NOT NULL, created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, last_error TEXT, http_status INTEGER, error_code TEXT, error_message TEXT, response TEXT, rollback TEXT, has_effect INTEGER NOT NULL DEFAULT 0, attachments TEXT, dismissed INTEGER NOT NULL DEFAULT 0);
CREATE INDEX outbox_unanswered ON outbox (seq) WHERE state IN ('pending', 'sending');
CREATE INDEX outbox_unanswered_entity ON outbox (entity, entity_id, seq) WHERE state IN ('pending', 'sending');
CREATE INDEX outbox_attention ON outbox (seq) WHERE state = 'rejected' AND dismissed = 0;
CREATE TABLE attachments (sha256 TEXT PRIMARY KEY, file TEXT NOT NULL, content_type TEXT NOT NULL, size INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at INTEGER NOT NULL);
INSERT INTO sync_state (key, value) VALUES ('cursor', '120');
INSERT INTO estates (id, rev, data) VALUES ('est-1', 1, '{"id":"est-1","name":"翠湖花园"}');
INSERT INTO buildings (id, rev, data, estate_id) VALUES ('bld-3', 2, '{"id":"bld-3","estateId":"est-1","name":"3栋"}', 'est-1');
INSERT INTO units (id, rev, data, estate_id, building_id) VALUES ('unit-a', 3, '{"id":"unit-a","estateId":"est-1","buildingId":"bld-3","number":"1202"}', 'est-1', 'bld-3');
INSERT INTO tickets (id, rev, data, local_pending, estate_id, unit_id, status, priority, priority_rank, kind, category, assignee_id, created_by, created_at, updated_at, resolve_due_at, due_sort) VALUES ('t-1', 100, '{"id":"t-1","estateId":"est-1","unitId":"unit-a","kind":"repair","category":"plumbing","description":"卫生间漏水","status":"assigned","priority":"urgent","assigneeId":"tech-1","assigneeName":"张伟","createdBy":"res-1","createdAt":"2026-11-27T08:00:00.000Z","updatedAt":"2026-11-27T08:10:00.000Z","resolveDueAt":"2026-11-27T12:00:00.000Z","pooled":false,"onBehalf":false}', 0, 'est-1', 'unit-a', 'assigned', 'urgent', 0, 'repair', 'plumbing', 'tech-1', 'res-1', 1795766400000, 1795767000000, 1795780800000, 1795780800000);
INSERT INTO ticket_events (id, rev, data, ticket_id, at) VALUES ('e-1', 101, '{"id":"e-1","ticketId":"t-1","type":"status","fromStatus":null,"toStatus":"submitted","actorName":"王芳","actorRole":"resident","note":null,"internal":false,"at":"2026-11-27T08:00:00.000Z","receivedAt":"2026-11-27T08:00:00.000Z","photos":[]}', 't-1', 1795766400000);
INSERT INTO ticket_events (id, rev, data, ticket_id, at) VALUES ('e-2', 102, '{"id":"e-2","ticketId":"t-1","type":"status","fromStatus":"submitted","toStatus":"assigned","actorName":"陈静","actorRole":"agent","note":null,"internal":false,"at":"2026-11-27T08:10:00.000Z","receivedAt":"2026-11-27T08:10:00.000Z","photos":[]}', 't-1', 1795767000000);
INSERT INTO bills (id, rev, data, estate_id, unit_id, status, due_date) VALUES ('bill-1', 110, '{"id":"bill-1","estateId":"est-1","unitId":"unit-a","status":"unpaid","dueDate":"2026-12-15","amountFen":35000}', 'est-1', 'unit-a', 'unpaid', '2026-12-15');
INSERT INTO notices (id, rev, data, estate_id, pinned, published_at) VALUES ('n-1', 111, '{"id":"n-1","estateId":"est-1","pinned":true,"title":"停水通知"}', 'est-1', 1, 1795766400000);
INSERT INTO records (entity, id, rev, data) VALUES ('reminder', 'r-1', 112, '{"id":"r-1","billId":"bill-1"}');
INSERT INTO outbox (id, type, entity, entity_id, payload, created_at, state, rollback, has_effect) VALUES ('7f0c2a9e-0000-4000-8000-000000000001', 'ticket.note', 'ticket', 't-1', '{"ticketId":"t-1","text":"Call before coming"}', 1795767100000, 'pending', NULL, 0);
PRAGMA user_version = 1;
