#include "fees/feewords.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Courtyard::Client::FeeWords {

namespace {

QString words(const char *text)
{
    return QCoreApplication::translate("FeeWords", text);
}

} // namespace

QString language()
{
    // UiTranslator makes the UI language's locale the default.
    return QLocale().language() == QLocale::Chinese ? u"zh"_s : u"en"_s;
}

QString statusTitle(const QString &status)
{
    if (status == u"unpaid")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Unpaid"));
    if (status == u"partly_paid")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Partly paid"));
    if (status == u"paid")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Paid"));
    if (status == u"overdue")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Overdue"));
    if (status == u"waived")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Waived"));
    return status;
}

QString statusTint(const QString &status)
{
    if (status == u"overdue")
        return u"#C62828"_s;
    if (status == u"partly_paid")
        return u"#D97706"_s;
    if (status == u"paid")
        return u"#15803D"_s;
    if (status == u"waived")
        return u"#64748B"_s;
    return u"#1D4ED8"_s; // unpaid, not yet due
}

QString methodTitle(const QString &method)
{
    if (method == u"cash")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Cash"));
    if (method == u"bank")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Bank transfer"));
    if (method == u"wechat")
        return words(QT_TRANSLATE_NOOP("FeeWords", "WeChat Pay"));
    if (method == u"alipay")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Alipay"));
    if (method == u"card")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Bank card"));
    if (method == u"pos")
        return words(QT_TRANSLATE_NOOP("FeeWords", "POS terminal"));
    if (method == u"import")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Bank file"));
    return method;
}

QString channelTitle(const QString &channel)
{
    if (channel == u"app")
        return words(QT_TRANSLATE_NOOP("FeeWords", "App message"));
    if (channel == u"sms")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Text message"));
    if (channel == u"phone")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Phone call"));
    if (channel == u"visit")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Visit"));
    if (channel == u"letter")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Letter"));
    return channel;
}

QString outcomeTitle(const QString &outcome)
{
    if (outcome == u"promised")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Promised to pay"));
    if (outcome == u"refused")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Refused"));
    if (outcome == u"not_reached")
        return words(QT_TRANSLATE_NOOP("FeeWords", "Not reached"));
    if (outcome == u"none")
        return words(QT_TRANSLATE_NOOP("FeeWords", "No outcome"));
    return outcome;
}

QString periodTitle(const QString &period)
{
    const QDate first = QDate::fromString(period + u"-01"_s, u"yyyy-MM-dd"_s);
    //: Month pattern of a bill's period (QDate::toString), e.g. "Nov 2026"
    return first.isValid() ? QLocale().toString(first, words(QT_TRANSLATE_NOOP("FeeWords", "MMM yyyy"))) : period;
}

QString dateText(QDate day)
{
    //: Date pattern with the year (QDate::toString), e.g. "31 Dec 2026"
    return day.isValid() ? QLocale().toString(day, words(QT_TRANSLATE_NOOP("FeeWords", "d MMM yyyy"))) : QString();
}

QString dateTimeText(const QDateTime &at, const QTimeZone &zone)
{
    if (!at.isValid())
        return {};
    //: Date and time pattern with the year (QDateTime::toString), e.g. "2 Dec 2026, 10:30"
    return QLocale().toString(at.toTimeZone(zone), words(QT_TRANSLATE_NOOP("FeeWords", "d MMM yyyy, HH:mm")));
}

QTimeZone zoneOf(const QString &ianaId)
{
    const QTimeZone zone(ianaId.toUtf8());
    return !ianaId.isEmpty() && zone.isValid() ? zone : QTimeZone("Asia/Shanghai");
}

QDateTime parseTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

} // namespace Courtyard::Client::FeeWords
