#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Courtyard::Server {

/// What a valid access token says about its bearer.
struct AccessClaims
{
    QString userId;
    QString sessionId;
    qint64 expiresAtSecs = 0;
    /// Which refresh rotation issued it (empty in tokens from before rotations were told apart),
    /// so the first use of a rotated pair's access token can be noted (see /auth/refresh).
    QString generation;
};

/// Issues and checks access tokens: "v1.<payload>.<HMAC-SHA256>" (base64url), checked
/// without touching the database. Refresh tokens are random and stored only as hashes.
class TokenService
{
public:
    enum class Check { Valid, Garbled, BadSignature, Expired };

    /// Reads the server's secret, creating it (32 random bytes, owner-only) when missing.
    bool loadSecret(const QString &path, QString *error);

    [[nodiscard]] QString issueAccess(const QString &userId, const QString &sessionId, qint64 expiresAtSecs,
                                      const QString &generation = {}) const;
    [[nodiscard]] Check checkAccess(QByteArrayView token, qint64 nowSecs, AccessClaims *claims) const;

    [[nodiscard]] static QString newRefreshToken();
    [[nodiscard]] static QString hashRefreshToken(const QString &token);
    [[nodiscard]] static QString randomId(int bytes = 16);

private:
    QByteArray m_secret;
};

} // namespace Courtyard::Server
