#include "authservice.h"

#include "accounts.h"
#include "database.h"
#include "fieldlimits.h"
#include "json.h"
#include "passwordhasher.h"
#include "principal.h"
#include "registry.h"
#include "revisions.h"
#include "serverconfig.h"
#include "text.h"
#include "tokenservice.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuth, "courtyard.auth")

namespace Courtyard::Server {

namespace {

/// How long the retry of a refresh whose answer was lost is accepted.
constexpr qint64 RefreshRetryMs = 60 * 1000;
/// How often revocations by other processes are read (NOTIFY brings them sooner on PostgreSQL).
constexpr auto RevocationPoll = std::chrono::seconds(2);
const QString RevocationChannel = QString::fromLatin1(Accounts::RevocationChannel);

HttpReply unauthorized(const QString &code, const QString &message)
{
    HttpReply r = HttpReply::error(401, code, message);
    r.headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
    return r;
}

HttpReply tooMany(const QString &code, const QString &message, int wait)
{
    HttpReply r = HttpReply::json(429, QJsonObject{{u"error"_s, code}, {u"message"_s, message}, {u"retryAfter"_s, wait}});
    r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(wait)));
    return r;
}

HttpReply weakPassword(const QString &reason)
{
    return HttpReply::json(422, QJsonObject{{u"error"_s, u"weak_password"_s},
                                            {u"message"_s, reason + u" Choose another password."_s},
                                            {u"reason"_s, reason}});
}

HttpReply noContent()
{
    HttpReply r;
    r.status = 204;
    return r;
}

/// A code as typed: digits, with spaces or hyphens between groups ignored.
QString normalizedCode(const QString &typed)
{
    QString code;
    for (QChar c : typed) {
        if (c == u' ' || c == u'-')
            continue;
        code += c;
    }
    return code;
}

bool isPhone(const QString &phone)
{
    if (phone.size() < Limits::PhoneMin || phone.size() > Limits::PhoneMax)
        return false;
    for (int i = 0; i < phone.size(); ++i) {
        if (!(phone.at(i).isDigit() && phone.at(i).unicode() < 128) && !(i == 0 && phone.at(i) == u'+'))
            return false;
    }
    return true;
}

} // namespace

AuthService::AuthService(ServiceContext &ctx, QObject *parent)
    : QObject(parent)
    , m_db(ctx.db)
    , m_config(ctx.config)
    , m_registry(ctx.registry)
    , m_principals(ctx.principals)
    , m_accessSeconds(ctx.config.setting(u"auth/accessTokenSeconds"_s))
    , m_refreshMs(qint64(ctx.config.setting(u"auth/refreshTokenDays"_s)) * 24 * 3600 * 1000)
    , m_limiter(ctx.db, {ctx.config.setting(u"limits/maxLoginFailuresPerAccount"_s),
                         ctx.config.setting(u"limits/loginDelaySeconds"_s),
                         ctx.config.setting(u"limits/loginMaxDelaySeconds"_s),
                         ctx.config.setting(u"limits/maxLoginsPerAddressPerMinute"_s)})
    , m_resetLimiter(ctx.db,
                     {ctx.config.setting(u"limits/maxResetFailuresPerPhone"_s),
                      ctx.config.setting(u"limits/loginDelaySeconds"_s),
                      ctx.config.setting(u"limits/loginMaxDelaySeconds"_s),
                      ctx.config.setting(u"limits/maxResetsPerAddressPerMinute"_s)},
                     u"reset:"_s)
{
    // scrypt takes 32 MiB a call: two at a time keeps the server's memory in bounds.
    m_kdfPool.setMaxThreadCount(2);
    // Only sessions whose access tokens may still be valid matter.
    m_revocationsSeenMs = Json::nowMs() - qint64(m_accessSeconds) * 1000;
    readRevocations();
    m_revocationPoll.setInterval(RevocationPoll);
    connect(&m_revocationPoll, &QTimer::timeout, this, [this] {
        readRevocations();
        const qint64 now = Json::nowMs();
        // Expired limits only cost room (an admission reads a window's age itself): once a minute.
        if (++m_pruneTicks % 30 == 0) {
            m_limiter.prune(now);
            m_resetLimiter.prune(now);
        }
        m_usedGenerations.removeIf([now](const auto &it) { return it.value() < now; });
    });
    m_revocationPoll.start();
    // An account deactivated by a command of this process (or, on SQLite, of another, seen by
    // the head poll) bumped a revision: its sessions' revocations are read at once, not at the
    // next poll. Coalesced, so a burst of commits costs one read.
    m_revocationSoon.setSingleShot(true);
    m_revocationSoon.setInterval(50);
    connect(&m_revocationSoon, &QTimer::timeout, this, [this] { readRevocations(); });
    connect(&ctx.revisions, &Revisions::advanced, this, [this] {
        if (!m_revocationSoon.isActive())
            m_revocationSoon.start();
    });
    m_db.listen(RevocationChannel, [this](const QString &sessionId) { m_revokedSessions.insert(sessionId, Json::nowMs()); });
    registerRoutes(ctx.http);
    ctx.http.setAuthenticator(this);
}

