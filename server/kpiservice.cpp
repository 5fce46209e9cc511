#include "kpiservice.h"

#include "database.h"
#include "json.h"

#include <QDateTime>
#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

QJsonValue medianMinutes(QList<qint64> ms)
{
    if (ms.isEmpty())
        return QJsonValue::Null;
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    const double mid = n % 2 ? double(ms.at(n / 2)) : (double(ms.at(n / 2 - 1)) + double(ms.at(n / 2))) / 2.0;
    return qRound(mid / 60000.0 * 10.0) / 10.0;
}

} // namespace

KpiService::KpiService(Database &db)
    : m_db(db)
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
    const qint64 now = Json::nowMs();
    qint64 to = now;
    qint64 from = now - 30LL * 24 * 3600 * 1000;
    for (auto [key, target] : {std::pair{u"from"_s, &from}, std::pair{u"to"_s, &to}}) {
        if (!ctx->query.hasQueryItem(key))
            continue;
        const std::optional<qint64> t = Json::parseIsoTime(ctx->query.queryItemValue(key, QUrl::FullyDecoded));
        if (!t)
            return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"%1 must be an ISO-8601 time."_s.arg(key)));
        *target = *t;
    }
    if (to <= from)
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"from must be before to."_s));

    int open = 0, overdue = 0, resolvedInTime = 0, resolvedCount = 0, ratingCount = 0;
    double ratingSum = 0;
    QList<qint64> responses, resolutions;
    QSqlQuery &q = m_db.query(u"SELECT status, created_at, accepted_at, resolved_at, response_due_at, resolve_due_at,"
                              " rating_overall FROM tickets WHERE estate_id = ? AND created_at >= ? AND created_at < ?"_s);
    q.bindValue(0, estateId);
    q.bindValue(1, from);
    q.bindValue(2, to);
    if (m_db.execPrepared(q)) {
        while (q.next()) {
            const QString status = q.value(0).toString();
            const qint64 created = q.value(1).toLongLong();
            const bool isOpen = status != u"closed" && status != u"cancelled" && status != u"resolved";
            if (isOpen) {
                ++open;
                const bool lateResponse = q.value(2).isNull() && !q.value(4).isNull() && q.value(4).toLongLong() < now;
                const bool lateResolve = !q.value(5).isNull() && q.value(5).toLongLong() < now;
                overdue += (lateResponse || lateResolve) ? 1 : 0;
            }
            if (!q.value(2).isNull())
                responses << q.value(2).toLongLong() - created;
            if (!q.value(3).isNull()) {
                resolutions << q.value(3).toLongLong() - created;
                ++resolvedCount;
                resolvedInTime += (q.value(5).isNull() || q.value(3).toLongLong() <= q.value(5).toLongLong()) ? 1 : 0;
            }
            if (!q.value(6).isNull()) {
                ++ratingCount;
                ratingSum += q.value(6).toDouble();
            }
        }
    }
    q.finish();

    QSqlQuery &b = m_db.query(u"SELECT COALESCE(SUM(amount_fen), 0), COALESCE(SUM(paid_fen), 0) FROM bills"
                              " WHERE estate_id = ? AND status <> 'waived'"_s);
    b.bindValue(0, estateId);
    qint64 billed = 0, paid = 0;
    if (m_db.execPrepared(b) && b.next()) {
        billed = b.value(0).toLongLong();
        paid = b.value(1).toLongLong();
    }
    b.finish();

    auto ratio = [](double part, double whole) -> QJsonValue {
        return whole > 0 ? QJsonValue(qRound(part / whole * 1000.0) / 1000.0) : QJsonValue(QJsonValue::Null);
    };
    ctx->respond(HttpReply::json(200, QJsonObject{
                                          {u"estateId"_s, estateId},
                                          {u"from"_s, Json::isoTime(from)},
                                          {u"to"_s, Json::isoTime(to)},
                                          {u"openTickets"_s, open},
                                          {u"overdueTickets"_s, overdue},
                                          {u"medianResponseMinutes"_s, medianMinutes(responses)},
                                          {u"medianResolveMinutes"_s, medianMinutes(resolutions)},
                                          {u"slaCompliance"_s, ratio(resolvedInTime, resolvedCount)},
                                          {u"averageRating"_s, ratingCount ? QJsonValue(qRound(ratingSum / ratingCount * 100.0) / 100.0)
                                                                           : QJsonValue(QJsonValue::Null)},
                                          {u"ratingCount"_s, ratingCount},
                                          {u"billedFen"_s, billed},
                                          {u"collectedFen"_s, paid},
                                          {u"collectionRate"_s, ratio(double(paid), double(billed))},
                                      }));
}

} // namespace Courtyard::Server
