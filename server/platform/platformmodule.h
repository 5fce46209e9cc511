#pragma once

#include "module.h"

namespace Courtyard::Server {

/// The platform's own schema (revision head, tombstones, stored command answers, photos and
/// their links to records), registered like a module so it migrates first.
std::unique_ptr<ServerModule> makePlatformModule();

/// Who a tombstone tells to forget a record.
struct TombstoneAudience
{
    enum class Kind {
        All,    ///< everyone in the estate who could see it (only the unit's residents when unitId is set)
        Role,   ///< people of one role in the estate (the technicians), except one of them
        User,   ///< one person
    } kind = Kind::All;
    QString unitId;
    QString role;
    QString userId;     ///< for User
    QString exceptUser; ///< for Role: the one who keeps it
};

namespace Tombstones {
/// Inside a revisioned transaction: a tombstone for (entity, id) in @p estateId.
bool add(Database &db, const QString &entity, const QString &id, const QString &estateId,
         const TombstoneAudience &audience, qint64 now);
/// The scope of tombstones a person of @p role receives (over the tombstones table).
[[nodiscard]] Scope scopeFor(Role role);
} // namespace Tombstones

namespace Attachments {
/// The first of @p hashes that @p userId has not uploaded, or an empty string.
[[nodiscard]] QString firstNotOwned(Database &db, const QStringList &hashes, const QString &userId);
/// Lets whoever may see the record fetch these photos; `staffOnly` ones only staff. A photo
/// linked to the record for everyone once stays for everyone.
bool link(Database &db, const QString &entity, const QString &entityId, const QStringList &hashes, bool staffOnly);
} // namespace Attachments

} // namespace Courtyard::Server
