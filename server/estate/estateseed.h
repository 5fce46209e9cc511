#pragma once

#include "module.h"

namespace Courtyard::Server::EstateSeed {

/// 翠湖花园 (est-1): 2 buildings of 100 units, four residents, an agent, two technicians
/// and a manager (the README's logins).
bool demo(SeedContext &ctx, QString *error);
/// est-bench: --units units with a resident each (13700000000 upwards).
bool bench(SeedContext &ctx, QString *error);

/// Inside a revisioned transaction: an account and where it belongs (a resident's unit, a
/// staff member's estate). Returns false when anything could not be stored.
bool addPerson(Database &db, const QString &id, const QString &phone, const QString &name, const QString &role,
               const QString &passwordHash, const QString &estateId, const QString &unitId,
               const QString &relation = QStringLiteral("owner"));
/// Inside a revisioned transaction: @p userId lives in @p unitId as owner, tenant or family.
bool addResidency(Database &db, const QString &userId, const QString &unitId, const QString &relation);

} // namespace Courtyard::Server::EstateSeed
