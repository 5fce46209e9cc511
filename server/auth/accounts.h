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

} // namespace Accounts
} // namespace Courtyard::Server
