#include "estate/unitarea.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Courtyard::Client::UnitArea {

std::optional<qint64> parse(QStringView text, Problem *problem)
{
    const auto refuse = [problem](Problem p) -> std::optional<qint64> {
        if (problem)
            *problem = p;
        return std::nullopt;
    };
    if (problem)
        *problem = Problem::None;
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return refuse(Problem::Empty);
    qint64 whole = 0;
    qint64 fraction = 0;
    int decimals = -1; // -1: no separator yet
    int digits = 0;
    for (const QChar c : t) {
        if (c == u'.' || c == u',') {
            if (decimals >= 0 || digits == 0)
                return refuse(Problem::NotANumber);
            decimals = 0;
            continue;
        }
        // Only ASCII digits: QChar::isDigit() would also take other scripts' digits.
        if (c < u'0' || c > u'9')
            return refuse(Problem::NotANumber);
        const int d = c.unicode() - u'0';
        if (decimals < 0) {
            whole = whole * 10 + d;
            if (whole > MaxCenti) // far beyond the range already: stop before overflowing
                return refuse(Problem::OutOfRange);
            ++digits;
        } else {
            if (++decimals > 2)
                return refuse(Problem::TooManyDecimals);
            fraction = fraction * 10 + d;
        }
    }
    if (decimals == 0)
        return refuse(Problem::NotANumber); // "12."
    if (decimals == 1)
        fraction *= 10;
    const qint64 centi = whole * 100 + fraction;
    if (centi < MinCenti || centi > MaxCenti)
        return refuse(Problem::OutOfRange);
    return centi;
}

QString format(qint64 centiSqm)
{
    const qint64 a = centiSqm < 0 ? -centiSqm : centiSqm;
    return (centiSqm < 0 ? u"-"_s : QString()) + QString::number(a / 100) + u'.'
           + QString::number(a % 100).rightJustified(2, u'0');
}

QString message(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("UnitArea", "Enter the floor area in m².");
    case Problem::NotANumber:
        return QCoreApplication::translate("UnitArea", "Enter a number such as 89.50.");
    case Problem::TooManyDecimals:
        return QCoreApplication::translate("UnitArea", "At most two decimals (0.01 m²).");
    case Problem::OutOfRange:
        return QCoreApplication::translate("UnitArea", "Between 0.01 and 100000 m².");
    }
    return {};
}

} // namespace Courtyard::Client::UnitArea
