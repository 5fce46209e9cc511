// The estate module's routes: a code checked, a home joined with it (a new account or an
// existing one), another home added by a signed-in resident, and the audit log.
#include "estateparts.h"

#include "accounts.h"
#include "auditlog.h"
#include "database.h"
#include "fieldlimits.h"
#include "joincodes.h"
#include "json.h"
#include "passwordhasher.h"
#include "principal.h"
#include "ratelimiter.h"
#include "registry.h"
#include "serverconfig.h"
#include "text.h"

#include <QJsonArray>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEstate, "courtyard.estate")

namespace Courtyard::Server {

namespace {

/// What a code is, as the store holds it.
struct CodeRow
{
    QString id, estateId, unitId, relation;
    qint64 expiresAt = 0;
    bool used = false, revoked = false;
};

/// The code whose @p column ("code" or "id") is @p value.
std::optional<CodeRow> findCode(Database &db, const QString &value, const QString &column = QStringLiteral("code"))
{
    QSqlQuery &q = db.query(u"SELECT id, estate_id, unit_id, relation, expires_at, used_at, revoked_at FROM join_codes"
                            " WHERE %1 = ?"_s.arg(column));
    q.bindValue(0, value);
    std::optional<CodeRow> row;
    if (db.execPrepared(q) && q.next())
        row = CodeRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toLongLong(), !q.value(5).isNull(), !q.value(6).isNull()};
    q.finish();
    return row;
}

/// Why a code cannot be used now, as the reply to send; nothing when it can.
std::optional<HttpReply> codeRefusal(const std::optional<CodeRow> &row, qint64 now)
{
    if (!row)
        return HttpReply::error(404, u"code_unknown"_s, u"There is no such code: check it and try again."_s);
    if (row->used)
        return HttpReply::error(410, u"code_used"_s, u"This code was used already; ask for a new one."_s);
    if (row->revoked)
        return HttpReply::error(410, u"code_revoked"_s, u"This code was withdrawn; ask for a new one."_s);
    if (row->expiresAt <= now)
        return HttpReply::error(410, u"code_expired"_s, u"This code has expired; ask for a new one."_s);
    return std::nullopt;
}

HttpReply tooMany(int wait)
{
    HttpReply r = HttpReply::json(429, QJsonObject{{u"error"_s, u"too_many_attempts"_s},
                                                   {u"message"_s, u"Too many tries with codes; wait a while."_s},
                                                   {u"retryAfter"_s, wait}});
    r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(wait)));
    return r;
}

bool isPhone(const QString &phone)
{
    return phone.size() >= Limits::PhoneMin && phone.size() <= Limits::PhoneMax
           && std::all_of(phone.cbegin(), phone.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// The body's fields, all strings, exactly @p keys; or the refusal.
std::optional<QHash<QString, QString>> stringFields(const RequestContext &ctx, const QStringList &keys, HttpReply *refusal)
{
    const std::optional<QJsonObject> body = jsonObjectBody(ctx, refusal);
    if (!body)
        return std::nullopt;
    QHash<QString, QString> out;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (!keys.contains(it.key())) {
            *refusal = HttpReply::error(400, u"unknown_field"_s, u"Only %1 are accepted."_s.arg(keys.join(u", "_s)));
            return std::nullopt;
        }
        if (!it.value().isString() || it.value().toString().size() > 256 || !Text::isWellFormed(it.value().toString())) {
            *refusal = HttpReply::error(400, u"validation_failed"_s, u"'%1' must be a short text."_s.arg(it.key()));
            return std::nullopt;
        }
        out.insert(it.key(), it.value().toString());
    }
    for (const QString &k : keys) {
        if (!out.contains(k)) {
            *refusal = HttpReply::error(400, u"validation_failed"_s, u"'%1' is required."_s.arg(k));
            return std::nullopt;
        }
    }
    return out;
}

QJsonObject joined(const QString &userId, const CodeRow &code, const QString &residencyId, Database &db)
{
    return QJsonObject{{u"userId"_s, userId},
                       {u"residencyId"_s, residencyId},
                       {u"estateId"_s, code.estateId},
                       {u"unitId"_s, code.unitId},
                       {u"unitLabel"_s, EstateRules::unitLabel(db, code.unitId)},
                       {u"relation"_s, code.relation}};
}

} // namespace

