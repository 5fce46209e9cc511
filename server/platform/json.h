#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <optional>

namespace Courtyard::Server::Json {

[[nodiscard]] qint64 nowMs();
/// "2026-11-27T02:38:04.123Z"
[[nodiscard]] QString isoTime(qint64 ms);
[[nodiscard]] std::optional<qint64> parseIsoTime(const QString &text);
/// A nullable BIGINT time column as a JSON time or null.
[[nodiscard]] QJsonValue timeOrNull(const QVariant &ms);
[[nodiscard]] QJsonValue textOrNull(const QVariant &text);
[[nodiscard]] QByteArray compact(const QJsonObject &object);
/// {"error": code, "message": message}
[[nodiscard]] QJsonObject error(const QString &code, const QString &message);
/// "138****0001": enough for a person to recognise their number, never the whole of it.
[[nodiscard]] QString maskPhone(const QString &phone);
/// True for ids of the form ^[A-Za-z0-9_-]{1,64}$.
[[nodiscard]] bool isId(QStringView id);
/// True for a lowercase canonical UUID.
[[nodiscard]] bool isUuid(QStringView id);
[[nodiscard]] bool isSha256(QStringView hex);
/// @p bytes random bytes as lowercase hex: ids the server makes (timeline entries, sessions).
[[nodiscard]] QString randomId(int bytes = 16);

} // namespace Courtyard::Server::Json