bool AuthService::prepare(QString *error)
{
    // Without its dictionary the password checker would let every dictionary word through.
    return Accounts::passwordCheckerReady(error) && m_tokens.loadSecret(m_config.resolve(m_config.tokenSecretFile), error);
}

void AuthService::readRevocations()
{
    if (m_db.inTransaction())
        return;
    // An overlap, so a revocation committed while this ran, or stamped by a server whose clock
    // is a little behind, is not missed.
    const qint64 from = m_revocationsSeenMs - 60000;
    const qint64 now = Json::nowMs();
    m_revocationsSeenMs = now;
    // Once every access token of a session has expired, its revocation need not be kept.
    const qint64 keepFrom = now - qint64(m_accessSeconds) * 1000 - 60000;
    m_revokedSessions.removeIf([keepFrom](const auto &it) { return it.value() < keepFrom; });
    QSqlQuery &q = m_db.query(u"SELECT id FROM sessions WHERE revoked_at IS NOT NULL AND revoked_at >= ?"_s);
    q.bindValue(0, from);
    if (m_db.execPrepared(q)) {
        while (q.next())
            m_revokedSessions.insert(q.value(0).toString(), now);
    }
    q.finish();
}

void AuthService::registerRoutes(ApiServer &server)
{
    using A = ApiServer::Access;
    const qint64 small = 4 * 1024;
    server.route("POST", u"/v1/auth/login"_s, A::Public, small, [this](const Context &c) { login(c); });
    server.route("POST", u"/v1/auth/refresh"_s, A::Public, small, [this](const Context &c) { refresh(c); });
    server.route("POST", u"/v1/auth/logout"_s, A::Authenticated, small, [this](const Context &c) { logout(c); });
    server.route("GET", u"/v1/me"_s, A::Authenticated, 0, [this](const Context &c) { me(c); });
    server.route("POST", u"/v1/auth/password"_s, A::Authenticated, small, [this](const Context &c) { changePassword(c); });
    server.route("POST", u"/v1/auth/reset"_s, A::Public, small, [this](const Context &c) { resetPassword(c); });
}

