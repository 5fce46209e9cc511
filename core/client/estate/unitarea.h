#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Courtyard::Client {

/**
 * A unit's floor area as people type it ("89.5", "120.25 ", "76,3") and as the wire carries
 * it (`areaCentiSqm`, integer hundredths of a square metre). The text is read digit by digit
 * into an integer, never through a float, so "0.29" is 29 and not 28.999…; a third decimal is
 * refused rather than rounded (the number would not be the one on the deed).
 */
namespace UnitArea {

/// Smallest and largest area the server accepts, in hundredths (0.01 m² to 100,000 m²).
inline constexpr qint64 MinCenti = 1;
inline constexpr qint64 MaxCenti = 10'000'000;

enum class Problem { None, Empty, NotANumber, TooManyDecimals, OutOfRange };

/// The area in hundredths, or nullopt with *problem set (may be null).
[[nodiscard]] std::optional<qint64> parse(QStringView text, Problem *problem = nullptr);
/// "89.50" for 8950: always two decimals, a point, no grouping.
[[nodiscard]] QString format(qint64 centiSqm);
/// The person's words for a problem (translated); empty for None.
[[nodiscard]] QString message(Problem problem);

} // namespace UnitArea

} // namespace Courtyard::Client
