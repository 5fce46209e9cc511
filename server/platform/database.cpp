#include "database.h"

#include "serverconfig.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDb, "courtyard.db")

namespace Courtyard::Server {

namespace {
const QString HeadChannel = u"courtyard_revisions"_s;
} // namespace

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
            if (!execDirect(QString::fromLatin1(pragma), error))
                return false;
        }
    } else {
        execDirect(u"SET client_min_messages TO WARNING"_s);
    }
    return true;
}

void Database::close()
{
    m_statements.clear();
    m_listeners.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::hasTable(const QString &table)
{
    const QString sql = m_postgres ? u"SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()"
                                     " AND table_name = ?"_s
                                   : u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s;
    return scalar(sql, {table}).isValid();
}

bool Database::hasColumn(const QString &table, const QString &column)
{
    const QString sql = m_postgres ? u"SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
                                     " AND table_name = ? AND column_name = ?"_s
                                   : u"SELECT 1 FROM pragma_table_info(?) WHERE name = ?"_s;
    return scalar(sql, {table, column}).isValid();
}

QSqlQuery &Database::query(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        slot->setForwardOnly(true);
        if (!slot->prepare(sql))
            qCWarning(lcDb) << "prepare failed:" << slot->lastError().text() << sql.left(120);
    } else {
        slot->finish();
    }
    return *slot;
}

bool Database::execPrepared(QSqlQuery &q)
{
    if (q.exec()) {
        m_lastAffected = q.numRowsAffected();
        return true;
    }
    m_lastAffected = -1;
    m_failed = m_failed || m_inTransaction;
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

bool Database::execDirect(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_failed = m_failed || m_inTransaction;
    qCWarning(lcDb) << "statement failed:" << q.lastError().text() << sql.left(120);
    if (error)
        *error = q.lastError().text();
    return false;
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

void Database::finishStatements()
{
    for (const auto &[sql, q] : m_statements)
        q->finish();
}

bool Database::begin(Kind kind)
{
    if (m_inTransaction) {
        qCWarning(lcDb) << "a transaction is open already";
        return false;
    }
    finishStatements();
    QString start = u"BEGIN"_s;
    if (m_postgres && kind == Kind::Read)
        start = u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
    else if (!m_postgres && kind != Kind::Read)
        start = u"BEGIN IMMEDIATE"_s; // the write lock now, not at the first write
    if (!execDirect(start))
        return false;
    m_inTransaction = true;
    m_failed = false;
    m_kind = kind;
    m_head = m_allocated = -1;
    if (kind == Kind::Revisioned) {
        // The head row's lock orders every revisioned transaction of every process; taken
        // first, so nobody holds other rows while waiting for it.
        const QVariant head = scalar(m_postgres ? u"SELECT rev FROM revision_head WHERE id = 1 FOR UPDATE"_s
                                                : u"SELECT rev FROM revision_head WHERE id = 1"_s);
        if (!head.isValid()) {
            qCWarning(lcDb) << "cannot read the revision head";
            rollback();
            return false;
        }
        m_head = m_allocated = head.toLongLong();
    }
    return true;
}

qint64 Database::nextRevision()
{
    if (!m_inTransaction || m_kind != Kind::Revisioned) {
        qCWarning(lcDb) << "a revision was asked for outside a revisioned transaction";
        return 0;
    }
    return ++m_allocated;
}

qint64 Database::storedHead()
{
    return scalar(u"SELECT rev FROM revision_head WHERE id = 1"_s).toLongLong();
}

bool Database::commit()
{
    if (!m_inTransaction)
        return false;
    const bool advanced = m_kind == Kind::Revisioned && m_allocated > m_head;
    bool ok = !m_failed;
    if (m_failed)
        qCWarning(lcDb) << "a statement of the transaction failed; rolling it back";
    if (ok && advanced) {
        ok = exec(u"UPDATE revision_head SET rev = ? WHERE id = 1"_s, {m_allocated})
             && (!m_postgres || notify(HeadChannel, QString::number(m_allocated)));
    }
    finishStatements();
    ok = ok && execDirect(u"COMMIT"_s);
    if (!ok) {
        qCWarning(lcDb) << "commit failed";
        rollback();
        return false;
    }
    m_inTransaction = false;
    const qint64 head = m_allocated;
    m_head = m_allocated = -1;
    if (advanced && m_onCommit)
        m_onCommit(head);
    // This process's own notifications, at once (PostgreSQL's echo may follow).
    const QList<std::pair<QString, QString>> notes = std::exchange(m_pendingNotes, {});
    for (const auto &[channel, payload] : notes) {
        if (const auto it = m_listeners.constFind(channel); it != m_listeners.cend())
            (*it)(payload);
    }
    return true;
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    finishStatements();
    execDirect(u"ROLLBACK"_s);
    m_inTransaction = false;
    m_pendingNotes.clear();
    m_head = m_allocated = -1;
}

bool Database::listen(const QString &channel, std::function<void(const QString &)> handler)
{
    if (!m_postgres) {
        m_listeners.insert(channel, std::move(handler));
        return true;
    }
    QSqlDriver *driver = m_db.driver();
    if (m_listeners.isEmpty()) {
        QObject::connect(driver, &QSqlDriver::notification, driver,
                         [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                             if (const auto it = m_listeners.constFind(name); it != m_listeners.cend())
                                 (*it)(payload.toString());
                         });
    }
    m_listeners.insert(channel, std::move(handler));
    return driver->subscribeToNotification(channel);
}

bool Database::notify(const QString &channel, const QString &payload)
{
    if (!m_inTransaction)
        return false;
    m_pendingNotes.append({channel, payload});
    return !m_postgres || exec(u"SELECT pg_notify(?, ?)"_s, {channel, payload});
}

} // namespace Courtyard::Server
