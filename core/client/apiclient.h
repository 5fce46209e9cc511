#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <optional>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

#include <qqmlintegration.h>
class QNetworkAccessManager;

namespace Courtyard::Client {

class ApiJob;
class TokenStore;

/**
 * The one client of the Courtyard HTTPS API (/v1), over one injected QNetworkAccessManager.
 *
 * - HTTPS only: setBaseUrl() refuses anything else. Certificates are always verified, against
 *   the system CAs plus optional extra trusted CA files; TLS 1.2 or later; HTTP/2 when the
 *   server offers it; gzip answers (QNetworkAccessManager asks for and inflates them).
 * - An optional SPKI pin set (setPinnedKeys): right after the handshake, before any request
 *   byte is written, the peer chain must hold a certificate whose public key is pinned, or
 *   the request is aborted (Error::Tls, code "pin_mismatch"). Fails closed.
 * - Every call returns an ApiJob. Success is NoError and a 2xx status; anything else is mapped
 *   to Error plus the server's error code. All replies are parented, read and deleted in one
 *   place (onReplyFinished).
 * - Tokens live in the injected TokenStore. An authorized call answered with 401 token_expired
 *   is retried once after one refresh (refreshes are serialised: refresh tokens rotate, and
 *   reusing a spent one revokes the session).
 */
class ApiClient : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ApiClient is created in C++")
    Q_PROPERTY(QUrl baseUrl READ baseUrl NOTIFY baseUrlChanged)

public:
    enum class Error {
        None,
        Network, ///< no answer: refused, unreachable, DNS, connection dropped
        Tls, ///< handshake failed or the certificate is not trusted
        Timeout, ///< no complete answer within the transfer timeout
        Unauthorized, ///< 401
        Forbidden, ///< 403
        NotFound, ///< 404
        Conflict, ///< 409, 422
        RateLimited, ///< 429
        Invalid, ///< other 4xx, a refused (non-https) URL, or an unreadable answer
        Server, ///< 5xx and anything else unexpected from the server
    };
    Q_ENUM(Error)

    static constexpr std::chrono::milliseconds DefaultTimeout{15000};

    explicit ApiClient(QNetworkAccessManager *nam, TokenStore *tokens, QObject *parent = nullptr);
    ~ApiClient() override;

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    /// Sets the server, e.g. https://127.0.0.1:8443 (a trailing /v1 is accepted). Refuses
    /// anything but an absolute https:// URL: returns false and sets errorString().
    bool setBaseUrl(const QUrl &url);
    /// Trusts the CA certificate(s) in the PEM file @p path in addition to the system CAs.
    bool addTrustedCaFile(const QString &path);
    [[nodiscard]] QString errorString() const { return m_errorString; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Pins the server's public keys: base64 of the SHA-256 of a certificate's
    /// SubjectPublicKeyInfo DER (see spkiSha256()). Empty: no pinning (the default).
    void setPinnedKeys(const QSet<QByteArray> &pins);
    [[nodiscard]] QSet<QByteArray> pinnedKeys() const { return m_pins; }
    /// The pin of @p certificate's public key, base64 of SHA-256 over its SPKI DER — the same
    /// value as `openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl
    /// dgst -sha256 -binary | base64`.
    [[nodiscard]] static QByteArray spkiSha256(const QSslCertificate &certificate);

    /// True while tokens are held (the session may still turn out to be expired).
    [[nodiscard]] bool hasSession() const;
    /// The current access token, for the live channel's hello only. Never log it.
    [[nodiscard]] QString accessToken() const;
    /// The TLS settings every request uses (CAs, TLS 1.2+, peer verified), for the live channel.
    [[nodiscard]] QSslConfiguration sslConfiguration() { return sslConfig(); }

    ApiJob *login(const QString &phone, const QString &password);
    ApiJob *refresh();
    /// Revokes the session on the server; the local tokens are dropped at once.
    ApiJob *logout();
    ApiJob *me();
    ApiJob *health();

    // Generic authorized calls for sync, commands and attachments. @p path is below /v1
    // ("/sync", "/commands", "/attachments/<sha256>").
    ApiJob *get(const QString &path, const QUrlQuery &query = {});
    ApiJob *postJson(const QString &path, const QJsonObject &body);
    /// A POST without the session's token (endpoints for people not signed in, such as
    /// checking a join code).
    ApiJob *postPublic(const QString &path, const QJsonObject &body);
    /// A POST without a token that answers like /auth/login (tokens and the user): its tokens
    /// are kept as a login's are (joining with a code, setting a password with a code).
    ApiJob *signInWith(const QString &path, const QJsonObject &body);
    ApiJob *putBytes(const QString &path, const QByteArray &bytes, const QByteArray &contentType);
    /// POSTs a raw body of @p contentType (a CSV file, ...); the answer is JSON as for postJson().
    ApiJob *postBytes(const QString &path, const QByteArray &bytes, const QByteArray &contentType,
                      const QUrlQuery &query = {});
    /// The answer's body is in ApiJob::bytes() and its type in ApiJob::contentType().
    ApiJob *getBytes(const QString &path);

    /// Maps a finished reply's outcome to Error (exposed for tests).
    [[nodiscard]] static Error classify(QNetworkReply::NetworkError error, int httpStatus);

Q_SIGNALS:
    void baseUrlChanged();
    /// After every request: lets the session follow connectivity from real traffic.
    void requestFinished(ApiClient::Error error);
    /// The server refused the tokens for good (revoked, reused refresh token, …); they are
    /// already dropped. @p reason is the server's error code.
    void sessionEnded(const QString &reason);

private:
    ApiJob *start(ApiJob *job);
    void send(ApiJob *job);
    void onReplyFinished(ApiJob *job, QNetworkReply *reply);
    void checkPins(ApiJob *job, QNetworkReply *reply);
    void fail(ApiJob *job, Error error, const QString &code, const QString &message);
    void complete(ApiJob *job);
    void storeTokens(ApiJob *job);
    void refreshThenRetry(ApiJob *job);
    void endSession(const QString &reason);
    [[nodiscard]] QUrl endpoint(const QString &path) const;

    QNetworkAccessManager *m_nam;
    TokenStore *m_tokens;
    QUrl m_baseUrl;
    [[nodiscard]] QSslConfiguration &sslConfig();
    std::optional<QSslConfiguration> m_sslConfig; ///< TLS 1.2+, peer verified; made on first use
    QList<QSslCertificate> m_extraCas;
    QSet<QByteArray> m_pins;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QString m_errorString;
    QPointer<ApiJob> m_refreshJob;
    QString m_refreshRequestToken; ///< the refresh token m_refreshRequestId belongs to
    QString m_refreshRequestId;
    QList<QPointer<ApiJob>> m_waitingForRefresh;
};

} // namespace Courtyard::Client
