#include "tickets/labels.h"

#include "tickets/ticketrules.h"

#include <QHash>
#include <QJsonObject>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Labels", text);
}

} // namespace

Labels::Labels(QObject *parent)
    : QObject(parent)
{
}

QString Labels::statusText(const QString &status)
{
    if (status == u"submitted")
        return tr("Submitted");
    if (status == u"accepted")
        return tr("Accepted");
    if (status == u"assigned")
        return tr("Assigned");
    if (status == u"on_site")
        return tr("On site");
    if (status == u"on_hold")
        return tr("On hold");
    if (status == u"resolved")
        return tr("Resolved");
    if (status == u"closed")
        return tr("Closed");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"reopened")
        return tr("Reopened");
    return status;
}

QString Labels::priorityText(const QString &priority)
{
    if (priority == u"urgent")
        return tr("Urgent");
    if (priority == u"high")
        return tr("High");
    if (priority == u"normal")
        return tr("Normal");
    if (priority == u"low")
        return tr("Low");
    return priority;
}

QString Labels::kindText(const QString &kind)
{
    if (kind == u"repair")
        return tr("Repair");
    if (kind == u"complaint")
        return tr("Complaint");
    if (kind == u"inquiry")
        return tr("Inquiry");
    return kind;
}

QString Labels::categoryText(const QString &category)
{
    if (category == u"plumbing")
        return tr("Plumbing");
    if (category == u"electrical")
        return tr("Electrical");
    if (category == u"hvac")
        return tr("Heating & air");
    if (category == u"lift")
        return tr("Lift");
    if (category == u"public_area")
        return tr("Common areas");
    if (category == u"other")
        return tr("Other");
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
        return tr("Resident");
    if (role == u"agent")
        return tr("Service desk");
    if (role == u"technician")
        return tr("Technician");
    if (role == u"manager")
        return tr("Manager");
    if (role == u"system")
        return tr("Courtyard");
    return role;
}

QString Labels::actionText(const QString &action)
{
    const QString a = action.startsWith(u"ticket.") ? action.mid(7) : action;
    if (a == u"submit")
        return tr("Reported");
    if (a == u"accept")
        return tr("Accepted");
    if (a == u"setPriority")
        return tr("Priority set");
    if (a == u"assign")
        return tr("Assigned");
    if (a == u"openToPool")
        return tr("Opened to the pool");
    if (a == u"take")
        return tr("Taken from the pool");
    if (a == u"checkIn")
        return tr("Checked in on site");
    if (a == u"hold")
        return tr("Put on hold");
    if (a == u"resume")
        return tr("Resumed");
    if (a == u"resolve")
        return tr("Resolved");
    if (a == u"confirm")
        return tr("Confirmed and rated");
    if (a == u"reject")
        return tr("Not fixed: reopened");
    if (a == u"cancel")
        return tr("Cancelled");
    if (a == u"note")
        return tr("Note");
    if (a == u"callBack")
        return tr("Call-back recorded");
    if (a == u"update")
        return tr("Updated");
    if (a == u"convert" || a == u"converted")
        return tr("Converted to a repair");
    return a;
}

QString Labels::detailText(const QJsonObject &detail)
{
    const QString kind = detail.value(u"kind"_s).toString();
    if (kind == u"priority") {
        const QString to = priorityText(detail.value(u"to"_s).toString());
        const QString from = detail.value(u"from"_s).toString();
        //: A priority changed from one level to another, e.g. "Normal → Urgent"
        return from.isEmpty() ? to : tr("%1 → %2").arg(priorityText(from), to);
    }
    if (kind == u"roundRobin")
        return tr("Assigned by round-robin");
    if (kind == u"autoClose") {
        const int days = detail.value(u"afterDays"_s).toInt();
        return QCoreApplication::translate("Labels", "Closed automatically after %n day(s) without an answer", nullptr,
                                           days);
    }
    if (kind == u"convert")
        return tr("%1 → %2").arg(kindText(detail.value(u"from"_s).toString()),
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
