#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVariant>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * Dates, times and durations as every screen shows them, in the UI language's locale
 * (singleton "Format" of Courtyard.Core; C++ uses the static functions). Short and without
 * the year: "6月3日 14:05" / "3 Jun, 14:05". A value is a QDateTime (a JS Date), an API time
 * string or ms since the epoch; nothing gives "".
 */
class Format : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Format(QObject *parent = nullptr);

    Q_INVOKABLE static QString dateTime(const QVariant &value);
    Q_INVOKABLE static QString date(const QVariant &value);
    Q_INVOKABLE static QString time(const QVariant &value);
    Q_INVOKABLE static QString weekdayDate(const QVariant &value);
    /// A time of day given in minutes after midnight ("09:30").
    Q_INVOKABLE static QString timeOfDay(int minutes);
    /// "Today, Tue 3 Jun", "Tomorrow, …" or the weekday date, for a day @p offset days from today.
    Q_INVOKABLE static QString dayFromToday(int offset);
    /// The local time @p minutes after midnight of the day @p dayOffset days from today.
    Q_INVOKABLE static QDateTime dayTime(int dayOffset, int minutes);
    /// "12 min", "3 h 20 min", "2 d 4 h".
    Q_INVOKABLE static QString duration(qint64 ms);

    /// The local time of @p value; invalid when there is none.
    [[nodiscard]] static QDateTime toDateTime(const QVariant &value);
};

} // namespace Courtyard::Client
