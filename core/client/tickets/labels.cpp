#include "tickets/labels.h"

#include "tickets/ticketrules.h"

#include <QHash>
#include <QJsonObject>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

Labels::Labels(QObject *parent)
    : QObject(parent)
{
}

QString Labels::statusText(const QString &status)
{
    if (status == u"submitted")
        return QCoreApplication::translate("Labels", "Submitted");
    if (status == u"accepted")
        return QCoreApplication::translate("Labels", "Accepted");
    if (status == u"assigned")
        return QCoreApplication::translate("Labels", "Assigned");
    if (status == u"on_site")
        return QCoreApplication::translate("Labels", "On site");
    if (status == u"on_hold")
        return QCoreApplication::translate("Labels", "On hold");
    if (status == u"resolved")
        return QCoreApplication::translate("Labels", "Resolved");
    if (status == u"closed")
        return QCoreApplication::translate("Labels", "Closed");
    if (status == u"cancelled")
        return QCoreApplication::translate("Labels", "Cancelled");
    if (status == u"reopened")
        return QCoreApplication::translate("Labels", "Reopened");
    return status;
}

QString Labels::priorityText(const QString &priority)
{
    if (priority == u"urgent")
        return QCoreApplication::translate("Labels", "Urgent");
    if (priority == u"high")
        return QCoreApplication::translate("Labels", "High");
    if (priority == u"normal")
        return QCoreApplication::translate("Labels", "Normal");
    if (priority == u"low")
        return QCoreApplication::translate("Labels", "Low");
    return priority;
}

QString Labels::kindText(const QString &kind)
{
    if (kind == u"repair")
        return QCoreApplication::translate("Labels", "Repair");
    if (kind == u"complaint")
        return QCoreApplication::translate("Labels", "Complaint");
    if (kind == u"inquiry")
        return QCoreApplication::translate("Labels", "Inquiry");
    return kind;
}

QString Labels::categoryText(const QString &category)
{
    if (category == u"plumbing")
        return QCoreApplication::translate("Labels", "Plumbing");
    if (category == u"electrical")
        return QCoreApplication::translate("Labels", "Electrical");
    if (category == u"hvac")
        return QCoreApplication::translate("Labels", "Heating & air");
    if (category == u"lift")
        return QCoreApplication::translate("Labels", "Lift");
    if (category == u"public_area")
        return QCoreApplication::translate("Labels", "Common areas");
    if (category == u"other")
        return QCoreApplication::translate("Labels", "Other");
    return category;
}

QString Labels::categoryIcon(const QString &category)
{
    if (category == u"plumbing")
        return u"plumbing"_s;
    if (category == u"electrical")
        return u"electrical_services"_s;
    if (category == u"hvac")
        return u"ac_unit"_s;
    if (category == u"lift")
        return u"elevator"_s;
    if (category == u"public_area")
        return u"park"_s;
    return u"build"_s;
}

QString Labels::statusColor(const QString &status)
{
    static const QHash<QString, QString> colours{
        {u"submitted"_s, u"#1D4ED8"_s}, {u"accepted"_s, u"#0F766E"_s}, {u"assigned"_s, u"#4338CA"_s},
        {u"on_site"_s, u"#7E22CE"_s},   {u"on_hold"_s, u"#B45309"_s},  {u"resolved"_s, u"#15803D"_s},
        {u"reopened"_s, u"#C2410C"_s},
    };
    return colours.value(status, u"#475569"_s); // closed, cancelled
}

QString Labels::badgeIcon(const QString &category, const QString &kind)
{
    if (kind == u"complaint")
        return u"report_problem"_s;
    if (kind == u"inquiry")
        return u"help_outline"_s;
    return categoryIcon(category);
}

QString Labels::badgeColor(const QString &category, const QString &kind)
{
    if (kind == u"complaint")
        return u"#BE123C"_s;
    if (kind == u"inquiry")
        return u"#6D28D9"_s;
    static const QHash<QString, QString> colours{
        {u"plumbing"_s, u"#0369A1"_s}, {u"electrical"_s, u"#B45309"_s}, {u"hvac"_s, u"#0E7490"_s},
        {u"lift"_s, u"#4338CA"_s},     {u"public_area"_s, u"#15803D"_s},
    };
    return colours.value(category, u"#475569"_s);
}