std::optional<HttpReply> AuthService::authenticate(RequestContext &ctx)
{
    // The scheme name is case-insensitive (RFC 9110 §11.1).
    if (ctx.authorization.size() < 8 || qstrnicmp(ctx.authorization.constData(), "bearer ", 7) != 0) {
        qCInfo(lcAuth).noquote() << "auth failure: no bearer token" << ctx.path;
        return unauthorized(u"unauthorized"_s, u"Sign in first."_s);
    }
    AccessClaims claims;
    const qint64 now = Json::nowMs();
    switch (m_tokens.checkAccess(QByteArrayView(ctx.authorization).sliced(7), now / 1000, &claims)) {
    case TokenService::Check::Valid:
        break;
    case TokenService::Check::Expired:
        qCInfo(lcAuth).noquote() << "auth failure: access token expired" << u"user="_s + claims.userId;
        return unauthorized(u"token_expired"_s, u"The access token has expired; refresh it."_s);
    case TokenService::Check::Garbled:
    case TokenService::Check::BadSignature:
        qCInfo(lcAuth).noquote() << "auth failure: invalid access token from" << ctx.remote.toString();
        return unauthorized(u"invalid_token"_s, u"The access token is not valid."_s);
    }
    if (m_revokedSessions.contains(claims.sessionId)) {
        qCInfo(lcAuth).noquote() << "auth failure: session revoked" << u"user="_s + claims.userId;
        return unauthorized(u"session_revoked"_s, u"This session has ended; sign in again."_s);
    }
    std::optional<Principal> p = m_principals.get(claims.userId, now);
    if (!p) {
        qCInfo(lcAuth).noquote() << "auth failure: unknown user" << u"user="_s + claims.userId;
        return unauthorized(u"invalid_token"_s, u"The access token is not valid."_s);
    }
    noteAccessUse(claims, now);
    ctx.actor = p->id;
    ctx.principal = std::move(p);
    ctx.sessionId = claims.sessionId;
    return std::nullopt;
}

void AuthService::noteAccessUse(const AccessClaims &claims, qint64 nowMs)
{
    // The first use of a rotated pair's access token, once per process: from then on the
    // retry of the refresh that issued it is a copied token (see refresh()). Once a
    // generation's tokens have expired it need not be remembered.
    if (claims.generation.isEmpty() || m_usedGenerations.contains(claims.generation) || m_db.inTransaction())
        return;
    if (m_db.exec(u"UPDATE refresh_tokens SET access_used_at = ? WHERE session_id = ? AND access_id = ? AND access_used_at IS NULL"_s,
                  {nowMs, claims.sessionId, claims.generation}))
        m_usedGenerations.insert(claims.generation, claims.expiresAtSecs * 1000);
}

void AuthService::login(const Context &ctx)
{
    HttpReply refusal;
    const std::optional<QJsonObject> body = jsonObjectBody(*ctx, &refusal);
    if (!body)
        return ctx->respond(refusal);
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != u"phone" && it.key() != u"password")
            return ctx->respond(HttpReply::error(400, u"unknown_field"_s, u"Only phone and password are accepted."_s));
    }
    const QJsonValue phoneValue = body->value(u"phone"_s);
    const QJsonValue passwordValue = body->value(u"password"_s);
    const QString phone = phoneValue.toString();
    const QString password = passwordValue.toString();
    if (!phoneValue.isString() || !passwordValue.isString() || !isPhone(phone) || password.isEmpty()
        || Text::length(password) > Limits::PasswordMax)
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s,
                                             u"Give a phone number (digits) and a password."_s));

    // The attempt counts from here, before its hash: parallel attempts cannot all slip in.
    const QString address = ctx->remote.toString();
    const RateLimiter::Admission admission = m_limiter.admit(phone, address, Json::nowMs());
    if (const int wait = admission.retryAfterSeconds) {
        qCInfo(lcAuth).noquote() << "auth failure: login rate limited" << u"phone="_s + Json::maskPhone(phone)
                                 << "from" << address << u"retryAfter=%1"_s.arg(wait);
        return ctx->respond(tooMany(u"rate_limited"_s, u"Too many sign-in attempts; wait a while."_s, wait));
    }

    QString userId;
    QString stored = PasswordHasher::decoy();
    bool deactivated = false;
    QSqlQuery &q = m_db.query(u"SELECT id, password_hash, deactivated_at FROM users WHERE phone = ?"_s);
    q.bindValue(0, phone);
    if (m_db.execPrepared(q) && q.next()) {
        userId = q.value(0).toString();
        stored = q.value(1).toString();
        deactivated = !q.value(2).isNull();
    }
    q.finish();

    QtConcurrent::run(&m_kdfPool, [password, stored] { return PasswordHasher::verify(password, stored); })
        .then(this, [this, ctx, userId, phone, address, admission, deactivated](bool verified) {
            const bool success = verified && !userId.isEmpty();
            m_limiter.settle(admission, success, phone, address, Json::nowMs());
            if (!success) {
                qCInfo(lcAuth).noquote() << "auth failure: wrong phone or password" << u"phone="_s + Json::maskPhone(phone)
                                         << "from" << address;
                return ctx->respond(unauthorized(u"invalid_credentials"_s, u"Wrong phone number or password."_s));
            }
            ctx->actor = userId;
            // Said only to whoever knows the password: it tells nothing to a guesser.
            if (deactivated) {
                qCInfo(lcAuth).noquote() << "auth failure: account deactivated" << u"user="_s + userId;
                return ctx->respond(HttpReply::error(403, u"account_deactivated"_s,
                                                     u"This account has been deactivated; ask the property office."_s));
            }
            ctx->respond(issueTokens(userId, Json::randomId(), true));
        });
}

