#pragma once

#include "principal.h"

#include "httphead.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QSslSocket;
class QTcpServer;

namespace Courtyard::Server {

class HttpConnection;


/// One answer: status, body and the headers that go with it.
struct HttpReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<std::pair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonObject &object);
    static HttpReply error(int status, const QString &code, const QString &message);
};

/// One request in flight. It owns what the handler needs, so a handler may answer later,
/// e.g. after the password check ran on a worker thread. The connection it came on reads
/// nothing more until it is answered, so answers leave in request order.
class RequestContext
{
public:
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QByteArray authorization;
    QHostAddress peer;   ///< the socket's address
    QHostAddress remote; ///< the client: the peer, or what a trusted proxy says it forwards for
    QList<std::pair<QByteArray, QByteArray>> headers; ///< names lower-case, as they came
    QStringList params;          ///< the {placeholders} of the route, in order
    std::optional<Principal> principal;
    QString sessionId;
    QString actor; ///< the user id the log line names, once known

    /// The value of a header (repeated ones joined by ", "); empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView lowerName) const;
    void respond(HttpReply reply);
    [[nodiscard]] bool answered() const { return m_answered; }

private:
    friend class ApiServer;
    friend class HttpConnection;
    QElapsedTimer m_timer;
    QPointer<HttpConnection> m_connection;
    bool m_answered = false;
    bool m_headOnly = false;       ///< HEAD: the GET route's headers without its body
    int m_route = -1;              ///< index into the routes, or -1
    int m_upgrade = -1;            ///< index into the upgrades, or -1
    qint64 m_maxBody = 0;
    std::optional<HttpReply> m_refusal; ///< answered without reading the body
};
using Context = std::shared_ptr<RequestContext>;

/// The request's body as one JSON object, or the reply that refuses it (415, 400).
[[nodiscard]] std::optional<QJsonObject> jsonObjectBody(const RequestContext &ctx, HttpReply *refusal);

/// Checks the credentials of a request to an authenticated route (the auth module's job).
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    /// Fills ctx.principal, or returns the refusal to send.
    [[nodiscard]] virtual std::optional<HttpReply> authenticate(RequestContext &ctx) = 0;
};

/// The HTTPS front: a strict HTTP/1.1 server of our own (see httpconnection.h) under a
/// small router that authenticates, limits body sizes before reading them, answers errors
/// as JSON and logs one line per request.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const Context &)>;
    /// Gets a socket that was just switched to WebSocket (the 101 is written): the handler
    /// takes ownership. @p pending holds bytes that came after the request head.
    using UpgradeHandler = std::function<void(const Context &ctx, QSslSocket *socket, const QByteArray &pending)>;
    enum class Access { Public, Authenticated };

    explicit ApiServer(QObject *parent = nullptr);
    ~ApiServer() override;
    /// Who checks authenticated routes; without one they are refused.
    void setAuthenticator(Authenticator *authenticator) { m_auth = authenticator; }
    [[nodiscard]] Authenticator *authenticator() const { return m_auth; }

    /// `pattern` like "/v1/attachments/{sha256}"; `maxBody` in bytes. HEAD is served by GET routes.
    void route(const QByteArray &method, const QString &pattern, Access access, qint64 maxBody, Handler handler);
    /// A WebSocket endpoint: a GET with "Upgrade: websocket" to `pattern`.
    void upgrade(const QString &pattern, UpgradeHandler handler);

    void setLimits(const Http::Limits &limits) { m_limits = limits; }
    [[nodiscard]] const Http::Limits &limits() const { return m_limits; }
    /// Peers (address/prefix) whose X-Forwarded-For is believed for limits and logs.
    void setTrustedProxies(QList<std::pair<QHostAddress, int>> proxies) { m_trustedProxies = std::move(proxies); }
    void sslSetup(const QSslConfiguration &configuration);
    /// Starts listening; the port (the one picked when @p port is 0), or 0.
    quint16 listen(const QHostAddress &address, quint16 port);
    /// Open connections (WebSockets included).
    [[nodiscard]] int connectionCount() const { return m_open; }

    /// The client a request comes from: @p peer, or when @p peer is a trusted proxy, the
    /// right-most address of @p forwardedFor that is not one.
    [[nodiscard]] static QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                                                    const QList<std::pair<QHostAddress, int>> &trusted);

private:
    friend class HttpConnection;
    friend class HttpListener;
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Access access;
        qint64 maxBody;
        Handler handler;
    };
    struct Upgrade
    {
        QStringList segments;
        UpgradeHandler handler;
    };
    static bool matches(const QStringList &pattern, const QList<QStringView> &segments, QStringList *params);

    /// A new TCP connection from the listener: admitted within the caps, or closed.
    void accept(qintptr descriptor);
    /// The request a parsed head makes: routed, authenticated, its body limit known, or refused.
    [[nodiscard]] Context begin(const Http::Head &head, const QHostAddress &peer);
    void dispatch(const Context &ctx);
    void handOver(const Context &ctx, QSslSocket *socket, const QByteArray &pending);

    Authenticator *m_auth = nullptr;
    QList<Route> m_routes;
    QList<Upgrade> m_upgrades;
    Http::Limits m_limits;
    QList<std::pair<QHostAddress, int>> m_trustedProxies;
    QSslConfiguration m_tls;
    QTcpServer *m_listener = nullptr;
    int m_open = 0;
    QHash<QHostAddress, int> m_perAddress;
};

} // namespace Courtyard::Server
