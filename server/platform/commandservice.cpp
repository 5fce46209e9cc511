#include "commandservice.h"

#include "database.h"
#include "fieldlimits.h"
#include "json.h"
#include "registry.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCommands, "courtyard.commands")

namespace Courtyard::Server {

namespace {

bool isCommandName(const QString &type)
{
    // "feature.verb": letters, digits and dots only, so a type is safe to log as it is.
    if (type.isEmpty() || type.size() > Limits::CommandTypeMax)
        return false;
    for (QChar c : type) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.'))
            return false;
    }
    return true;
}


/// The store is busy: a second is enough for the lock to pass.
HttpReply busy()
{
    HttpReply r = HttpReply::error(503, u"unavailable"_s, u"The store is busy; try again."_s);
    r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
    return r;
}

} // namespace

WriteLimiter::WriteLimiter(int perMinute, int burst)
    : m_perMinute(qMax(1, perMinute))
    , m_burst(qMax(1, burst))
{
    m_clock.start();
}

int WriteLimiter::admit(const QString &userId)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.elapsed();
    prune(now);
    const double perMs = double(m_perMinute) / 60000.0;
    auto it = m_buckets.find(userId);
    if (it == m_buckets.end())
        it = m_buckets.insert(userId, Bucket{double(m_burst), now});
    Bucket &b = *it;
    b.tokens = qMin(double(m_burst), b.tokens + double(now - b.atMs) * perMs);
    b.atMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    const double waitMs = (1.0 - b.tokens) / perMs;
    return qMax(1, int(std::ceil(waitMs / 1000.0)));
}

void WriteLimiter::prune(qint64 nowMs)
{
    // A bucket that has filled up again says nothing a new one would not: forget it, so the
    // table holds only the people who wrote within the last refill time.
    if (nowMs - m_prunedAtMs < 60000)
        return;
    m_prunedAtMs = nowMs;
    const qint64 refillMs = qint64(std::ceil(double(m_burst) * 60000.0 / double(m_perMinute)));
    m_buckets.removeIf([&](const QHash<QString, Bucket>::iterator it) { return nowMs - it->atMs >= refillMs; });
}

namespace WriteLimits {

HttpReply refusal(int retryAfterSeconds, const QString &message)
{
    HttpReply r = HttpReply::json(429, QJsonObject{{u"error"_s, u"rate_limited"_s},
                                                   {u"message"_s, message},
                                                   {u"retryAfter"_s, retryAfterSeconds}});
    r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(retryAfterSeconds)));
    return r;
}

} // namespace WriteLimits

CommandService::CommandService(Database &db, const Registry &registry, const ServerConfig &config,
                               WriteLimiter &limiter)
    : m_db(db)
    , m_registry(registry)
    , m_config(config)
    , m_limiter(limiter)
{
}

void CommandService::registerRoutes(ApiServer &server)
{
    server.route("POST", u"/v1/commands"_s, ApiServer::Access::Authenticated, Limits::JsonBodyMax,
                 [this](const Context &c) { push(c); });
}

