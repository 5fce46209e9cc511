#pragma once

#include <QString>

namespace Courtyard::Server {

class Database;

/// Login throttling, kept in the store so every server process counts the same attempts:
/// an account is locked for a while after too many failed passwords, and one address may
/// only try so many logins a minute. Accounts are keyed by a hash of the phone number.
class RateLimiter
{
public:
    RateLimiter(Database &db, int maxFailuresPerAccount, int lockMinutes, int maxAttemptsPerAddressPerMinute);

    /// Counts an attempt from `address` for `account`; returns the seconds to wait, or 0.
    [[nodiscard]] int admit(const QString &account, const QString &address, qint64 nowMs);
    void recordFailure(const QString &account, qint64 nowMs);
    void recordSuccess(const QString &account);
    /// Forgets windows and locks that have run out.
    void prune(qint64 nowMs);

private:
    struct Row
    {
        qint64 windowStartMs = 0;
        int attempts = 0;
        int failures = 0;
        qint64 lockedUntilMs = 0;
    };
    /// The row of `key`, created if missing and locked for the running transaction.
    bool lock(const QString &key, qint64 nowMs, Row *row);
    bool write(const QString &key, const Row &row);

    Database &m_db;
    int m_maxFailures;
    qint64 m_lockMs;
    int m_maxPerMinute;
};

} // namespace Courtyard::Server
