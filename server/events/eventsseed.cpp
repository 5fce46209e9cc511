// The demo estate's events, made through the module's own commands at the times they would
// have happened: a past festival with check-ins, a no-show and walk-ins; an upcoming class
// that is full with two households waiting; a talk in offer mode where resident 王芳 holds a
// live offer; an exercise class for building 2 only; and a draft.
#include "eventsparts.h"

#include "database.h"
#include "json.h"
#include "registry.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::EventsSeed {

namespace {

constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Day = 24 * Hour;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Plan
{
    QString kind, title, description, place;
    qint64 startsIn = 0; ///< from now
    int capacity = 0;
    QJsonObject extra;
};

class DemoRun
{
public:
    DemoRun(SeedContext &ctx, QString *error) : m_ctx(ctx), m_error(error) {}

    bool run(const QString &user, const QString &type, const QJsonObject &payload, qint64 at)
    {
        QString why;
        if (m_ctx.run(user, type, payload, at, &why))
            return true;
        *m_error = u"demo %1: %2"_s.arg(type, why);
        return false;
    }

    /// Saves (and publishes) an event made a while before it; returns its id, empty on failure.
    QString event(const Plan &p, qint64 madeAt, bool publish = true)
    {
        const QString id = newId();
        const qint64 starts = m_ctx.now + p.startsIn;
        QJsonObject payload{{u"eventId"_s, id},
                            {u"estateId"_s, u"est-1"_s},
                            {u"kind"_s, p.kind},
                            {u"title"_s, p.title},
                            {u"description"_s, p.description},
                            {u"place"_s, p.place},
                            {u"startsAt"_s, Json::isoTime(starts)},
                            {u"endsAt"_s, Json::isoTime(starts + 2 * Hour)},
                            {u"capacity"_s, p.capacity},
                            {u"signupOpensAt"_s, Json::isoTime(madeAt)},
                            {u"signupClosesAt"_s, Json::isoTime(starts - Hour)},
                            {u"maxPartySize"_s, 4}};
        for (auto it = p.extra.begin(); it != p.extra.end(); ++it)
            payload.insert(it.key(), it.value());
        if (!run(u"usr-mgr-1"_s, u"event.save"_s, payload, madeAt)
            || (publish && !run(u"usr-mgr-1"_s, u"event.publish"_s, {{u"eventId"_s, id}}, madeAt + 60000)))
            return {};
        return id;
    }

    QString signUp(const QString &resident, const QString &eventId, int party, qint64 at)
    {
        const QString id = newId();
        if (!run(resident, u"signup.create"_s, {{u"signupId"_s, id}, {u"eventId"_s, eventId}, {u"partySize"_s, party}}, at))
            return {};
        return id;
    }

private:
    SeedContext &m_ctx;
    QString *m_error;
};

} // namespace

