// The auth module: accounts, sessions and tokens, sign-in limits, GET /v1/me's account part.
#include "accounts.h"
#include "auditlog.h"
#include "authservice.h"
#include "database.h"
#include "json.h"
#include "principal.h"
#include "ratelimiter.h"
#include "registry.h"
#include "serverconfig.h"
#include "tokenservice.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

bool unblockLogin(CliContext &ctx, QString *error)
{
    const QString phone = ctx.args.value(u"phone"_s);
    if (phone.isEmpty()) {
        *error = u"unblock-login needs --phone"_s;
        return false;
    }
    RateLimiter limiter(ctx.db, {});
    const int cleared = limiter.unblock(phone);
    if (cleared < 0) {
        *error = u"could not clear the sign-in limits"_s;
        return false;
    }
    // The phone is not echoed: the output may end up in a log.
    ctx.out << (cleared ? u"sign-in wait cleared (%1 bucket(s))"_s.arg(cleared) : u"no sign-in wait to clear"_s) << Qt::endl;
    return true;
}

/// The account of `--phone` for a console command; empty with *error when there is none.
QString accountOf(CliContext &ctx, const QString &command, QString *error)
{
    const QString phone = ctx.args.value(u"phone"_s);
    if (phone.isEmpty()) {
        *error = u"%1 needs --phone"_s.arg(command);
        return {};
    }
    const QString id = ctx.db.scalar(u"SELECT id FROM users WHERE phone = ?"_s, {phone}).toString();
    if (id.isEmpty())
        *error = u"no account has that phone number"_s;
    return id;
}

bool issueResetCode(CliContext &ctx, QString *error)
{
    const QString userId = accountOf(ctx, u"issue-reset-code"_s, error);
    if (userId.isEmpty())
        return false;
    const QString masked = Json::maskPhone(ctx.args.value(u"phone"_s));
    const qint64 now = Json::nowMs();
    Database::Transaction tx(ctx.db);
    if (ctx.db.scalar(u"SELECT deactivated_at FROM users WHERE id = ?"_s, {userId}).toLongLong() > 0) {
        *error = u"the account is deactivated; reactivate it first"_s;
        return false;
    }
    if (!tx.isOpen() || !Accounts::issuePasswordCode(ctx.db, userId, u"reset"_s, {}, now)
        || !AuditLog::record(ctx.db,
                             {{}, {}, u"account.resetCode"_s, u"user"_s, userId,
                              u"Reset code sent to %1"_s.arg(masked), {}},
                             now)
        || !tx.commit()) {
        *error = u"could not store the code"_s;
        return false;
    }
    // The code itself only goes to the phone (a running server sends it within seconds).
    ctx.out << u"code sent to %1"_s.arg(masked) << Qt::endl;
    return true;
}

bool setActiveFromConsole(CliContext &ctx, bool active, QString *error)
{
    const QString command = active ? u"reactivate-user"_s : u"deactivate-user"_s;
    const QString userId = accountOf(ctx, command, error);
    if (userId.isEmpty())
        return false;
    const QString masked = Json::maskPhone(ctx.args.value(u"phone"_s));
    const qint64 now = Json::nowMs();
    Database::Transaction tx(ctx.db, Database::Kind::Revisioned);
    if (!tx.isOpen() || !Accounts::setActive(ctx.db, userId, active, now)
        || !AuditLog::record(ctx.db,
                             {{}, {}, active ? u"account.reactivate"_s : u"account.deactivate"_s, u"user"_s, userId,
                              (active ? u"Reactivated %1"_s : u"Deactivated %1"_s).arg(masked), {}},
                             now)
        || !tx.commit()) {
        *error = u"could not store the change"_s;
        return false;
    }
    ctx.out << (active ? u"account %1 reactivated"_s : u"account %1 deactivated; its sessions ended"_s).arg(masked)
            << Qt::endl;
    return true;
}

class AuthModule final : public ServerModule
{
public:
    QString name() const override { return u"auth"_s; }
    int legacyVersion(int legacySchema) const override { return std::min(legacySchema, 2); }

