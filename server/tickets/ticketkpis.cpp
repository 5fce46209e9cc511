#include "ticketkpis.h"

#include "database.h"
#include "tickets/ticketrules.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::Tickets {

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

bool fillKpis(Database &db, const KpiQuery &query, QJsonObject &out)
{
    int open = 0, overdue = 0, resolvedInTime = 0, resolvedCount = 0, ratingCount = 0;
    qint64 ratingSum = 0;
    QList<qint64> responses, resolutions;
    QSqlQuery &q = db.query(u"SELECT status, created_at, accepted_at, resolved_at, response_due_at, resolve_due_at,"
                            " rating_overall FROM tickets WHERE estate_id = ? AND created_at >= ? AND created_at < ?"_s);
    q.bindValue(0, query.estateId);
    q.bindValue(1, query.from);
    q.bindValue(2, query.to);
    if (!db.execPrepared(q))
        return false;
    while (q.next()) {
        TicketTimes t;
        t.status = TicketRules::statusFromName(q.value(0).toString()).value_or(TicketStatus::Submitted);
        t.createdAt = q.value(1).toLongLong();
        t.acceptedAt = q.value(2).toLongLong();
        t.resolvedAt = q.value(3).toLongLong();
        t.responseDueAt = q.value(4).toLongLong();
        t.resolveDueAt = q.value(5).toLongLong();
        if (TicketRules::isOpen(t.status)) {
            ++open;
            overdue += TicketRules::isOverdue(t, query.now) ? 1 : 0;
        }
        if (TicketRules::isAnswered(t))
            responses << std::max<qint64>(0, t.acceptedAt - t.createdAt);
        if (t.resolvedAt > 0) {
            resolutions << std::max<qint64>(0, t.resolvedAt - t.createdAt);
            ++resolvedCount;
            resolvedInTime += (t.resolveDueAt <= 0 || t.resolvedAt <= t.resolveDueAt) ? 1 : 0;
        }
        if (!q.value(6).isNull()) {
            ++ratingCount;
            ratingSum += q.value(6).toLongLong();
        }
    }
    q.finish();
    out.insert(u"openTickets"_s, open);
    out.insert(u"overdueTickets"_s, overdue);
    out.insert(u"medianResponseMinutes"_s, medianMinutes(responses));
    out.insert(u"medianResolveMinutes"_s, medianMinutes(resolutions));
    out.insert(u"slaCompliance"_s, resolvedCount ? QJsonValue(qRound(double(resolvedInTime) / resolvedCount * 1000.0) / 1000.0)
                                                 : QJsonValue(QJsonValue::Null));
    out.insert(u"averageRating"_s, ratingCount ? QJsonValue(qRound(double(ratingSum) / ratingCount * 100.0) / 100.0)
                                               : QJsonValue(QJsonValue::Null));
    out.insert(u"ratingCount"_s, ratingCount);
    return true;
}

} // namespace Courtyard::Server::Tickets
