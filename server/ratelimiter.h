#pragma once

#include <QHash>
#include <QString>

namespace Courtyard::Server {

/// Login throttling, in memory: an account is locked for a while after too many failed
/// passwords, and one address may only try so many logins a minute.
class RateLimiter
{
public:
    RateLimiter(int maxFailuresPerAccount, int lockMinutes, int maxAttemptsPerAddressPerMinute);

    /// Counts an attempt from `address` for `account`; returns the seconds to wait, or 0.
    [[nodiscard]] int admit(const QString &account, const QString &address, qint64 nowMs);
    void recordFailure(const QString &account, qint64 nowMs);
    void recordSuccess(const QString &account);

private:
    struct Account
    {
        int failures = 0;
        qint64 lockedUntilMs = 0;
    };
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    void prune(qint64 nowMs);

    int m_maxFailures;
    qint64 m_lockMs;
    int m_maxPerMinute;
    QHash<QString, Account> m_accounts;
    QHash<QString, Window> m_addresses;
};

} // namespace Courtyard::Server
