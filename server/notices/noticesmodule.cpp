// The notices module as far as it goes today: notices (通知公告) synced to their estate, and
// the demo estate's two.
#include "database.h"
#include "json.h"
#include "principal.h"
#include "registry.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

bool seedDemo(SeedContext &ctx, QString *error)
{
    Database &db = ctx.db;
    if (db.scalar(u"SELECT 1 FROM notices WHERE id = 'ntc-1'"_s).isValid())
        return true;
    Database::Transaction tx(db, Database::Kind::Revisioned);
    const qint64 now = ctx.now;
    const bool ok = tx.isOpen()
                    && db.exec(u"INSERT INTO notices (id, estate_id, title, body, category, pinned, published_at, expires_at, rev)"
                               " VALUES ('ntc-1', 'est-1', ?, ?, 'outage', 1, ?, ?, ?)"_s,
                               {u"12月2日停水通知"_s, u"因二次供水水箱清洗，12月2日 9:00–15:00 1号楼、2号楼停水，请提前储水。"_s, now,
                                now + 7LL * 24 * 3600 * 1000, db.nextRevision()})
                    && db.exec(u"INSERT INTO notices (id, estate_id, title, body, category, pinned, published_at, expires_at, rev)"
                               " VALUES ('ntc-2', 'est-1', ?, ?, 'lift', 0, ?, NULL, ?)"_s,
                               {u"2号楼电梯年度保养"_s, u"12月5日上午2号楼1号电梯年度保养，请使用2号电梯。"_s, now, db.nextRevision()});
    if (!ok || !tx.commit()) {
        *error = u"could not store the demo notices"_s;
        return false;
    }
    ctx.report << u"notices: 2"_s;
    return true;
}

class NoticesModule final : public ServerModule
{
public:
    QString name() const override { return u"notices"_s; }
    QStringList dependencies() const override { return {u"estate"_s}; }
    int legacyVersion(int legacySchema) const override { return legacySchema >= 1 ? 1 : 0; }

    void registerWith(Registry &registry) override
    {
        registry.addMigrations({
            {1,
             {
                 u"CREATE TABLE notices (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
                 " title TEXT NOT NULL, body TEXT NOT NULL, category TEXT NOT NULL, pinned INTEGER NOT NULL DEFAULT 0,"
                 " published_at BIGINT NOT NULL, expires_at BIGINT, rev BIGINT NOT NULL)"_s,
                 u"CREATE INDEX notices_estate_rev ON notices (estate_id, rev)"_s,
             },
             {}},
        });
        registry.addEntity({u"notice"_s, u"notices"_s, u"n"_s, u"notices n"_s,
                            u"n.id, n.estate_id, n.title, n.body, n.category, n.pinned, n.published_at, n.expires_at"_s,
                            [](Role) { return Scope::inEstates(u"estate_id"_s); },
                            [](const QSqlQuery &q, const Principal &) {
                                return QJsonObject{{u"id"_s, q.value(0).toString()}, {u"estateId"_s, q.value(1).toString()},
                                                   {u"title"_s, q.value(2).toString()}, {u"body"_s, q.value(3).toString()},
                                                   {u"category"_s, q.value(4).toString()}, {u"pinned"_s, q.value(5).toInt() != 0},
                                                   {u"publishedAt"_s, Json::isoTime(q.value(6).toLongLong())},
                                                   {u"expiresAt"_s, Json::timeOrNull(q.value(7))}};
                            },
                            {}});
        registry.setSeed({seedDemo, {}});
    }
};

} // namespace

std::unique_ptr<ServerModule> makeNoticesModule()
{
    return std::make_unique<NoticesModule>();
}

} // namespace Courtyard::Server
