#pragma once

#include "apiserver.h"

namespace Courtyard::Server {

class Database;
class TicketCommands;

/// POST /v1/commands: applies each command exactly once. The first answer — applied or
/// rejected — is stored with the command's id in the same transaction as its effect, and
/// a replay of the same id and payload gets that answer again.
class CommandService
{
public:
    CommandService(Database &db, TicketCommands &tickets);
    void registerRoutes(ApiServer &server);

private:
    void push(const Context &ctx);

    Database &m_db;
    TicketCommands &m_tickets;
};

} // namespace Courtyard::Server
