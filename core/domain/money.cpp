#include "money.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace Courtyard::Money {

namespace {

/// Amounts people may type or a bank file may hold: up to 10^12 yuan.
constexpr qint64 MaxFen = 100'000'000'000'000LL;

/// "1234567" → "1,234,567".
QString grouped(qint64 whole)
{
    QString digits = QString::number(whole);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u',');
    return digits;
}

/// Reads digits with up to @p maxDecimals after an optional point into a whole number of
/// 10^-maxDecimals; thousands separators are allowed in the whole part only.
std::optional<qint64> parseScaled(QStringView text, int maxDecimals, qint64 limit)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 whole = 0;
    qint64 fraction = 0;
    int decimals = 0;
    bool point = false;
    bool digit = false;
    for (const QChar c : text) {
        if (c == u',' && !point && digit)
            continue;
        if (c == u'.' && !point) {
            point = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        digit = true;
        const int d = c.unicode() - u'0';
        if (point) {
            if (++decimals > maxDecimals)
                return std::nullopt;
            fraction = fraction * 10 + d;
        } else {
            whole = whole * 10 + d;
            if (whole > limit)
                return std::nullopt;
        }
    }
    if (!digit)
        return std::nullopt;
    qint64 scale = 1;
    for (int i = 0; i < maxDecimals; ++i)
        scale *= 10;
    for (int i = decimals; i < maxDecimals; ++i)
        fraction *= 10;
    return whole * scale + fraction;
}

} // namespace

QString roundingName(Rounding mode)
{
    switch (mode) {
    case Rounding::Up:
        return u"up"_s;
    case Rounding::Down:
        return u"down"_s;
    case Rounding::HalfUp:
        break;
    }
    return u"half_up"_s;
}

std::optional<Rounding> roundingFromName(QStringView name)
{
    if (name == u"half_up")
        return Rounding::HalfUp;
    if (name == u"up")
        return Rounding::Up;
    if (name == u"down")
        return Rounding::Down;
    return std::nullopt;
}

qint64 divide(__int128 numerator, __int128 denominator, Rounding mode)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const __int128 magnitude = negative ? -numerator : numerator;
    __int128 quotient = magnitude / denominator;
    const __int128 remainder = magnitude % denominator;
    switch (mode) {
    case Rounding::HalfUp:
        if (remainder * 2 >= denominator)
            ++quotient;
        break;
    case Rounding::Up:
        if (remainder != 0)
            ++quotient;
        break;
    case Rounding::Down:
        break;
    }
    return static_cast<qint64>(negative ? -quotient : quotient);
}

QString plain(qint64 fen)
{
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? 0 - quint64(fen) : quint64(fen);
    const QString text = grouped(qint64(magnitude / 100)) + u'.' + u"%1"_s.arg(int(magnitude % 100), 2, 10, QChar(u'0'));
    return negative ? u'-' + text : text;
}

QString format(qint64 fen)
{
    return fen < 0 ? u"-¥"_s + plain(-fen) : u"¥"_s + plain(fen);
}

QString formatFor(qint64 fen, QStringView language)
{
    if (language.startsWith(u"zh"))
        return plain(fen) + u" 元"_s;
    return format(fen);
}

QString chineseCapitals(qint64 fen)
{
    static constexpr QStringView Digits = u"零壹贰叁肆伍陆柒捌玖";
    static constexpr QStringView Places = u"拾佰仟"; // within a group of four
    static constexpr QStringView Groups[] = {u"", u"万", u"亿", u"万亿"};
    if (fen == 0)
        return u"零元整"_s;
    QString out;
    if (fen < 0) {
        out += u"负"_s;
        fen = -fen;
    }
    qint64 yuan = fen / 100;
    const int jiao = int(fen / 10 % 10);
    const int cents = int(fen % 10);

    // The yuan, four digits at a time from the top. One 零 stands for a run of zeros between
    // digits (inside a group, a whole zero group, or a group below 1000 after a higher one);
    // none at the end.
    QList<int> groups;
    for (qint64 rest = yuan; rest > 0; rest /= 10000)
        groups.prepend(int(rest % 10000));
    QString integer;
    bool needZero = false;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const int value = groups.at(g);
        if (value == 0) {
            needZero = !integer.isEmpty();
            continue;
        }
        if (!integer.isEmpty() && value < 1000)
            needZero = true;
        bool emitted = false;
        int divisor = 1000;
        for (int place = 3; place >= 0; --place, divisor /= 10) {
            const int d = value / divisor % 10;
            if (d == 0) {
                needZero = needZero || emitted;
                continue;
            }
            if (needZero)
                integer += Digits.at(0);
            needZero = false;
            integer += Digits.at(d);
            if (place > 0)
                integer += Places.at(place - 1);
            emitted = true;
        }
        needZero = false;
        integer += Groups[qMin<qsizetype>(groups.size() - 1 - g, 3)];
    }
    if (!integer.isEmpty()) {
        out += integer + u"元"_s;
    }
    if (jiao == 0 && cents == 0)
        return out + u"整"_s;
    if (jiao > 0) {
        out += Digits.at(jiao) + u"角"_s;
    } else if (!integer.isEmpty()) {
        out += Digits.at(0);
    }
    if (cents > 0)
        out += Digits.at(cents) + u"分"_s;
    else
        out += u"整"_s;
    return out;
}

std::optional<qint64> parse(QStringView text, bool allowNegative)
{
    QStringView t = text.trimmed();
    bool negative = false;
    if (t.startsWith(u'-') && allowNegative) {
        negative = true;
        t = t.mid(1).trimmed();
    }
    if (t.startsWith(u'¥') || t.startsWith(u'￥'))
        t = t.mid(1).trimmed();
    if (t.endsWith(u'元'))
        t = t.chopped(1).trimmed();
    const std::optional<qint64> fen = parseScaled(t, 2, MaxFen / 100);
    if (!fen)
        return std::nullopt;
    return negative ? -*fen : *fen;
}

QString centiText(qint64 centi)
{
    const bool negative = centi < 0;
    const qint64 magnitude = negative ? -centi : centi;
    QString text = grouped(magnitude / 100);
    const int fraction = int(magnitude % 100);
    if (fraction != 0) {
        text += u'.' + u"%1"_s.arg(fraction, 2, 10, QChar(u'0'));
        if (text.endsWith(u'0'))
            text.chop(1);
    }
    return negative ? u'-' + text : text;
}

std::optional<qint64> parseCenti(QStringView text)
{
    return parseScaled(text.trimmed(), 2, MaxFen / 100);
}

} // namespace Courtyard::Money
