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
/// The three relations a resident has to a unit.
inline const QStringList Relations{QStringLiteral("owner"), QStringLiteral("tenant"), QStringLiteral("family")};
/// "ABCDEFGH" from what a person typed or scanned ("abcd-efgh", "courtyard:join:ABCDEFGH"), or
/// an empty string when it cannot be a code.
[[nodiscard]] QString normalizeCode(const QString &typed);
/// A fresh join code: 8 symbols of the 32 of JoinCodeAlphabet, from the system's CSPRNG.
[[nodiscard]] QString newCode();
inline constexpr auto JoinCodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
inline constexpr int JoinCodeLength = 8;
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
