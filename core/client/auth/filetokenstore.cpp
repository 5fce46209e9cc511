#include "auth/filetokenstore.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {
constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

FileTokenStore::FileTokenStore(QString path)
    : m_path(std::move(path))
{
    load();
}

AuthTokens FileTokenStore::tokens() const
{
    return m_tokens;
}

void FileTokenStore::setTokens(const AuthTokens &tokens)
{
    m_tokens = tokens;
    save();
}

void FileTokenStore::clear()
{
    m_tokens = {};
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        // Could not delete: overwrite with nothing instead, so no token stays on disk.
        save();
    }
}

QByteArray FileTokenStore::serialize(const AuthTokens &tokens)
{
    QJsonObject object{{u"accessToken"_s, tokens.accessToken},
                       {u"refreshToken"_s, tokens.refreshToken}};
    if (tokens.accessExpiresAt.isValid())
        object.insert(u"accessExpiresAt"_s, tokens.accessExpiresAt.toMSecsSinceEpoch());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

AuthTokens FileTokenStore::deserialize(const QByteArray &bytes)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    AuthTokens tokens;
    tokens.accessToken = object.value(u"accessToken"_s).toString();
    tokens.refreshToken = object.value(u"refreshToken"_s).toString();
    if (object.contains(u"accessExpiresAt"_s))
        tokens.accessExpiresAt = QDateTime::fromMSecsSinceEpoch(
            qint64(object.value(u"accessExpiresAt"_s).toDouble()), Qt::UTC);
    return tokens;
}

void FileTokenStore::load()
{
    QFile file(m_path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        qCWarning(lcApi).noquote() << "cannot read the token file:" << m_error;
        return;
    }
    // A file others may read is not trusted to be ours alone: tighten it before use.
    if ((file.permissions() & ~(OwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0)
        file.setPermissions(OwnerOnly);
    m_tokens = deserialize(file.read(64 * 1024));
}

bool FileTokenStore::save()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    // The temporary file gets 0600 before the first byte goes in.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly)) {
        m_error = file.errorString();
        qCWarning(lcApi).noquote() << "cannot write the token file:" << m_error;
        return false;
    }
    file.write(serialize(m_tokens));
    if (!file.commit()) {
        m_error = file.errorString();
        qCWarning(lcApi).noquote() << "cannot write the token file:" << m_error;
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace Courtyard::Client
