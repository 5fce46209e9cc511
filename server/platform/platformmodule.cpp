#include "platformmodule.h"

#include "commandservice.h"
#include "database.h"
#include "httpsettings.h"
#include "messages.h"
#include "registry.h"
#include "serverconfig.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHousekeeping, "courtyard.housekeeping")

namespace Courtyard::Server {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;

/// Forgets the stored answers of rejected commands older than the retention, a batch per
/// statement so no lock is held for long. Applied commands stay: they are the record that an
/// id was applied, for ever. Hourly it reads the commands table through (no index on
/// created_at yet: one would be the next platform migration).
void forgetRejectedCommands(JobContext &ctx)
{
    constexpr int Batch = 1000;
    const qint64 before = ctx.now - qint64(ctx.config.setting(u"commands/rejectedRetentionDays"_s)) * DayMs;
    qint64 total = 0;
    for (;;) {
        if (!ctx.db.exec(u"DELETE FROM commands WHERE id IN (SELECT id FROM commands"
                         " WHERE status_code <> 200 AND created_at < ? LIMIT %1)"_s.arg(Batch),
                         {before}))
            break;
        const int n = ctx.db.lastAffected();
        total += qMax(0, n);
        if (n < Batch)
            break;
    }
    if (total)
        qCInfo(lcHousekeeping) << "forgot" << total << "answers of rejected commands past their retention";
}

class PlatformModule final : public ServerModule
{
public:
    QString name() const override { return u"platform"_s; }
    int legacyVersion(int legacySchema) const override { return legacySchema >= 1 ? 1 : 0; }