EstateService::EstateService(ServiceContext &ctx, QObject *parent)
    : QObject(parent)
    , m_db(ctx.db)
    , m_config(ctx.config)
    , m_registry(ctx.registry)
    , m_principals(ctx.principals)
{
    // Codes: a few free wrong tries per phone and per address, then each further try waits,
    // doubling up to five minutes (README "Join codes" has the arithmetic).
    RateLimiter::Settings settings;
    settings.freeFailures = ctx.config.setting(u"limits/maxCodeFailures"_s);
    settings.delaySeconds = 5;
    settings.maxDelaySeconds = 300;
    settings.maxAttemptsPerAddressPerMinute = ctx.config.setting(u"limits/maxLoginsPerAddressPerMinute"_s);
    m_limiter = std::make_unique<RateLimiter>(m_db, settings);
    m_kdfPool.setMaxThreadCount(1);

    ApiServer &http = ctx.http;
    http.route("POST", u"/v1/join/check"_s, ApiServer::Access::Public, 4096, [this](const Context &c) { check(c); });
    http.route("POST", u"/v1/join"_s, ApiServer::Access::Public, 4096, [this](const Context &c) { join(c); });
    http.route("POST", u"/v1/me/homes"_s, ApiServer::Access::Authenticated, 4096, [this](const Context &c) { addHome(c); });
    http.route("GET", u"/v1/audit"_s, ApiServer::Access::Authenticated, 0, [this](const Context &c) { audit(c); });
}

EstateService::~EstateService()
{
    m_kdfPool.waitForDone();
}

void EstateService::check(const Context &ctx)
{
    HttpReply refusal;
    const auto fields = stringFields(*ctx, {u"code"_s}, &refusal);
    if (!fields)
        return ctx->respond(refusal);
    const QString address = ctx->remote.toString();
    const qint64 now = Json::nowMs();
    const RateLimiter::Admission admission = m_limiter->admit(u"join-address:"_s + address, address, now);
    if (admission.retryAfterSeconds)
        return ctx->respond(tooMany(admission.retryAfterSeconds));
    const QString code = JoinCodes::fromScanned(fields->value(u"code"_s));
    const std::optional<CodeRow> row = code.isEmpty() ? std::nullopt : findCode(m_db, code);
    const std::optional<HttpReply> bad = codeRefusal(row, now);
    m_limiter->settle(admission, !bad, u"join-address:"_s + address, address, now);
    if (bad)
        return ctx->respond(*bad);
    const QString estateName = m_db.scalar(u"SELECT name FROM estates WHERE id = ?"_s, {row->estateId}).toString();
    ctx->respond(HttpReply::json(200, QJsonObject{{u"estateName"_s, estateName},
                                                  {u"unitLabel"_s, EstateRules::unitLabel(m_db, row->unitId)},
                                                  {u"relation"_s, row->relation},
                                                  {u"expiresAt"_s, Json::isoTime(row->expiresAt)}}));
}

