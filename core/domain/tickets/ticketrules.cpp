#include "tickets/ticketrules.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Courtyard::TicketRules {

namespace {

constexpr std::array statusNames{
    std::pair{TicketStatus::Submitted, u"submitted"}, std::pair{TicketStatus::Accepted, u"accepted"},
    std::pair{TicketStatus::Assigned, u"assigned"},   std::pair{TicketStatus::OnSite, u"on_site"},
    std::pair{TicketStatus::OnHold, u"on_hold"},      std::pair{TicketStatus::Resolved, u"resolved"},
    std::pair{TicketStatus::Closed, u"closed"},       std::pair{TicketStatus::Cancelled, u"cancelled"},
    std::pair{TicketStatus::Reopened, u"reopened"},
};

constexpr std::array priorityNames{
    std::pair{TicketPriority::Urgent, u"urgent"},
    std::pair{TicketPriority::High, u"high"},
    std::pair{TicketPriority::Normal, u"normal"},
    std::pair{TicketPriority::Low, u"low"},
};

constexpr std::array actionNames{
    std::pair{TicketAction::Accept, u"ticket.accept"},
    std::pair{TicketAction::SetPriority, u"ticket.setPriority"},
    std::pair{TicketAction::Assign, u"ticket.assign"},
    std::pair{TicketAction::OpenToPool, u"ticket.openToPool"},
    std::pair{TicketAction::Take, u"ticket.take"},
    std::pair{TicketAction::CheckIn, u"ticket.checkIn"},
    std::pair{TicketAction::Hold, u"ticket.hold"},
    std::pair{TicketAction::Resume, u"ticket.resume"},
    std::pair{TicketAction::Resolve, u"ticket.resolve"},
    std::pair{TicketAction::Confirm, u"ticket.confirm"},
    std::pair{TicketAction::Reject, u"ticket.reject"},
    std::pair{TicketAction::Cancel, u"ticket.cancel"},
    std::pair{TicketAction::Note, u"ticket.note"},
    std::pair{TicketAction::CallBack, u"ticket.callBack"},
    std::pair{TicketAction::Convert, u"ticket.convert"},
};

template<typename Table, typename Key>
QString nameOf(const Table &table, Key key)
{
    for (const auto &[k, name] : table) {
        if (k == key)
            return QStringView(name).toString();
    }
    return {};
}

template<typename Key, typename Table>
std::optional<Key> keyOf(const Table &table, QStringView name)
{
    for (const auto &[k, n] : table) {
        if (name == QStringView(n))
            return k;
    }
    return std::nullopt;
}

using S = TicketStatus;

} // namespace

QString statusName(TicketStatus status) { return nameOf(statusNames, status); }
std::optional<TicketStatus> statusFromName(QStringView name) { return keyOf<TicketStatus>(statusNames, name); }
QString priorityName(TicketPriority priority) { return nameOf(priorityNames, priority); }
std::optional<TicketPriority> priorityFromName(QStringView name) { return keyOf<TicketPriority>(priorityNames, name); }
QString actionCommand(TicketAction action) { return nameOf(actionNames, action); }
std::optional<TicketAction> actionFromCommand(QStringView type) { return keyOf<TicketAction>(actionNames, type); }

const QStringList &priorities()
{
    static const QStringList list = [] {
        QStringList names;
        for (const auto &entry : priorityNames)
            names << QStringView(entry.second).toString();
        return names;
    }();
    return list;
}

int priorityRank(QStringView priority)
{
    for (int i = 0; i < int(priorityNames.size()); ++i) {
        if (priority == QStringView(priorityNames[size_t(i)].second))
            return i;
    }
    return int(priorityNames.size());
}

const QStringList &kinds()
{
    static const QStringList list{u"repair"_s, u"complaint"_s, u"inquiry"_s};
    return list;
}

const QStringList &categories()
{
    static const QStringList list{u"plumbing"_s, u"electrical"_s, u"hvac"_s,
                                  u"lift"_s,     u"public_area"_s, u"other"_s};
    return list;
}

const QStringList &dispatchModes()
{
    static const QStringList list{u"assign"_s, u"pool"_s, u"roundRobin"_s};
    return list;
}

bool isTerminal(TicketStatus status)
{
    return status == S::Closed || status == S::Cancelled;
}

bool isOpen(TicketStatus status)
{
    return !isTerminal(status) && status != S::Resolved;
}

namespace {
QStringList namesWhere(bool (*keep)(TicketStatus))
{
    QStringList out;
    for (const auto &[status, name] : statusNames) {
        if (keep(status))
            out << QStringView(name).toString();
    }
    return out;
}
} // namespace

QStringList activeStatusNames()
{
    return namesWhere([](TicketStatus s) { return !isTerminal(s); });
}

QStringList terminalStatusNames()
{
    return namesWhere(isTerminal);
}

QStringList openStatusNames()
{
    return namesWhere(isOpen);
}

