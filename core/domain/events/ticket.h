#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Courtyard::Events {

/**
 * An event ticket as a QR code carries it (docs/EVENTS.md "Tickets"):
 * `CYT1.<signupId>.<eventId>.<partySize>.<signature>`, the signature an Ed25519 signature
 * (base64url, no padding) over exactly the bytes before the last dot. The server signs with
 * its estate's private key; the staff app and the server verify with the same functions.
 */
struct Ticket
{
    QString signupId;
    QString eventId;
    int partySize = 0;
    QByteArray signature; ///< the 64 raw bytes

    /// The signed part, `CYT1.<signupId>.<eventId>.<partySize>`.
    [[nodiscard]] QByteArray signedBytes() const;
    /// The whole ticket text.
    [[nodiscard]] QString text() const;

    /// Reads a ticket's text: its shape only (prefix, ids, party size, a 64-byte signature);
    /// nothing when it is not a ticket. Says nothing about the signature.
    [[nodiscard]] static std::optional<Ticket> parse(const QString &text);
};

/// The prefix of this version of the ticket text.
inline constexpr char TicketPrefix[] = "CYT1";

/// An Ed25519 key pair, both halves as the 32 raw bytes.
struct KeyPair
{
    QByteArray publicKey;
    QByteArray privateKey;
};

namespace TicketKeys {
/// A fresh key pair; empty halves when OpenSSL fails.
[[nodiscard]] KeyPair generate();
/// The ticket of these fields signed with @p privateKey (32 raw bytes); empty text on failure.
[[nodiscard]] QString sign(const QString &signupId, const QString &eventId, int partySize, const QByteArray &privateKey);
/// Whether @p text is a well-formed ticket whose signature @p publicKey (32 raw bytes) made.
/// On success *ticket (when given) holds its fields.
[[nodiscard]] bool verify(const QString &text, const QByteArray &publicKey, Ticket *ticket = nullptr);
/// base64url without padding, as the ticket and the synced eventKey carry keys and signatures.
[[nodiscard]] QString toBase64Url(const QByteArray &bytes);
[[nodiscard]] QByteArray fromBase64Url(const QString &text);
} // namespace TicketKeys

} // namespace Courtyard::Events