    void registerWith(Registry &registry) override
    {
        registry.addMigrations({
            {1,
             {
                 u"CREATE TABLE users (id TEXT PRIMARY KEY, phone TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                 " role TEXT NOT NULL, password_hash TEXT NOT NULL, on_duty INTEGER NOT NULL DEFAULT 1,"
                 " created_at BIGINT NOT NULL, rev BIGINT NOT NULL)"_s,
                 u"CREATE INDEX users_rev ON users (rev)"_s,
                 u"CREATE TABLE sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),"
                 " created_at BIGINT NOT NULL, revoked_at BIGINT, revoke_reason TEXT)"_s,
                 u"CREATE TABLE refresh_tokens (token_hash TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id),"
                 " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, used_at BIGINT)"_s,
                 u"CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id)"_s,
             },
             {}},
            // The id of the refresh request that spent a token, so a retry after a lost answer is
            // told apart from a copied token.
            {2, {u"ALTER TABLE refresh_tokens ADD COLUMN used_request_id TEXT"_s}, {}},
            // Sign-in limits every server process shares; revocations read by time.
            {3,
             {
                 u"CREATE TABLE login_limits (key TEXT PRIMARY KEY, window_start BIGINT NOT NULL,"
                 " attempts INTEGER NOT NULL, failures INTEGER NOT NULL, locked_until BIGINT NOT NULL)"_s,
                 u"CREATE INDEX sessions_revoked ON sessions (revoked_at)"_s,
             },
             {}},
            // A refresh retried after a lost answer: which token each one was issued for
            // (parent_hash), when a retry replaced it unused (retired_at), and whether the
            // access token issued with it was used (access_id, access_used_at), so the retry
            // is accepted until the client uses the rotated pair.
            {4,
             {
                 u"ALTER TABLE refresh_tokens ADD COLUMN parent_hash TEXT"_s,
                 u"ALTER TABLE refresh_tokens ADD COLUMN retired_at BIGINT"_s,
                 u"ALTER TABLE refresh_tokens ADD COLUMN access_id TEXT"_s,
                 u"ALTER TABLE refresh_tokens ADD COLUMN access_used_at BIGINT"_s,
             },
             {}},
            // Issue 10: deactivated accounts; one-time codes that set a password (a reset by the
            // office, the first password of a new staff account), stored hashed.
            {5,
             {
                 u"ALTER TABLE users ADD COLUMN deactivated_at BIGINT"_s,
                 u"CREATE TABLE password_codes (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),"
                 " code_hash TEXT NOT NULL, purpose TEXT NOT NULL, issued_by TEXT, issued_at BIGINT NOT NULL,"
                 " expires_at BIGINT NOT NULL, used_at BIGINT, attempts INTEGER NOT NULL DEFAULT 0)"_s,
                 u"CREATE INDEX password_codes_user ON password_codes (user_id)"_s,
             },
             {}},
            // Ending all sessions of one account (a password change, a deactivation) finds them.
            {6, {u"CREATE INDEX sessions_user ON sessions (user_id)"_s}, {}},
        });
        // Sign-in limits (README "Sign-in limits"): a few free failures per account, then a wait
        // that doubles up to a cap; never a lock against the right password.
        registry.addSetting({u"limits/maxLoginFailuresPerAccount"_s, u"max-login-failures-per-account"_s, 5, 1,
                             1000000000, u"Failed logins of an account before each further attempt waits."_s});
        registry.addSetting({u"limits/loginDelaySeconds"_s, u"login-delay-seconds"_s, 5, 1, 3600,
                             u"The first wait after the free failures; it doubles with each further failure."_s});
        registry.addSetting({u"limits/loginMaxDelaySeconds"_s, u"login-max-delay-seconds"_s, 300, 1, 24 * 3600,
                             u"The longest wait between two login attempts of an account."_s});
        registry.addSetting({u"limits/maxLoginsPerAddressPerMinute"_s, u"max-logins-per-address-per-minute"_s, 30, 1,
                             1000000000, u"Login attempts allowed from one address per minute."_s});
        // Tries of reset codes (README "Passwords and codes"): counted apart from logins, waits
        // as long as theirs.
        registry.addSetting({u"limits/maxResetFailuresPerPhone"_s, u"max-reset-failures-per-phone"_s, 5, 1, 1000,
                             u"Wrong reset codes for a phone before each further try waits."_s});
        registry.addSetting({u"limits/maxResetsPerAddressPerMinute"_s, u"max-resets-per-address-per-minute"_s, 10, 1,
                             1000000, u"Reset-code tries allowed from one address per minute."_s});
        registry.addCliCommand({u"unblock-login"_s,
                                u"end the sign-in wait of an account after failed passwords (--phone), for the office"_s,
                                {{u"phone"_s, u"create-user, set-duty, unblock-login, issue-reset-code, deactivate-user, reactivate-user: phone number."_s, u"phone"_s}},
                                unblockLogin});
        registry.addCliCommand({u"issue-reset-code"_s,
                                u"send a one-time code that sets a new password to the account's phone (--phone)"_s,
                                {},
                                issueResetCode});
        registry.addCliCommand({u"deactivate-user"_s,
                                u"deactivate an account and end its sessions on every device (--phone)"_s,
                                {},
                                [](CliContext &ctx, QString *error) { return setActiveFromConsole(ctx, false, error); }});
        registry.addCliCommand({u"reactivate-user"_s, u"let a deactivated account sign in again (--phone)"_s, {},
                                [](CliContext &ctx, QString *error) { return setActiveFromConsole(ctx, true, error); }});
        registry.addSetting({u"auth/accessTokenSeconds"_s, u"access-token-seconds"_s, 15 * 60, 5, 24 * 3600,
                             u"Lifetime of an access token."_s});
        registry.addSetting({u"auth/refreshTokenDays"_s, {}, 30, 1, 3650, u"Lifetime of a refresh token."_s});

        registry.addInitStep([](const ServerConfig &config, QString *error) {
            TokenService tokens;
            return tokens.loadSecret(config.resolve(config.tokenSecretFile), error);
        });
        registry.addPrincipalFacet([](Database &db, Principal &p) {
            // A deactivated account is nobody: every request of a token it still holds is refused.
            QSqlQuery &q = db.query(u"SELECT name, phone, role FROM users WHERE id = ? AND deactivated_at IS NULL"_s);
            q.bindValue(0, p.id);
            if (!db.execPrepared(q) || !q.next())
                return false;
            p.name = q.value(0).toString();
            p.phone = q.value(1).toString();
            const std::optional<Role> role = roleFromName(q.value(2).toString());
            q.finish();
            if (!role)
                return false;
            p.role = *role;
            return true;
        });
        registry.addProfileFacet([](Database &, const Principal &p, QJsonObject &me) {
            me.insert(u"id"_s, p.id);
            me.insert(u"name"_s, p.name);
            me.insert(u"role"_s, roleName(p.role));
            me.insert(u"phoneMasked"_s, Json::maskPhone(p.phone));
        });
        registry.addService([](ServiceContext &ctx) -> std::unique_ptr<ModuleService> {
            auto service = std::make_unique<AuthService>(ctx);
            if (!service->prepare(ctx.error))
                return nullptr;
            return service;
        });
    }
};

} // namespace

std::unique_ptr<ServerModule> makeAuthModule()
{
    return std::make_unique<AuthModule>();
}

} // namespace Courtyard::Server
