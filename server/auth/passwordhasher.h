#pragma once

#include <QByteArray>
#include <QString>

namespace Courtyard::Server {

/// scrypt password hashes through OpenSSL's EVP_PBE_scrypt, stored as
/// "scrypt$<logN>$<r>$<p>$<salt>$<hash>" (base64). Slow on purpose: call it off the
/// request thread.
class PasswordHasher
{
public:
    [[nodiscard]] static QString hash(const QString &password);
    [[nodiscard]] static bool verify(const QString &password, const QString &stored);
    /// A well-formed hash of nothing anyone knows, so an unknown phone costs as much
    /// time as a wrong password and does not reveal which accounts exist.
    [[nodiscard]] static const QString &decoy();
};

} // namespace Courtyard::Server
