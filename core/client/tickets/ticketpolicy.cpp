#include "tickets/ticketpolicy.h"

#include "text.h"
#include "tickets/ticketlimits.h"
#include "tickets/ticketrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Courtyard::TicketStatus;
namespace Rules = Courtyard::TicketRules;
namespace TL = Courtyard::TicketLimits;

namespace Courtyard::Client::TicketPolicy {

namespace {


QStringList names(std::initializer_list<TicketStatus> statuses)
{
    QStringList out;
    for (TicketStatus s : statuses)
        out << Rules::statusName(s);
    return out;
}

using S = TicketStatus;
using A = TicketQueue::Assignee;
using Sort = TicketRepository::Sort;

} // namespace

const QList<TicketQueue> &queues()
{
    static const QList<TicketQueue> all{
        {u"office.new"_s, names({S::Submitted, S::Reopened}), A::Anyone, Sort::PriorityThenDeadline, u"mark_email_read"_s},
        {u"office.inProgress"_s, names({S::Accepted, S::Assigned, S::OnSite}), A::Anyone, Sort::PriorityThenDeadline, u"engineering"_s},
        {u"office.onHold"_s, names({S::OnHold}), A::Anyone, Sort::PriorityThenDeadline, u"pause_circle"_s},
        {u"office.resolved"_s, names({S::Resolved}), A::Anyone, Sort::NewestFirst, u"task_alt"_s},
        {u"tech.mine"_s, names({S::Assigned, S::OnSite, S::OnHold}), A::Viewer, Sort::PriorityThenDeadline, u"handyman"_s},
        {u"tech.pool"_s, names({S::Submitted, S::Accepted, S::Reopened}), A::Unassigned, Sort::PriorityThenDeadline, u"front_hand"_s},
        {u"tech.done"_s, names({S::Resolved, S::Closed}), A::Viewer, Sort::NewestFirst, u"task_alt"_s},
        // The resident's own: what is not ended yet (a fix to confirm included), and the rest.
        {u"resident.open"_s, Rules::activeStatusNames(), A::Anyone, Sort::NewestFirst, u"home_repair_service"_s},
        {u"resident.past"_s, Rules::terminalStatusNames(), A::Anyone, Sort::NewestFirst, u"history"_s},
        {u"resident.toConfirm"_s, names({S::Resolved}), A::Anyone, Sort::NewestFirst, u"task_alt"_s},
    };
    return all;
}

const TicketQueue *queue(const QString &id)
{
    for (const TicketQueue &q : queues()) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

QStringList queuesFor(Courtyard::Role role)
{
    if (role == Courtyard::Role::Technician)
        return {u"tech.mine"_s, u"tech.pool"_s, u"tech.done"_s};
    if (Courtyard::isOffice(role))
        return {u"office.new"_s, u"office.inProgress"_s, u"office.onHold"_s, u"office.resolved"_s};
    return {u"resident.open"_s, u"resident.past"_s};
}

QVariantMap describe(const QString &id)
{
    const TicketQueue *q = queue(id);
    if (!q)
        return {};
    QString title, empty, text;
    if (id == u"office.new") {
        title = QCoreApplication::translate("TicketPolicy", "New");
        empty = QCoreApplication::translate("TicketPolicy", "No new requests");
        text = QCoreApplication::translate("TicketPolicy", "New repair requests and complaints appear here first.");
    } else if (id == u"office.inProgress") {
        title = QCoreApplication::translate("TicketPolicy", "In progress");
        empty = QCoreApplication::translate("TicketPolicy", "Nothing in progress");
        text = QCoreApplication::translate("TicketPolicy", "Accepted and dispatched orders appear here.");
    } else if (id == u"office.onHold") {
        title = QCoreApplication::translate("TicketPolicy", "On hold");
        empty = QCoreApplication::translate("TicketPolicy", "Nothing on hold");
        text = QCoreApplication::translate("TicketPolicy", "Orders waiting for parts or the resident appear here.");
    } else if (id == u"office.resolved") {
        title = QCoreApplication::translate("TicketPolicy", "Resolved");
        empty = QCoreApplication::translate("TicketPolicy", "Nothing awaiting an answer");
        text = QCoreApplication::translate("TicketPolicy", "Fixed orders wait here for the resident's confirmation or your call-back.");
    } else if (id == u"tech.mine") {
        title = QCoreApplication::translate("TicketPolicy", "My orders");
        empty = QCoreApplication::translate("TicketPolicy", "No orders for you");
        text = QCoreApplication::translate("TicketPolicy", "Orders assigned to you appear here, most urgent first. Take one from the pool.");
    } else if (id == u"tech.pool") {
        title = QCoreApplication::translate("TicketPolicy", "Pool");
        empty = QCoreApplication::translate("TicketPolicy", "The pool is empty");
        text = QCoreApplication::translate("TicketPolicy", "Orders the office opens to all technicians appear here.");
    } else if (id == u"tech.done") {
        title = QCoreApplication::translate("TicketPolicy", "Done");
        empty = QCoreApplication::translate("TicketPolicy", "Nothing done yet");
        text = QCoreApplication::translate("TicketPolicy", "Your resolved orders and the residents' ratings appear here.");
    } else if (id == u"resident.open") {
        title = QCoreApplication::translate("TicketPolicy", "Open requests");
        empty = QCoreApplication::translate("TicketPolicy", "Nothing open");
        text = QCoreApplication::translate("TicketPolicy", "Nothing open: everything you reported is done.");
    } else if (id == u"resident.past") {
        title = QCoreApplication::translate("TicketPolicy", "Past requests");
        empty = QCoreApplication::translate("TicketPolicy", "No past requests");
        text = QCoreApplication::translate("TicketPolicy", "Requests you confirmed or cancelled show here.");
    } else if (id == u"resident.toConfirm") {
        title = QCoreApplication::translate("TicketPolicy", "To confirm");
    }
    return {{u"id"_s, id}, {u"title"_s, title}, {u"icon"_s, q->icon}, {u"emptyTitle"_s, empty}, {u"emptyText"_s, text}};
}

QString actionButtonText(const QString &name)
{
    if (name == u"accept")
        return QCoreApplication::translate("TicketPolicy", "Accept");
    if (name == u"setPriority")
        return QCoreApplication::translate("TicketPolicy", "Priority");
    if (name == u"dispatch")
        return QCoreApplication::translate("TicketPolicy", "Dispatch");
    if (name == u"take")
        return QCoreApplication::translate("TicketPolicy", "Take this order");
    if (name == u"checkIn")
        return QCoreApplication::translate("TicketPolicy", "Check in on site");
    if (name == u"hold")
        return QCoreApplication::translate("TicketPolicy", "Put on hold");
    if (name == u"resume")
        return QCoreApplication::translate("TicketPolicy", "Resume");
    if (name == u"resolve")
        return QCoreApplication::translate("TicketPolicy", "Resolve");
    if (name == u"note")
        return QCoreApplication::translate("TicketPolicy", "Add note");
    if (name == u"callBack")
        return QCoreApplication::translate("TicketPolicy", "Record call-back");
    if (name == u"convert")
        return QCoreApplication::translate("TicketPolicy", "Convert to repair");
    if (name == u"cancel")
        return QCoreApplication::translate("TicketPolicy", "Cancel order");
    return name;
}

QString actionIcon(const QString &name)
{
    static const QHash<QString, QString> icons{
        {u"accept"_s, u"task_alt"_s},        {u"setPriority"_s, u"flag"_s},  {u"dispatch"_s, u"assignment_ind"_s},
        {u"take"_s, u"pan_tool"_s},          {u"checkIn"_s, u"where_to_vote"_s}, {u"hold"_s, u"pause_circle"_s},
        {u"resume"_s, u"play_circle"_s},     {u"resolve"_s, u"check_circle"_s}, {u"note"_s, u"edit_note"_s},
        {u"callBack"_s, u"phone_callback"_s}, {u"convert"_s, u"build"_s},    {u"cancel"_s, u"cancel"_s},
    };
    return icons.value(name, u"more_horiz"_s);
}

QVariantMap actionPolicy(const QStringList &actions, Courtyard::Role role)
{
    const bool technician = role == Courtyard::Role::Technician;
    // Each role's work, in the order the main button prefers it.
    const QStringList primaryOrder = technician ? QStringList{u"take"_s, u"checkIn"_s, u"resolve"_s, u"resume"_s}
                                                : QStringList{u"callBack"_s, u"accept"_s, u"dispatch"_s, u"resume"_s};
    const QStringList secondaryOrder{u"setPriority"_s, u"dispatch"_s, u"hold"_s, u"resume"_s,
                                     u"convert"_s,     u"note"_s,     u"cancel"_s};
    // What the staff app may ever show a role: the resident's buttons never.
    const QStringList roleActions = technician
                                        ? QStringList{u"take"_s, u"checkIn"_s, u"resolve"_s, u"hold"_s, u"resume"_s, u"note"_s}
                                        : QStringList{u"accept"_s, u"setPriority"_s, u"dispatch"_s, u"hold"_s, u"resume"_s,
                                                      u"convert"_s, u"note"_s, u"callBack"_s, u"cancel"_s};
    QStringList available;
    for (const QString &a : actions) {
        const QString name = (a == u"assign" || a == u"openToPool") ? u"dispatch"_s : a;
        if (roleActions.contains(name) && !available.contains(name))
            available << name;
    }
    QString primary;
    for (const QString &a : primaryOrder) {
        if (available.contains(a)) {
            primary = a;
            break;
        }
    }
    QVariantList secondary;
    for (const QString &a : secondaryOrder) {
        if (a != primary && available.contains(a))
            secondary.append(QVariantMap{{u"name"_s, a}, {u"text"_s, actionButtonText(a)},
                                         {u"icon"_s, actionIcon(a)}, {u"danger"_s, a == u"cancel"}});
    }
    return {{u"primary"_s, primary.isEmpty() ? QVariant()
                                              : QVariant(QVariantMap{{u"name"_s, primary},
                                                                     {u"text"_s, actionButtonText(primary)},
                                                                     {u"icon"_s, actionIcon(primary)}})},
            {u"primaryName"_s, primary},
            {u"secondary"_s, secondary},
            {u"canAssign"_s, actions.contains(u"assign"_s)},
            {u"canPool"_s, actions.contains(u"openToPool"_s)}};
}

QString checkPart(const QString &name, const QString &quantity)
{
    const QString n = Courtyard::Text::clean(name);
    if (n.isEmpty())
        return QCoreApplication::translate("TicketPolicy", "Name the part");
    if (Courtyard::Text::length(n) > TL::PartNameMax)
        return QCoreApplication::translate("TicketPolicy", "At most %1 characters").arg(TL::PartNameMax);
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    const QString q = quantity.trimmed();
    if (!digits.match(q).hasMatch() || q.toInt() < TL::PartQuantityMin || q.toInt() > TL::PartQuantityMax)
        return QCoreApplication::translate("TicketPolicy", "Quantity %1 to %2").arg(TL::PartQuantityMin).arg(TL::PartQuantityMax);
    return {};
}

QVariantMap checkReport(const QVariantMap &report)
{
    QVariantMap e;
    const QString summary = Courtyard::Text::clean(report.value(u"summary"_s).toString());
    if (summary.isEmpty())
        e.insert(u"summary"_s, QCoreApplication::translate("TicketPolicy", "Say what was done"));
    else if (Courtyard::Text::length(summary) > TL::NoteMax)
        e.insert(u"summary"_s, QCoreApplication::translate("TicketPolicy", "At most %1 characters").arg(TL::NoteMax));
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    const QString minutes = report.value(u"minutesText"_s).toString().trimmed();
    if (!minutes.isEmpty() && (!digits.match(minutes).hasMatch() || minutes.toLongLong() > TL::MinutesWorkedMax))
        e.insert(u"minutes"_s, QCoreApplication::translate("TicketPolicy", "Whole minutes, 0 or more"));
    QVariantList parts;
    bool partsOk = true;
    for (const QVariant &p : report.value(u"parts"_s).toList()) {
        const QVariantMap part = p.toMap();
        const QString problem = checkPart(part.value(u"name"_s).toString(), part.value(u"quantity"_s).toString());
        partsOk = partsOk && problem.isEmpty();
        parts.append(problem);
    }
    e.insert(u"parts"_s, parts);
    e.insert(u"valid"_s, partsOk && !e.contains(u"summary"_s) && !e.contains(u"minutes"_s));
    return e;
}

} // namespace Courtyard::Client::TicketPolicy
