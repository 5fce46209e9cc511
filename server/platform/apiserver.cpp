#include "apiserver.h"

#include "json.h"
#include "text.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>

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

void RequestContext::respond(HttpReply reply)
{
    if (m_answered)
        return;
    m_answered = true;
    const qint64 micros = m_timer.nsecsElapsed() / 1000;
    // One line per request; the path carries ids only, the query string is left out.
    qCInfo(lcHttp).noquote() << method << path << reply.status << u"%1ms"_s.arg(double(micros) / 1000.0, 0, 'f', 2)
                             << u"user=%1"_s.arg(actor.isEmpty() ? u"-"_s : actor);
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || !m_responder)
        return; // the client went away while we worked
    QHttpServerResponder &out = *m_responder;
    out.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.body.isEmpty() || reply.status != 204)
        out.writeHeader("Content-Type", reply.contentType);
    out.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    out.writeHeader("Cache-Control", "no-store");
    out.writeHeader("X-Content-Type-Options", "nosniff");
    out.writeHeader("Strict-Transport-Security", "max-age=31536000");
    for (const auto &[name, value] : reply.headers)
        out.writeHeader(name, value);
    out.writeBody(reply.body);
    m_responder.reset();
}

ApiServer::ApiServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

void ApiServer::route(const QByteArray &method, const QString &pattern, Access access, qint64 maxBody, Handler handler)
{
    m_routes.append(Route{method, pattern.split(u'/', Qt::SkipEmptyParts), access, maxBody, std::move(handler)});
}

bool ApiServer::matches(const Route &route, const QList<QStringView> &segments, QStringList *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList captured;
    for (int i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (want.startsWith(u'{'))
            captured << segments.at(i).toString();
        else if (want != segments.at(i))
            return false;
    }
    *params = captured;
    return true;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto ctx = std::make_shared<RequestContext>();
    ctx->m_timer.start();
    ctx->m_socket = socket;
    ctx->m_responder.emplace(makeResponder(request, socket));
    ctx->method = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
    ctx->method = ctx->method.toUpper();
    // The decoded path: a %2e%2e reaches the router as "..", which no route matches.
    ctx->path = request.url().path(QUrl::FullyDecoded);
    ctx->query = request.query();
    ctx->body = request.body();
    ctx->contentType = request.value("content-type");
    ctx->authorization = request.value("authorization");
    ctx->remote = request.remoteAddress();
    if (ctx->path.size() > 512) {
        ctx->path = ctx->path.left(64) + u"…"_s;
        ctx->respond(HttpReply::error(414, u"uri_too_long"_s, u"The path is too long."_s));
        return true;
    }

    const QList<QStringView> segments = QStringView(ctx->path).split(u'/', Qt::SkipEmptyParts);
    const Route *found = nullptr;
    bool pathKnown = false;
    for (const Route &r : std::as_const(m_routes)) {
        QStringList params;
        if (!matches(r, segments, &params))
            continue;
        pathKnown = true;
        if (r.method == ctx->method) {
            found = &r;
            ctx->params = params;
            break;
        }
    }
    if (!found) {
        if (pathKnown)
            ctx->respond(HttpReply::error(405, u"method_not_allowed"_s, u"This path does not take that method."_s));
        else
            ctx->respond(HttpReply::error(404, u"not_found"_s, u"No such endpoint."_s));
        return true;
    }
    if (ctx->body.size() > found->maxBody) {
        ctx->respond(HttpReply::error(413, u"payload_too_large"_s,
                                      u"The body is larger than %1 bytes."_s.arg(found->maxBody)));
        return true;
    }
    if (found->access == Access::Authenticated) {
        if (!m_auth) {
            ctx->respond(HttpReply::error(401, u"unauthorized"_s, u"Sign in first."_s));
            return true;
        }
        if (std::optional<HttpReply> refused = m_auth->authenticate(*ctx)) {
            ctx->respond(std::move(*refused));
            return true;
        }
    }
    found->handler(ctx);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Reached only when handleRequest declines, which it never does; answer anyway.
    auto ctx = std::make_shared<RequestContext>();
    ctx->m_timer.start();
    ctx->m_socket = socket;
    ctx->m_responder.emplace(makeResponder(request, socket));
    ctx->path = request.url().path();
    ctx->respond(HttpReply::error(404, u"not_found"_s, u"No such endpoint."_s));
}

} // namespace Courtyard::Server
