#include "principal.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {
// Accounts changed by another process (the command line) show here within this time.
constexpr qint64 CacheMs = 30 * 1000;
} // namespace

std::optional<Principal> PrincipalCache::get(const QString &userId, qint64 nowMs)
{
    const auto it = m_entries.constFind(userId);
    if (it != m_entries.cend() && nowMs - it->loadedAtMs < CacheMs)
        return it->principal;

    QSqlQuery &q = m_db.query(u"SELECT name, phone, role FROM users WHERE id = ?"_s);
    q.bindValue(0, userId);
    if (!m_db.execPrepared(q) || !q.next())
        return std::nullopt;
    Principal p;
    p.id = userId;
    p.name = q.value(0).toString();
    p.phone = q.value(1).toString();
    const std::optional<Role> role = roleFromName(q.value(2).toString());
    q.finish();
    if (!role)
        return std::nullopt;
    p.role = *role;

    QSqlQuery &units = m_db.query(u"SELECT uu.unit_id, u.estate_id FROM user_units uu JOIN units u ON u.id = uu.unit_id"
                                  " WHERE uu.user_id = ? ORDER BY uu.unit_id"_s);
    units.bindValue(0, userId);
    if (m_db.execPrepared(units)) {
        while (units.next()) {
            p.unitIds << units.value(0).toString();
            const QString estate = units.value(1).toString();
            if (!p.estateIds.contains(estate))
                p.estateIds << estate;
        }
    }
    units.finish();
    QSqlQuery &estates = m_db.query(u"SELECT estate_id FROM user_estates WHERE user_id = ? ORDER BY estate_id"_s);
    estates.bindValue(0, userId);
    if (m_db.execPrepared(estates)) {
        while (estates.next()) {
            const QString estate = estates.value(0).toString();
            if (!p.estateIds.contains(estate))
                p.estateIds << estate;
        }
    }
    estates.finish();
    m_entries.insert(userId, Entry{p, nowMs});
    return p;
}

} // namespace Courtyard::Server
