#include "ticket.h"

#include <QRegularExpression>

#include <openssl/evp.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Courtyard::Events {

namespace {

constexpr int RawKeyBytes = 32;
constexpr int SignatureBytes = 64;
constexpr int PartyMax = 99;

struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

bool isId(const QString &s)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return re.match(s).hasMatch();
}

} // namespace

QByteArray Ticket::signedBytes() const
{
    return QByteArray(TicketPrefix) + '.' + signupId.toLatin1() + '.' + eventId.toLatin1() + '.'
           + QByteArray::number(partySize);
}

QString Ticket::text() const
{
    return QString::fromLatin1(signedBytes()) + u'.' + TicketKeys::toBase64Url(signature);
}

std::optional<Ticket> Ticket::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'.');
    if (parts.size() != 5 || parts.at(0) != QLatin1StringView(TicketPrefix))
        return std::nullopt;
    Ticket t;
    t.signupId = parts.at(1);
    t.eventId = parts.at(2);
    bool ok = false;
    t.partySize = parts.at(3).toInt(&ok);
    // The canonical decimal only, so one ticket has one text.
    if (!ok || t.partySize < 1 || t.partySize > PartyMax || QString::number(t.partySize) != parts.at(3))
        return std::nullopt;
    if (!isId(t.signupId) || !isId(t.eventId))
        return std::nullopt;
    t.signature = TicketKeys::fromBase64Url(parts.at(4));
    if (t.signature.size() != SignatureBytes || TicketKeys::toBase64Url(t.signature) != parts.at(4))
        return std::nullopt;
    return t;
}

namespace TicketKeys {

KeyPair generate()
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return {};
    const Pkey key(raw);
    KeyPair pair;
    pair.publicKey.resize(RawKeyBytes);
    pair.privateKey.resize(RawKeyBytes);
    size_t pubLen = RawKeyBytes, privLen = RawKeyBytes;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(pair.publicKey.data()), &pubLen) != 1
        || EVP_PKEY_get_raw_private_key(key.get(), reinterpret_cast<unsigned char *>(pair.privateKey.data()), &privLen) != 1
        || pubLen != RawKeyBytes || privLen != RawKeyBytes)
        return {};
    return pair;
}

QString sign(const QString &signupId, const QString &eventId, int partySize, const QByteArray &privateKey)
{
    Ticket t{signupId, eventId, partySize, {}};
    if (privateKey.size() != RawKeyBytes || !isId(signupId) || !isId(eventId) || partySize < 1 || partySize > PartyMax)
        return {};
    const Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey), RawKeyBytes));
    const MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    const QByteArray message = t.signedBytes();
    t.signature.resize(SignatureBytes);
    size_t length = SignatureBytes;
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(t.signature.data()), &length, bytes(message),
                       size_t(message.size()))
            != 1
        || length != SignatureBytes)
        return {};
    return t.text();
}

bool verify(const QString &text, const QByteArray &publicKey, Ticket *ticket)
{
    const std::optional<Ticket> t = Ticket::parse(text);
    if (!t || publicKey.size() != RawKeyBytes)
        return false;
    const Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), RawKeyBytes));
    const MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    const QByteArray message = t->signedBytes();
    const bool ok = EVP_DigestVerify(ctx.get(), bytes(t->signature), size_t(t->signature.size()), bytes(message),
                                     size_t(message.size()))
                    == 1;
    if (ok && ticket)
        *ticket = *t;
    return ok;
}

QString toBase64Url(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray fromBase64Url(const QString &text)
{
    const auto result = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding
                                                                            | QByteArray::AbortOnBase64DecodingErrors);
    return result ? result.decoded : QByteArray();
}

} // namespace TicketKeys

} // namespace Courtyard::Events
