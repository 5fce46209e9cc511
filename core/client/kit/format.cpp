#include "kit/format.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

Format::Format(QObject *parent)
    : QObject(parent)
{
}

QDateTime Format::toDateTime(const QVariant &value)
{
    QDateTime t;
    if (!value.isValid() || value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        t = value.toDateTime();
    else if (value.metaType().id() == QMetaType::QString)
        t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    else if (bool ok = false; value.toLongLong(&ok), ok)
        t = QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
    return t.isValid() ? t.toLocalTime() : QDateTime();
}

// The locale is the UI language's (UiTranslator sets it as the default); the patterns are
// translated, so each language writes its dates its own way.
QString Format::dateTime(const QVariant &value)
{
    const QDateTime t = toDateTime(value);
    //: Date and time pattern (QDateTime::toString): short, no year
    return t.isValid() ? QLocale().toString(t, QCoreApplication::translate("Format", "d MMM, HH:mm")) : QString();
}

QString Format::date(const QVariant &value)
{
    const QDateTime t = toDateTime(value);
    //: Date pattern (QDate::toString): short, no year
    return t.isValid() ? QLocale().toString(t.date(), QCoreApplication::translate("Format", "d MMM")) : QString();
}

QString Format::time(const QVariant &value)
{
    const QDateTime t = toDateTime(value);
    return t.isValid() ? QLocale().toString(t.time(), u"HH:mm"_s) : QString();
}

QString Format::weekdayDate(const QVariant &value)
{
    const QDateTime t = toDateTime(value);
    //: Date pattern with the weekday (QDate::toString)
    return t.isValid() ? QLocale().toString(t.date(), QCoreApplication::translate("Format", "ddd d MMM")) : QString();
}

QString Format::timeOfDay(int minutes)
{
    return QLocale().toString(QTime(0, 0).addSecs(minutes * 60), u"HH:mm"_s);
}

QDateTime Format::dayTime(int dayOffset, int minutes)
{
    return QDateTime(QDate::currentDate().addDays(dayOffset), QTime(0, 0)).addSecs(qint64(minutes) * 60);
}

QString Format::dayFromToday(int offset)
{
    const QString date = weekdayDate(QDateTime(QDate::currentDate().addDays(offset), QTime(12, 0)));
    if (offset == 0)
        return QCoreApplication::translate("Format", "Today, %1").arg(date);
    if (offset == 1)
        return QCoreApplication::translate("Format", "Tomorrow, %1").arg(date);
    return date;
}

QString Format::duration(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, (ms + 30'000) / 60'000);
    if (minutes < 1)
        return QCoreApplication::translate("Format", "under a minute");
    if (minutes < 60)
        return QCoreApplication::translate("Format", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? QCoreApplication::translate("Format", "%1 h %2 min").arg(hours).arg(minutes % 60) : QCoreApplication::translate("Format", "%1 h").arg(hours);
    const qint64 days = hours / 24;
    return hours % 24 ? QCoreApplication::translate("Format", "%1 d %2 h").arg(days).arg(hours % 24) : QCoreApplication::translate("Format", "%1 d").arg(days);
}

} // namespace Courtyard::Client
