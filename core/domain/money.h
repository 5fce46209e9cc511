#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// Money as every layer holds it: a whole number of fen (分, 1/100 yuan) in a qint64. No
/// floating point touches an amount, not even in between; amounts are read from text and
/// written as text by these functions alone.
namespace Courtyard::Money {

/// How a fractional amount becomes whole fen: the one rounding rule of a bill line.
enum class Rounding { HalfUp, Up, Down };

/// "half_up", "up", "down" (the wire's names) and back; nullopt for anything else.
[[nodiscard]] QString roundingName(Rounding mode);
[[nodiscard]] std::optional<Rounding> roundingFromName(QStringView name);

/// numerator / denominator rounded to a whole number by @p mode (denominator > 0; the
/// numerator may be negative: half-up and up then round away from zero, down towards it).
/// 128-bit in between, so a product of three int64 factors does not overflow.
[[nodiscard]] qint64 divide(__int128 numerator, __int128 denominator, Rounding mode);

/// "1,234.50" — fen with a thousands separator and always two decimals ("-12.00" below zero).
[[nodiscard]] QString plain(qint64 fen);
/// "¥1,234.50" — how the apps show an amount, in both languages.
[[nodiscard]] QString format(qint64 fen);
/// "1,234.50 元" in Chinese, "¥1,234.50" in English (@p language: "zh…" or anything else).
[[nodiscard]] QString formatFor(qint64 fen, QStringView language);
/// The amount in Chinese capitals, as on a receipt: 12345 → "壹佰贰拾叁元肆角伍分",
/// 100000 → "壹仟元整", 0 → "零元整", 5 → "伍分"; negative amounts get "负".
[[nodiscard]] QString chineseCapitals(qint64 fen);

/// Reads an amount in yuan as people type it or a bank file writes it: "1234.5", "1,234.50",
/// "¥12", "12元", "0.05". At most two decimals; nullopt for anything else (a third decimal,
/// letters, an empty text, more than 10^12 yuan). Negative only with @p allowNegative.
[[nodiscard]] std::optional<qint64> parse(QStringView text, bool allowNegative = false);

/// A quantity in hundredths (89.37 m² → 8937) as text: "89.37", "1" for 100, "0.5" for 50.
[[nodiscard]] QString centiText(qint64 centi);
/// Reads "89.37" / "89.4" / "89" into hundredths; nullopt for more than two decimals or junk.
[[nodiscard]] std::optional<qint64> parseCenti(QStringView text);

} // namespace Courtyard::Money
