#pragma once

#include <QDateTime>
#include <QString>

namespace Courtyard::Client {

/**
 * The credentials of one signed-in session: a short-lived access token and the rotating
 * refresh token that renews it. Never log or print these.
 */
struct AuthTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiresAt; ///< UTC; invalid when unknown

    [[nodiscard]] bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
};

/**
 * Where the API client keeps its tokens. Synchronous on purpose: an implementation over a
 * platform keychain (QtKeychain, a later issue) loads once at start-up and then answers from
 * memory, writing through in the background.
 */
class TokenStore
{
public:
    virtual ~TokenStore();

    [[nodiscard]] virtual AuthTokens tokens() const = 0;
    virtual void setTokens(const AuthTokens &tokens) = 0;
    virtual void clear() = 0;
};

/// Keeps tokens in memory only: signing in again is needed after every start.
class MemoryTokenStore final : public TokenStore
{
public:
    [[nodiscard]] AuthTokens tokens() const override;
    void setTokens(const AuthTokens &tokens) override;
    void clear() override;

private:
    AuthTokens m_tokens;
};

} // namespace Courtyard::Client
