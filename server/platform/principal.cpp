#include "principal.h"

#include "database.h"
#include "registry.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {
// Accounts changed by another process (the command line, another server) show here within this time.
constexpr qint64 CacheMs = 30 * 1000;
const QString PrincipalChannel = QStringLiteral("courtyard_principals");
} // namespace

PrincipalCache::PrincipalCache(Database &db, const Registry &registry)
    : m_db(db)
    , m_registry(registry)
{
    m_db.listen(PrincipalChannel, [this](const QString &userId) { forget(userId); });
}

std::optional<Principal> PrincipalCache::get(const QString &userId, qint64 nowMs)
{
    const auto it = m_entries.constFind(userId);
    if (it != m_entries.cend() && nowMs - it->loadedAtMs < CacheMs)
        return it->principal;
    std::optional<Principal> p = Principals::load(m_db, m_registry, userId);
    if (p)
        m_entries.insert(userId, Entry{*p, nowMs});
    return p;
}

bool Principals::changed(Database &db, const QString &userId)
{
    return db.notify(PrincipalChannel, userId);
}

std::optional<Principal> Principals::load(Database &db, const Registry &registry, const QString &userId)
{
    Principal p;
    p.id = userId;
    for (const PrincipalFacet &facet : registry.principalFacets()) {
        if (!facet(db, p))
            return std::nullopt;
    }
    return p;
}

} // namespace Courtyard::Server