void EstateService::join(const Context &ctx)
{
    HttpReply refusal;
    const auto fields = stringFields(*ctx, {u"code"_s, u"name"_s, u"phone"_s, u"password"_s}, &refusal);
    if (!fields)
        return ctx->respond(refusal);
    const QString phone = fields->value(u"phone"_s);
    const QString name = Text::clean(fields->value(u"name"_s));
    const QString password = fields->value(u"password"_s);
    if (!isPhone(phone))
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s,
                                             u"The phone number must be %1 to %2 digits."_s.arg(Limits::PhoneMin).arg(Limits::PhoneMax)));
    if (name.isEmpty() || Text::length(name) > Limits::NameMax || Text::hasControlCharacters(name))
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s,
                                             u"Give your name (up to %1 characters)."_s.arg(Limits::NameMax)));
    if (password.isEmpty() || Text::length(password) > Limits::PasswordMax)
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"Give a password."_s));

    // Per address and per phone: a phone guessing from many addresses slows down as well.
    const QString address = ctx->remote.toString();
    const qint64 now = Json::nowMs();
    const QString byAddress = u"join-address:"_s + address, byPhone = u"join-phone:"_s + phone;
    const RateLimiter::Admission first = m_limiter->admit(byAddress, address, now);
    if (first.retryAfterSeconds)
        return ctx->respond(tooMany(first.retryAfterSeconds));
    const RateLimiter::Admission second = m_limiter->admit(byPhone, address, now);
    if (second.retryAfterSeconds) {
        m_limiter->settle(first, false, byAddress, address, now);
        return ctx->respond(tooMany(second.retryAfterSeconds));
    }
    auto settle = [this, first, second, byAddress, byPhone, address](bool success) {
        m_limiter->settle(first, success, byAddress, address, Json::nowMs());
        m_limiter->settle(second, success, byPhone, address, Json::nowMs());
    };

    const QString code = JoinCodes::fromScanned(fields->value(u"code"_s));
    const std::optional<CodeRow> row = code.isEmpty() ? std::nullopt : findCode(m_db, code);
    if (const std::optional<HttpReply> bad = codeRefusal(row, now)) {
        settle(false);
        qCInfo(lcEstate).noquote() << "join refused with" << bad->status << "from" << address;
        return ctx->respond(*bad);
    }

    QString existingId, existingRole, stored;
    QSqlQuery &q = m_db.query(u"SELECT id, role, password_hash FROM users WHERE phone = ?"_s);
    q.bindValue(0, phone);
    if (m_db.execPrepared(q) && q.next()) {
        existingId = q.value(0).toString();
        existingRole = q.value(1).toString();
        stored = q.value(2).toString();
    }
    q.finish();
    if (!existingId.isEmpty() && existingRole != u"resident") {
        settle(true);
        return ctx->respond(HttpReply::error(409, u"account_exists"_s,
                                             u"This phone number belongs to a staff account; use another number."_s));
    }
    if (existingId.isEmpty()) {
        // A new account: the code was right, and nothing more is being guessed.
        settle(true);
        if (const QString problem = Accounts::passwordProblem(password, phone); !problem.isEmpty())
            return ctx->respond(HttpReply::json(422, QJsonObject{{u"error"_s, u"weak_password"_s},
                                                                 {u"message"_s, problem + u" Choose another password."_s},
                                                                 {u"reason"_s, problem}}));
    }

    // The slow part (a new hash, or the check of an existing account's password) off the
    // request thread; the store is written back on it.
    const CodeRow codeRow = *row;
    QtConcurrent::run(&m_kdfPool,
                      [password, stored, isNew = existingId.isEmpty()] {
                          return isNew ? PasswordHasher::hash(password)
                                       : (PasswordHasher::verify(password, stored) ? u"ok"_s : QString());
                      })
        .then(this, [this, ctx, codeRow, existingId, phone, name, settle](const QString &result) {
            // An existing account's password counts like a login's: a wrong one is a failure
            // of this phone and address, so a known code is no way around the sign-in waits.
            if (!existingId.isEmpty())
                settle(!result.isEmpty());
            if (result.isEmpty())
                return ctx->respond(HttpReply::error(
                    409, u"account_exists"_s,
                    u"This phone number has an account: give its password, or sign in and add the home with the code."_s));
            const qint64 at = Json::nowMs();
            Database::Transaction tx(m_db, Database::Kind::Revisioned);
            if (!tx.isOpen())
                return ctx->respond(HttpReply::error(503, u"unavailable"_s, u"The store is busy; try again."_s));
            // Checked again under the lock: two people may have typed the same code at once.
            if (const std::optional<HttpReply> bad = codeRefusal(findCode(m_db, codeRow.id, u"id"_s), at))
                return ctx->respond(*bad);
            QString userId = existingId;
            if (userId.isEmpty()) {
                if (m_db.scalar(u"SELECT 1 FROM users WHERE phone = ?"_s, {phone}).isValid())
                    return ctx->respond(HttpReply::error(409, u"account_exists"_s, u"This phone number has an account already."_s));
                userId = Accounts::create(m_db, {}, phone, name, u"resident"_s, result);
            } else if (m_db.scalar(u"SELECT 1 FROM user_units WHERE user_id = ? AND unit_id = ?"_s, {userId, codeRow.unitId})
                           .isValid()) {
                return ctx->respond(HttpReply::error(409, u"already_member"_s, u"You belong to this home already."_s));
            }
            const QString residencyId = userId.isEmpty() ? QString()
                                                         : EstateRules::addResident(m_db, m_registry, userId, codeRow.unitId,
                                                                                    codeRow.relation, at);
            const bool ok = !residencyId.isEmpty()
                            && m_db.exec(u"UPDATE join_codes SET used_at = ?, used_by = ?, rev = ? WHERE id = ?"_s,
                                         {at, userId, m_db.nextRevision(), codeRow.id})
                            && AuditLog::record(m_db,
                                                {codeRow.estateId, userId, u"joinCode.use"_s, u"joinCode"_s, codeRow.id,
                                                 u"%1 (%2) joined %3 as %4"_s.arg(m_db.scalar(u"SELECT name FROM users WHERE id = ?"_s, {userId}).toString(),
                                                                                  Json::maskPhone(phone),
                                                                                  EstateRules::unitLabel(m_db, codeRow.unitId),
                                                                                  codeRow.relation),
                                                 ctx->remote.toString()},
                                                at);
            if (!ok || !tx.commit())
                return ctx->respond(HttpReply::error(500, u"internal"_s, u"Could not join; try again."_s));
            m_principals.forget(userId);
            ctx->actor = userId;
            ctx->respond(HttpReply::json(200, joined(userId, codeRow, residencyId, m_db)));
        });
}

