#include "passwordhasher.h"

#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

// 2^15 × 8 × 128 bytes = 32 MiB and some tens of milliseconds per hash on this class of
// machine: the interactive-login point of the scrypt paper, within the server's memory budget.
constexpr int LogN = 15;
constexpr int BlockSize = 8;
constexpr int Parallelism = 1;
constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;
constexpr quint64 MaxMemory = 64ull * 1024 * 1024;

QByteArray derive(const QByteArray &password, const QByteArray &salt, int logN, int r, int p)
{
    QByteArray out(HashBytes, Qt::Uninitialized);
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()),
                       quint64(1) << logN, quint64(r), quint64(p), MaxMemory,
                       reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()))
        != 1)
        return {};
    return out;
}

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes);
    const QByteArray key = derive(password.toUtf8(), salt, LogN, BlockSize, Parallelism);
    return u"scrypt$%1$%2$%3$%4$%5"_s.arg(LogN)
        .arg(BlockSize)
        .arg(Parallelism)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QList<QStringView> parts = QStringView(stored).split(u'$');
    if (parts.size() != 6 || parts.at(0) != u"scrypt")
        return false;
    const int logN = parts.at(1).toInt();
    const int r = parts.at(2).toInt();
    const int p = parts.at(3).toInt();
    if (logN < 10 || logN > 20 || r < 1 || r > 32 || p < 1 || p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(4).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(5).toLatin1());
    const QByteArray actual = derive(password.toUtf8(), salt, logN, r, p);
    return !actual.isEmpty() && actual.size() == expected.size()
           && CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(actual.size())) == 0;
}

const QString &PasswordHasher::decoy()
{
    static const QString value = hash(u"decoy password nobody has"_s);
    return value;
}

} // namespace Courtyard::Server
