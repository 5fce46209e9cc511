#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Courtyard::Server {

struct ServerConfig;

/// The server's one connection, to SQLite or PostgreSQL through the same SQL. Statements
/// are prepared once and kept; every value is bound, never spliced into the text.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const ServerConfig &config, QString *error);
    /// Brings the schema to the newest version, one transaction per step.
    bool migrate(QString *error);
    [[nodiscard]] int schemaVersion();
    void close();

    [[nodiscard]] bool isPostgres() const { return m_postgres; }

    /// A prepared statement for `sql`, reused across calls. Bind, then exec().
    QSqlQuery &query(const QString &sql);
    /// Runs `sql` with positional values; logs and returns false on failure.
    bool exec(const QString &sql, const QVariantList &values = {});
    /// First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    bool execPrepared(QSqlQuery &q);

    bool begin();
    bool commit();
    void rollback();

    /// Rolls back unless commit() was called; nesting is not supported.
    class Transaction
    {
    public:
        explicit Transaction(Database &db) : m_db(db), m_open(db.begin()) {}
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
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_postgres = false;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace Courtyard::Server
