#include "json.h"

#include "formats.h"

#include <QDateTime>
#include <QJsonDocument>

#include <openssl/rand.h>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace Courtyard::Server::Json {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoTime(qint64 ms)
{
    // By hand: QDateTime::toString costs more than the rest of a synced row.
    const qint64 secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    const time_t t = time_t(secs);
    tm utc{};
    gmtime_r(&t, &utc);
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                                utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, int(ms - secs * 1000));
    return QString::fromLatin1(buf, n);
}

std::optional<qint64> parseIsoTime(const QString &text)
{
    if (text.size() < 20 || text.size() > 35)
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    // A time without a zone would be read as local time: refuse it rather than guess.
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

QJsonValue timeOrNull(const QVariant &ms)
{
    if (ms.isNull() || !ms.isValid())
        return QJsonValue::Null;
    return isoTime(ms.toLongLong());
}

QJsonValue textOrNull(const QVariant &text)
{
    if (text.isNull() || !text.isValid())
        return QJsonValue::Null;
    return text.toString();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject error(const QString &code, const QString &message)
{
    return QJsonObject{{u"error"_s, code}, {u"message"_s, message}};
}

QString maskPhone(const QString &phone)
{
    if (phone.size() <= 4)
        return u"****"_s;
    if (phone.size() < 8)
        return QString(phone.size() - 2, u'*') + phone.right(2);
    return phone.left(3) + QString(phone.size() - 7, u'*') + phone.right(4);
}

bool isId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'))
            return false;
    }
    return true;
}

bool isUuid(QStringView id)
{
    if (id.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const char16_t u = id.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? u != u'-' : !((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

bool isSha256(QStringView hex)
{
    return Formats::isSha256(hex);
}

} // namespace Courtyard::Server::Json

namespace Courtyard::Server::Json {

QString randomId(int bytes)
{
    QByteArray out(bytes, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), bytes);
    return QString::fromLatin1(out.toHex());
}

} // namespace Courtyard::Server::Json