void CommandService::push(const Context &ctx)
{
    // Counted before anything is read or stored: a flood costs one hash lookup per request.
    if (const int wait = m_limiter.admit(ctx->principal->id))
        return ctx->respond(WriteLimits::refusal(wait, u"Too many commands; send them again after retryAfter seconds."_s));
    HttpReply refusal;
    const std::optional<QJsonObject> body = jsonObjectBody(*ctx, &refusal);
    if (!body)
        return ctx->respond(refusal);
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != u"id" && it.key() != u"type" && it.key() != u"payload")
            return ctx->respond(HttpReply::error(400, u"unknown_field"_s, u"A command has only id, type and payload."_s));
    }
    const QString id = body->value(u"id"_s).toString();
    const QString type = body->value(u"type"_s).toString();
    if (!Json::isUuid(id))
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"id must be a lowercase UUID."_s));
    if (!body->value(u"type"_s).isString() || !isCommandName(type))
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"type must be a command name."_s));
    if (!body->value(u"payload"_s).isObject())
        return ctx->respond(HttpReply::error(400, u"validation_failed"_s, u"payload must be an object."_s));
    const QJsonObject payload = body->value(u"payload"_s).toObject();
    const Principal &who = *ctx->principal;

    // The same id must mean the same person and the same words; QJsonObject keeps keys
    // sorted, so the compact form is canonical.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(who.id.toUtf8() + '\n' + type.toUtf8() + '\n' + Json::compact(payload),
                                 QCryptographicHash::Sha256)
            .toHex());
    const qint64 now = Json::nowMs();
    // Looked up inside the revisioned transaction: another process applying the same id at
    // the same moment has committed by the time this one holds the lock.
    std::optional<Database::Transaction> tx(std::in_place, m_db, Database::Kind::Revisioned);
    if (!tx->isOpen())
        return ctx->respond(busy());
    QSqlQuery &seen = m_db.query(u"SELECT user_id, payload_hash, status_code, response FROM commands WHERE id = ?"_s);
    seen.bindValue(0, id);
    if (m_db.execPrepared(seen) && seen.next()) {
        const bool same = seen.value(0).toString() == who.id && seen.value(1).toString() == hash;
        HttpReply replay;
        replay.status = seen.value(2).toInt();
        replay.body = seen.value(3).toString().toUtf8();
        seen.finish();
        tx.reset();
        if (!same)
            return ctx->respond(HttpReply::json(422, QJsonObject{{u"id"_s, id},
                                                                 {u"status"_s, u"rejected"_s},
                                                                 {u"error"_s, u"id_reused"_s},
                                                                 {u"message"_s, u"This command id was already used for another command."_s}}));
        replay.headers.append(std::pair<QByteArray, QByteArray>("Courtyard-Replay", "true"));
        return ctx->respond(replay);
    }
    seen.finish();

    CommandOutcome outcome;
    if (const CommandSpec *spec = m_registry.command(type)) {
        CommandContext context{m_db, who, now, m_config, m_registry, ctx->remote.toString()};
        outcome = spec->apply(context, payload);
    } else {
        outcome = CommandOutcome::refuse(400, u"unknown_command"_s, u"There is no command '%1'."_s.arg(type));
    }

    // Whatever the handler concluded, a statement that failed on the way makes it our failure.
    if (m_db.transactionFailed() && outcome.status < 500)
        outcome = CommandOutcome::failure(u"The command could not be applied; send it again."_s);
    if (outcome.status >= 500) {
        // A failure of ours is not an answer to the command: keep nothing, let the client retry.
        tx.reset();
        qCWarning(lcCommands).noquote() << "command failed" << type << outcome.message;
        return ctx->respond(HttpReply::error(outcome.status, u"internal"_s, outcome.message));
    }
    QJsonObject answer{{u"id"_s, id}};
    if (outcome.applied()) {
        answer.insert(u"status"_s, u"applied"_s);
    } else {
        // Nothing of a refused command stays: only its answer is kept, below.
        tx.reset();
        tx.emplace(m_db, Database::Kind::Write);
        if (!tx->isOpen())
            return ctx->respond(busy());
        answer.insert(u"status"_s, u"rejected"_s);
        answer.insert(u"error"_s, outcome.error);
        answer.insert(u"message"_s, outcome.message);
    }
    if (!outcome.entity.isEmpty() && (outcome.applied() || outcome.showCurrent)) {
        if (std::optional<QJsonObject> current = m_registry.load(m_db, outcome.entity, outcome.entityId, who)) {
            answer.insert(u"entity"_s, outcome.entity);
            answer.insert(u"data"_s, *current);
        }
    }
    const QByteArray response = Json::compact(answer);
    // The answer of a rejected command may collide with the same id applied meanwhile by
    // another process (its transaction did not hold the lock): then the insert fails, and the
    // client's retry gets that process's answer.
    const bool stored = m_db.exec(u"INSERT INTO commands (id, user_id, type, payload_hash, status_code, response, created_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                  {id, who.id, type, hash, outcome.status, QString::fromUtf8(response), now});
    if (!stored || !tx->commit()) {
        qCWarning(lcCommands).noquote() << "command not stored" << type;
        return ctx->respond(HttpReply::error(500, u"internal"_s, u"The command could not be saved; send it again."_s));
    }
    if (!outcome.applied())
        qCInfo(lcCommands).noquote() << "rejected" << type << outcome.status << outcome.error << u"user="_s + who.id;
    HttpReply reply;
    reply.status = outcome.status;
    reply.body = response;
    ctx->respond(reply);
}

} // namespace Courtyard::Server
