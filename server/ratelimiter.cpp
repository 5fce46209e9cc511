#include "ratelimiter.h"

namespace Courtyard::Server {

namespace {
constexpr qint64 MinuteMs = 60 * 1000;
constexpr int PruneAbove = 10000;
int secondsUntil(qint64 whenMs, qint64 nowMs)
{
    return int((whenMs - nowMs + 999) / 1000);
}
} // namespace

RateLimiter::RateLimiter(int maxFailuresPerAccount, int lockMinutes, int maxAttemptsPerAddressPerMinute)
    : m_maxFailures(maxFailuresPerAccount)
    , m_lockMs(qint64(lockMinutes) * MinuteMs)
    , m_maxPerMinute(maxAttemptsPerAddressPerMinute)
{
}

int RateLimiter::admit(const QString &account, const QString &address, qint64 nowMs)
{
    prune(nowMs);
    Window &w = m_addresses[address];
    if (nowMs - w.startMs >= MinuteMs)
        w = Window{nowMs, 0};
    if (w.count >= m_maxPerMinute)
        return secondsUntil(w.startMs + MinuteMs, nowMs);
    ++w.count;

    const auto it = m_accounts.constFind(account);
    if (it != m_accounts.cend() && it->lockedUntilMs > nowMs)
        return secondsUntil(it->lockedUntilMs, nowMs);
    return 0;
}

void RateLimiter::recordFailure(const QString &account, qint64 nowMs)
{
    Account &a = m_accounts[account];
    if (a.lockedUntilMs && a.lockedUntilMs <= nowMs)
        a = Account{};
    if (++a.failures >= m_maxFailures)
        a.lockedUntilMs = nowMs + m_lockMs;
}

void RateLimiter::recordSuccess(const QString &account)
{
    m_accounts.remove(account);
}

void RateLimiter::prune(qint64 nowMs)
{
    if (m_addresses.size() > PruneAbove)
        m_addresses.removeIf([nowMs](auto it) { return nowMs - it.value().startMs >= MinuteMs; });
    if (m_accounts.size() > PruneAbove)
        m_accounts.removeIf([nowMs](auto it) { return it.value().lockedUntilMs <= nowMs; });
}

} // namespace Courtyard::Server
