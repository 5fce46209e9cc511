#include "scopechange.h"

#include "database.h"
#include "platformmodule.h"
#include "registry.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::ScopeChange {

namespace {

/// The ids of @p spec's rows @p p reaches.
bool rowsOf(Database &db, const EntitySpec &spec, const Principal &p, QSet<QString> *ids)
{
    const SqlFilter filter = spec.visibility(p.role).sql(p, spec.alias + u'.');
    if (filter.where == u"1 = 0")
        return true;
    QSqlQuery &q = db.query(u"SELECT %1.id FROM %2 WHERE %3"_s.arg(spec.alias, spec.from, filter.where));
    for (int i = 0; i < filter.values.size(); ++i)
        q.bindValue(i, filter.values.at(i));
    if (!db.execPrepared(q))
        return false;
    while (q.next())
        ids->insert(q.value(0).toString());
    q.finish();
    return true;
}

} // namespace

std::optional<Reach> take(Database &db, const Registry &registry, const Principal &who)
{
    Reach reach{who.id, who.estateIds.value(0), {}};
    for (const EntitySpec &spec : registry.entities()) {
        if (!rowsOf(db, spec, who, &reach.ids[spec.entity]))
            return std::nullopt;
    }
    return reach;
}

bool apply(Database &db, const Registry &registry, const Reach &before, const Principal &after, qint64 now)
{
    // The tombstone's estate is only a filing place: one addressed to a person reaches them
    // in any estate (Tombstones::scopeFor).
    const QString estate = before.estateId.isEmpty() ? after.estateIds.value(0) : before.estateId;
    TombstoneAudience forThem;
    forThem.kind = TombstoneAudience::Kind::User;
    forThem.userId = before.userId;
    for (const EntitySpec &spec : registry.entities()) {
        const QSet<QString> was = before.ids.value(spec.entity);
        QSet<QString> is;
        if (!rowsOf(db, spec, after, &is))
            return false;
        QStringList lost, gained;
        for (const QString &id : was) {
            if (!is.contains(id))
                lost << id;
        }
        for (const QString &id : std::as_const(is)) {
            if (!was.contains(id))
                gained << id;
        }
        // Sorted, so the revisions handed out do not depend on hashing.
        lost.sort();
        gained.sort();
        for (const QString &id : std::as_const(lost)) {
            if (!Tombstones::add(db, spec.entity, id, estate, forThem, now))
                return false;
        }
        for (const QString &id : std::as_const(gained)) {
            if (!db.exec(u"UPDATE %1 SET rev = ? WHERE id = ?"_s.arg(spec.table), {db.nextRevision(), id}))
                return false;
        }
    }
    return true;
}

} // namespace Courtyard::Server::ScopeChange
