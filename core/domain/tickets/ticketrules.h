#pragma once

#include "roles.h"

#include <QtGlobal>

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

/// The facts of an order that decide how a person stands to it (from a row or its JSON).
struct TicketFacts
{
    QString estateId;
    QString unitId;
    QString createdBy;
    QString assigneeId;
    bool pooled = false;
    bool onBehalf = false;
};

/// The person acting: who they are and, for a resident, their units.
struct TicketActor
{
    QString id;
    Role role = Role::Resident;
    QStringList unitIds;
};

/// How the acting person stands to the order; the rules need nothing else.
struct TicketRelation
{
    bool owner = false;    ///< the resident who reported it or lives in its unit
    bool assignee = false; ///< the technician it is assigned to
    bool inPool = false;   ///< unassigned and open for technicians of its estate to take
    bool onBehalf = false; ///< logged by an agent for a resident: ends with a call-back
};

/// The times an order's SLA clock reads (ms since the epoch; 0 = none).
struct TicketTimes
{
    TicketStatus status = TicketStatus::Submitted;
    qint64 createdAt = 0;
    qint64 responseDueAt = 0;
    qint64 resolveDueAt = 0;
    qint64 acceptedAt = 0; ///< when the office first answered (left "submitted")
    qint64 resolvedAt = 0;
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

/// urgent, high, normal, low: the order screens and the server list them in.
[[nodiscard]] const QStringList &priorities();
/// 0 urgent ... 3 low; 4 for an unknown name (sorts last).
[[nodiscard]] int priorityRank(QStringView priority);
[[nodiscard]] const QStringList &kinds();      ///< repair, complaint, inquiry
[[nodiscard]] const QStringList &categories(); ///< plumbing, electrical, hvac, lift, public_area, other
[[nodiscard]] const QStringList &dispatchModes(); ///< assign, pool, roundRobin

/// True once nothing more can happen to the order (closed, cancelled).
[[nodiscard]] bool isTerminal(TicketStatus status);
/// True while work on the order is still owed: not yet resolved, closed or cancelled. A
/// resolved order waits for the resident, not for the property office.
[[nodiscard]] bool isOpen(TicketStatus status);
/// The statuses of orders not yet ended (every status but closed and cancelled).
[[nodiscard]] QStringList activeStatusNames();
/// The statuses of ended orders (closed, cancelled).
[[nodiscard]] QStringList terminalStatusNames();
/// The statuses of open orders (see isOpen).
[[nodiscard]] QStringList openStatusNames();

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

/// How @p actor stands to an order with these facts: the same on the server and the phone.
[[nodiscard]] TicketRelation relation(const TicketFacts &order, const TicketActor &actor);

/// Whether moving an order from @p from to @p to answers it (records the response time):
/// the first step out of "submitted" other than a cancellation.
[[nodiscard]] bool answers(TicketStatus from, TicketStatus to);
/// Whether the office has answered the order (its response clock has stopped).
[[nodiscard]] bool isAnswered(const TicketTimes &times);
/// Whether the order is fixed (resolved or closed after a fix).
[[nodiscard]] bool isFixed(const TicketTimes &times);
/// Late for its response or its fix at @p now; never for an order that is not open.
[[nodiscard]] bool isOverdue(const TicketTimes &times, qint64 now);

/// Default SLA targets; an estate may set its own.
[[nodiscard]] SlaTarget defaultSla(TicketPriority priority);

} // namespace TicketRules
} // namespace Courtyard