void EstateService::addHome(const Context &ctx)
{
    HttpReply refusal;
    const auto fields = stringFields(*ctx, {u"code"_s}, &refusal);
    if (!fields)
        return ctx->respond(refusal);
    const Principal &who = *ctx->principal;
    if (who.role != Role::Resident)
        return ctx->respond(HttpReply::error(403, u"forbidden"_s, u"Only residents add homes with a code."_s));
    const QString address = ctx->remote.toString();
    const QString byPhone = u"join-phone:"_s + who.phone;
    const qint64 now = Json::nowMs();
    const RateLimiter::Admission admission = m_limiter->admit(byPhone, address, now);
    if (admission.retryAfterSeconds)
        return ctx->respond(tooMany(admission.retryAfterSeconds));

    Database::Transaction tx(m_db, Database::Kind::Revisioned);
    if (!tx.isOpen()) {
        m_limiter->settle(admission, true, byPhone, address, now);
        return ctx->respond(HttpReply::error(503, u"unavailable"_s, u"The store is busy; try again."_s));
    }
    const QString code = JoinCodes::fromScanned(fields->value(u"code"_s));
    const std::optional<CodeRow> row = code.isEmpty() ? std::nullopt : findCode(m_db, code);
    if (const std::optional<HttpReply> bad = codeRefusal(row, now)) {
        tx.commit();
        m_limiter->settle(admission, false, byPhone, address, now);
        return ctx->respond(*bad);
    }
    if (who.ownsUnit(row->unitId)) {
        tx.commit();
        m_limiter->settle(admission, true, byPhone, address, now);
        return ctx->respond(HttpReply::error(409, u"already_member"_s, u"You belong to this home already."_s));
    }
    const QString residencyId = EstateRules::addResident(m_db, m_registry, who.id, row->unitId, row->relation, now);
    const bool ok = !residencyId.isEmpty()
                    && m_db.exec(u"UPDATE join_codes SET used_at = ?, used_by = ?, rev = ? WHERE id = ?"_s,
                                 {now, who.id, m_db.nextRevision(), row->id})
                    && AuditLog::record(m_db,
                                        {row->estateId, who.id, u"joinCode.use"_s, u"joinCode"_s, row->id,
                                         u"%1 (%2) joined %3 as %4"_s.arg(who.name, Json::maskPhone(who.phone),
                                                                          EstateRules::unitLabel(m_db, row->unitId), row->relation),
                                         address},
                                        now)
                    && tx.commit();
    m_limiter->settle(admission, true, byPhone, address, now);
    if (!ok)
        return ctx->respond(HttpReply::error(500, u"internal"_s, u"Could not add the home; try again."_s));
    m_principals.forget(who.id);
    ctx->respond(HttpReply::json(200, joined(who.id, *row, residencyId, m_db)));
}

