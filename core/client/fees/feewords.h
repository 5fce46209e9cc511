#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

/// The words and formats of the fee screens, in the UI language, made in C++ so QML shows
/// them as they are: status, method and channel words, a status's tint, periods ("2026年11月"
/// / "Nov 2026"), and dates and times in the estate's time zone (not the phone's).
namespace Courtyard::Client::FeeWords {

/// "zh" or "en": the language Fees::explain() and Money::formatFor() take.
[[nodiscard]] QString language();

/// unpaid, partly_paid, paid, overdue, waived.
[[nodiscard]] QString statusTitle(const QString &status);
/// The colour of a status chip ("#C62828" for overdue…).
[[nodiscard]] QString statusTint(const QString &status);
/// cash, bank, wechat, alipay, card, pos, import.
[[nodiscard]] QString methodTitle(const QString &method);
/// app, sms, phone, visit, letter.
[[nodiscard]] QString channelTitle(const QString &channel);
/// none, promised, refused, not_reached.
[[nodiscard]] QString outcomeTitle(const QString &outcome);

/// "2026年11月" / "Nov 2026" for "2026-11"; the text itself when it is not a period.
[[nodiscard]] QString periodTitle(const QString &period);
/// "2026年12月31日" / "31 Dec 2026".
[[nodiscard]] QString dateText(QDate day);
/// The local time in @p zone: "2026年12月2日 10:30" / "2 Dec 2026, 10:30".
[[nodiscard]] QString dateTimeText(const QDateTime &at, const QTimeZone &zone);

/// The estate's zone from its IANA id; Asia/Shanghai when the id is empty or unknown.
[[nodiscard]] QTimeZone zoneOf(const QString &ianaId);
/// An API time ("2026-12-02T02:30:00.000Z"); invalid when there is none.
[[nodiscard]] QDateTime parseTime(const QString &iso);

} // namespace Courtyard::Client::FeeWords
