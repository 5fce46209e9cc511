#include "ratelimiter.h"

#include "database.h"

#include <QCryptographicHash>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
/// An attempt still in flight after this long was lost with its process: it no longer counts.
constexpr qint64 StaleAttemptMs = 2 * MinuteMs;
/// Failures of an account (or of one of its addresses) are forgiven after a quiet day.
constexpr qint64 ForgiveMs = 24 * 60 * MinuteMs;
/// How long an address an account signed in from stays one it is known at.
constexpr qint64 KnownAddressMs = 90ll * 24 * 60 * MinuteMs;

int secondsUntil(qint64 whenMs, qint64 nowMs)
{
    return int(qMax<qint64>(1, (whenMs - nowMs + 999) / 1000));
}

QString digest(const QString &text, int hexChars = 64)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(hexChars));
}

// The store never holds the phone number itself here.
QString accountHash(const QString &account)
{
    return digest(account);
}

QString accountKey(const QString &account)
{
    return u"acct:"_s + accountHash(account);
}

QString network(const QString &address);

QString pairSuffix(const QString &account, const QString &address)
{
    return accountHash(account) + u':' + digest(network(address), 32);
}

/// The unit an address is limited by: an IPv4 address, or the /64 an IPv6 address is in (a
/// host picks addresses within its /64 at will, so a single address would be no limit at all).
QString network(const QString &address)
{
    QHostAddress a(address);
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    if (a.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    Q_IPV6ADDR bytes = a.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + u"/64"_s;
}

QString addressKey(const QString &address)
{
    return u"addr:"_s + network(address);
}

} // namespace

RateLimiter::RateLimiter(Database &db, const Settings &settings, QString keyPrefix)
    : m_db(db)
    , m_settings(settings)
    , m_prefix(std::move(keyPrefix))
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

qint64 RateLimiter::delayAfter(int failures) const
{
    // The first failure past the free ones waits `delay`; each further one twice as long.
    const int doublings = qBound(0, failures - m_settings.freeFailures, 30);
    const qint64 ms = qint64(m_settings.delaySeconds) * 1000 << doublings;
    return qMin(ms, qint64(m_settings.maxDelaySeconds) * 1000);
}

RateLimiter::Admission RateLimiter::admit(const QString &account, const QString &address, qint64 nowMs)
{
    Database::Transaction tx(m_db);
    Row a;
    // The store is busy: ask to come back in a moment rather than guess.
    if (!tx.isOpen() || !lock(m_prefix + addressKey(address), nowMs, &a))
        return {1, {}};
    if (nowMs - a.windowStartMs >= MinuteMs)
        a = Row{nowMs, 0, 0, 0};
    if (a.attempts >= m_settings.maxAttemptsPerAddressPerMinute)
        return {secondsUntil(a.windowStartMs + MinuteMs, nowMs), {}};
    // Counted even when the account's wait refuses it below: a flood is an address's too.
    ++a.attempts;
    if (!write(m_prefix + addressKey(address), a))
        return {1, {}};

    const QString suffix = pairSuffix(account, address);
    const bool known = m_db.scalar(u"SELECT 1 FROM login_limits WHERE key = ? AND window_start >= ?"_s,
                                   {m_prefix + u"known:"_s + suffix, nowMs - KnownAddressMs})
                           .isValid();
    const QString bucket = m_prefix + (known ? u"pair:"_s + suffix : accountKey(account));
    Row b;
    if (!lock(bucket, nowMs, &b))
        return {1, {}};
    if (b.attempts > 0 && nowMs - b.windowStartMs > StaleAttemptMs)
        b.attempts = 0;
    Admission result;
    if (b.failures + b.attempts >= m_settings.freeFailures) {
        // Past the free failures: one attempt at a time, and only once the wait is over.
        if (b.attempts > 0)
            result.retryAfterSeconds = 1;
        else if (b.lockedUntilMs > nowMs)
            result.retryAfterSeconds = secondsUntil(b.lockedUntilMs, nowMs);
    }
    if (!result.retryAfterSeconds) {
        ++b.attempts;
        b.windowStartMs = nowMs;
        if (!write(bucket, b))
            return {1, {}};
        result.bucket = bucket;
    }
    if (!tx.commit())
        return {1, {}};
    return result;
}

void RateLimiter::settle(const Admission &admission, bool success, const QString &account, const QString &address,
                         qint64 nowMs)
{
    if (admission.bucket.isEmpty())
        return;
    Database::Transaction tx(m_db);
    Row b;
    if (!tx.isOpen() || !lock(admission.bucket, nowMs, &b))
        return;
    bool ok = true;
    if (success) {
        // The owner is in: this bucket starts afresh, and the address is one they sign in from.
        const QString known = m_prefix + u"known:"_s + pairSuffix(account, address);
        ok = m_db.exec(u"DELETE FROM login_limits WHERE key = ?"_s, {admission.bucket})
             && m_db.exec(u"INSERT INTO login_limits (key, window_start, attempts, failures, locked_until)"
                          " VALUES (?, ?, 0, 0, 0) ON CONFLICT (key) DO UPDATE SET window_start = excluded.window_start"_s,
                          {known, nowMs});
    } else {
        b.attempts = qMax(0, b.attempts - 1);
        ++b.failures;
        b.windowStartMs = nowMs;
        if (b.failures >= m_settings.freeFailures)
            b.lockedUntilMs = nowMs + delayAfter(b.failures);
        ok = write(admission.bucket, b);
    }
    if (ok)
        tx.commit();
}

int RateLimiter::unblock(const QString &account)
{
    const QString hash = accountHash(account);
    if (!m_db.exec(u"DELETE FROM login_limits WHERE key = ? OR key LIKE ?"_s,
                   {m_prefix + accountKey(account), m_prefix + u"pair:"_s + hash + u":%"_s}))
        return -1;
    return m_db.lastAffected();
}

void RateLimiter::prune(qint64 nowMs)
{
    // An address's window lasts a minute; an account's failures are forgiven after a quiet
    // day (never while a wait runs); a known address is forgotten after 90 days.
    m_db.exec(u"DELETE FROM login_limits WHERE (key LIKE ? AND window_start < ?)"
              " OR ((key LIKE ? OR key LIKE ?) AND window_start < ? AND locked_until < ?)"
              " OR (key LIKE ? AND window_start < ?)"_s,
              {m_prefix + u"addr:%"_s, nowMs - MinuteMs, m_prefix + u"acct:%"_s, m_prefix + u"pair:%"_s,
               nowMs - ForgiveMs, nowMs, m_prefix + u"known:%"_s, nowMs - KnownAddressMs});
}

} // namespace Courtyard::Server
