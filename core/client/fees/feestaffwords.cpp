#include "fees/feestaffwords.h"

#include "fees/feedesk.h"
#include "fees/feerules.h"
#include "fees/feewords.h"
#include "store/entityrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace Courtyard::Client::FeeStaffWords {

namespace {

QString words(const char *text)
{
    return QCoreApplication::translate("FeeStaffWords", text);
}

} // namespace

QString meterTitle(const QString &meter)
{
    if (meter == u"water")
        return words(QT_TRANSLATE_NOOP("FeeStaffWords", "Water"));
    if (meter == u"electricity")
        return words(QT_TRANSLATE_NOOP("FeeStaffWords", "Electricity"));
    return meter;
}

QString kindTitle(const QString &kind)
{
    if (kind == u"property")
        return words(QT_TRANSLATE_NOOP("FeeStaffWords", "Property fee (by area)"));
    if (kind == u"parking")
        return words(QT_TRANSLATE_NOOP("FeeStaffWords", "Parking (per space)"));
    if (kind == u"maintenance_fund")
        return words(QT_TRANSLATE_NOOP("FeeStaffWords", "Maintenance fund (by area)"));
    if (kind == u"water")
        return words(QT_TRANSLATE_NOOP("FeeStaffWords", "Water (metered)"));
    if (kind == u"electricity")
        return words(QT_TRANSLATE_NOOP("FeeStaffWords", "Electricity (metered)"));
    if (kind == u"fixed")
        return words(QT_TRANSLATE_NOOP("FeeStaffWords", "Fixed amount"));
    if (kind == u"late_fee")
        return words(QT_TRANSLATE_NOOP("FeeStaffWords", "Late fee"));
    return kind;
}

QString unitTitle(const QString &kind)
{
    const QString unit = Fees::quantityUnit(kind);
    if (unit == u"m2")
        return u"m²"_s;
    if (unit == u"m3")
        return u"m³"_s;
    if (unit == u"kwh")
        return u"kWh"_s;
    if (unit == u"space")
        return words(QT_TRANSLATE_NOOP("FeeStaffWords", "space"));
    return words(QT_TRANSLATE_NOOP("FeeStaffWords", "unit"));
}

QString roundingTitle(const QString &rounding)
{
    if (rounding == u"half_up")
        return words(QT_TRANSLATE_NOOP("FeeStaffWords", "Half up (to the nearest fen)"));
    if (rounding == u"up")
        return words(QT_TRANSLATE_NOOP("FeeStaffWords", "Up"));
    if (rounding == u"down")
        return words(QT_TRANSLATE_NOOP("FeeStaffWords", "Down"));
    return rounding;
}

QStringList bucketTitles()
{
    return {words(QT_TRANSLATE_NOOP("FeeStaffWords", "≤ 30 days")), words(QT_TRANSLATE_NOOP("FeeStaffWords", "31–90 days")),
            words(QT_TRANSLATE_NOOP("FeeStaffWords", "91–180 days")), words(QT_TRANSLATE_NOOP("FeeStaffWords", "> 180 days"))};
}

QString daysOverdueText(int days)
{
    return QCoreApplication::translate("FeeStaffWords", "%n day(s) overdue", nullptr, days);
}

QString reminderSummary(const QJsonObject &reminder)
{
    if (reminder.isEmpty())
        return {};
    const std::optional<qint64> at = EntityRepository::parseTime(reminder.value(u"at"_s).toString());
    QStringList parts{FeeWords::channelTitle(reminder.value(u"channel"_s).toString())};
    if (at)
        parts << QDateTime::fromMSecsSinceEpoch(*at).date().toString(Qt::ISODate);
    const QString outcome = reminder.value(u"outcome"_s).toString();
    if (!outcome.isEmpty() && outcome != u"none")
        parts << FeeWords::outcomeTitle(outcome);
    return parts.join(u" · "_s);
}

QVariantList choices(const QString &kind)
{
    QStringList ids;
    std::function<QString(const QString &)> title;
    if (kind == u"method") {
        ids = Fees::paymentMethods();
        ids.removeAll(u"import"_s);
        title = FeeWords::methodTitle;
    } else if (kind == u"channel") {
        ids = Fees::reminderChannels();
        title = FeeWords::channelTitle;
    } else if (kind == u"outcome") {
        ids = Fees::reminderOutcomes();
        title = FeeWords::outcomeTitle;
    } else if (kind == u"meter") {
        ids = Fees::meters();
        title = meterTitle;
    } else if (kind == u"kind") {
        ids = Fees::itemKinds();
        ids.removeAll(u"late_fee"_s);
        title = kindTitle;
    } else if (kind == u"rounding") {
        ids = {u"half_up"_s, u"up"_s, u"down"_s};
        title = roundingTitle;
    }
    QVariantList out;
    for (const QString &id : ids) {
        QVariantMap choice{{u"id"_s, id}, {u"title"_s, title(id)}};
        if (kind == u"outcome")
            choice.insert(u"needsDate"_s, FeeDesk::needsDate(id));
        out.append(choice);
    }
    return out;
}

} // namespace Courtyard::Client::FeeStaffWords