bool demo(SeedContext &ctx, QString *error)
{
    if (ctx.db.scalar(u"SELECT 1 FROM events WHERE estate_id = 'est-1'"_s).isValid())
        return true;
    // A store written by an older server may have est-1 without today's demo people.
    for (const char *who : {"usr-mgr-1", "usr-agent-1", "usr-res-1", "usr-res-2", "usr-res-3", "usr-res-4", "usr-res-6"}) {
        if (!ctx.db.scalar(u"SELECT 1 FROM users WHERE id = ? AND deactivated_at IS NULL"_s, {QString::fromLatin1(who)}).isValid()) {
            ctx.report << u"events: no demo events (the demo estate lacks %1)"_s.arg(QString::fromLatin1(who));
            return true;
        }
    }
    DemoRun d(ctx, error);
    const qint64 now = ctx.now;

    // Ten days ago: the mid-autumn garden party. Three households came, one did not; two walked in.
    const QString fair = d.event({u"regular"_s, u"中秋游园会"_s, u"猜灯谜、做月饼、亲子游戏，欢迎全家参加。"_s, u"中心花园"_s,
                                  -10 * Day, 60, {{u"walkInsAllowed"_s, true}}},
                                 now - 20 * Day);
    if (fair.isEmpty())
        return false;
    const qint64 fairStart = now - 10 * Day;
    QStringList came;
    for (const auto &[who, party] : {std::pair{u"usr-res-1"_s, 3}, std::pair{u"usr-res-2"_s, 2}, std::pair{u"usr-res-3"_s, 4},
                                     std::pair{u"usr-res-4"_s, 2}}) {
        const QString s = d.signUp(who, fair, party, now - 15 * Day);
        if (s.isEmpty())
            return false;
        came << s;
    }
    const QList<int> people{3, 2, 3}; // the fourth household did not come
    for (int i = 0; i < people.size(); ++i) {
        const qint64 at = fairStart + (5 + i * 4) * 60000;
        if (!d.run(u"usr-agent-1"_s, u"checkin.record"_s,
                   {{u"checkinId"_s, newId()}, {u"eventId"_s, fair}, {u"signupId"_s, came.at(i)}, {u"people"_s, people.at(i)},
                    {u"at"_s, Json::isoTime(at)}},
                   at))
            return false;
    }
    if (!d.run(u"usr-agent-1"_s, u"walkin.record"_s,
               {{u"walkinId"_s, newId()}, {u"eventId"_s, fair}, {u"people"_s, 2}, {u"at"_s, Json::isoTime(fairStart + 1800000)}},
               fairStart + 1800000))
        return false;

    // In five days: a crafts class for parents and children, full, two households waiting.
    const QString crafts = d.event({u"custom"_s, u"亲子手工课"_s, u"用旧物做花灯，材料由物业提供。"_s, u"社区活动室"_s, 5 * Day, 8, {}},
                                   now - 2 * Day);
    if (crafts.isEmpty())
        return false;
    int minute = 0;
    for (const auto &[who, party] : {std::pair{u"usr-res-1"_s, 3}, std::pair{u"usr-res-2"_s, 3}, std::pair{u"usr-res-3"_s, 2},
                                     std::pair{u"usr-res-4"_s, 2}, std::pair{u"usr-res-6"_s, 1}}) {
        if (d.signUp(who, crafts, party, now - Day + (minute++) * 600000).isEmpty())
            return false;
    }

    // In three days: a talk on sorting rubbish, in offer mode: 王芳 holds an offer for 12 hours.
    const QString talk = d.event({u"themed"_s, u"垃圾分类讲座"_s, u"街道环保志愿者讲解分类要点，现场答疑。"_s, u"物业服务中心二楼"_s,
                                  3 * Day, 4, {{u"waitlistMode"_s, u"offer"_s}, {u"offerHours"_s, 12}}},
                                 now - 3 * Day);
    if (talk.isEmpty() || d.signUp(u"usr-res-2"_s, talk, 2, now - 2 * Day).isEmpty())
        return false;
    const QString leaving = d.signUp(u"usr-res-4"_s, talk, 2, now - 2 * Day + 600000);
    if (leaving.isEmpty() || d.signUp(u"usr-res-1"_s, talk, 2, now - Day).isEmpty()
        || !d.run(u"usr-res-4"_s, u"signup.cancel"_s, {{u"signupId"_s, leaving}}, now - 2 * Hour))
        return false;

    // Next week: seniors' exercise for building 2; and a draft the manager is still writing.
    const QString exercise = d.event({u"custom"_s, u"长者健身操"_s, u"每周三上午，适合60岁以上居民。"_s, u"2号楼前广场"_s, 7 * Day, 20,
                                      {{u"buildingIds"_s, QJsonArray{u"bld-1-2"_s}}}},
                                     now - Day);
    if (exercise.isEmpty() || d.signUp(u"usr-res-6"_s, exercise, 1, now - 3 * Hour).isEmpty())
        return false;
    if (d.event({u"regular"_s, u"元旦联欢会"_s, u"节目征集中。"_s, u"中心花园"_s, 30 * Day, 100, {}}, now - Hour, false).isEmpty())
        return false;
    ctx.report << u"events: 5 events (a past one with check-ins, a full one with a waitlist, one with a live offer for 王芳)"_s;
    return true;
}

} // namespace Courtyard::Server::EventsSeed
