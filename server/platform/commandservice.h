#pragma once

#include "apiserver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

namespace Courtyard::Server {

class Database;
class Registry;
struct ServerConfig;

/**
 * Per-user token buckets for one kind of write (commands, uploads), held in this process's
 * memory: a user starts with `burst` tokens, each write takes one, and `perMinute` tokens a
 * minute flow back up to `burst`. Several server processes each count on their own, so
 * behind a load balancer a user may reach up to N times the limit of one. Buckets run on
 * the monotonic clock (a wall-clock step neither fills nor empties them).
 */
class WriteLimiter
{
public:
    WriteLimiter(int perMinute, int burst);
    /// Takes a token for @p userId: 0 when admitted, else the whole seconds (at least 1)
    /// until a token is there again (nothing is taken then).
    [[nodiscard]] int admit(const QString &userId);
    [[nodiscard]] int perMinute() const { return m_perMinute; }
    [[nodiscard]] int burst() const { return m_burst; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };
    void prune(qint64 nowMs);

    int m_perMinute;
    int m_burst;
    QMutex m_mutex;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
    qint64 m_prunedAtMs = 0;
};

namespace WriteLimits {
/// The 429 a limited write answers: `rate_limited` with retryAfter and a Retry-After header.
[[nodiscard]] HttpReply refusal(int retryAfterSeconds, const QString &message);
} // namespace WriteLimits

/// POST /v1/commands: applies each command exactly once, through the handler its module
/// registered for the type. The first answer — applied or rejected — is stored with the
/// command's id in the same transaction as its effect, and a replay of the same id and
/// payload gets that answer again. A rejected command's answer is kept for
/// commands/rejectedRetentionDays (the platform's housekeeping job forgets older ones); an
/// applied one for good. Each user's commands are rate limited (the limiter ServerApp makes from limits/commandsPerMinute and limits/commandBurst).
class CommandService
{
public:
    CommandService(Database &db, const Registry &registry, const ServerConfig &config, WriteLimiter &limiter);
    void registerRoutes(ApiServer &server);

private:
    void push(const Context &ctx);

    Database &m_db;
    const Registry &m_registry;
    const ServerConfig &m_config;
    WriteLimiter &m_limiter;
};

} // namespace Courtyard::Server
