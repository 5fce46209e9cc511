#include "tokenservice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

#include <openssl/crypto.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

constexpr auto B64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n);
    return out;
}

} // namespace

bool TokenService::loadSecret(const QString &path, QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        m_secret = QByteArray::fromBase64(file.readAll().trimmed());
        if (m_secret.size() >= 32)
            return true;
        *error = u"the token secret in %1 is too short"_s.arg(path);
        return false;
    }
    m_secret = randomBytes(32);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = u"cannot write the token secret %1"_s.arg(path);
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(m_secret.toBase64() + '\n');
    if (!out.commit()) {
        *error = u"cannot write the token secret %1"_s.arg(path);
        return false;
    }
    return true;
}

QString TokenService::issueAccess(const QString &userId, const QString &sessionId, qint64 expiresAtSecs,
                                  const QString &generation) const
{
    QJsonObject claims{{u"u"_s, userId}, {u"s"_s, sessionId}, {u"x"_s, expiresAtSecs}};
    if (!generation.isEmpty())
        claims.insert(u"g"_s, generation);
    const QByteArray payload = QJsonDocument(claims)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(B64);
    const QByteArray signedPart = "v1." + payload;
    const QByteArray mac = QMessageAuthenticationCode::hash(signedPart, m_secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(signedPart + '.' + mac.toBase64(B64));
}

TokenService::Check TokenService::checkAccess(QByteArrayView token, qint64 nowSecs, AccessClaims *claims) const
{
    if (token.size() > 1024 || !token.startsWith("v1."))
        return Check::Garbled;
    const qsizetype dot = token.lastIndexOf('.');
    if (dot <= 3)
        return Check::Garbled;
    const QByteArrayView signedPart = token.first(dot);
    const auto mac = QByteArray::fromBase64Encoding(token.sliced(dot + 1).toByteArray(), B64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!mac)
        return Check::Garbled;
    const QByteArray expected = QMessageAuthenticationCode::hash(signedPart.toByteArray(), m_secret, QCryptographicHash::Sha256);
    if (mac.decoded.size() != expected.size()
        || CRYPTO_memcmp(mac.decoded.constData(), expected.constData(), size_t(expected.size())) != 0)
        return Check::BadSignature;
    const auto payload = QByteArray::fromBase64Encoding(signedPart.sliced(3).toByteArray(), B64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return Check::Garbled;
    const QJsonObject o = QJsonDocument::fromJson(payload.decoded).object();
    claims->userId = o.value(u"u"_s).toString();
    claims->sessionId = o.value(u"s"_s).toString();
    claims->expiresAtSecs = o.value(u"x"_s).toInteger();
    claims->generation = o.value(u"g"_s).toString();
    if (claims->userId.isEmpty() || claims->sessionId.isEmpty())
        return Check::Garbled;
    if (claims->expiresAtSecs <= nowSecs)
        return Check::Expired;
    return Check::Valid;
}

QString TokenService::newRefreshToken()
{
    return QString::fromLatin1(randomBytes(32).toBase64(B64));
}

QString TokenService::hashRefreshToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString TokenService::randomId(int bytes)
{
    return QString::fromLatin1(randomBytes(bytes).toHex());
}

} // namespace Courtyard::Server
