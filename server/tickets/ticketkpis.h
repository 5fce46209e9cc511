#pragma once

#include "module.h"

namespace Courtyard::Server::Tickets {

/// The work-order figures of GET /v1/kpis for orders created in the period: open and
/// overdue (TicketRules' definitions), median response and fix times (never negative: a
/// device time before the order's creation counts as no time), SLA compliance, ratings.
bool fillKpis(Database &db, const KpiQuery &query, QJsonObject &out);

} // namespace Courtyard::Server::Tickets