bool AuthService::storeTokens(const QString &userId, const QString &sessionId, bool newSession, const QString &parentHash,
                              IssuedTokens *issued)
{
    const qint64 now = Json::nowMs();
    issued->refreshToken = TokenService::newRefreshToken();
    issued->generation = TokenService::randomId(9);
    if (newSession
        && !m_db.exec(u"INSERT INTO sessions (id, user_id, created_at) VALUES (?, ?, ?)"_s, {sessionId, userId, now}))
        return false;
    return m_db.exec(u"INSERT INTO refresh_tokens (token_hash, session_id, created_at, expires_at, parent_hash, access_id)"
                     " VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {TokenService::hashRefreshToken(issued->refreshToken), sessionId, now, now + m_refreshMs,
                      parentHash.isEmpty() ? QVariant() : QVariant(parentHash), issued->generation});
}

HttpReply AuthService::tokensReply(const QString &userId, const QString &sessionId, const IssuedTokens &issued)
{
    const qint64 now = Json::nowMs();
    const std::optional<Principal> principal = m_principals.get(userId, now);
    if (!principal)
        return HttpReply::error(500, u"internal"_s, u"Could not start the session."_s);
    const qint64 expires = now / 1000 + m_accessSeconds;
    return HttpReply::json(200, QJsonObject{
                                    {u"accessToken"_s, m_tokens.issueAccess(userId, sessionId, expires, issued.generation)},
                                    {u"refreshToken"_s, issued.refreshToken},
                                    {u"expiresIn"_s, m_accessSeconds},
                                    {u"user"_s, meJson(*principal)},
                                });
}

HttpReply AuthService::issueTokens(const QString &userId, const QString &sessionId, bool newSession)
{
    IssuedTokens issued;
    Database::Transaction tx(m_db);
    if (!tx.isOpen() || !storeTokens(userId, sessionId, newSession, {}, &issued) || !tx.commit())
        return HttpReply::error(500, u"internal"_s, u"Could not start the session."_s);
    return tokensReply(userId, sessionId, issued);
}