    void registerWith(Registry &registry) override
    {
        registerHttpSettings(registry);
        registry.addMigrations({
            {1,
             {
                 // A row here tells some people to forget a record: audience 'all' (everyone in
                 // the estate, or only the unit's residents when unit_id is set), 'role:<role>'
                 // (that role, except except_user), or 'user' (only user_id).
                 u"CREATE TABLE tombstones (rev BIGINT PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
                 " estate_id TEXT NOT NULL, unit_id TEXT, audience TEXT NOT NULL, user_id TEXT, except_user TEXT,"
                 " created_at BIGINT NOT NULL)"_s,
                 u"CREATE INDEX tombstones_estate_rev ON tombstones (estate_id, rev)"_s,
                 u"CREATE TABLE commands (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, type TEXT NOT NULL,"
                 " payload_hash TEXT NOT NULL, status_code INTEGER NOT NULL, response TEXT NOT NULL,"
                 " created_at BIGINT NOT NULL)"_s,
                 u"CREATE TABLE attachments (sha256 TEXT PRIMARY KEY, content_type TEXT NOT NULL, size BIGINT NOT NULL,"
                 " uploaded_by TEXT NOT NULL, created_at BIGINT NOT NULL)"_s,
                 // Everyone who uploaded the same bytes may attach them to their own records.
                 u"CREATE TABLE attachment_owners (sha256 TEXT NOT NULL REFERENCES attachments(sha256),"
                 " user_id TEXT NOT NULL, PRIMARY KEY (sha256, user_id))"_s,
             },
             {}},
            {2,
             {
                 // The newest revision handed out; its row's lock orders every change.
                 u"CREATE TABLE revision_head (id INTEGER PRIMARY KEY, rev BIGINT NOT NULL)"_s,
                 u"INSERT INTO revision_head (id, rev) VALUES (1, 0)"_s,
                 // Which records show a photo: whoever may see one of them may fetch it.
                 u"CREATE TABLE attachment_links (sha256 TEXT NOT NULL REFERENCES attachments(sha256),"
                 " entity TEXT NOT NULL, entity_id TEXT NOT NULL, staff_only INTEGER NOT NULL DEFAULT 0,"
                 " PRIMARY KEY (sha256, entity, entity_id))"_s,
                 u"CREATE INDEX attachment_links_record ON attachment_links (entity, entity_id)"_s,
                 // Role audiences name their role.
                 u"UPDATE tombstones SET audience = 'role:technician' WHERE audience = 'technicians'"_s,
             },
             {}},
            // Issue 10: the audit log of administrative acts (AuditLog::record).
            {3,
             {
                 u"CREATE TABLE audit_log (id TEXT PRIMARY KEY, at BIGINT NOT NULL, estate_id TEXT, actor_id TEXT,"
                 " action TEXT NOT NULL, target_kind TEXT, target_id TEXT, summary TEXT NOT NULL, address TEXT)"_s,
                 u"CREATE INDEX audit_log_estate_at ON audit_log (estate_id, at)"_s,
                 u"CREATE INDEX audit_log_actor_at ON audit_log (actor_id, at)"_s,
                 // Texts to people's phones (codes), written in the act's transaction and
                 // handed to the MessageSender after it committed; the body is blanked once sent.
                 u"CREATE TABLE outgoing_messages (id TEXT PRIMARY KEY, phone TEXT NOT NULL, purpose TEXT NOT NULL,"
                 " body TEXT NOT NULL, created_at BIGINT NOT NULL, sent_at BIGINT, attempts INTEGER NOT NULL DEFAULT 0,"
                 " last_error TEXT)"_s,
                 u"CREATE INDEX outgoing_messages_pending ON outgoing_messages (sent_at, created_at)"_s,
             },
             {}},
        });

        // Write limits (per user, per server process) and how long rejected answers stay.
        registry.addSetting({u"limits/commandsPerMinute"_s, u"max-commands-per-minute"_s, 120, 1, 1000000,
                             u"Commands one user may send a minute, after the burst (HTTP 429 beyond)."_s});
        registry.addSetting({u"limits/commandBurst"_s, u"command-burst"_s, 240, 1, 1000000,
                             u"Commands one user may send at once before the per-minute rate applies."_s});
        registry.addSetting({u"limits/uploadsPerMinute"_s, u"max-uploads-per-minute"_s, 30, 1, 1000000,
                             u"Photo uploads one user may send a minute, after the burst (HTTP 429 beyond)."_s});
        registry.addSetting({u"limits/uploadBurst"_s, u"upload-burst"_s, 60, 1, 1000000,
                             u"Photo uploads one user may send at once before the per-minute rate applies."_s});
        registry.addSetting({u"commands/rejectedRetentionDays"_s, u"rejected-command-retention-days"_s, 7, 1, 3650,
                             u"Days the answer of a rejected command is kept for its replay (applied ones stay)."_s});
        registry.addJob({u"forget-rejected-commands"_s, std::chrono::hours(1), forgetRejectedCommands});
        // Codes to phones leave within a couple of seconds of the act that made them.
        registry.addJob({u"deliver-messages"_s, std::chrono::seconds(2), Messages::deliverPending});
    }
};

QString audienceName(TombstoneAudience::Kind kind)
{
    switch (kind) {
    case TombstoneAudience::Kind::All:
        return u"all"_s;
    case TombstoneAudience::Kind::Role:
        return u"role"_s;
    case TombstoneAudience::Kind::User:
        return u"user"_s;
    }
    return u"all"_s;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

std::unique_ptr<ServerModule> makePlatformModule()
{
    return std::make_unique<PlatformModule>();
}

bool Tombstones::add(Database &db, const QString &entity, const QString &id, const QString &estateId,
                     const TombstoneAudience &audience, qint64 now)
{
    QString kind = audienceName(audience.kind);
    if (audience.kind == TombstoneAudience::Kind::Role)
        kind += u':' + audience.role;
    return db.exec(u"INSERT INTO tombstones (rev, entity, entity_id, estate_id, unit_id, audience, user_id, except_user,"
                   " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {db.nextRevision(), entity, id, estateId, orNull(audience.unitId), kind, orNull(audience.userId),
                    orNull(audience.exceptUser), now});
}

Scope Tombstones::scopeFor(Role role)
{
    const Scope estate = Scope::inEstates(u"estate_id"_s);
    const Scope all = Scope::equals(u"audience"_s, u"all"_s);
    const Scope mine = Scope::equals(u"audience"_s, u"user"_s) && Scope::isMe(u"user_id"_s);
    const Scope myRole = Scope::equals(u"audience"_s, u"role:"_s + roleName(role))
                         && (Scope::isNull(u"except_user"_s) || Scope::isNotMe(u"except_user"_s));
    // Those addressed to one person reach them wherever they are now: a resident removed
    // from their only unit in an estate still learns to forget it.
    if (role == Role::Resident)
        return (estate && all && (Scope::isNull(u"unit_id"_s) || Scope::inUnits(u"unit_id"_s))) || mine;
    return (estate && (all || myRole)) || mine;
}

QString Attachments::firstNotOwned(Database &db, const QStringList &hashes, const QString &userId)
{
    for (const QString &h : hashes) {
        if (!db.scalar(u"SELECT 1 FROM attachment_owners WHERE sha256 = ? AND user_id = ?"_s, {h, userId}).isValid())
            return h;
    }
    return {};
}

bool Attachments::link(Database &db, const QString &entity, const QString &entityId, const QStringList &hashes,
                       bool staffOnly)
{
    const QString sql = staffOnly ? u"INSERT INTO attachment_links (sha256, entity, entity_id, staff_only)"
                                    " VALUES (?, ?, ?, 1) ON CONFLICT DO NOTHING"_s
                                  : u"INSERT INTO attachment_links (sha256, entity, entity_id, staff_only)"
                                    " VALUES (?, ?, ?, 0) ON CONFLICT (sha256, entity, entity_id) DO UPDATE SET staff_only = 0"_s;
    for (const QString &h : hashes) {
        if (!db.exec(sql, {h, entity, entityId}))
            return false;
    }
    return true;
}

} // namespace Courtyard::Server
