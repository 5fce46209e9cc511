#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Courtyard::Client {

class EntityCatalog;
class LocalStore;

/**
 * Generic access to every synced entity. An entity the store's EntityCatalog types lives in
 * its module's table, with the indexed columns computed from its JSON; any other entity —
 * one a newer server sends that no module of this build owns — is kept whole in the generic
 * `records` table, keyed by (entity, id), so nothing pulled is ever dropped: once a module that
 * owns it is registered, LocalStore::open moves it into its table.
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

    /// Applies one Change object of a sync page: {rev, entity, id, op: upsert|delete, data}.
    /// A tombstone also drops the records the catalog's cascades hang on it. Returns false,
    /// changing nothing, on a malformed change (an entity or id that is not a safe name,
    /// rev < 1, upsert without an object `data` whose id matches, delete with data, unknown op).
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
    /// Deletes a record and what cascades from it. True also when it did not exist.
    bool remove(const QString &entity, const QString &id);

    /// Adds delta to local_pending (Outbox uses it); the record must exist.
    bool addPending(const QString &entity, const QString &id, int delta);
    /// Held server state, set by applyChange while commands are pending:
    /// nullopt = none held; held with data nullopt = a tombstone.
    struct Held { qint64 rev = 0; std::optional<QJsonObject> data; };
    [[nodiscard]] std::optional<Held> heldServerState(const QString &entity, const QString &id) const;
    bool clearHeldServerState(const QString &entity, const QString &id);

    /// Moves the generic table's records of @p entity into its own table (a newer held row
    /// wins over an older one); the number moved, nullopt on a store error.
    std::optional<qsizetype> adoptGeneric(const QString &entity);

    /// The server's store went back in time (restored from a backup, `reset` in a sync page):
    /// marks every record as not yet seen again (rev 0, held server states dropped), so the
    /// full pull that follows writes over them whatever their revisions.
    bool markAllForResync();
    /// After that full pull: drops the records it did not bring (still rev 0), except those
    /// with unanswered local commands. Returns how many went, nullopt on a store error.
    std::optional<qsizetype> sweepUnresynced();

    /// An API time ("2026-11-27T05:10:53.123Z", or any ISO 8601 time with a zone) in ms since
    /// the epoch; nullopt when malformed. The server's own format takes a fast path.
    [[nodiscard]] static std::optional<qint64> parseTime(const QString &iso);
    /// The table that holds @p entity ("records" when no module owns it).
    [[nodiscard]] QString tableFor(const QString &entity) const;

private:
    bool upsertRow(const QString &entity, const QString &id, const QJsonObject &data, qint64 rev);
    /// ifCurrent: writes only over a row that is not newer and has no pending commands
    /// (*written tells whether it did). False on a store error.
    bool writeRow(const QString &entity, const QString &id, const QJsonObject &data, qint64 rev,
                  bool ifCurrent, bool *written);
    bool holdServerState(const QString &entity, const QString &id, qint64 rev,
                         const std::optional<QJsonObject> &data);
    [[nodiscard]] QStringList allTables() const;

    LocalStore &m_store;
    const EntityCatalog &m_catalog;
};

} // namespace Courtyard::Client
