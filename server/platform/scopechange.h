#pragma once

#include "principal.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace Courtyard::Server {

class Database;
class Registry;

/**
 * When what a person may see changes (a resident removed from a unit or joining one, a staff
 * member's estates edited), their phone must learn it on its next pull, although the records
 * themselves did not change: what they no longer see gets tombstones addressed to them alone,
 * what they now see gets a new revision (so it is sent again, unchanged, to everyone who sees
 * it). Names no feature: it compares the principal's reach over every synced entity.
 */
namespace ScopeChange {

/// What one person's scope reaches: the ids of each synced entity's rows.
struct Reach
{
    QString userId;
    QString estateId; ///< where their tombstones are filed (any estate they were in)
    QHash<QString, QSet<QString>> ids;
};

/// Before the change: what @p who reaches now. False with nothing when a statement failed.
[[nodiscard]] std::optional<Reach> take(Database &db, const Registry &registry, const Principal &who);
/// Inside a revisioned transaction, after the change was written: compares @p before with
/// what @p after reaches. False when a statement failed.
bool apply(Database &db, const Registry &registry, const Reach &before, const Principal &after, qint64 now);

} // namespace ScopeChange
} // namespace Courtyard::Server
