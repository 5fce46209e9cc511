#include "feerules.h"

#include <QJsonValue>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Courtyard::Fees {

namespace {

/// A quantity and a rate are both in hundredths: their product is in 10^-4 fen.
constexpr qint64 LineScale = 100 * 100;
constexpr qint64 Million = 1'000'000;

bool isZh(QStringView language)
{
    return language.startsWith(u"zh");
}

/// 500 parts per million → "0.05%".
QString ppmPercent(int ppm)
{
    const int whole = ppm / 10000;
    const int fraction = ppm % 10000;
    QString text = QString::number(whole);
    if (fraction != 0) {
        QString digits = u"%1"_s.arg(fraction, 4, 10, QChar(u'0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return text + u'%';
}

QString quantityText(const BillLine &line, bool zh)
{
    const QString amount = Money::centiText(line.quantityCenti);
    const QString unit = quantityUnit(line.kind);
    if (unit == u"m2")
        return amount + u" m²"_s;
    if (unit == u"m3")
        return amount + u" m³"_s;
    if (unit == u"kwh")
        return amount + (zh ? u" 度"_s : u" kWh"_s);
    if (unit == u"space")
        return amount + (zh ? u" 个车位"_s : (line.quantityCenti == 100 ? u" space"_s : u" spaces"_s));
    return {};
}

QString periodText(const BillLine &line, bool zh)
{
    if (line.daysInPeriod > 0)
        return zh ? u"%1/%2 天"_s.arg(line.days).arg(line.daysInPeriod) : u"%1/%2 days"_s.arg(line.days).arg(line.daysInPeriod);
    if (zh)
        return u"%1 个月"_s.arg(line.months);
    return line.months == 1 ? u"1 month"_s : u"%1 months"_s.arg(line.months);
}

} // namespace

QStringList itemKinds()
{
    return {u"property"_s, u"parking"_s, u"maintenance_fund"_s, u"water"_s, u"electricity"_s, u"fixed"_s};
}

bool isMetered(QStringView kind)
{
    return kind == u"water" || kind == u"electricity";
}

QString quantityUnit(QStringView kind)
{
    if (kind == u"property" || kind == u"maintenance_fund")
        return u"m2"_s;
    if (kind == u"parking")
        return u"space"_s;
    if (kind == u"water")
        return u"m3"_s;
    if (kind == u"electricity")
        return u"kwh"_s;
    return u"unit"_s;
}

QStringList paymentMethods()
{
    return {u"cash"_s, u"bank"_s, u"wechat"_s, u"alipay"_s, u"card"_s, u"pos"_s};
}

QStringList reminderChannels()
{
    return {u"app"_s, u"sms"_s, u"phone"_s, u"visit"_s, u"letter"_s};
}

QStringList reminderOutcomes()
{
    return {u"none"_s, u"promised"_s, u"refused"_s, u"not_reached"_s};
}

QStringList meters()
{
    return {u"water"_s, u"electricity"_s};
}

bool isPeriod(QStringView period)
{
    if (period.size() != 7 || period.at(4) != u'-')
        return false;
    for (int i : {0, 1, 2, 3, 5, 6}) {
        if (!period.at(i).isDigit() || period.at(i).unicode() > 0x7f)
            return false;
    }
    const int month = period.mid(5).toInt();
    return month >= 1 && month <= 12 && period.left(4).toInt() >= 2000;
}

QDate periodStart(QStringView period)
{
    if (!isPeriod(period))
        return {};
    return QDate(period.left(4).toInt(), period.mid(5).toInt(), 1);
}

QDate periodEnd(QStringView period)
{
    const QDate start = periodStart(period);
    return start.isValid() ? start.addMonths(1).addDays(-1) : QDate();
}

QString periodOf(QDate day)
{
    return day.isValid() ? day.toString(u"yyyy-MM"_s) : QString();
}

QString addMonths(QStringView period, int months)
{
    return periodOf(periodStart(period).addMonths(months));
}

QDate dueDate(QStringView period, int dueDay, int monthOffset)
{
    const QDate month = periodStart(period).addMonths(monthOffset);
    if (!month.isValid())
        return {};
    return QDate(month.year(), month.month(), std::clamp(dueDay, 1, month.daysInMonth()));
}

QJsonObject BillLine::toJson() const
{
    QJsonObject o{{u"kind"_s, kind}, {u"label"_s, label}, {u"rounding"_s, Money::roundingName(rounding)},
                  {u"amountFen"_s, amountFen}};
    const auto put = [&o](const QString &key, qint64 value, qint64 unset) {
        if (value != unset)
            o.insert(key, value);
    };
    if (!itemId.isEmpty())
        o.insert(u"itemId"_s, itemId);
    if (!sourceBillId.isEmpty())
        o.insert(u"sourceBillId"_s, sourceBillId);
    put(u"quantityCenti"_s, quantityCenti, 0);
    put(u"rateCentiFen"_s, rateCentiFen, 0);
    put(u"months"_s, months, 1);
    put(u"days"_s, days, 0);
    put(u"daysInPeriod"_s, daysInPeriod, 0);
    put(u"discountPermille"_s, discountPermille, 1000);
    put(u"previousCenti"_s, previousCenti, -1);
    put(u"currentCenti"_s, currentCenti, -1);
    put(u"principalFen"_s, principalFen, 0);
    put(u"daysLate"_s, daysLate, 0);
    put(u"ratePpmPerDay"_s, ratePpmPerDay, 0);
    put(u"capPermille"_s, capPermille, 0);
    put(u"chargedBeforeFen"_s, chargedBeforeFen, 0);
    return o;
}

std::optional<BillLine> BillLine::fromJson(const QJsonObject &json)
{
    BillLine line;
    line.kind = json.value(u"kind"_s).toString();
    if (!itemKinds().contains(line.kind) && line.kind != u"late_fee")
        return std::nullopt;
    const std::optional<Money::Rounding> rounding = Money::roundingFromName(json.value(u"rounding"_s).toString(u"half_up"_s));
    if (!rounding)
        return std::nullopt;
    line.rounding = *rounding;
    line.itemId = json.value(u"itemId"_s).toString();
    line.label = json.value(u"label"_s).toString();
    line.sourceBillId = json.value(u"sourceBillId"_s).toString();
    const auto get = [&json](const QString &key, qint64 unset) {
        const QJsonValue v = json.value(key);
        return v.isDouble() ? v.toInteger(unset) : unset;
    };
    line.quantityCenti = get(u"quantityCenti"_s, 0);
    line.rateCentiFen = get(u"rateCentiFen"_s, 0);
    line.months = int(get(u"months"_s, 1));
    line.days = int(get(u"days"_s, 0));
    line.daysInPeriod = int(get(u"daysInPeriod"_s, 0));
    line.discountPermille = int(get(u"discountPermille"_s, 1000));
    line.previousCenti = get(u"previousCenti"_s, -1);
    line.currentCenti = get(u"currentCenti"_s, -1);
    line.principalFen = get(u"principalFen"_s, 0);
    line.daysLate = int(get(u"daysLate"_s, 0));
    line.ratePpmPerDay = int(get(u"ratePpmPerDay"_s, 0));
    line.capPermille = int(get(u"capPermille"_s, 0));
    line.chargedBeforeFen = get(u"chargedBeforeFen"_s, 0);
    line.amountFen = get(u"amountFen"_s, 0);
    return line;
}

qint64 lineAmount(const BillLine &line)
{
    // quantity (10^-2) × rate (10^-2 fen) × months × discount‰, all in one fraction.
    __int128 numerator = __int128(line.quantityCenti) * line.rateCentiFen * line.discountPermille;
    __int128 denominator = __int128(LineScale) * 1000;
    if (isMetered(line.kind)) {
        // usage × rate: the reading period is the bill's, no months factor
    } else if (line.daysInPeriod > 0) {
        numerator *= line.days;
        denominator *= line.daysInPeriod;
    } else {
        numerator *= line.months;
    }
    return Money::divide(numerator, denominator, line.rounding);
}

qint64 lateFeeAmount(const BillLine &line)
{
    // Both the daily charge and the cap over 10^6, so the smaller is taken before rounding.
    const __int128 daily = __int128(line.principalFen) * line.daysLate * line.ratePpmPerDay;
    const __int128 cap = __int128(line.principalFen) * line.capPermille * 1000;
    const __int128 due = line.capPermille > 0 ? std::min(daily, cap) : daily;
    const qint64 total = Money::divide(due, Million, line.rounding);
    return std::max<qint64>(0, total - line.chargedBeforeFen);
}

BillLine computed(BillLine line)
{
    line.amountFen = line.kind == u"late_fee" ? lateFeeAmount(line) : lineAmount(line);
    return line;
}

QString rateText(qint64 rateCentiFen)
{
    // hundredths of a fen: two more decimals than fen, shown only when they are not zero.
    const qint64 fen = rateCentiFen / 100;
    const int extra = int(rateCentiFen % 100);
    QString text = Money::format(fen);
    if (extra != 0) {
        QString digits = u"%1"_s.arg(extra < 0 ? -extra : extra, 2, 10, QChar(u'0'));
        if (digits.endsWith(u'0'))
            digits.chop(1);
        text += digits;
    }
    return text;
}

QString explain(const BillLine &line, QStringView language)
{
    const bool zh = isZh(language);
    const QString result = u" = "_s + Money::format(line.amountFen);
    if (line.kind == u"late_fee") {
        QString text = Money::format(line.principalFen) + u" × "_s + ppmPercent(line.ratePpmPerDay)
            + (zh ? u" × %1 天"_s : u" × %1 days"_s).arg(line.daysLate);
        if (line.capPermille > 0)
            text += zh ? u"（上限 %1%）"_s.arg(Money::centiText(line.capPermille * 10))
                       : u" (at most %1%)"_s.arg(Money::centiText(line.capPermille * 10));
        if (line.chargedBeforeFen > 0)
            text += u" − "_s + Money::format(line.chargedBeforeFen) + (zh ? u"（已计）"_s : u" (charged before)"_s);
        return text + result;
    }
    QStringList factors;
    if (isMetered(line.kind)) {
        QString usage = quantityText(line, zh);
        if (line.previousCenti >= 0 && line.currentCenti >= 0)
            usage += u" ("_s + Money::centiText(line.previousCenti) + u" → "_s + Money::centiText(line.currentCenti) + u')';
        factors << usage << rateText(line.rateCentiFen);
    } else {
        const QString quantity = quantityText(line, zh);
        if (!quantity.isEmpty())
            factors << quantity;
        factors << rateText(line.rateCentiFen) << periodText(line, zh);
    }
    if (line.discountPermille != 1000)
        factors << Money::centiText(line.discountPermille * 10) + u'%';
    QString text = factors.join(u" × "_s) + result;
    if (line.rounding != Money::Rounding::HalfUp)
        text += zh ? (line.rounding == Money::Rounding::Up ? u"（向上取整）"_s : u"（向下取整）"_s)
                   : (line.rounding == Money::Rounding::Up ? u" (rounded up)"_s : u" (rounded down)"_s);
    return text;
}

QString billStatus(qint64 totalFen, qint64 paidFen, bool waived, QDate dueDate, QDate today)
{
    if (waived)
        return u"waived"_s;
    if (paidFen >= totalFen)
        return u"paid"_s;
    if (dueDate.isValid() && today.isValid() && today > dueDate)
        return u"overdue"_s;
    return paidFen > 0 ? u"partly_paid"_s : u"unpaid"_s;
}

QList<Allocation> allocate(qint64 amountFen, QList<Outstanding> bills, bool keepOrder, qint64 *leftOverFen)
{
    if (!keepOrder) {
        std::stable_sort(bills.begin(), bills.end(), [](const Outstanding &a, const Outstanding &b) {
            if (a.dueDate != b.dueDate)
                return a.dueDate < b.dueDate;
            if (a.period != b.period)
                return a.period < b.period;
            return a.billId < b.billId;
        });
    }
    QList<Allocation> out;
    qint64 left = std::max<qint64>(0, amountFen);
    for (const Outstanding &bill : std::as_const(bills)) {
        if (left == 0)
            break;
        if (bill.owedFen <= 0)
            continue;
        const qint64 part = std::min(left, bill.owedFen);
        out.append({bill.billId, part});
        left -= part;
    }
    if (leftOverFen)
        *leftOverFen = left;
    return out;
}

int ageBucket(QDate dueDate, QDate today)
{
    const qint64 days = dueDate.daysTo(today);
    if (days <= 0)
        return -1;
    if (days <= 30)
        return 0;
    if (days <= 90)
        return 1;
    return days <= 180 ? 2 : 3;
}

int monthsOverdue(QDate dueDate, QDate today)
{
    if (!dueDate.isValid() || !today.isValid() || today <= dueDate)
        return 0;
    int months = (today.year() - dueDate.year()) * 12 + today.month() - dueDate.month();
    if (dueDate.addMonths(months) > today)
        --months;
    return std::max(0, months);
}

bool isEarlyWarning(qint64 owedFen, int overdueMonths, qint64 thresholdFen, int thresholdMonths)
{
    if (owedFen <= 0)
        return false;
    return (thresholdFen > 0 && owedFen >= thresholdFen) || (thresholdMonths > 0 && overdueMonths >= thresholdMonths);
}

int permille(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return -1;
    return int(Money::divide(__int128(part) * 1000, whole, Money::Rounding::HalfUp));
}

QString percentText(qint64 part, qint64 whole)
{
    const int tenths = permille(part, whole);
    if (tenths < 0)
        return u"—"_s;
    return u"%1.%2%"_s.arg(tenths / 10).arg(tenths % 10);
}

QString readingProblem(qint64 lastCenti, qint64 valueCenti, bool replacement, qint64 startCenti)
{
    if (valueCenti < 0 || (replacement && startCenti < 0))
        return u"negative"_s;
    if (replacement)
        return valueCenti < startCenti ? u"below_start"_s : QString();
    if (lastCenti >= 0 && valueCenti < lastCenti)
        return u"lower"_s;
    return {};
}

QDateTime shownFrom(const QDateTime &given)
{
    const QTime from(8, 0);
    const QTime until(21, 0);
    const QTime at = given.time();
    if (at >= from && at < until)
        return given;
    const QDate day = at >= until ? given.date().addDays(1) : given.date();
    return QDateTime(day, from, given.timeZone());
}

} // namespace Courtyard::Fees
