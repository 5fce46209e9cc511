#pragma once

#include <QString>

namespace Courtyard::Server {

class Database;

/// People's accounts (table users), for the modules that bring people in.
namespace Accounts {

/// The demo's and the benchmark's password: never seeded into a real deployment.
inline constexpr auto DemoPassword = "courtyard-demo";
inline constexpr auto BenchPassword = "courtyard-bench";

/// Inside a revisioned transaction: a new account; the password is hashed here. The id is
/// made when @p id is empty. Returns the id, or an empty string when it could not be stored.
QString create(Database &db, const QString &id, const QString &phone, const QString &name, const QString &role,
               const QString &passwordHash);
/// Checks what create-user is given: a name, a phone of digits and a password within the limits.
[[nodiscard]] QString problemWith(const QString &phone, const QString &name, const QString &password);

/// Why @p password may not be used by the person with @p phone, in plain words; empty when it
/// may (at least 8 characters, not the phone number, not a dictionary word or common pattern).
[[nodiscard]] QString passwordProblem(const QString &password, const QString &phone);
/// Inside a revisioned transaction: every session of @p userId but @p keepSessionId ends now,
/// on every server process.
bool endSessions(Database &db, const QString &userId, const QString &keepSessionId, const QString &reason, qint64 now);
/// Inside a revisioned transaction: deactivates (ending every session) or reactivates an account.
bool setActive(Database &db, const QString &userId, bool active, qint64 now);
/// Inside a revisioned transaction: a one-time code for "reset" or "setup", stored hashed and
/// sent to the person's phone after the commit.
bool issuePasswordCode(Database &db, const QString &userId, const QString &purpose, const QString &issuedBy, qint64 now);
/// Inside a transaction: the account's new password (hashed here).
bool setPassword(Database &db, const QString &userId, const QString &password);

} // namespace Accounts
} // namespace Courtyard::Server
