// The office's reads of one event: the turnout (signed up, checked in, no-shows, walk-ins)
// and the attendees, the checked-in residents an evaluation survey goes to.
#include "eventsparts.h"

#include "apiserver.h"
#include "database.h"
#include "json.h"
#include "principal.h"
#include "registry.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

class EventRouteService final : public ModuleService
{
public:
    explicit EventRouteService(ServiceContext &ctx) : m_db(ctx.db)
    {
        ctx.http.route("GET", u"/v1/events/{eventId}/turnout"_s, ApiServer::Access::Authenticated, 0,
                       [this](const Context &c) { turnout(c); });
        ctx.http.route("GET", u"/v1/events/{eventId}/attendees"_s, ApiServer::Access::Authenticated, 0,
                       [this](const Context &c) { attendees(c); });
    }

private:
    /// The event when the caller is the office of its estate; else the refusal (404 before
    /// 403, so another estate's people learn nothing of it).
    std::optional<EventRow> officeEvent(const Context &ctx)
    {
        const Principal &who = *ctx->principal;
        const QString id = ctx->params.value(0);
        if (!ctx->query.isEmpty()) {
            ctx->respond(HttpReply::error(400, u"unknown_field"_s, u"This route takes no query."_s));
            return std::nullopt;
        }
        std::optional<EventRow> e = Json::isId(id) ? EventStore::event(m_db, id, false) : std::nullopt;
        if (!e || !who.inEstate(e->estateId) || (e->status == u"draft" && who.role == Role::Resident)) {
            ctx->respond(HttpReply::error(404, u"not_found"_s, u"There is no such event."_s));
            return std::nullopt;
        }
        if (!isOffice(who.role)) {
            ctx->respond(HttpReply::error(403, u"forbidden"_s, u"Only the office reads the turnout."_s));
            return std::nullopt;
        }
        return e;
    }

    void turnout(const Context &ctx)
    {
        Database::Transaction snapshot(m_db, Database::Kind::Read);
        if (!snapshot.isOpen())
            return ctx->respond(HttpReply::error(503, u"unavailable"_s, u"The store is busy; try again."_s));
        const std::optional<EventRow> e = officeEvent(ctx);
        if (!e)
            return;
        QJsonObject out = EventStore::turnout(m_db, e->id);
        out.insert(u"eventId"_s, e->id);
        out.insert(u"capacity"_s, e->capacity);
        out.insert(u"status"_s, e->status);
        out.insert(u"waitingParties"_s,
                   m_db.scalar(u"SELECT COUNT(*) FROM event_signups WHERE event_id = ? AND state = 'waitlisted'"_s, {e->id})
                       .toInt());
        out.insert(u"waitingPeople"_s,
                   m_db.scalar(u"SELECT COALESCE(SUM(party_size), 0) FROM event_signups WHERE event_id = ?"
                               " AND state = 'waitlisted'"_s,
                               {e->id})
                       .toInt());
        out.insert(u"asOf"_s, Json::isoTime(Json::nowMs()));
        ctx->respond(HttpReply::json(200, out));
    }

    void attendees(const Context &ctx)
    {
        Database::Transaction snapshot(m_db, Database::Kind::Read);
        if (!snapshot.isOpen())
            return ctx->respond(HttpReply::error(503, u"unavailable"_s, u"The store is busy; try again."_s));
        const std::optional<EventRow> e = officeEvent(ctx);
        if (!e)
            return;
        QJsonArray list;
        QSqlQuery &q = m_db.query(u"SELECT s.id, s.user_id, u.name, s.unit_id, c.people, c.at FROM event_checkins c"
                                  " JOIN event_signups s ON s.id = c.signup_id JOIN users u ON u.id = s.user_id"
                                  " WHERE c.event_id = ? ORDER BY c.at, s.id"_s);
        q.bindValue(0, e->id);
        if (!m_db.execPrepared(q))
            return ctx->respond(HttpReply::error(503, u"unavailable"_s, u"The store is busy; try again."_s));
        while (q.next())
            list.append(QJsonObject{{u"signupId"_s, q.value(0).toString()},
                                    {u"userId"_s, q.value(1).toString()},
                                    {u"name"_s, q.value(2).toString()},
                                    {u"unitId"_s, Json::textOrNull(q.value(3))},
                                    {u"people"_s, q.value(4).toInt()},
                                    {u"checkedInAt"_s, Json::isoTime(q.value(5).toLongLong())}});
        q.finish();
        ctx->respond(HttpReply::json(200, QJsonObject{{u"eventId"_s, e->id}, {u"attendees"_s, list}}));
    }

    Database &m_db;
};

} // namespace

void registerEventRoutes(Registry &registry)
{
    registry.addService([](ServiceContext &ctx) -> std::unique_ptr<ModuleService> {
        return std::make_unique<EventRouteService>(ctx);
    });
}

} // namespace Courtyard::Server
