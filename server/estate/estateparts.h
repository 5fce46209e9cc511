#pragma once

#include "apiserver.h"
#include "module.h"

#include <QObject>
#include <QThreadPool>

namespace Courtyard::Server {

class Database;
class PrincipalCache;
class RateLimiter;
struct Principal;

/// The estate module's synced entities: estates, buildings, units, parking spaces, residents
/// (user_units), join codes and staff.
namespace EstateEntities {
void registerWith(Registry &registry);
}

/// The administrative commands (docs/ESTATE-ADMIN.md): estate settings, buildings, units,
/// parking, staff accounts, duty, join codes, residents, reset codes.
namespace EstateCommands {
void registerWith(Registry &registry);
}

/// Shared by the commands and the routes.
namespace EstateRules {
/// A fresh join code (Courtyard::JoinCodes, core/domain/joincodes.h, is the one rule for
/// their shape and how a typed or scanned one reads): Length symbols of Alphabet, from the
/// system's CSPRNG.
[[nodiscard]] QString newCode();
/// The label of a unit as people say it: "1号楼 1-0301".
[[nodiscard]] QString unitLabel(Database &db, const QString &unitId);
/// Inside a revisioned transaction: @p userId joins @p unitId as @p relation (their phones
/// learn the unit on the next pull). The new residency's id, or empty on failure.
[[nodiscard]] QString addResident(Database &db, const Registry &registry, const QString &userId, const QString &unitId,
                                  const QString &relation, qint64 now);
} // namespace EstateRules

/// Routes of the estate module: joining with a code, adding a home, the audit log.
class EstateService : public QObject, public ModuleService
{
    Q_OBJECT
public:
    explicit EstateService(ServiceContext &ctx, QObject *parent = nullptr);
    ~EstateService() override;

private:
    void check(const Context &ctx);
    void join(const Context &ctx);
    void addHome(const Context &ctx);
    void audit(const Context &ctx);

    Database &m_db;
    const ServerConfig &m_config;
    const Registry &m_registry;
    PrincipalCache &m_principals;
    std::unique_ptr<RateLimiter> m_limiter;
    QThreadPool m_kdfPool;
};

} // namespace Courtyard::Server
