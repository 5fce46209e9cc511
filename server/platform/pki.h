#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Courtyard::Server::Pki {

/// A certificate and its private key, both PEM.
struct Credential
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

/// What a leaf certificate should say. Negative `startOffsetDays` with a short validity
/// makes an already expired certificate (for tests of the client's checks).
struct LeafRequest
{
    QString commonName = QStringLiteral("localhost");
    QStringList dnsNames{QStringLiteral("localhost")};
    QStringList ipAddresses{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    int validDays = 397;
    int startOffsetDays = 0;
};

/// A self-signed CA (P-256 key, SHA-256) for a local or test deployment.
[[nodiscard]] std::optional<Credential> makeCertificateAuthority(const QString &commonName, int validDays,
                                                                 QString *error);
/// A TLS server certificate signed by `ca`.
[[nodiscard]] std::optional<Credential> makeServerCertificate(const Credential &ca, const LeafRequest &request,
                                                              QString *error);

/// Writes PEM atomically; private material is made readable by the owner only.
bool writePem(const QString &path, const QByteArray &pem, bool secret, QString *error);

} // namespace Courtyard::Server::Pki
