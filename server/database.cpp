#include "database.h"

#include "serverconfig.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDb, "courtyard.db")

namespace Courtyard::Server {

Database::~Database()
{
    close();
}

bool Database::open(const ServerConfig &config, QString *error)
{
    m_connectionName = u"courtyard-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_postgres = config.dbDriver == u"postgres";
    m_db = QSqlDatabase::addDatabase(m_postgres ? u"QPSQL"_s : u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid()) {
        *error = u"the Qt SQL driver for %1 is not installed"_s.arg(config.dbDriver);
        return false;
    }
    if (m_postgres) {
        const QUrl &url = config.dbUrl;
        m_db.setHostName(url.host());
        m_db.setPort(url.port(5432));
        m_db.setDatabaseName(url.path().mid(1));
        m_db.setUserName(url.userName());
        m_db.setPassword(url.password());
        m_db.setConnectOptions(u"connect_timeout=10"_s);
    } else {
        m_db.setDatabaseName(config.resolve(config.dbPath));
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!m_db.open()) {
        // The driver's text may name the host and user, never the password.
        *error = u"cannot open the database: %1"_s.arg(m_db.lastError().databaseText());
        return false;
    }
    if (!m_postgres) {
        // WAL for readers beside the writer; FULL so a committed change survives a power cut.
        // The pages a pull reads stay mapped and cached instead of being read again each time.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA cache_size=-32768", "PRAGMA mmap_size=268435456"}) {
            if (!exec(QString::fromLatin1(pragma))) {
                *error = u"cannot configure SQLite"_s;
                return false;
            }
        }
    } else {
        // Session settings cannot be prepared; run them as plain text.
        QSqlQuery(m_db).exec(u"SET client_min_messages TO WARNING"_s);
    }
    return true;
}

void Database::close()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlQuery &Database::query(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            qCWarning(lcDb) << "prepare failed:" << q.lastError().text() << sql.left(120);
        it = m_statements.insert(sql, q);
    } else {
        it->finish();
    }
    return *it;
}

bool Database::execPrepared(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qCWarning(lcDb) << "query failed:" << q.lastError().text() << q.lastQuery().left(120);
    return false;
}

bool Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery &q = query(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    const bool ok = execPrepared(q);
    q.finish();
    return ok;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery &q = query(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QVariant result;
    if (execPrepared(q) && q.next())
        result = q.value(0);
    q.finish();
    return result;
}

bool Database::begin()
{
    if (m_db.transaction())
        return true;
    qCWarning(lcDb) << "cannot begin a transaction:" << m_db.lastError().text();
    return false;
}

bool Database::commit()
{
    if (m_db.commit())
        return true;
    qCWarning(lcDb) << "commit failed:" << m_db.lastError().text();
    m_db.rollback();
    return false;
}

void Database::rollback()
{
    m_db.rollback();
}

} // namespace Courtyard::Server
