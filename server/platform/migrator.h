#pragma once

#include <QList>
#include <QString>

namespace Courtyard::Server {

class Database;
class Registry;

/**
 * Brings every module's schema to its newest version: modules in dependency order (the
 * platform first), one transaction per step, each module's version kept in
 * module_versions. A database from before per-module schemas (one schema_version) is
 * taken over by asking each module which of its versions that was. Afterwards the
 * revision head is checked against every synced table, so revisions never restart below
 * stored ones.
 */
namespace Migrator {

struct ModuleVersion
{
    QString module;
    int version = 0;
    int newest = 0;
};

bool migrate(Database &db, const Registry &registry, QString *error);
/// Each module's stored and newest version.
[[nodiscard]] QList<ModuleVersion> versions(Database &db, const Registry &registry);

} // namespace Migrator
} // namespace Courtyard::Server
