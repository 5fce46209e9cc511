#include "migrator.h"

#include "database.h"
#include "registry.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace Courtyard::Server::Migrator {

namespace {

int newestOf(const Registry::ModuleInfo &m)
{
    int newest = 0;
    for (const Migration &step : m.migrations)
        newest = std::max(newest, step.version);
    return newest;
}

int storedVersion(Database &db, const QString &module)
{
    return db.scalar(u"SELECT version FROM module_versions WHERE module = ?"_s, {module}).toInt();
}

/// Before per-module schemas one number said how far the whole schema was.
bool adoptLegacySchema(Database &db, const Registry &registry, QString *error)
{
    if (!db.hasTable(u"schema_version"_s))
        return true;
    const int legacy = db.scalar(u"SELECT version FROM schema_version"_s).toInt();
    Database::Transaction tx(db);
    bool ok = tx.isOpen();
    for (const Registry::ModuleInfo &m : registry.modules()) {
        const int version = m.legacyVersion(legacy);
        if (ok && version > 0)
            ok = db.exec(u"INSERT INTO module_versions (module, version) VALUES (?, ?)"_s, {m.name, version});
    }
    ok = ok && db.execDirect(u"DROP TABLE schema_version"_s) && tx.commit();
    if (!ok) {
        *error = u"cannot take over the schema of version %1"_s.arg(legacy);
        return false;
    }
    qCInfo(lcDb) << "took over the store at schema version" << legacy;
    return true;
}

/// Revisions restarting below a stored one would make clients skip changes: the head is
/// at least the highest revision of every synced table and of the tombstones.
bool checkHead(Database &db, const Registry &registry, QString *error)
{
    if (!db.hasTable(u"revision_head"_s))
        return true;
    QStringList tables{u"tombstones"_s};
    for (const EntitySpec &e : registry.entities()) {
        // A table an entity syncs from may get its revisions only in a later step of its
        // module (between two modules' steps, it is not there yet).
        if (!tables.contains(e.table) && db.hasTable(e.table) && db.hasColumn(e.table, u"rev"_s))
            tables << e.table;
    }
    Database::Transaction tx(db, Database::Kind::Revisioned);
    if (!tx.isOpen()) {
        *error = u"cannot read the revision head"_s;
        return false;
    }
    const qint64 head = db.storedHead();
    qint64 highest = 0;
    for (const QString &table : std::as_const(tables))
        highest = std::max(highest, db.scalar(u"SELECT MAX(rev) FROM %1"_s.arg(table)).toLongLong());
    if (highest <= head)
        return true;
    qCWarning(lcDb) << "the revision head" << head << "was below stored revision" << highest << "; raised";
    if (!db.exec(u"UPDATE revision_head SET rev = ? WHERE id = 1"_s, {highest}) || !tx.commit()) {
        *error = u"cannot raise the revision head"_s;
        return false;
    }
    return true;
}

} // namespace

bool migrate(Database &db, const Registry &registry, QString *error)
{
    if (!db.execDirect(u"CREATE TABLE IF NOT EXISTS module_versions (module TEXT PRIMARY KEY, version INTEGER NOT NULL)"_s,
                       error))
        return false;
    if (!adoptLegacySchema(db, registry, error))
        return false;
    for (const Registry::ModuleInfo &m : registry.modules()) {
        int version = storedVersion(db, m.name);
        const int newest = newestOf(m);
        if (version > newest) {
            *error = u"module %1 of the database is at version %2, newer than this server's %3"_s.arg(m.name).arg(version).arg(
                newest);
            return false;
        }
        for (const Migration &step : m.migrations) {
            if (step.version <= version)
                continue;
            // Steps with code may hand out revisions, once the head exists.
            const bool revisioned = db.hasTable(u"revision_head"_s);
            Database::Transaction tx(db, revisioned ? Database::Kind::Revisioned : Database::Kind::Write);
            bool ok = tx.isOpen();
            for (const QString &sql : step.statements) {
                if (ok && !db.execDirect(sql, error)) {
                    *error = u"migration %1 %2 failed: %3"_s.arg(m.name).arg(step.version).arg(*error);
                    return false;
                }
            }
            if (ok && step.code && !step.code(db, error)) {
                *error = u"migration %1 %2 failed: %3"_s.arg(m.name).arg(step.version).arg(*error);
                return false;
            }
            ok = ok
                 && db.exec(version == 0 ? u"INSERT INTO module_versions (version, module) VALUES (?, ?)"_s
                                         : u"UPDATE module_versions SET version = ? WHERE module = ?"_s,
                            {step.version, m.name})
                 && tx.commit();
            if (!ok) {
                *error = u"migration %1 %2 could not be recorded"_s.arg(m.name).arg(step.version);
                return false;
            }
            version = step.version;
            qCInfo(lcDb).noquote() << "schema of" << m.name << "migrated to version" << version;
        }
        // Before the next module's steps may hand out revisions.
        if (!checkHead(db, registry, error))
            return false;
    }
    return true;
}

QList<ModuleVersion> versions(Database &db, const Registry &registry)
{
    QList<ModuleVersion> out;
    for (const Registry::ModuleInfo &m : registry.modules())
        out.append({m.name, storedVersion(db, m.name), newestOf(m)});
    return out;
}

} // namespace Courtyard::Server::Migrator
