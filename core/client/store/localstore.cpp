#include "store/localstore.h"

#include "store/entitycatalog.h"
#include "store/entityrepository.h"
#include "store/migrations.h"
#include "store/storelogging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

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
    return open(path, std::make_shared<EntityCatalog>(), error);
}

bool LocalStore::open(const QString &path, std::shared_ptr<const EntityCatalog> catalog, QString *error)
{
    close();
    m_catalog = catalog ? std::move(catalog) : std::make_shared<EntityCatalog>();
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
    if (!m_catalog)
        m_catalog = std::make_shared<EntityCatalog>();
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
    // A store written before schemas were per module: its modules start from their legacy version.
    const bool legacy = version == LegacyUserVersion;
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
        // Leaving the one schema of version 1: remember it in the step's own transaction.
        if (ok && legacy && version + 1 == 2)
            ok = query.exec(u"INSERT INTO store_modules (module, version) VALUES ('(legacy)', %1)"_s.arg(LegacyUserVersion));
        // PRAGMA takes no bound values; the number is ours, not input.
        ok = ok && query.exec(u"PRAGMA user_version = %1"_s.arg(version + 1));
        query.finish();
        if (!ok || !db.commit()) {
            db.rollback();
            return false;
        }
        qCInfo(lcStore) << "store migrated to schema" << version + 1;
    }
    return migrateModules(error) && adoptRecords(error);
}

bool LocalStore::migrateModules(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    auto failed = [&](const QString &why) {
        qCWarning(lcStore).noquote() << "module migration failed:" << why;
        if (error)
            *error = why;
        db.rollback();
        return false;
    };
    int legacyVersion = 0;
    if (query.exec(u"SELECT version FROM store_modules WHERE module = '(legacy)'"_s) && query.next())
        legacyVersion = query.value(0).toInt();
    query.finish();
    for (const ModuleSchema &schema : m_catalog->schemas()) {
        QSqlQuery current(db);
        current.prepare(u"SELECT version FROM store_modules WHERE module = ?"_s);
        current.addBindValue(schema.module);
        if (!current.exec())
            return failed(current.lastError().text());
        // A module this store has not seen: from what the legacy schema held of it, or nothing.
        int version = current.next() ? current.value(0).toInt()
                      : legacyVersion > 0 && schema.legacyVersion ? schema.legacyVersion(legacyVersion) : 0;
        current.finish();
        int newest = 0;
        for (const StoreMigration &step : schema.migrations)
            newest = std::max(newest, step.version);
        if (version > newest)
            return failed(u"the store's %1 tables were written by a newer version (%2)"_s.arg(schema.module).arg(version));
        for (const StoreMigration &step : schema.migrations) {
            if (step.version <= version)
                continue;
            if (!db.transaction())
                return failed(db.lastError().text());
            for (const QString &sql : step.statements) {
                if (!query.exec(sql))
                    return failed(u"%1 step %2: %3"_s.arg(schema.module).arg(step.version).arg(query.lastError().text()));
            }
            QSqlQuery bump(db);
            bump.prepare(u"INSERT INTO store_modules (module, version) VALUES (?, ?) "
                         "ON CONFLICT(module) DO UPDATE SET version = excluded.version"_s);
            bump.addBindValue(schema.module);
            bump.addBindValue(step.version);
            if (!bump.exec() || !db.commit())
                return failed(bump.lastError().text());
            version = step.version;
            qCInfo(lcStore).noquote() << "store:" << schema.module << "tables at version" << version;
        }
        // Seen now: a later first sight of it must not count from the legacy schema again.
        QSqlQuery seen(db);
        seen.prepare(u"INSERT INTO store_modules (module, version) VALUES (?, ?) ON CONFLICT(module) DO NOTHING"_s);
        seen.addBindValue(schema.module);
        seen.addBindValue(version);
        if (!seen.exec())
            return failed(seen.lastError().text());
    }
    return true;
}

bool LocalStore::adoptRecords(QString *error)
{
    // Which entities the generic table holds: a few names, read by its primary key's prefix.
    QStringList waiting;
    {
        QSqlQuery names(database());
        if (!names.exec(u"SELECT DISTINCT entity FROM records"_s)) {
            if (error)
                *error = names.lastError().text();
            return false;
        }
        while (names.next()) {
            if (m_catalog->isTyped(names.value(0).toString()))
                waiting << names.value(0).toString();
        }
    }
    if (waiting.isEmpty())
        return true;
    Transaction tx(*this);
    EntityRepository repo(*this);
    qsizetype moved = 0;
    for (const QString &entity : std::as_const(waiting)) {
        const std::optional<qsizetype> n = repo.adoptGeneric(entity);
        if (!n) {
            if (error)
                *error = u"could not move the kept %1 records into their table"_s.arg(entity);
            return false;
        }
        moved += *n;
    }
    if (!tx.commit()) {
        if (error)
            *error = u"could not move the kept records into their tables"_s;
        return false;
    }
    qCInfo(lcStore) << "store: moved" << moved << "kept records of" << waiting << "into their tables";
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

} // namespace Courtyard::Client
