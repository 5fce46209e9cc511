#pragma once

#include "database.h"
#include "revisions.h"
#include "serverconfig.h"
#include "tokenservice.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Courtyard::Server {

class ApiServer;
class AuthService;
class SyncService;
class TicketCommands;
class CommandService;
class AttachmentService;
class KpiService;

/// The running server: the store, the services and the HTTPS listener, wired together.
class ServerApp : public QObject
{
    Q_OBJECT
public:
    explicit ServerApp(ServerConfig config, QObject *parent = nullptr);
    ~ServerApp() override;

    /// Opens the store, loads the TLS credentials and listens. Returns the port, or 0.
    quint16 start(QString *error);

private:
    void closeStaleOrders();

    ServerConfig m_config;
    Database m_db;
    Revisions m_revisions;
    TokenService m_tokens;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<TicketCommands> m_ticketCommands;
    std::unique_ptr<CommandService> m_commands;
    std::unique_ptr<AttachmentService> m_attachments;
    std::unique_ptr<KpiService> m_kpis;
    std::unique_ptr<ApiServer> m_http;
    QTimer m_housekeeping;
};

} // namespace Courtyard::Server
