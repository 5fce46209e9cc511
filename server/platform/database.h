#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <unordered_map>

namespace Courtyard::Server {

struct ServerConfig;

/**
 * The server's one connection, to SQLite or PostgreSQL through the same SQL. Statements
 * are prepared once and kept; every value is bound, never spliced into the text.
 *
 * Revisions come from the database (table revision_head), so several server processes and
 * the command line can share one store: a transaction that hands out revisions
 * (Kind::Revisioned) locks the head row first, so such transactions commit one after
 * another, in the order of their revisions. A pull that reads in one snapshot
 * (Kind::Read) therefore sees a revision only once every lower one is visible too.
 */
class Database
{
public:
    /// Read: one snapshot for several statements. Write: changes that hand out no revision
    /// (sessions, stored answers). Revisioned: changes to synced rows.
    enum class Kind { Read, Write, Revisioned };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const ServerConfig &config, QString *error);
    void close();

    [[nodiscard]] bool isPostgres() const { return m_postgres; }
    [[nodiscard]] bool hasTable(const QString &table);
    [[nodiscard]] bool hasColumn(const QString &table, const QString &column);

    /// A prepared statement for `sql`, reused across calls. Bind, then exec(). The reference
    /// stays valid until close(), however many statements are prepared after it.
    QSqlQuery &query(const QString &sql);
    /// Runs `sql` with positional values; logs and returns false on failure.
    bool exec(const QString &sql, const QVariantList &values = {});
    /// Runs `sql` without preparing it (DDL, session settings); logs and returns false on failure.
    bool execDirect(const QString &sql, QString *error = nullptr);
    /// First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    bool execPrepared(QSqlQuery &q);
    /// Rows affected by the last exec() (or -1).
    [[nodiscard]] int lastAffected() const { return m_lastAffected; }

    bool begin(Kind kind = Kind::Write);
    bool commit();
    void rollback();
    [[nodiscard]] bool inTransaction() const { return m_inTransaction; }
    /// Whether a statement failed in the running transaction. A command whose transaction saw
    /// a failure is never answered as applied or refused: it is rolled back whole (PostgreSQL
    /// would refuse every later statement anyway; SQLite would go on as if nothing happened).
    [[nodiscard]] bool transactionFailed() const { return m_inTransaction && m_failed; }

    /// The next revision; only inside a Revisioned transaction (0 and a warning elsewhere).
    qint64 nextRevision();
    /// The newest revision committed, as the running transaction (or a fresh read) sees it.
    qint64 storedHead();
    /// Called after each commit that handed out revisions, with the new head.
    void setCommitListener(std::function<void(qint64 head)> listener) { m_onCommit = std::move(listener); }
    /// Calls @p handler with the payload of each notification on @p channel: this process's
    /// own at once when their transaction commits, other processes' (PostgreSQL NOTIFY) as
    /// they arrive. A handler may see a notification twice (its own, then PostgreSQL's echo).
    bool listen(const QString &channel, std::function<void(const QString &payload)> handler);
    /// Inside a transaction: sent to every listening process on commit (on SQLite, which has
    /// one server process, to this one only); dropped on rollback.
    bool notify(const QString &channel, const QString &payload);

    /// Rolls back unless commit() was called; nesting is not supported.
    class Transaction
    {
    public:
        explicit Transaction(Database &db, Kind kind = Kind::Write) : m_db(db), m_open(db.begin(kind)) {}
        ~Transaction()
        {
            if (m_open)
                m_db.rollback();
        }
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        [[nodiscard]] bool isOpen() const { return m_open; }
        bool commit()
        {
            if (!m_open)
                return false;
            m_open = false;
            return m_db.commit();
        }

    private:
        Database &m_db;
        bool m_open;
    };

private:
    void finishStatements();

    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_postgres = false;
    /// Each statement on the heap: the map may rehash, a statement never moves.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::function<void(qint64)> m_onCommit;
    QHash<QString, std::function<void(const QString &)>> m_listeners;
    QList<std::pair<QString, QString>> m_pendingNotes; ///< notify() calls of the running transaction
    bool m_inTransaction = false;
    Kind m_kind = Kind::Write;
    qint64 m_head = -1;      ///< the head read when the Revisioned transaction began
    qint64 m_allocated = -1; ///< the last revision handed out in it
    int m_lastAffected = -1;
    bool m_failed = false;
};

} // namespace Courtyard::Server
