#pragma once

#include "apiserver.h"

namespace Courtyard::Server {

class Database;
class Registry;
struct ServerConfig;

/// POST /v1/commands: applies each command exactly once, through the handler its module
/// registered for the type. The first answer — applied or rejected — is stored with the
/// command's id in the same transaction as its effect, and a replay of the same id and
/// payload gets that answer again.
class CommandService
{
public:
    CommandService(Database &db, const Registry &registry, const ServerConfig &config);
    void registerRoutes(ApiServer &server);

private:
    void push(const Context &ctx);

    Database &m_db;
    const Registry &m_registry;
    const ServerConfig &m_config;
};

} // namespace Courtyard::Server
