#pragma once

#include <QString>

namespace Courtyard::Server {

class Database;

/// People's accounts (table users), for the modules that bring people in: creating them,
/// their passwords and one-time codes, ending their sessions, deactivating them.
namespace Accounts {

/// The demo's and the benchmark's password: never seeded into a real deployment.
inline constexpr auto DemoPassword = "courtyard-demo";
inline constexpr auto BenchPassword = "courtyard-bench";

/// How long a one-time code sets a password: a reset by the office, a new account's first one.
inline constexpr qint64 ResetCodeMs = 24ll * 3600 * 1000;
inline constexpr qint64 SetupCodeMs = 7ll * 24 * 3600 * 1000;
/// Wrong tries after which an open code is void.
inline constexpr int CodeMaxAttempts = 5;
/// The PostgreSQL channel that tells every server process a session ended (payload: its id).
inline constexpr auto RevocationChannel = "courtyard_sessions";

/// Inside a revisioned transaction: a new account; the password is hashed here. The id is
/// made when @p id is empty. Returns the id, or an empty string when it could not be stored.
QString create(Database &db, const QString &id, const QString &phone, const QString &name, const QString &role,
               const QString &passwordHash);
/// Checks what create-user is given: a name, a phone of digits and a password that passes
/// passwordProblem().
[[nodiscard]] QString problemWith(const QString &phone, const QString &name, const QString &password);

/// Empty when @p password may be used by the account of @p phone; else a short English
/// sentence why not: fewer than Limits::PasswordMin characters, longer than
/// Limits::PasswordMax, contains the phone number, or refused by libpwquality (a dictionary
/// word, a common pattern, too simple).
[[nodiscard]] QString passwordProblem(const QString &password, const QString &phone);
/// Whether the password checker has its dictionary (false when cracklib's is not installed).
[[nodiscard]] bool passwordCheckerReady(QString *why);

/// Inside the caller's transaction: revokes every open session of @p userId except
/// @p keepSessionId (empty: all), so every server process stops accepting their access
/// tokens at once (NOTIFY on PostgreSQL, the revocation poll elsewhere).
bool endSessions(Database &db, const QString &userId, const QString &keepSessionId, const QString &reason, qint64 now);

/// Inside a revisioned transaction: (re)activates or deactivates the account. A deactivated
/// one cannot sign in or refresh, its principal does not load, and all its sessions end.
bool setActive(Database &db, const QString &userId, bool active, qint64 now);

/// Inside the caller's transaction: a 6-digit one-time code for @p purpose "reset" (valid 24
/// hours) or "setup" (7 days), stored only as a hash; earlier open codes of the user are void.
/// The text to their phone is queued (Messages::queue). The code is never logged.
bool issuePasswordCode(Database &db, const QString &userId, const QString &purpose, const QString &issuedBy, qint64 now);

/// Inside the caller's transaction: hashes @p password (slow: scrypt) and stores it.
bool setPassword(Database &db, const QString &userId, const QString &password);
/// Inside the caller's transaction: stores a hash made by PasswordHasher (off the request thread).
bool setPasswordHash(Database &db, const QString &userId, const QString &passwordHash);

/// The hash a code is stored as (salted with the code row's id).
[[nodiscard]] QString codeHash(const QString &codeId, const QString &code);

} // namespace Accounts
} // namespace Courtyard::Server
