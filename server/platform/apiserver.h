#pragma once

#include "principal.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace Courtyard::Server {


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

/// One request in flight. It owns what the handler needs (the request object of Qt's
/// server does not outlive the call), so a handler may answer later, e.g. after the
/// password check ran on a worker thread.
class RequestContext
{
public:
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QByteArray authorization;
    QHostAddress remote;
    QStringList params;          ///< the {placeholders} of the route, in order
    std::optional<Principal> principal;
    QString sessionId;
    QString actor; ///< the user id the log line names, once known

    void respond(HttpReply reply);
    [[nodiscard]] bool answered() const { return m_answered; }

private:
    friend class ApiServer;
    QElapsedTimer m_timer;
    QPointer<QTcpSocket> m_socket;
    std::optional<QHttpServerResponder> m_responder;
    bool m_answered = false;
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

/// The HTTPS front: a small router over QAbstractHttpServer that authenticates, limits
/// body sizes, answers errors as JSON and logs one line per request.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const Context &)>;
    enum class Access { Public, Authenticated };

    explicit ApiServer(QObject *parent = nullptr);
    /// Who checks authenticated routes; without one they are refused.
    void setAuthenticator(Authenticator *authenticator) { m_auth = authenticator; }

    /// `pattern` like "/v1/attachments/{sha256}"; `maxBody` in bytes.
    void route(const QByteArray &method, const QString &pattern, Access access, qint64 maxBody, Handler handler);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Access access;
        qint64 maxBody;
        Handler handler;
    };
    static bool matches(const Route &route, const QList<QStringView> &segments, QStringList *params);

    Authenticator *m_auth = nullptr;
    QList<Route> m_routes;
};

} // namespace Courtyard::Server
