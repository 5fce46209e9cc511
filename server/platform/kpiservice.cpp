#include "kpiservice.h"

#include "database.h"
#include "json.h"
#include "registry.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

KpiService::KpiService(Database &db, const Registry &registry)
    : m_db(db)
    , m_registry(registry)
{
}

void KpiService::registerRoutes(ApiServer &server)
{
    server.route("GET", u"/v1/kpis"_s, ApiServer::Access::Authenticated, 0, [this](const Context &c) { kpis(c); });
}

void KpiService::kpis(const Context &ctx)
{
    const Principal &who = *ctx->principal;
    if (!isOffice(who.role))
        return ctx->respond(HttpReply::error(403, u"forbidden"_s, u"Figures are for the property office."_s));
    for (const auto &item : ctx->query.queryItems()) {
        if (item.first != u"estateId" && item.first != u"from" && item.first != u"to")
            return ctx->respond(HttpReply::error(400, u"unknown_field"_s, u"Only estateId, from and to are accepted."_s));
    }
    const QString estateId = ctx->query.queryItemValue(u"estateId"_s);
    if (!Json::isId(estateId))
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"Give estateId."_s));
    if (!who.inEstate(estateId))
        return ctx->respond(HttpReply::error(404, u"not_found"_s, u"No such estate."_s));
    KpiQuery query;
    query.estateId = estateId;
    query.now = Json::nowMs();
    query.to = query.now;
    query.from = query.now - 30LL * 24 * 3600 * 1000;
    for (auto [key, target] : {std::pair{u"from"_s, &query.from}, std::pair{u"to"_s, &query.to}}) {
        if (!ctx->query.hasQueryItem(key))
            continue;
        const std::optional<qint64> t = Json::parseIsoTime(ctx->query.queryItemValue(key, QUrl::FullyDecoded));
        if (!t)
            return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"%1 must be an ISO-8601 time."_s.arg(key)));
        *target = *t;
    }
    if (query.to <= query.from)
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"from must be before to."_s));

    QJsonObject out{{u"estateId"_s, estateId}, {u"from"_s, Json::isoTime(query.from)}, {u"to"_s, Json::isoTime(query.to)}};
    // One snapshot, so the sections agree with each other.
    Database::Transaction snapshot(m_db, Database::Kind::Read);
    for (const KpiSection &section : m_registry.kpiSections()) {
        if (!section.fill(m_db, query, out))
            return ctx->respond(HttpReply::error(500, u"internal"_s, u"The figures could not be read."_s));
    }
    ctx->respond(HttpReply::json(200, out));
}

} // namespace Courtyard::Server
