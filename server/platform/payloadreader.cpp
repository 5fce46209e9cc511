#include "payloadreader.h"

#include "fieldlimits.h"
#include "json.h"
#include "text.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

PayloadReader::PayloadReader(const QJsonObject &payload, const QStringList &allowed)
    : m_payload(payload)
{
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (!allowed.contains(it.key())) {
            fail(u"unknown_field"_s, u"field '%1' is not accepted here"_s.arg(it.key().left(64)));
            return;
        }
    }
}

bool PayloadReader::has(const QString &key) const
{
    return m_payload.contains(key) && !m_payload.value(key).isNull();
}

void PayloadReader::fail(const QString &code, const QString &message)
{
    if (m_code.isEmpty()) {
        m_code = code;
        m_message = message;
    }
}

bool PayloadReader::missing(const QString &key, bool required)
{
    if (has(key))
        return false;
    if (required)
        fail(u"validation_failed"_s, u"'%1' is required"_s.arg(key));
    return true;
}

std::optional<QString> PayloadReader::text(const QString &key, bool required, int max)
{
    if (!ok() || missing(key, required))
        return std::nullopt;
    const QJsonValue v = m_payload.value(key);
    if (!v.isString()) {
        fail(u"validation_failed"_s, u"'%1' must be text"_s.arg(key));
        return std::nullopt;
    }
    // Text pasted from elsewhere may end its lines in CR LF: keep the lines, drop the CRs.
    const QString s = Text::clean(v.toString());
    if (s.isEmpty() || Text::length(s) > max) {
        fail(u"validation_failed"_s, u"'%1' must be 1 to %2 characters"_s.arg(key).arg(max));
        return std::nullopt;
    }
    if (Text::hasControlCharacters(s)) {
        fail(u"validation_failed"_s, u"'%1' contains control characters"_s.arg(key));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> PayloadReader::choice(const QString &key, bool required, const QStringList &choices)
{
    if (!ok() || missing(key, required))
        return std::nullopt;
    const QJsonValue v = m_payload.value(key);
    if (!v.isString() || !choices.contains(v.toString())) {
        fail(u"validation_failed"_s, u"'%1' must be one of %2"_s.arg(key, choices.join(u", "_s)));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<QString> PayloadReader::id(const QString &key, bool required, bool uuid)
{
    if (!ok() || missing(key, required))
        return std::nullopt;
    const QJsonValue v = m_payload.value(key);
    const QString s = v.toString();
    if (!v.isString() || !(uuid ? Json::isUuid(s) : Json::isId(s))) {
        fail(u"validation_failed"_s, uuid ? u"'%1' must be a lowercase UUID"_s.arg(key)
                                          : u"'%1' must be an id of letters, digits, '-' or '_'"_s.arg(key));
        return std::nullopt;
    }
    return s;
}

std::optional<qint64> PayloadReader::integer(const QString &key, bool required, qint64 min, qint64 max)
{
    if (!ok() || missing(key, required))
        return std::nullopt;
    const QJsonValue v = m_payload.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
        fail(u"validation_failed"_s, u"'%1' must be a whole number from %2 to %3"_s.arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<double> PayloadReader::number(const QString &key, bool required, double min, double max)
{
    if (!ok() || missing(key, required))
        return std::nullopt;
    const QJsonValue v = m_payload.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d < min || d > max) {
        fail(u"validation_failed"_s, u"'%1' must be a number from %2 to %3"_s.arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return d;
}

std::optional<bool> PayloadReader::boolean(const QString &key)
{
    if (!ok() || missing(key, false))
        return std::nullopt;
    const QJsonValue v = m_payload.value(key);
    if (!v.isBool()) {
        fail(u"validation_failed"_s, u"'%1' must be true or false"_s.arg(key));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<qint64> PayloadReader::time(const QString &key, bool required, qint64 nowMs, bool past)
{
    if (!ok() || missing(key, required))
        return std::nullopt;
    const QJsonValue v = m_payload.value(key);
    const std::optional<qint64> t = v.isString() ? Json::parseIsoTime(v.toString()) : std::nullopt;
    if (!t) {
        fail(u"validation_failed"_s, u"'%1' must be an ISO-8601 time with a zone"_s.arg(key));
        return std::nullopt;
    }
    if (past && *t > nowMs + Limits::ClockSkewMs) {
        fail(u"validation_failed"_s, u"'%1' lies in the future; check the device clock"_s.arg(key));
        return std::nullopt;
    }
    return t;
}

std::optional<QStringList> PayloadReader::hashes(const QString &key, int max)
{
    if (!ok() || missing(key, false))
        return std::nullopt;
    const QJsonValue v = m_payload.value(key);
    if (!v.isArray() || v.toArray().size() > max) {
        fail(u"validation_failed"_s, u"'%1' must be a list of at most %2 photo hashes"_s.arg(key).arg(max));
        return std::nullopt;
    }
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        const QString h = item.toString();
        if (!item.isString() || !Json::isSha256(h) || out.contains(h)) {
            fail(u"validation_failed"_s, u"'%1' must hold distinct lowercase SHA-256 hashes"_s.arg(key));
            return std::nullopt;
        }
        out << h;
    }
    return out;
}

std::optional<QJsonObject> PayloadReader::object(const QString &key, bool required)
{
    if (!ok() || missing(key, required))
        return std::nullopt;
    const QJsonValue v = m_payload.value(key);
    if (!v.isObject()) {
        fail(u"validation_failed"_s, u"'%1' must be an object"_s.arg(key));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QString> PayloadReader::sha256(const QString &key, bool required)
{
    if (!ok() || missing(key, required))
        return std::nullopt;
    const QJsonValue v = m_payload.value(key);
    if (!v.isString() || !Json::isSha256(v.toString())) {
        fail(u"validation_failed"_s, u"'%1' must be a lowercase SHA-256 hash"_s.arg(key));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<QList<QJsonObject>> PayloadReader::objects(const QString &key, int max)
{
    if (!ok() || missing(key, false))
        return std::nullopt;
    const QJsonValue v = m_payload.value(key);
    if (!v.isArray() || v.toArray().size() > max) {
        fail(u"validation_failed"_s, u"'%1' must be a list of at most %2 items"_s.arg(key).arg(max));
        return std::nullopt;
    }
    QList<QJsonObject> out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isObject()) {
            fail(u"validation_failed"_s, u"every item of '%1' must be an object"_s.arg(key));
            return std::nullopt;
        }
        out << item.toObject();
    }
    return out;
}

} // namespace Courtyard::Server
