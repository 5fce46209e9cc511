#pragma once

#include <QJsonObject>
#include <QString>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

class LocalStore;

/**
 * Generic access to every synced entity: estate, building, unit, staff, ticket, ticketEvent,
 * bill, payment, notice each have their own table with indexed columns for screens; the
 * other entities of the API (reminder, noticeRead, event, ... — see EntityName in
 * api/openapi.yaml) share one table keyed by (entity, id).
 *
 * Pull rule (pending local changes are never wiped without trace): a pulled change for a
 * record that has unanswered outbox commands (local_pending > 0) is not shown yet; it is
 * held as the record's server state (server_rev/server_data; a tombstone holds NULL data)
 * while the optimistic JSON stays visible. When the last command is answered, Outbox puts
 * the newest server state in place (see Outbox). Without pending commands the change is
 * applied as is.
 *
 * Runs inside the caller's transaction; marks the entities it touches on the LocalStore.
 */
class EntityRepository
{
public:
    explicit EntityRepository(LocalStore &store);

    /// Every entity name the API defines (EntityName in api/openapi.yaml).
    [[nodiscard]] static const QStringList &entityNames();
    /// The nine entities with their own table (estate ... notice).
    [[nodiscard]] static const QStringList &typedEntityNames();
    [[nodiscard]] static bool isKnownEntity(const QString &entity);

    /// Applies one Change object of a sync page: {rev, entity, id, op: upsert|delete, data}.
    /// A ticket's tombstone also drops its ticketEvents. Returns false, changing nothing, on
    /// a malformed change (unknown entity, bad id, rev < 1, upsert without an object `data`
    /// whose id matches, delete with data, unknown op).
    bool applyChange(const QJsonObject &change);

    /// The visible JSON of a record (the optimistic one while commands are pending).
    [[nodiscard]] std::optional<QJsonObject> get(const QString &entity, const QString &id) const;
    /// Server revision of a record as stored; nullopt when absent. 0 for a record only known locally.
    [[nodiscard]] std::optional<qint64> revision(const QString &entity, const QString &id) const;
    /// Number of unanswered outbox commands for a record (0 when absent).
    [[nodiscard]] int localPending(const QString &entity, const QString &id) const;

    /// Upserts the visible JSON (data["id"] is the key) and its indexed columns; keeps
    /// local_pending and any held server state.
    bool put(const QString &entity, const QJsonObject &data, qint64 rev);
    /// Deletes a record (a ticket's events with it). True also when it did not exist.
    bool remove(const QString &entity, const QString &id);

    /// Adds delta to local_pending (Outbox uses it); the record must exist.
    bool addPending(const QString &entity, const QString &id, int delta);
    /// Held server state, set by applyChange while commands are pending:
    /// nullopt = none held; held with data nullopt = a tombstone.
    struct Held { qint64 rev = 0; std::optional<QJsonObject> data; };
    [[nodiscard]] std::optional<Held> heldServerState(const QString &entity, const QString &id) const;
    bool clearHeldServerState(const QString &entity, const QString &id);

    /// How screens name a unit: "<building name> <number>" (e.g. "3栋 1202"); the number alone
    /// when its building is unknown, empty when the unit is.
    [[nodiscard]] QString unitLabel(const QString &unitId) const;
    /// Every unit in the store with its label (as unitLabel()), by building then id: one query.
    [[nodiscard]] QList<std::pair<QString, QString>> unitLabels() const;

    /// An API time ("2026-11-27T05:10:53.123Z", or any ISO 8601 time with a zone) in ms since
    /// the epoch; nullopt when malformed. The server's own format takes a fast path.
    [[nodiscard]] static std::optional<qint64> parseTime(const QString &iso);

    /// Table name for an entity ("ticket" -> "tickets"); empty for unknown.
    [[nodiscard]] static QString tableFor(const QString &entity);

private:
    bool upsertRow(const QString &entity, const QString &id, const QJsonObject &data, qint64 rev);
    /// ifCurrent: writes only over a row that is not newer and has no pending commands
    /// (*written tells whether it did). False on a store error.
    bool writeRow(const QString &entity, const QString &id, const QJsonObject &data, qint64 rev,
                  bool ifCurrent, bool *written);
    bool holdServerState(const QString &entity, const QString &id, qint64 rev,
                         const std::optional<QJsonObject> &data);

    LocalStore &m_store;
};
