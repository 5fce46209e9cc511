#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

class QNetworkAccessManager;
class TestServer;

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP exchange, kept whole so a failing check can show what was asked and answered.
struct HttpResponse
{
    QString request;       ///< "METHOD /path" plus the start of the body, for messages
    int status = 0;        ///< 0 when no HTTP answer arrived (see transportError)
    HttpHeaders headers;
    QByteArray body;
    QJsonDocument json;    ///< null when the body is not JSON
    QString transportError;

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] QJsonObject object() const { return json.object(); }
    /// The "error" code of a JSON error body (also of a rejected command).
    [[nodiscard]] QString error() const;
    /// A JSON object with a non-empty string "error".
    [[nodiscard]] bool isJsonError() const;
    /// "POST /v1/commands {...} -> 409 {...}" for failure messages.
    [[nodiscard]] QString describe() const;
};

/// A request to send later, e.g. several at once with TestClient::sendConcurrently().
struct HttpRequest
{
    QByteArray method;
    QString path;
    QByteArray body;
    HttpHeaders headers;
};

/// What /v1/auth/login and /v1/auth/refresh answer.
struct Tokens
{
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0;
    QJsonObject user;

    [[nodiscard]] bool isValid() const { return !accessToken.isEmpty() && !refreshToken.isEmpty(); }
    [[nodiscard]] QString userId() const;
};

/// One page of /v1/sync.
struct SyncPage
{
    HttpResponse response;
    QJsonArray changes;
    qint64 cursor = -1;
    bool hasMore = false;
    bool ok = false;       ///< 200 with a well-formed page
};

/// A synchronous HTTPS client for tests: one QNetworkAccessManager that trusts only the test
/// server's CA (no system CAs, never ignoreSslErrors). It sends "Authorization: Bearer" with
/// the token set by setBearer() or the last successful login(), unless a request names its own
/// Authorization header.
class TestClient
{
public:
    explicit TestClient(const TestServer &server);
    TestClient(const QUrl &baseUrl, const QString &caFile);
    ~TestClient();
    TestClient(const TestClient &) = delete;
    TestClient &operator=(const TestClient &) = delete;

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    void setBearer(const QString &accessToken) { m_bearer = accessToken; }
    [[nodiscard]] QString bearer() const { return m_bearer; }
    [[nodiscard]] QSslConfiguration sslConfiguration() const { return m_ssl; }
    /// False when the CA file could not be read; nothing can be verified then.
    [[nodiscard]] bool hasCa() const { return !m_ssl.caCertificates().isEmpty(); }

    /// \a path is relative to the base URL and may carry a query ("/v1/sync?since=0").
    HttpResponse get(const QString &path, const HttpHeaders &headers = {});
    HttpResponse post(const QString &path, const QJsonObject &body, const HttpHeaders &headers = {});
    HttpResponse postRaw(const QString &path, const QByteArray &body,
                         const QByteArray &contentType = "application/json",
                         const HttpHeaders &headers = {});
    HttpResponse put(const QString &path, const QByteArray &body, const QByteArray &contentType,
                     const HttpHeaders &headers = {});
    /// Any method. A Content-Type is sent only when \a headers names one.
    HttpResponse send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const HttpHeaders &headers = {});
    /// Sends every request at once (each through its client, with that client's bearer) and
    /// waits for all answers, returned in the same order: for races on the server.
    static QList<HttpResponse> sendConcurrently(const QList<std::pair<TestClient *, HttpRequest>> &requests);
    /// Writes \a method and \a rawTarget byte for byte over TLS, with no normalisation of
    /// "..", "%2e" and the like (QNetworkAccessManager would tidy those away).
    HttpResponse raw(const QByteArray &method, const QByteArray &rawTarget, const QByteArray &body = {},
                     const QByteArray &contentType = {}, const HttpHeaders &headers = {});

    /// POST /v1/auth/login; on success the access token becomes the bearer.
    Tokens login(const QString &phone, const QString &password, HttpResponse *response = nullptr);
    /// POST /v1/auth/refresh; on success the new access token becomes the bearer.
    Tokens refresh(const QString &refreshToken, HttpResponse *response = nullptr);

    /// GET /v1/sync?since=&limit= (limit left out when <= 0).
    SyncPage syncPage(qint64 since, int limit = 0);
    /// Pulls pages from \a since until hasMore is false. Returns false (with *failure) on any
    /// bad page, on a cursor that does not grow while hasMore is true, or after 10000 pages.
    bool syncAll(qint64 since, QJsonArray *changes, qint64 *cursor, int limit = 0, QString *failure = nullptr);
    /// POST /v1/commands {id, type, payload}; \a id is a fresh lowercase UUID when empty.
    HttpResponse command(const QString &type, const QJsonObject &payload, const QString &id = {});

    /// A new client-side id: a lowercase UUID without braces.
    [[nodiscard]] static QString newId();

private:
    /// The tokens of a login or refresh answer; a valid access token becomes the bearer.
    Tokens adopt(const HttpResponse &r, HttpResponse *response);
    class QNetworkReply *start(const HttpRequest &request);
    static QString describeRequest(const HttpRequest &request);
    static HttpResponse collect(class QNetworkReply *reply, const QString &request, bool timedOut);
    QUrl urlFor(const QString &path) const;

    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSslConfiguration m_ssl;
    QUrl m_baseUrl;
    QString m_bearer;
};
