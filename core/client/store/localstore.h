#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QHash>

#include <memory>

namespace Courtyard::Client {

class EntityCatalog;

/**
 * The signed-in account's SQLite database: one file per account
 * (`<dataDir>/accounts/<userId>.db`), WAL with synchronous=FULL so a committed transaction
 * survives a power cut, foreign keys on. The generic schema (sync state, generic records,
 * outbox, attachments) is migrated by PRAGMA user_version; each module's tables by their own
 * version in `store_modules` (see EntityCatalog). One transaction per step.
 *
 * Opening with a catalog also moves the records of entities it types out of the generic
 * `records` table into their own tables: an app that gained a module shows what it synced
 * before it knew the entity.
 *
 * Owns one named connection; every statement goes through prepared() with bound values.
 * Transactions commit with fsync unless opened Relaxed (see Transaction::Durability).
 * After each committed outermost Transaction it emits changed() with the entity names
 * (an entity's wire name, "outbox", ...) that transaction touched, so list models can refresh.
 * Lives on one thread (the thread that opened it).
 */
class LocalStore : public QObject
{
    Q_OBJECT

public:
    /// The generic schema's version this build migrates to (PRAGMA user_version).
    static constexpr int SchemaVersion = 2;

    explicit LocalStore(QObject *parent = nullptr);
    ~LocalStore() override;

    /// Opens (creating the folder and file if needed) and migrates the generic schema and the
    /// tables of @p catalog's modules. On failure returns false, sets *error (may be null) and
    /// leaves the store closed. Without a catalog every entity lives in the generic table.
    bool open(const QString &path, std::shared_ptr<const EntityCatalog> catalog, QString *error = nullptr);
    bool open(const QString &path, QString *error = nullptr);
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] QString path() const { return m_path; }
    /// The catalog the store was opened with (an empty one when none was given).
    [[nodiscard]] const EntityCatalog &catalog() const { return *m_catalog; }

    /// `<dataDir>/accounts/<userId>.db`; empty when userId is not a safe id
    /// (^[A-Za-z0-9_-]{1,64}$), so a crafted id can never name a path elsewhere.
    [[nodiscard]] static QString accountPath(const QString &dataDir, const QString &userId);

    /// A prepared statement for sql, cached per SQL text; bound values from an earlier use
    /// are cleared. Do not keep two live uses of the same SQL text at once (they share one
    /// statement). Returns an inactive query when the store is closed or the SQL is invalid.
    QSqlQuery prepared(const QString &sql);
    /// prepared() + bind positional values + exec(); logs and returns false on failure.
    bool exec(QSqlQuery &query);

    /// Records that the running transaction touched entity (emitted with changed() on commit;
    /// outside a transaction changed() is emitted at once).
    void markChanged(const QString &entity);
    [[nodiscard]] bool inTransaction() const { return m_depth > 0; }

    /**
     * RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless
     * commit() succeeded. Nests: an inner Transaction joins the outer one; an inner one
     * destroyed without commit() makes the outer commit() fail (and roll back).
     */
    class Transaction
    {
    public:
        /// Full: the commit is on disk when commit() returns (synchronous=FULL).
        /// Relaxed: atomic and safe from a crash, but a power cut may lose it; only for
        /// state that is rebuilt anyway (e.g. "sending": the command is resent with its id).
        enum class Durability { Full, Relaxed };

        explicit Transaction(LocalStore &store, Durability durability = Durability::Full);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        /// False when BEGIN failed (store closed, disk error).
        [[nodiscard]] bool isActive() const { return m_active; }
        /// Commits (the outermost one for real); false if anything failed, rolled back then.
        bool commit();

    private:
        LocalStore &m_store;
        bool m_active = false;
        bool m_done = false;
    };

signals:
    /// After a committed transaction: the entity names it touched (the modules' entities,
    /// "outbox", "attachment", "syncState").
    void changed(const QStringList &entities);

private:
    bool migrate(QString *error);
    bool migrateModules(QString *error);
    bool adoptRecords(QString *error);
    bool begin(Transaction::Durability durability);
    bool finish(bool commit);

    std::shared_ptr<const EntityCatalog> m_catalog;
    QString m_connection;
    QString m_path;
    QHash<QString, QSqlQuery> m_statements;
    QSet<QString> m_touched;
    int m_depth = 0;
    bool m_failed = false;
    bool m_relaxed = false;     ///< the outermost transaction commits without fsync
};

} // namespace Courtyard::Client
