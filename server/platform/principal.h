#pragma once

#include "roles.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Courtyard::Server {

class Database;
class Registry;

/// Who is asking, and what their role reaches: the estates they work in or live in,
/// and for a resident their own units.
struct Principal
{
    QString id;
    QString name;
    QString phone;
    Role role = Role::Resident;
    QStringList estateIds;
    QStringList unitIds;

    [[nodiscard]] bool inEstate(const QString &estateId) const { return estateIds.contains(estateId); }
    [[nodiscard]] bool ownsUnit(const QString &unitId) const { return unitIds.contains(unitId); }
};

/// Principals read from the store (by the modules' principal facets) and kept briefly, so a
/// request costs no query for them; a change made through this server drops the entry at once.
class PrincipalCache
{
public:
    /// Listens for Principals::changed() of every process.
    PrincipalCache(Database &db, const Registry &registry);
    [[nodiscard]] std::optional<Principal> get(const QString &userId, qint64 nowMs);
    void forget(const QString &userId) { m_entries.remove(userId); }

private:
    struct Entry
    {
        Principal principal;
        qint64 loadedAtMs = 0;
    };
    Database &m_db;
    const Registry &m_registry;
    QHash<QString, Entry> m_entries;
};

namespace Principals {
/// Inside a transaction: @p userId's role, estates or units changed, so every server process
/// (this one at commit) reads them afresh for the next request.
bool changed(Database &db, const QString &userId);
/// The principal as the store holds it now (the modules' facets), read past every cache.
[[nodiscard]] std::optional<Principal> load(Database &db, const Registry &registry, const QString &userId);
} // namespace Principals

} // namespace Courtyard::Server