void AuthService::refresh(const Context &ctx)
{
    HttpReply refusal;
    const std::optional<QJsonObject> body = jsonObjectBody(*ctx, &refusal);
    if (!body)
        return ctx->respond(refusal);
    const QJsonValue tokenValue = body->value(u"refreshToken"_s);
    const QJsonValue requestValue = body->value(u"requestId"_s);
    const bool onlyKnownFields = body->size() == 1 + (body->contains(u"requestId"_s) ? 1 : 0);
    const QString requestId = requestValue.toString();
    if (!onlyKnownFields || !tokenValue.isString() || tokenValue.toString().isEmpty() || Text::length(tokenValue.toString()) > 256
        || (body->contains(u"requestId"_s) && (!requestValue.isString() || !Json::isUuid(requestId))))
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s,
                                             u"Send {\"refreshToken\": \"...\"} and optionally a UUID requestId."_s));

    const qint64 now = Json::nowMs();
    const QString tokenHash = TokenService::hashRefreshToken(tokenValue.toString());
    // One transaction from the look at the token to the new pair: two processes (or a retry
    // racing its first try) cannot both spend it.
    Database::Transaction tx(m_db);
    if (!tx.isOpen())
        return ctx->respond(HttpReply::error(503, u"unavailable"_s, u"Try again in a moment."_s));
    QSqlQuery &q = m_db.query(
        m_db.isPostgres()
            ? u"SELECT rt.session_id, rt.used_at, rt.expires_at, s.user_id, s.revoked_at, rt.used_request_id, rt.retired_at,"
              " u.deactivated_at FROM refresh_tokens rt JOIN sessions s ON s.id = rt.session_id"
              " JOIN users u ON u.id = s.user_id WHERE rt.token_hash = ? FOR UPDATE OF rt"_s
            : u"SELECT rt.session_id, rt.used_at, rt.expires_at, s.user_id, s.revoked_at, rt.used_request_id, rt.retired_at,"
              " u.deactivated_at FROM refresh_tokens rt JOIN sessions s ON s.id = rt.session_id"
              " JOIN users u ON u.id = s.user_id WHERE rt.token_hash = ?"_s);
    q.bindValue(0, tokenHash);
    if (!m_db.execPrepared(q) || !q.next()) {
        q.finish();
        qCInfo(lcAuth).noquote() << "auth failure: unknown refresh token from" << ctx->remote.toString();
        return ctx->respond(unauthorized(u"invalid_token"_s, u"The refresh token is not valid."_s));
    }
    const QString sessionId = q.value(0).toString();
    const bool used = !q.value(1).isNull();
    const qint64 usedAt = q.value(1).toLongLong();
    const qint64 expiresAt = q.value(2).toLongLong();
    const QString userId = q.value(3).toString();
    const bool revoked = !q.value(4).isNull();
    const QString usedBy = q.value(5).toString();
    const bool retired = !q.value(6).isNull();
    const bool deactivated = !q.value(7).isNull();
    q.finish();

    if (deactivated) {
        qCInfo(lcAuth).noquote() << "auth failure: refresh of a deactivated account" << u"user="_s + userId;
        return ctx->respond(HttpReply::error(403, u"account_deactivated"_s,
                                             u"This account has been deactivated; ask the property office."_s));
    }
    if (revoked) {
        qCInfo(lcAuth).noquote() << "auth failure: refresh on a revoked session" << u"user="_s + userId;
        return ctx->respond(unauthorized(u"session_revoked"_s, u"This session has ended; sign in again."_s));
    }
    if (used || retired) {
        // The same refresh request again (its answer was lost on the way): the client sends
        // the requestId of its first try, within the window of that first try, and has not
        // used what any answer to it carried (neither the rotated refresh token nor its access
        // token). Nobody else holds the session then: answer again with a new pair, as often
        // as the answer is lost, and retire the pairs of the earlier answers.
        const bool retry = used && !retired && !requestId.isEmpty() && requestId == usedBy && now - usedAt <= RefreshRetryMs
                           && !m_db.scalar(u"SELECT 1 FROM refresh_tokens WHERE session_id = ? AND parent_hash = ?"
                                           " AND (used_at IS NOT NULL OR access_used_at IS NOT NULL)"_s,
                                           {sessionId, tokenHash})
                                   .isValid();
        IssuedTokens issued;
        if (retry
            && m_db.exec(u"UPDATE refresh_tokens SET retired_at = ? WHERE session_id = ? AND parent_hash = ?"
                         " AND retired_at IS NULL AND used_at IS NULL"_s,
                         {now, sessionId, tokenHash})
            && storeTokens(userId, sessionId, false, tokenHash, &issued) && tx.commit()) {
            qCInfo(lcAuth).noquote() << "refresh retried after a lost answer" << u"user="_s + userId;
            ctx->actor = userId;
            return ctx->respond(tokensReply(userId, sessionId, issued));
        }
        tx.commit(); // nothing written; revokeSession needs its own transaction
        // A spent token presented again otherwise means it was copied: end the whole session.
        revokeSession(sessionId, u"refresh_reused"_s);
        qCWarning(lcAuth).noquote() << "auth failure: spent refresh token reused; session revoked" << u"user="_s + userId;
        return ctx->respond(unauthorized(u"refresh_reused"_s, u"This sign-in was used elsewhere; sign in again."_s));
    }
    if (expiresAt <= now) {
        qCInfo(lcAuth).noquote() << "auth failure: refresh token expired" << u"user="_s + userId;
        return ctx->respond(unauthorized(u"token_expired"_s, u"The sign-in has expired; sign in again."_s));
    }
    IssuedTokens issued;
    if (!m_db.exec(u"UPDATE refresh_tokens SET used_at = ?, used_request_id = ? WHERE token_hash = ? AND used_at IS NULL"_s,
                   {now, requestId.isEmpty() ? QVariant() : QVariant(requestId), tokenHash})
        || !storeTokens(userId, sessionId, false, tokenHash, &issued) || !tx.commit())
        return ctx->respond(HttpReply::error(500, u"internal"_s, u"Could not refresh."_s));
    ctx->actor = userId;
    ctx->respond(tokensReply(userId, sessionId, issued));
}

