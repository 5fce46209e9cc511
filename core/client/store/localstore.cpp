#include "localstore.h"

#include "migrations.h"
#include "storelogging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::StringLiterals;

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
{
    static QAtomicInteger<quint64> counter;
    m_connection = u"courtyard-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

LocalStore::~LocalStore()
{
    close();
}

QString LocalStore::accountPath(const QString &dataDir, const QString &userId)
{
    static const QRegularExpression safeId(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (dataDir.isEmpty() || !safeId.match(userId).hasMatch())
        return {};
    return QDir(dataDir).filePath(u"accounts/%1.db"_s.arg(userId));
}

bool LocalStore::open(const QString &path, QString *error)
{
    close();
    auto fail = [&](const QString &why) {
        qCWarning(lcStore) << "cannot open the store:" << why;
        if (error)
            *error = why;
        close();
        return false;
    };
    if (path.isEmpty())
        return fail(u"no path"_s);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(u"cannot create the folder"_s);

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return fail(db.lastError().text());
    }
    m_path = path;

    // journal_mode answers with the mode in force; anything but "wal" means WAL is unavailable.
    QSqlQuery pragma(database());
    if (!pragma.exec(u"PRAGMA journal_mode=WAL"_s) || !pragma.next()
        || pragma.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return fail(u"cannot switch to WAL"_s);
    for (const auto &sql : {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (!pragma.exec(sql))
            return fail(pragma.lastError().text());
    }
    pragma.finish();
    if (!migrate(error)) {
        close();
        return false;
    }
    return true;
}

void LocalStore::close()
{
    m_statements.clear();
    m_touched.clear();
    m_depth = 0;
    m_failed = false;
    m_path.clear();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool LocalStore::migrate(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    int version = query.value(0).toInt();
    query.finish();
    const auto &steps = storeMigrations();
    if (version > steps.size()) {
        if (error)
            *error = u"the store was written by a newer version (%1)"_s.arg(version);
        qCWarning(lcStore) << "store schema" << version << "is newer than" << steps.size();
        return false;
    }
    for (; version < steps.size(); ++version) {
        // One transaction per step: a crash mid-step leaves the previous version intact.
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        bool ok = true;
        for (const QString &sql : steps.at(version)) {
            if (!query.exec(sql)) {
                qCWarning(lcStore) << "migration" << version + 1 << "failed:" << query.lastError().text();
                if (error)
                    *error = query.lastError().text();
                ok = false;
                break;
            }
        }
        // PRAGMA takes no bound values; the number is ours, not input.
        ok = ok && query.exec(u"PRAGMA user_version = %1"_s.arg(version + 1));
        query.finish();
        if (!ok || !db.commit()) {
            db.rollback();
            return false;
        }
        qCInfo(lcStore) << "store migrated to schema" << version + 1;
    }
    return true;
}

QSqlQuery LocalStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        it->finish();
        // A copy shares the prepared statement, which is the point of the cache (Qt 6.4 has
        // no other way to hand out a reusable statement by value).
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        return *it;
        QT_WARNING_POP
    }
    QSqlQuery query(database());
    if (!isOpen() || !query.prepare(sql)) {
        qCWarning(lcStore) << "cannot prepare statement:" << query.lastError().text();
        return QSqlQuery(database());
    }
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    m_statements.insert(sql, query);
    return query;
    QT_WARNING_POP
}

bool LocalStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcStore) << "statement failed:" << query.lastError().text();
    if (m_depth > 0)
        m_failed = true;
    return false;
}

void LocalStore::markChanged(const QString &entity)
{
    if (m_depth > 0) {
        m_touched.insert(entity);
        return;
    }
    emit changed({entity});
}

bool LocalStore::begin(Transaction::Durability durability)
{
    if (m_depth++ > 0)
        return true;
    m_failed = false;
    m_relaxed = durability == Transaction::Durability::Relaxed;
    m_touched.clear();
    // A read left unfinished would pin an old snapshot into the transaction.
    for (auto &statement : m_statements)
        statement.finish();
    QSqlQuery query(database());
    // SQLite reads the setting when the transaction starts. In WAL mode NORMAL skips the fsync
    // of this commit only; the next FULL commit syncs the log up to and including it.
    if (m_relaxed)
        query.exec(u"PRAGMA synchronous=NORMAL"_s);
    // IMMEDIATE takes the write lock now, so a second connection cannot interleave.
    if (!isOpen() || !query.exec(u"BEGIN IMMEDIATE"_s)) {
        qCWarning(lcStore) << "cannot begin a transaction:" << query.lastError().text();
        if (m_relaxed)
            query.exec(u"PRAGMA synchronous=FULL"_s);
        m_relaxed = false;
        m_depth = 0;
        return false;
    }
    return true;
}

bool LocalStore::finish(bool commit)
{
    if (m_depth <= 0)
        return false;
    if (!commit)
        m_failed = true;
    if (--m_depth > 0)
        return commit;
    // Reset cached statements so no open read keeps the transaction's snapshot busy.
    for (auto &statement : m_statements)
        statement.finish();
    QSqlQuery query(database());
    bool committed = false;
    if (!m_failed) {
        committed = query.exec(u"COMMIT"_s);
    }
    if (!committed) {
        if (!m_failed)
            qCWarning(lcStore) << "commit failed:" << query.lastError().text();
        QSqlQuery(database()).exec(u"ROLLBACK"_s);
    }
    const QStringList touched(m_touched.cbegin(), m_touched.cend());
    m_touched.clear();
    m_failed = false;
    if (m_relaxed)
        query.exec(u"PRAGMA synchronous=FULL"_s);
    m_relaxed = false;
    if (committed && !touched.isEmpty())
        emit changed(touched);
    return committed;
}

LocalStore::Transaction::Transaction(LocalStore &store, Durability durability)
    : m_store(store)
    , m_active(store.begin(durability))
{
}

LocalStore::Transaction::~Transaction()
{
    if (m_active && !m_done)
        m_store.finish(false);
}

bool LocalStore::Transaction::commit()
{
    if (!m_active || m_done)
        return false;
    m_done = true;
    return m_store.finish(true);
}
