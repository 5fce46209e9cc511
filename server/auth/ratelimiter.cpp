#include "ratelimiter.h"

#include "database.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;

int secondsUntil(qint64 whenMs, qint64 nowMs)
{
    return int((whenMs - nowMs + 999) / 1000);
}

QString accountKey(const QString &account)
{
    // The store never holds the phone number itself here.
    return u"acct:"_s + QString::fromLatin1(QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString addressKey(const QString &address)
{
    return u"addr:"_s + address;
}

} // namespace

RateLimiter::RateLimiter(Database &db, int maxFailuresPerAccount, int lockMinutes, int maxAttemptsPerAddressPerMinute)
    : m_db(db)
    , m_maxFailures(maxFailuresPerAccount)
    , m_lockMs(qint64(lockMinutes) * MinuteMs)
    , m_maxPerMinute(maxAttemptsPerAddressPerMinute)
{
}

bool RateLimiter::lock(const QString &key, qint64 nowMs, Row *row)
{
    if (!m_db.exec(u"INSERT INTO login_limits (key, window_start, attempts, failures, locked_until) VALUES (?, ?, 0, 0, 0)"
                   " ON CONFLICT DO NOTHING"_s,
                   {key, nowMs}))
        return false;
    QSqlQuery &q = m_db.query(m_db.isPostgres()
                                  ? u"SELECT window_start, attempts, failures, locked_until FROM login_limits WHERE key = ? FOR UPDATE"_s
                                  : u"SELECT window_start, attempts, failures, locked_until FROM login_limits WHERE key = ?"_s);
    q.bindValue(0, key);
    const bool ok = m_db.execPrepared(q) && q.next();
    if (ok)
        *row = Row{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toLongLong()};
    q.finish();
    return ok;
}

bool RateLimiter::write(const QString &key, const Row &row)
{
    return m_db.exec(u"UPDATE login_limits SET window_start = ?, attempts = ?, failures = ?, locked_until = ? WHERE key = ?"_s,
                     {row.windowStartMs, row.attempts, row.failures, row.lockedUntilMs, key});
}

int RateLimiter::admit(const QString &account, const QString &address, qint64 nowMs)
{
    Database::Transaction tx(m_db);
    Row a;
    if (!tx.isOpen() || !lock(addressKey(address), nowMs, &a))
        return 1; // the store is busy: ask to come back in a moment rather than guess
    if (nowMs - a.windowStartMs >= MinuteMs)
        a = Row{nowMs, 0, a.failures, a.lockedUntilMs};
    if (a.attempts >= m_maxPerMinute)
        return secondsUntil(a.windowStartMs + MinuteMs, nowMs);
    ++a.attempts;
    Row acct;
    if (!write(addressKey(address), a) || !lock(accountKey(account), nowMs, &acct) || !tx.commit())
        return 1;
    if (acct.lockedUntilMs > nowMs)
        return secondsUntil(acct.lockedUntilMs, nowMs);
    return 0;
}

void RateLimiter::recordFailure(const QString &account, qint64 nowMs)
{
    Database::Transaction tx(m_db);
    Row a;
    if (!tx.isOpen() || !lock(accountKey(account), nowMs, &a))
        return;
    if (a.lockedUntilMs && a.lockedUntilMs <= nowMs)
        a = Row{nowMs, 0, 0, 0};
    if (++a.failures >= m_maxFailures)
        a.lockedUntilMs = nowMs + m_lockMs;
    if (write(accountKey(account), a))
        tx.commit();
}

void RateLimiter::recordSuccess(const QString &account)
{
    m_db.exec(u"DELETE FROM login_limits WHERE key = ?"_s, {accountKey(account)});
}

void RateLimiter::prune(qint64 nowMs)
{
    // An address's window lasts a minute; an account's failures are forgiven once they are
    // as old as a lock would have lasted.
    m_db.exec(u"DELETE FROM login_limits WHERE locked_until < ? AND ((key LIKE 'addr:%' AND window_start < ?)"
              " OR (key LIKE 'acct:%' AND window_start < ?))"_s,
              {nowMs, nowMs - MinuteMs, nowMs - m_lockMs});
}

} // namespace Courtyard::Server
