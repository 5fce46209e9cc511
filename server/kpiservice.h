#pragma once

#include "apiserver.h"

namespace Courtyard::Server {

class Database;

/// GET /v1/kpis: the office's figures for one estate over a period — open and overdue
/// orders, median response and resolution times, SLA compliance, ratings, fee collection.
class KpiService
{
public:
    explicit KpiService(Database &db);
    void registerRoutes(ApiServer &server);

private:
    void kpis(const Context &ctx);
    Database &m_db;
};

} // namespace Courtyard::Server
