#pragma once

#include "apiserver.h"
#include "principal.h"
#include "ratelimiter.h"

#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <optional>

namespace Courtyard::Server {

class Database;
class TokenService;
struct ServerConfig;

/// Sign-in, token rotation and sign-out, and the check every authenticated request
/// passes: a signed, unexpired access token of a session that was not revoked.
class AuthService : public QObject
{
    Q_OBJECT
public:
    AuthService(Database &db, TokenService &tokens, const ServerConfig &config, QObject *parent = nullptr);

    void registerRoutes(ApiServer &server);
    /// Fills ctx.principal, or returns the 401 to send.
    [[nodiscard]] std::optional<HttpReply> authenticate(RequestContext &ctx);
    [[nodiscard]] PrincipalCache &principals() { return m_principals; }

private:
    void login(const Context &ctx);
    void refresh(const Context &ctx);
    void logout(const Context &ctx);
    void me(const Context &ctx);

    HttpReply issueTokens(const QString &userId, const QString &sessionId, bool newSession);
    QJsonObject meJson(const Principal &principal);
    void revokeSession(const QString &sessionId, const QString &reason);

    Database &m_db;
    TokenService &m_tokens;
    int m_accessSeconds;
    qint64 m_refreshMs;
    RateLimiter m_limiter;
    PrincipalCache m_principals;
    QSet<QString> m_revokedSessions;
    QThreadPool m_kdfPool;
};

} // namespace Courtyard::Server
