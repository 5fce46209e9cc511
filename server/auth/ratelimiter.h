#pragma once

#include <QString>

namespace Courtyard::Server {

class Database;

/// Sign-in limits, kept in the store so every server process counts the same attempts
/// (README "Sign-in limits" says why they are shaped like this):
///
/// - an address may start only so many logins a minute;
/// - an account gets a few free failed passwords, then each further attempt waits, the wait
///   doubling from `delay` up to `maxDelay`. There is no lock: once the wait is over the next
///   attempt is checked like any other, the right password included;
/// - the wait is kept per account for addresses the account has not signed in from, and
///   apart for each address it has signed in from (in the last 90 days): someone who knows a
///   phone number and guesses from elsewhere slows down only the strangers' bucket, never the
///   owner at home or in the office;
/// - an attempt counts when it is admitted, before its slow hash: it is reserved in its
///   bucket's row in the transaction that admits it and settled when the hash is done, so
///   parallel attempts cannot all slip in before the first failure is written. Past the free
///   failures only one attempt per bucket is in flight at a time.
///
/// Accounts are keyed by a hash of the phone number, addresses of known buckets by a hash too.
class RateLimiter
{
public:
    struct Settings
    {
        int freeFailures = 5;
        int delaySeconds = 5;
        int maxDelaySeconds = 300;
        int maxAttemptsPerAddressPerMinute = 30;
    };
    /// An admitted attempt, to settle() once its password was checked.
    struct Admission
    {
        int retryAfterSeconds = 0; ///< > 0: refused, try again in that many seconds
        QString bucket;            ///< the row the attempt is reserved in
    };

    /// @p keyPrefix keeps the rows of another kind of attempt (e.g. "reset:" for reset codes)
    /// apart from the logins' in the same table.
    RateLimiter(Database &db, const Settings &settings, QString keyPrefix = {});

    /// Reserves an attempt from `address` for `account`, or refuses it with the seconds to wait.
    [[nodiscard]] Admission admit(const QString &account, const QString &address, qint64 nowMs);
    /// The outcome of an admitted attempt: a failure counts (and may start a wait), a success
    /// clears its bucket and makes `address` one the account signs in from.
    void settle(const Admission &admission, bool success, const QString &account, const QString &address, qint64 nowMs);
    /// Clears every wait of `account` (the office's unblock-login); the number of buckets cleared.
    int unblock(const QString &account);
    /// Forgets windows and failures that have run out.
    void prune(qint64 nowMs);

private:
    struct Row
    {
        qint64 windowStartMs = 0; ///< address: the minute's start; account: the last attempt
        int attempts = 0;         ///< address: attempts this minute; account: attempts in flight
        int failures = 0;         ///< account: failures since the last success
        qint64 lockedUntilMs = 0; ///< account: no attempt is admitted before this
    };
    /// The row of `key`, created if missing and locked for the running transaction.
    bool lock(const QString &key, qint64 nowMs, Row *row);
    bool write(const QString &key, const Row &row);
    [[nodiscard]] qint64 delayAfter(int failures) const;

    Database &m_db;
    Settings m_settings;
    QString m_prefix;
};

} // namespace Courtyard::Server
