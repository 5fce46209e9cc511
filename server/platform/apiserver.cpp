#include "apiserver.h"

#include "httpconnection.h"
#include "json.h"
#include "text.h"

#include <QSslSocket>
#include <QUrl>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "courtyard.http")

namespace Courtyard::Server {

HttpReply HttpReply::json(int status, const QJsonObject &object)
{
    HttpReply r;
    r.status = status;
    r.body = Json::compact(object);
    return r;
}

HttpReply HttpReply::error(int status, const QString &code, const QString &message)
{
    return json(status, Json::error(code, message));
}

namespace {

/// Every string of the document (keys too) holds text that arrives as it was sent.
bool wellFormed(const QJsonValue &v)
{
    if (v.isString())
        return Text::isWellFormed(v.toString());
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &item) { return wellFormed(item); });
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!Text::isWellFormed(it.key()) || !wellFormed(it.value()))
                return false;
        }
    }
    return true;
}

} // namespace

std::optional<QJsonObject> jsonObjectBody(const RequestContext &ctx, HttpReply *refusal)
{
    if (!ctx.contentType.startsWith("application/json")) {
        *refusal = HttpReply::error(415, u"unsupported_media_type"_s, u"Send application/json."_s);
        return std::nullopt;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(ctx.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        *refusal = HttpReply::error(400, u"invalid_json"_s, u"The body must be one JSON object."_s);
        return std::nullopt;
    }
    // An unpaired surrogate ("\ud800") or a noncharacter would be stored as something else
    // than was sent (and differently by SQLite and PostgreSQL): refused for every feature here.
    if (!wellFormed(doc.object())) {
        *refusal = HttpReply::error(400, u"invalid_text"_s,
                                    u"The body holds text that is not valid Unicode (an unpaired surrogate or a noncharacter)."_s);
        return std::nullopt;
    }
    return doc.object();
}

QByteArray RequestContext::header(QByteArrayView lowerName) const
{
    return Http::headerValue(headers, lowerName);
}

void RequestContext::respond(HttpReply reply)
{
    if (m_answered)
        return;
    m_answered = true;
    const qint64 micros = m_timer.nsecsElapsed() / 1000;
    // One line per request; the path carries ids only, the query string is left out.
    qCInfo(lcHttp).noquote() << method << path << reply.status << u"%1ms"_s.arg(double(micros) / 1000.0, 0, 'f', 2)
                             << u"user=%1"_s.arg(actor.isEmpty() ? u"-"_s : actor)
                             << u"from=%1"_s.arg(remote.toString());
    if (m_connection)
        m_connection->answer(*this, reply);
}

ApiServer::ApiServer(QObject *parent)
    : QObject(parent)
{
}

ApiServer::~ApiServer() = default;

void ApiServer::route(const QByteArray &method, const QString &pattern, Access access, qint64 maxBody, Handler handler)
{
    m_routes.append(Route{method, pattern.split(u'/', Qt::SkipEmptyParts), access, maxBody, std::move(handler)});
}

void ApiServer::upgrade(const QString &pattern, UpgradeHandler handler)
{
    m_upgrades.append(Upgrade{pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
}

void ApiServer::sslSetup(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    // Idle sockets are cheap for us but each is a descriptor: take what the system allows.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    auto *listener = new HttpListener(this);
    // Accepting stops (the backlog holds the rest) while the caps are reached.
    listener->setMaxPendingConnections(64);
    if (!listener->listen(address, port)) {
        delete listener;
        return 0;
    }
    m_listener = listener;
    return listener->serverPort();
}

void ApiServer::accept(qintptr descriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    int &fromPeer = m_perAddress[peer];
    if (m_open >= m_limits.maxConnections || fromPeer >= m_limits.maxConnectionsPerAddress) {
        if (fromPeer == 0)
            m_perAddress.remove(peer);
        qCInfo(lcHttp).noquote() << "connection refused: over the"
                                 << (m_open >= m_limits.maxConnections ? "total" : "per-address") << "cap"
                                 << u"from=%1"_s.arg(peer.toString());
        socket->abort();
        delete socket;
        return;
    }
    ++fromPeer;
    ++m_open;
    // Counted until the socket is gone, also after it became a WebSocket.
    connect(socket, &QObject::destroyed, this, [this, peer] {
        --m_open;
        auto it = m_perAddress.find(peer);
        if (it != m_perAddress.end() && --it.value() <= 0)
            m_perAddress.erase(it);
    });
    socket->setSslConfiguration(m_tls);
    new HttpConnection(this, socket);
    socket->startServerEncryption();
}

bool ApiServer::matches(const QStringList &pattern, const QList<QStringView> &segments, QStringList *params)
{
    if (pattern.size() != segments.size())
        return false;
    QStringList captured;
    for (int i = 0; i < segments.size(); ++i) {
        const QString &want = pattern.at(i);
        if (want.startsWith(u'{'))
            captured << segments.at(i).toString();
        else if (want != segments.at(i))
            return false;
    }
    *params = captured;
    return true;
}

QHostAddress ApiServer::clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                                      const QList<std::pair<QHostAddress, int>> &trusted)
{
    auto isTrusted = [&](const QHostAddress &a) {
        return std::any_of(trusted.begin(), trusted.end(), [&](const auto &net) { return a.isInSubnet(net); });
    };
    if (!isTrusted(peer) || forwardedFor.isEmpty())
        return peer;
    // Each proxy appends the address it got the request from: read from the right, past
    // our own proxies, to the first address none of them is.
    const QList<QByteArray> hops = forwardedFor.split(',');
    QHostAddress client = peer;
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop(QString::fromLatin1(it->trimmed()));
        if (hop.isNull())
            break; // a malformed entry: believe nothing further left
        client = hop;
        if (!isTrusted(hop))
            break;
    }
    return client;
}

Context ApiServer::begin(const Http::Head &head, const QHostAddress &peer)
{
    auto ctx = std::make_shared<RequestContext>();
    ctx->m_timer.start();
    ctx->peer = peer;
    ctx->headers = head.headers;
    ctx->remote = clientAddress(peer, ctx->header("x-forwarded-for"), m_trustedProxies);
    ctx->method = head.method;
    ctx->m_headOnly = head.method == "HEAD";
    ctx->contentType = ctx->header("content-type");
    ctx->authorization = ctx->header("authorization");

    const qsizetype question = head.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? head.target : head.target.first(question);
    const QUrl url = QUrl::fromEncoded(head.target, QUrl::StrictMode);
    if (!url.isValid()) {
        ctx->path = QString::fromLatin1(rawPath.left(64));
        ctx->m_refusal = HttpReply::error(400, u"bad_request"_s, u"The request target is not a valid URL path."_s);
        return ctx;
    }
    // The decoded path: a %2e%2e reaches the router as "..", which no route matches.
    ctx->path = url.path(QUrl::FullyDecoded);
    ctx->query = QUrlQuery(url.query());
    // One spelling per resource: no empty segment ("//me") and no trailing slash ("/me/").
    const bool strict = !rawPath.contains("//") && !rawPath.endsWith('/') && !ctx->path.contains(u"//"_s)
                        && !ctx->path.endsWith(u'/');
    const QList<QStringView> segments = QStringView(ctx->path).split(u'/', Qt::SkipEmptyParts);
    const QByteArray routeMethod = ctx->m_headOnly ? QByteArrayLiteral("GET") : head.method;

    if (strict && head.method == "GET" && head.hasToken("upgrade", "websocket")) {
        for (int i = 0; i < m_upgrades.size(); ++i) {
            QStringList params;
            if (!matches(m_upgrades.at(i).segments, segments, &params))
                continue;
            ctx->params = params;
            const QByteArray key = QByteArray::fromBase64(ctx->header("sec-websocket-key"));
            if (ctx->header("sec-websocket-version") != "13") {
                HttpReply r = HttpReply::error(426, u"upgrade_required"_s, u"WebSocket version 13 only."_s);
                r.headers.append({QByteArrayLiteral("Sec-WebSocket-Version"), QByteArrayLiteral("13")});
                ctx->m_refusal = r;
            } else if (key.size() != 16 || !head.hasToken("connection", "upgrade")) {
                ctx->m_refusal = HttpReply::error(400, u"bad_request"_s, u"Not a valid WebSocket handshake."_s);
            } else {
                ctx->m_upgrade = i;
            }
            return ctx;
        }
    }

    bool pathKnown = false;
    for (int i = 0; strict && i < m_routes.size(); ++i) {
        const Route &r = m_routes.at(i);
        QStringList params;
        if (!matches(r.segments, segments, &params))
            continue;
        pathKnown = true;
        if (r.method == routeMethod) {
            ctx->m_route = i;
            ctx->params = params;
            break;
        }
    }
    if (ctx->m_route < 0) {
        if (pathKnown)
            ctx->m_refusal = HttpReply::error(405, u"method_not_allowed"_s, u"This path does not take that method."_s);
        else
            ctx->m_refusal = HttpReply::error(404, u"not_found"_s, u"No such endpoint."_s);
        return ctx;
    }
    const Route &found = m_routes.at(ctx->m_route);
    ctx->m_maxBody = found.maxBody;
    if (head.contentLength > found.maxBody) {
        ctx->m_refusal = HttpReply::error(413, u"payload_too_large"_s,
                                          u"The body is larger than %1 bytes."_s.arg(found.maxBody));
        return ctx;
    }
    if (found.access == Access::Authenticated) {
        // Before the body is read: nobody signed out has a body buffered for them.
        if (!m_auth)
            ctx->m_refusal = HttpReply::error(401, u"unauthorized"_s, u"Sign in first."_s);
        else if (std::optional<HttpReply> refused = m_auth->authenticate(*ctx))
            ctx->m_refusal = std::move(*refused);
    }
    return ctx;
}

void ApiServer::dispatch(const Context &ctx)
{
    m_routes.at(ctx->m_route).handler(ctx);
}

void ApiServer::handOver(const Context &ctx, QSslSocket *socket, const QByteArray &pending)
{
    m_upgrades.at(ctx->m_upgrade).handler(ctx, socket, pending);
}

} // namespace Courtyard::Server