QString Labels::titleOf(const QString &kind, const QString &category)
{
    return kind == u"repair" || kind.isEmpty() ? categoryText(category.isEmpty() ? u"other"_s : category) : kindText(kind);
}

QString Labels::roleText(const QString &role)
{
    if (role == u"resident")
        return QCoreApplication::translate("Labels", "Resident");
    if (role == u"agent")
        return QCoreApplication::translate("Labels", "Service desk");
    if (role == u"technician")
        return QCoreApplication::translate("Labels", "Technician");
    if (role == u"manager")
        return QCoreApplication::translate("Labels", "Manager");
    if (role == u"system")
        return QCoreApplication::translate("Labels", "Courtyard");
    return role;
}

QString Labels::actionText(const QString &action)
{
    const QString a = action.startsWith(u"ticket.") ? action.mid(7) : action;
    if (a == u"submit")
        return QCoreApplication::translate("Labels", "Reported");
    if (a == u"accept")
        return QCoreApplication::translate("Labels", "Accepted");
    if (a == u"setPriority")
        return QCoreApplication::translate("Labels", "Priority set");
    if (a == u"assign")
        return QCoreApplication::translate("Labels", "Assigned");
    if (a == u"openToPool")
        return QCoreApplication::translate("Labels", "Opened to the pool");
    if (a == u"take")
        return QCoreApplication::translate("Labels", "Taken from the pool");
    if (a == u"checkIn")
        return QCoreApplication::translate("Labels", "Checked in on site");
    if (a == u"hold")
        return QCoreApplication::translate("Labels", "Put on hold");
    if (a == u"resume")
        return QCoreApplication::translate("Labels", "Resumed");
    if (a == u"resolve")
        return QCoreApplication::translate("Labels", "Resolved");
    if (a == u"confirm")
        return QCoreApplication::translate("Labels", "Confirmed and rated");
    if (a == u"reject")
        return QCoreApplication::translate("Labels", "Not fixed: reopened");
    if (a == u"cancel")
        return QCoreApplication::translate("Labels", "Cancelled");
    if (a == u"note")
        return QCoreApplication::translate("Labels", "Note");
    if (a == u"callBack")
        return QCoreApplication::translate("Labels", "Call-back recorded");
    if (a == u"update")
        return QCoreApplication::translate("Labels", "Updated");
    if (a == u"convert" || a == u"converted")
        return QCoreApplication::translate("Labels", "Converted to a repair");
    return a;
}

QString Labels::detailText(const QJsonObject &detail)
{
    const QString kind = detail.value(u"kind"_s).toString();
    if (kind == u"priority") {
        const QString to = priorityText(detail.value(u"to"_s).toString());
        const QString from = detail.value(u"from"_s).toString();
        //: A priority changed from one level to another, e.g. "Normal → Urgent"
        return from.isEmpty() ? to : QCoreApplication::translate("Labels", "%1 → %2").arg(priorityText(from), to);
    }
    if (kind == u"roundRobin")
        return QCoreApplication::translate("Labels", "Assigned by round-robin");
    if (kind == u"autoClose") {
        const int days = detail.value(u"afterDays"_s).toInt();
        return QCoreApplication::translate("Labels", "Closed automatically after %n day(s) without an answer", nullptr,
                                           days);
    }
    if (kind == u"convert")
        return QCoreApplication::translate("Labels", "%1 → %2").arg(kindText(detail.value(u"from"_s).toString()),
                                 kindText(detail.value(u"to"_s).toString()));
    return {};
}

QStringList Labels::kinds()
{
    return Courtyard::TicketRules::kinds();
}

QStringList Labels::categories()
{
    return Courtyard::TicketRules::categories();
}

QStringList Labels::priorities()
{
    return Courtyard::TicketRules::priorities();
}

QStringList Labels::activeStatuses()
{
    return Courtyard::TicketRules::activeStatusNames();
}

} // namespace Courtyard::Client