bool convertible(QStringView kind)
{
    return kind == u"complaint";
}

std::optional<TicketStatus> nextStatus(TicketAction action, TicketStatus from)
{
    switch (action) {
    case TicketAction::Accept:
        if (from == S::Submitted || from == S::Reopened)
            return S::Accepted;
        break;
    case TicketAction::Assign:
        if (from == S::Submitted || from == S::Accepted || from == S::Assigned || from == S::Reopened)
            return S::Assigned;
        break;
    case TicketAction::OpenToPool:
        if (from == S::Submitted || from == S::Accepted || from == S::Assigned || from == S::Reopened)
            return S::Accepted;
        break;
    case TicketAction::Take:
        if (from == S::Accepted || from == S::Reopened)
            return S::Assigned;
        break;
    case TicketAction::CheckIn:
        if (from == S::Assigned)
            return S::OnSite;
        break;
    case TicketAction::Hold:
        if (from == S::Accepted || from == S::Assigned || from == S::OnSite)
            return S::OnHold;
        break;
    case TicketAction::Resolve:
        // A fix is only recorded by someone who checked in on site.
        if (from == S::OnSite)
            return S::Resolved;
        break;
    case TicketAction::Confirm:
    case TicketAction::CallBack:
        if (from == S::Resolved)
            return S::Closed;
        break;
    case TicketAction::Reject:
        if (from == S::Resolved)
            return S::Reopened;
        break;
    case TicketAction::Cancel:
        // Once somebody is on site the order can no longer be withdrawn.
        if (from == S::Submitted || from == S::Accepted || from == S::Assigned || from == S::Reopened)
            return S::Cancelled;
        break;
    case TicketAction::SetPriority:
    case TicketAction::Note:
    case TicketAction::Convert:
        // Converting changes what the order is, not where it stands.
        if (!isTerminal(from))
            return from;
        break;
    case TicketAction::Resume:
        break;
    }
    return std::nullopt;
}

bool allowedIn(TicketAction action, TicketStatus from)
{
    if (action == TicketAction::Resume)
        return from == S::OnHold;
    if (action == TicketAction::Note)
        return true; // notes may follow a closed order (e.g. a late call from the resident)
    return nextStatus(action, from).has_value();
}

bool mayPerform(TicketAction action, Role role, const TicketRelation &relation)
{
    const bool office = isOffice(role);
    const bool technician = role == Role::Technician;
    const bool resident = role == Role::Resident;
    switch (action) {
    case TicketAction::Accept:
    case TicketAction::SetPriority:
    case TicketAction::Assign:
    case TicketAction::OpenToPool:
    case TicketAction::Convert:
        return office;
    case TicketAction::CallBack:
        return office && relation.onBehalf;
    case TicketAction::Take:
        return technician && relation.inPool;
    case TicketAction::CheckIn:
    case TicketAction::Resolve:
        return technician && relation.assignee;
    case TicketAction::Hold:
    case TicketAction::Resume:
        return office || (technician && relation.assignee);
    case TicketAction::Confirm:
    case TicketAction::Reject:
        return resident && relation.owner && !relation.onBehalf;
    case TicketAction::Cancel:
        return office || (resident && relation.owner);
    case TicketAction::Note:
        return office || (technician && relation.assignee) || (resident && relation.owner);
    }
    return false;
}

TicketRelation relation(const TicketFacts &order, const TicketActor &actor)
{
    TicketRelation rel;
    rel.owner = actor.role == Role::Resident
                && (order.createdBy == actor.id || (!order.unitId.isEmpty() && actor.unitIds.contains(order.unitId)));
    rel.assignee = !order.assigneeId.isEmpty() && order.assigneeId == actor.id;
    rel.inPool = order.pooled && order.assigneeId.isEmpty();
    rel.onBehalf = order.onBehalf;
    return rel;
}

bool answers(TicketStatus from, TicketStatus to)
{
    return from == S::Submitted && to != S::Submitted && to != S::Cancelled;
}

bool isAnswered(const TicketTimes &t)
{
    return t.acceptedAt > 0;
}

bool isFixed(const TicketTimes &t)
{
    return t.resolvedAt > 0 && (t.status == S::Resolved || t.status == S::Closed);
}

bool isOverdue(const TicketTimes &t, qint64 now)
{
    if (!isOpen(t.status))
        return false;
    if (!isAnswered(t) && t.responseDueAt > 0 && now > t.responseDueAt)
        return true;
    return t.resolveDueAt > 0 && now > t.resolveDueAt;
}

SlaTarget defaultSla(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Urgent:
        return {15, 4 * 60};
    case TicketPriority::High:
        return {30, 8 * 60};
    case TicketPriority::Normal:
        return {60, 24 * 60};
    case TicketPriority::Low:
        return {4 * 60, 72 * 60};
    }
    return {60, 24 * 60};
}

} // namespace Courtyard::TicketRules
