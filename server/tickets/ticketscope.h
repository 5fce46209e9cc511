#pragma once

#include "scope.h"

namespace Courtyard::Server::Tickets {

/// Who sees which work orders, written once: a resident their units' orders and the ones
/// they filed, a technician theirs and the estate's unassigned pool, the office everything
/// in its estates. Over the columns estate_id, unit_id, created_by, assignee_id, pooled,
/// which tickets and ticket_events (a copy, rewritten when the order changes hands) both have.
[[nodiscard]] Scope orderScope(Role role);
/// The timeline follows its order; internal notes never reach residents.
[[nodiscard]] Scope eventScope(Role role);

} // namespace Courtyard::Server::Tickets
