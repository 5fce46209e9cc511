#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Courtyard::Server {

/// Reads a command payload against an explicit list of fields: a field not on the list,
/// a wrong type or a value out of range is an error, and the first error is kept.
class PayloadReader
{
public:
    PayloadReader(const QJsonObject &payload, const QStringList &allowed);

    [[nodiscard]] bool ok() const { return m_code.isEmpty(); }
    [[nodiscard]] QString errorCode() const { return m_code; }
    [[nodiscard]] QString errorMessage() const { return m_message; }
    [[nodiscard]] bool has(const QString &key) const;

    /// Text of 1..max characters (trimmed); empty optional when absent and not required.
    std::optional<QString> text(const QString &key, bool required, int max);
    /// One of `choices`.
    std::optional<QString> choice(const QString &key, bool required, const QStringList &choices);
    /// An id (^[A-Za-z0-9_-]{1,64}$), or a UUID when `uuid` is set.
    std::optional<QString> id(const QString &key, bool required, bool uuid = false);
    std::optional<qint64> integer(const QString &key, bool required, qint64 min, qint64 max);
    std::optional<double> number(const QString &key, bool required, double min, double max);
    std::optional<bool> boolean(const QString &key);
    /// An ISO-8601 time with a zone. A time of an act (`past`) may not lie later than now
    /// plus the allowed clock skew; a planned time (a visit window) may.
    std::optional<qint64> time(const QString &key, bool required, qint64 nowMs, bool past = true);
    /// A list of up to `max` lowercase SHA-256 hex strings, no repeats.
    std::optional<QStringList> hashes(const QString &key, int max);
    std::optional<QJsonObject> object(const QString &key, bool required);
    /// One lowercase SHA-256 hex string.
    std::optional<QString> sha256(const QString &key, bool required);
    /// A list of up to `max` objects, each to be read with a PayloadReader of its own.
    std::optional<QList<QJsonObject>> objects(const QString &key, int max);

    void fail(const QString &code, const QString &message);

private:
    bool missing(const QString &key, bool required);
    QJsonObject m_payload;
    QString m_code;
    QString m_message;
};

} // namespace Courtyard::Server