void AuthService::revokeSession(const QString &sessionId, const QString &reason)
{
    Database::Transaction tx(m_db);
    if (tx.isOpen()
        && m_db.exec(u"UPDATE sessions SET revoked_at = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL"_s,
                     {Json::nowMs(), reason, sessionId})
        && (!m_db.isPostgres() || m_db.notify(RevocationChannel, sessionId)))
        tx.commit();
    m_revokedSessions.insert(sessionId, Json::nowMs());
}

void AuthService::logout(const Context &ctx)
{
    revokeSession(ctx->sessionId, u"logout"_s);
    HttpReply r;
    r.status = 204;
    ctx->respond(r);
}

void AuthService::me(const Context &ctx)
{
    ctx->respond(HttpReply::json(200, meJson(*ctx->principal)));
}

QJsonObject AuthService::meJson(const Principal &p)
{
    QJsonObject me;
    for (const ProfileFacet &facet : m_registry.profileFacets())
        facet(m_db, p, me);
    return me;
}

void AuthService::sessionsEnded()
{
    // PostgreSQL's NOTIFY reaches this process too, a moment later; SQLite has only the poll.
    readRevocations();
}

void AuthService::changePassword(const Context &ctx)
{
    HttpReply refusal;
    const std::optional<QJsonObject> body = jsonObjectBody(*ctx, &refusal);
    if (!body)
        return ctx->respond(refusal);
    const QJsonValue oldValue = body->value(u"oldPassword"_s);
    const QJsonValue newValue = body->value(u"newPassword"_s);
    if (body->size() != 2 || !oldValue.isString() || !newValue.isString() || oldValue.toString().isEmpty()
        || Text::length(oldValue.toString()) > Limits::PasswordMax)
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s,
                                             u"Send {\"oldPassword\": \"...\", \"newPassword\": \"...\"}."_s));
    const Principal &who = *ctx->principal;
    const QString oldPassword = oldValue.toString();
    const QString newPassword = newValue.toString();
    if (const QString problem = Accounts::passwordProblem(newPassword, who.phone); !problem.isEmpty())
        return ctx->respond(weakPassword(problem));

    // The old password is a sign-in: a stolen token cannot try passwords faster than a login.
    const QString address = ctx->remote.toString();
    const RateLimiter::Admission admission = m_limiter.admit(who.phone, address, Json::nowMs());
    if (const int wait = admission.retryAfterSeconds) {
        qCInfo(lcAuth).noquote() << "auth failure: password change rate limited" << u"user="_s + who.id << "from"
                                 << address;
        return ctx->respond(tooMany(u"rate_limited"_s, u"Too many wrong passwords; wait a while."_s, wait));
    }
    const QString stored = m_db.scalar(u"SELECT password_hash FROM users WHERE id = ?"_s, {who.id}).toString();
    const QString userId = who.id;
    const QString phone = who.phone;
    const QString sessionId = ctx->sessionId;
    QtConcurrent::run(&m_kdfPool,
                      [oldPassword, newPassword, stored] {
                          return PasswordHasher::verify(oldPassword, stored) ? PasswordHasher::hash(newPassword)
                                                                             : QString();
                      })
        .then(this, [this, ctx, userId, phone, sessionId, address, admission](const QString &newHash) {
            m_limiter.settle(admission, !newHash.isEmpty(), phone, address, Json::nowMs());
            if (newHash.isEmpty()) {
                qCInfo(lcAuth).noquote() << "auth failure: wrong old password" << u"user="_s + userId << "from" << address;
                return ctx->respond(HttpReply::error(403, u"wrong_password"_s, u"The current password is wrong."_s));
            }
            const qint64 now = Json::nowMs();
            Database::Transaction tx(m_db);
            // Whoever else holds the account (a lost phone, a shared password) is out now.
            if (!tx.isOpen() || !Accounts::setPasswordHash(m_db, userId, newHash)
                || !Accounts::endSessions(m_db, userId, sessionId, u"password_changed"_s, now) || !tx.commit())
                return ctx->respond(HttpReply::error(500, u"internal"_s, u"Could not store the password."_s));
            sessionsEnded();
            qCInfo(lcAuth).noquote() << "password changed; other sessions ended" << u"user="_s + userId;
            ctx->respond(noContent());
        });
}

