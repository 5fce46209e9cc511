// A feature that exists only in the tests: it proves that a module plugs into the platform
// by its own files alone. Widgets belong to the person who made them: a resident sees their
// own, the office every widget of its estates, technicians none. Two commands: create one,
// archive one (it is deleted and a tombstone tells everyone who saw it to forget it). Its
// demo seed adds a second estate, 远山苑 (est-w2), with a resident and an agent of its own,
// so every test has someone else's objects to be refused.
#include "accounts.h"
#include "database.h"
#include "estateseed.h"
#include "passwordhasher.h"
#include "payloadreader.h"
#include "platformmodule.h"
#include "principal.h"
#include "registry.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

constexpr int LabelMax = 40;

Scope widgetScope(Role role)
{
    switch (role) {
    case Role::Resident:
        return Scope::isMe(u"owner_id"_s);
    case Role::Agent:
    case Role::Manager:
        return Scope::inEstates(u"estate_id"_s);
    case Role::Technician:
        break;
    }
    return Scope::none();
}

CommandOutcome create(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"widgetId"_s, u"label"_s, u"size"_s});
    const auto id = r.id(u"widgetId"_s, true, true);
    const auto label = r.text(u"label"_s, true, LabelMax);
    const auto size = r.integer(u"size"_s, false, 1, 10);
    if (!r.ok())
        return CommandOutcome::refuse(400, r.errorCode(), r.errorMessage());
    if (ctx.who.role == Role::Technician)
        return CommandOutcome::refuse(403, u"forbidden"_s, u"Technicians make no widgets."_s);
    if (ctx.who.estateIds.isEmpty())
        return CommandOutcome::refuse(403, u"forbidden"_s, u"You belong to no estate."_s);
    if (ctx.db.scalar(u"SELECT 1 FROM widgets WHERE id = ?"_s, {*id}).isValid())
        return CommandOutcome::refuse(409, u"already_exists"_s, u"That widget exists already."_s);
    if (!ctx.db.exec(u"INSERT INTO widgets (id, estate_id, owner_id, label, size, rev) VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {*id, ctx.who.estateIds.constFirst(), ctx.who.id, *label, size.value_or(1), ctx.db.nextRevision()}))
        return CommandOutcome::failure(u"The widget could not be stored."_s);
    return CommandOutcome::done(u"widget"_s, *id);
}

CommandOutcome archive(CommandContext &ctx, const QJsonObject &payload)
{
    PayloadReader r(payload, {u"widgetId"_s});
    const auto id = r.id(u"widgetId"_s, true, true);
    if (!r.ok())
        return CommandOutcome::refuse(400, r.errorCode(), r.errorMessage());
    QSqlQuery &q = ctx.db.query(u"SELECT estate_id, owner_id FROM widgets WHERE id = ?"_s);
    q.bindValue(0, *id);
    QString estate, owner;
    if (ctx.db.execPrepared(q) && q.next()) {
        estate = q.value(0).toString();
        owner = q.value(1).toString();
    }
    q.finish();
    const bool visible = !estate.isEmpty() && widgetScope(ctx.who.role).matches(ctx.who, [&](const QString &c) -> QVariant {
        return c == u"owner_id" ? QVariant(owner) : c == u"estate_id" ? QVariant(estate) : QVariant();
    });
    if (!visible)
        return CommandOutcome::refuse(404, u"not_found"_s, u"No such widget."_s);
    TombstoneAudience everyone;
    if (!ctx.db.exec(u"DELETE FROM widgets WHERE id = ?"_s, {*id})
        || !Tombstones::add(ctx.db, u"widget"_s, *id, estate, everyone, ctx.now))
        return CommandOutcome::failure(u"The widget could not be archived."_s);
    return CommandOutcome::done(u"widget"_s, *id);
}

bool seedDemo(SeedContext &ctx, QString *error)
{
    Database &db = ctx.db;
    if (db.scalar(u"SELECT 1 FROM estates WHERE id = 'est-w2'"_s).isValid())
        return true;
    const QString hash = PasswordHasher::hash(QString::fromLatin1(Accounts::DemoPassword));
    Database::Transaction tx(db, Database::Kind::Revisioned);
    const bool ok = tx.isOpen()
                    && db.exec(u"INSERT INTO estates (id, name, address, dispatch_mode, rev) VALUES ('est-w2', ?, ?, 'assign', ?)"_s,
                               {u"远山苑"_s, u"山路1号"_s, db.nextRevision()})
                    && db.exec(u"INSERT INTO buildings (id, estate_id, name, rev) VALUES ('bld-w2-1', 'est-w2', ?, ?)"_s,
                               {u"1号楼"_s, db.nextRevision()})
                    && db.exec(u"INSERT INTO units (id, estate_id, building_id, number, floor, area_centi_sqm, rev)"
                               " VALUES ('unit-w2-0101', 'est-w2', 'bld-w2-1', '1-0101', 1, 10000, ?)"_s,
                               {db.nextRevision()})
                    && EstateSeed::addPerson(db, u"usr-w2-res"_s, u"13700000901"_s, u"孙悦"_s, u"resident"_s, hash, {},
                                             u"unit-w2-0101"_s)
                    && EstateSeed::addPerson(db, u"usr-w2-agent"_s, u"13700000902"_s, u"钱多"_s, u"agent"_s, hash,
                                             u"est-w2"_s, {});
    if (!ok || !tx.commit()) {
        *error = u"could not store the second estate"_s;
        return false;
    }
    ctx.report << u"widgets: a second estate 远山苑 (est-w2) with a resident and an agent"_s;
    return true;
}

class WidgetsModule final : public ServerModule
{
public:
    QString name() const override { return u"widgets"_s; }
    QStringList dependencies() const override { return {u"estate"_s}; }

    void registerWith(Registry &registry) override
    {
        // Two steps, so the module's own versioning is exercised too.
        registry.addMigrations({
            {1,
             {u"CREATE TABLE widgets (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL REFERENCES estates(id),"
              " owner_id TEXT NOT NULL REFERENCES users(id), label TEXT NOT NULL, rev BIGINT NOT NULL)"_s,
              u"CREATE INDEX widgets_estate_rev ON widgets (estate_id, rev)"_s},
             {}},
            {2, {u"ALTER TABLE widgets ADD COLUMN size INTEGER NOT NULL DEFAULT 1"_s}, {}},
        });
        registry.addEntity({u"widget"_s, u"widgets"_s, u"w"_s, u"widgets w"_s, u"w.id, w.estate_id, w.owner_id, w.label, w.size"_s,
                            widgetScope,
                            [](const QSqlQuery &q, const Principal &) {
                                return QJsonObject{{u"id"_s, q.value(0).toString()}, {u"estateId"_s, q.value(1).toString()},
                                                   {u"ownerId"_s, q.value(2).toString()}, {u"label"_s, q.value(3).toString()},
                                                   {u"size"_s, q.value(4).toInt()}};
                            },
                            {}});
        registry.addCommand({u"widget.create"_s, create});
        registry.addCommand({u"widget.archive"_s, archive});
        registry.setSeed({seedDemo, {}});
    }
};

} // namespace

std::unique_ptr<ServerModule> makeWidgetsModule()
{
    return std::make_unique<WidgetsModule>();
}

} // namespace Courtyard::Server
