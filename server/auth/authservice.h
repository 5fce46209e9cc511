#pragma once

#include "apiserver.h"
#include "module.h"
#include "ratelimiter.h"
#include "tokenservice.h"

#include <QObject>
#include <QHash>
#include <QThreadPool>
#include <QTimer>

#include <optional>

namespace Courtyard::Server {

class Database;
class PrincipalCache;
class Registry;
struct ServerConfig;

/// Sign-in, token rotation and sign-out, and the check every authenticated request passes:
/// a signed, unexpired access token of a session that was not revoked. Revocations are
/// shared through the store (and NOTIFY on PostgreSQL), so a session ended through one
/// server process ends on the others within a moment.
class AuthService : public QObject, public ModuleService, public Authenticator
{
    Q_OBJECT
public:
    explicit AuthService(ServiceContext &ctx, QObject *parent = nullptr);
    /// Reads the token secret; false with *error when it cannot.
    bool prepare(QString *error);

    [[nodiscard]] std::optional<HttpReply> authenticate(RequestContext &ctx) override;

private:
    void registerRoutes(ApiServer &server);
    void login(const Context &ctx);
    void refresh(const Context &ctx);
    void logout(const Context &ctx);
    void me(const Context &ctx);
    void changePassword(const Context &ctx);
    void resetPassword(const Context &ctx);
    /// After a change that ended sessions: this process refuses their tokens from now on.
    void sessionsEnded();

    struct IssuedTokens
    {
        QString refreshToken;
        QString generation; ///< the access token's "g", stored as refresh_tokens.access_id
    };
    /// Inside the caller's transaction: a new refresh token (and the session when @p newSession),
    /// issued in exchange for the refresh token hashed @p parentHash (empty for a login).
    bool storeTokens(const QString &userId, const QString &sessionId, bool newSession, const QString &parentHash,
                     IssuedTokens *issued);
    HttpReply tokensReply(const QString &userId, const QString &sessionId, const IssuedTokens &issued);
    HttpReply issueTokens(const QString &userId, const QString &sessionId, bool newSession);
    void noteAccessUse(const AccessClaims &claims, qint64 nowMs);
    QJsonObject meJson(const Principal &principal);
    void revokeSession(const QString &sessionId, const QString &reason);
    /// Sessions revoked by any process since the last look.
    void readRevocations();

    Database &m_db;
    const ServerConfig &m_config;
    const Registry &m_registry;
    PrincipalCache &m_principals;
    TokenService m_tokens;
    int m_accessSeconds;
    qint64 m_refreshMs;
    RateLimiter m_limiter;
    /// Tries of reset codes, per phone and per address, apart from the logins'.
    RateLimiter m_resetLimiter;
    /// Revoked sessions whose access tokens may still be valid, with when this process learnt it.
    QHash<QString, qint64> m_revokedSessions;
    qint64 m_revocationsSeenMs = 0;
    /// Token generations whose first access this process has noted, with when they expire.
    QHash<QString, qint64> m_usedGenerations;
    QTimer m_revocationPoll;
    /// A read of revocations soon after a revision committed (deactivations hand one out).
    QTimer m_revocationSoon;
    int m_pruneTicks = 0;
    QThreadPool m_kdfPool;
};

} // namespace Courtyard::Server
