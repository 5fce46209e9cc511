#include "principal.h"

#include "registry.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {
// Accounts changed by another process (the command line, another server) show here within this time.
constexpr qint64 CacheMs = 30 * 1000;
} // namespace

std::optional<Principal> PrincipalCache::get(const QString &userId, qint64 nowMs)
{
    const auto it = m_entries.constFind(userId);
    if (it != m_entries.cend() && nowMs - it->loadedAtMs < CacheMs)
        return it->principal;
    Principal p;
    p.id = userId;
    for (const PrincipalFacet &facet : m_registry.principalFacets()) {
        if (!facet(m_db, p))
            return std::nullopt;
    }
    m_entries.insert(userId, Entry{p, nowMs});
    return p;
}

} // namespace Courtyard::Server
