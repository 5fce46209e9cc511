#pragma once

#include "roles.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Courtyard {

/// Where a work order stands (PRODUCT.md §1, "Life cycle").
enum class TicketStatus {
    Submitted,
    Accepted,
    Assigned,
    OnSite,
    OnHold,
    Resolved,
    Closed,
    Cancelled,
    Reopened,
};

enum class TicketPriority { Urgent, High, Normal, Low };

/// Everything a person can do to a work order. Each maps to one command type.
enum class TicketAction {
    Accept,
    SetPriority,
    Assign,
    OpenToPool,
    Take,
    CheckIn,
    Hold,
    Resume,
    Resolve,
    Confirm,
    Reject,
    Cancel,
    Note,
    CallBack,
    Convert, ///< the office turns a complaint into a repair order (same order, same timeline); keep last
};

/// How the acting person stands to the order; the rules need nothing else.
struct TicketRelation
{
    bool owner = false;    ///< the resident who reported it or lives in its unit
    bool assignee = false; ///< the technician it is assigned to
    bool inPool = false;   ///< unassigned and open for technicians of its estate to take
    bool onBehalf = false; ///< logged by an agent for a resident: ends with a call-back
};

/// SLA targets in minutes for one priority.
struct SlaTarget
{
    int responseMinutes = 0;
    int resolveMinutes = 0;
};

namespace TicketRules {

[[nodiscard]] QString statusName(TicketStatus status);
[[nodiscard]] std::optional<TicketStatus> statusFromName(QStringView name);
[[nodiscard]] QString priorityName(TicketPriority priority);
[[nodiscard]] std::optional<TicketPriority> priorityFromName(QStringView name);
[[nodiscard]] QString actionCommand(TicketAction action); ///< e.g. "ticket.checkIn"
[[nodiscard]] std::optional<TicketAction> actionFromCommand(QStringView type);

[[nodiscard]] const QStringList &kinds();      ///< repair, complaint, inquiry
[[nodiscard]] const QStringList &categories(); ///< plumbing, electrical, hvac, lift, public_area, other
[[nodiscard]] const QStringList &dispatchModes(); ///< assign, pool, roundRobin

/// True once nothing more can happen to the order.
[[nodiscard]] bool isTerminal(TicketStatus status);

/// Whether an order of `kind` may be converted into a repair order: only a complaint can.
/// (allowedIn(Convert, status) says whether its status still allows it.)
[[nodiscard]] bool convertible(QStringView kind);

/// The status an action leads to from `from`, or nothing when the life cycle forbids it.
/// Resume returns nothing here: it goes back to the status saved when the order was held.
[[nodiscard]] std::optional<TicketStatus> nextStatus(TicketAction action, TicketStatus from);

/// Whether the life cycle allows `action` in `from` at all (Resume and Note included).
[[nodiscard]] bool allowedIn(TicketAction action, TicketStatus from);

/// Whether a person of `role` standing in `relation` to the order may take `action`.
/// The server checks this for every command; the apps use it to hide what cannot be done.
[[nodiscard]] bool mayPerform(TicketAction action, Role role, const TicketRelation &relation);

/// Default SLA targets; an estate may set its own.
[[nodiscard]] SlaTarget defaultSla(TicketPriority priority);

} // namespace TicketRules
} // namespace Courtyard