void AuthService::resetPassword(const Context &ctx)
{
    HttpReply refusal;
    const std::optional<QJsonObject> body = jsonObjectBody(*ctx, &refusal);
    if (!body)
        return ctx->respond(refusal);
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != u"phone" && it.key() != u"code" && it.key() != u"newPassword")
            return ctx->respond(HttpReply::error(400, u"unknown_field"_s, u"Only phone, code and newPassword are accepted."_s));
    }
    const QJsonValue phoneValue = body->value(u"phone"_s);
    const QJsonValue codeValue = body->value(u"code"_s);
    const QJsonValue passwordValue = body->value(u"newPassword"_s);
    const QString phone = phoneValue.toString();
    const QString code = normalizedCode(codeValue.toString().left(32));
    const QString newPassword = passwordValue.toString();
    if (!phoneValue.isString() || !codeValue.isString() || !passwordValue.isString() || !isPhone(phone)
        || code.size() != 6 || !std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s,
                                             u"Give the phone number, the 6-digit code and a new password."_s));
    // Said before the code is looked at: it depends on what was typed only.
    if (const QString problem = Accounts::passwordProblem(newPassword, phone); !problem.isEmpty())
        return ctx->respond(weakPassword(problem));

    const QString address = ctx->remote.toString();
    const qint64 now = Json::nowMs();
    const RateLimiter::Admission admission = m_resetLimiter.admit(phone, address, now);
    if (const int wait = admission.retryAfterSeconds) {
        qCInfo(lcAuth).noquote() << "auth failure: reset code tries limited" << u"phone="_s + Json::maskPhone(phone)
                                 << "from" << address << u"retryAfter=%1"_s.arg(wait);
        return ctx->respond(tooMany(u"too_many_attempts"_s, u"Too many tries; wait a while."_s, wait));
    }

    // Unknown phones answer as a wrong code does: the answer tells nobody who has an account.
    QString openMatch;
    bool expiredMatch = false;
    QString newestOpen;
    const QString userId = m_db.scalar(u"SELECT id FROM users WHERE phone = ? AND deactivated_at IS NULL"_s, {phone}).toString();
    if (!userId.isEmpty()) {
        QSqlQuery &q = m_db.query(u"SELECT id, code_hash, expires_at FROM password_codes"
                                  " WHERE user_id = ? AND used_at IS NULL AND attempts < ? ORDER BY issued_at DESC"_s);
        q.bindValue(0, userId);
        q.bindValue(1, Accounts::CodeMaxAttempts);
        if (m_db.execPrepared(q)) {
            while (q.next()) {
                const QString id = q.value(0).toString();
                const bool open = q.value(2).toLongLong() > now;
                if (open && newestOpen.isEmpty())
                    newestOpen = id;
                if (Accounts::codeHash(id, code) == q.value(1).toString()) {
                    if (open)
                        openMatch = id;
                    else
                        expiredMatch = true;
                }
            }
        }
        q.finish();
    }
    if (openMatch.isEmpty()) {
        // A wrong try counts on the open code: after CodeMaxAttempts of them it is void.
        if (!newestOpen.isEmpty())
            m_db.exec(u"UPDATE password_codes SET attempts = attempts + 1 WHERE id = ?"_s, {newestOpen});
        m_resetLimiter.settle(admission, false, phone, address, now);
        qCInfo(lcAuth).noquote() << (expiredMatch ? "auth failure: reset code expired" : "auth failure: wrong reset code")
                                 << u"phone="_s + Json::maskPhone(phone) << "from" << address;
        if (expiredMatch)
            return ctx->respond(HttpReply::error(410, u"code_expired"_s, u"This code has expired; ask for a new one."_s));
        return ctx->respond(HttpReply::error(404, u"code_unknown"_s, u"This code is not valid for this phone number."_s));
    }

    QtConcurrent::run(&m_kdfPool, [newPassword] { return PasswordHasher::hash(newPassword); })
        .then(this, [this, ctx, userId, phone, address, admission, codeId = openMatch](const QString &newHash) {
            const qint64 now = Json::nowMs();
            const QString sessionId = Json::randomId();
            IssuedTokens issued;
            Database::Transaction tx(m_db);
            // Spent here, in the transaction that uses it: of two tries at once only one wins.
            const bool spent = tx.isOpen()
                               && m_db.exec(u"UPDATE password_codes SET used_at = ? WHERE id = ? AND used_at IS NULL"
                                            " AND attempts < ? AND expires_at > ?"_s,
                                            {now, codeId, Accounts::CodeMaxAttempts, now})
                               && m_db.lastAffected() == 1;
            if (!spent) {
                m_resetLimiter.settle(admission, false, phone, address, now);
                return ctx->respond(
                    HttpReply::error(404, u"code_unknown"_s, u"This code is not valid for this phone number."_s));
            }
            if (!Accounts::setPasswordHash(m_db, userId, newHash)
                || !Accounts::endSessions(m_db, userId, {}, u"password_reset"_s, now)
                || !storeTokens(userId, sessionId, true, {}, &issued) || !tx.commit())
                return ctx->respond(HttpReply::error(500, u"internal"_s, u"Could not store the password."_s));
            m_resetLimiter.settle(admission, true, phone, address, now);
            // The person proved they hold the phone: a sign-in wait from forgotten passwords ends.
            m_limiter.unblock(phone);
            sessionsEnded();
            qCInfo(lcAuth).noquote() << "password reset with a code; earlier sessions ended" << u"user="_s + userId;
            ctx->actor = userId;
            ctx->respond(tokensReply(userId, sessionId, issued));
        });
}

} // namespace Courtyard::Server
