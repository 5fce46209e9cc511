#pragma once

#include "apiserver.h"

namespace Courtyard::Server {

class Database;
class Registry;

/// GET /v1/kpis: the office's figures for one estate over a period, each module adding its
/// section (work orders: open, overdue, response and fix times, SLA, ratings; fees: collection).
class KpiService
{
public:
    KpiService(Database &db, const Registry &registry);
    void registerRoutes(ApiServer &server);

private:
    void kpis(const Context &ctx);
    Database &m_db;
    const Registry &m_registry;
};

} // namespace Courtyard::Server