void EstateService::audit(const Context &ctx)
{
    const Principal &who = *ctx->principal;
    if (who.role != Role::Manager)
        return ctx->respond(HttpReply::error(403, u"forbidden"_s, u"Only managers read the audit log."_s));
    AuditLog::Filter filter;
    filter.estateIds = who.estateIds;
    auto bad = [&](const QString &message) { ctx->respond(HttpReply::error(400, u"validation_failed"_s, message)); };
    for (const auto &[key, value] : ctx->query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"estateId") {
            if (!Json::isId(value))
                return bad(u"estateId must be an id."_s);
            if (!who.inEstate(value))
                return ctx->respond(HttpReply::error(404, u"not_found"_s, u"There is no such estate."_s));
            filter.estateId = value;
        } else if (key == u"actorId") {
            if (!Json::isId(value))
                return bad(u"actorId must be an id."_s);
            filter.actorId = value;
        } else if (key == u"from" || key == u"to") {
            const std::optional<qint64> t = Json::parseIsoTime(value);
            if (!t)
                return bad(u"%1 must be an ISO-8601 time with a zone."_s.arg(key));
            (key == u"from" ? filter.fromMs : filter.toMs) = *t;
        } else if (key == u"before") {
            // The `next` of the previous page: "<ms>~<id>".
            const qsizetype cut = value.indexOf(u'~');
            bool ok = false;
            filter.beforeMs = value.left(cut).toLongLong(&ok);
            filter.beforeId = value.mid(cut + 1);
            if (cut < 1 || !ok || !Json::isId(filter.beforeId))
                return bad(u"before must be the next value of a previous page."_s);
        } else if (key == u"limit") {
            bool ok = false;
            filter.limit = value.toInt(&ok);
            if (!ok || filter.limit < 1 || filter.limit > 200)
                return bad(u"limit must be from 1 to 200."_s);
        } else {
            return ctx->respond(HttpReply::error(400, u"unknown_field"_s,
                                                 u"Only estateId, actorId, from, to, before and limit are accepted."_s));
        }
    }
    Database::Transaction snapshot(m_db, Database::Kind::Read);
    bool ok = false;
    const int limit = filter.limit;
    filter.limit = limit + 1;
    QJsonArray entries = AuditLog::read(m_db, filter, &ok);
    if (!ok)
        return ctx->respond(HttpReply::error(503, u"unavailable"_s, u"The store is busy; try again."_s));
    QJsonValue next = QJsonValue::Null;
    if (entries.size() > limit) {
        entries.removeLast();
        const QJsonObject last = entries.last().toObject();
        next = u"%1~%2"_s.arg(Json::parseIsoTime(last.value(u"at"_s).toString()).value_or(0)).arg(last.value(u"id"_s).toString());
    }
    ctx->respond(HttpReply::json(200, QJsonObject{{u"entries"_s, entries}, {u"next"_s, next}}));
}

} // namespace Courtyard::Server
