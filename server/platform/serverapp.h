#pragma once

#include "database.h"
#include "serverconfig.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <memory>
#include <vector>

class QTimer;

namespace Courtyard::Server {

class ApiServer;
class AttachmentService;
class CommandService;
class KpiService;
class LiveHub;
class ModuleService;
class PrincipalCache;
class Registry;
class Revisions;
class SyncService;
class WriteLimiter;

/// The running server: the store, the platform's services, the modules' services and jobs,
/// and the HTTPS listener, wired together.
class ServerApp : public QObject
{
    Q_OBJECT
public:
    ServerApp(ServerConfig config, const Registry &registry, QObject *parent = nullptr);
    ~ServerApp() override;

    /// Opens the store, loads the TLS credentials and listens. Returns the port, or 0.
    quint16 start(QString *error);

    /// TLS 1.2 (AEAD suites with ECDHE only) and TLS 1.3, with our certificate.
    [[nodiscard]] static QSslConfiguration tlsConfiguration(const QList<QSslCertificate> &chain, const QSslKey &key);

private:
    ServerConfig m_config;
    const Registry &m_registry;
    Database m_db;
    std::unique_ptr<Revisions> m_revisions;
    std::unique_ptr<PrincipalCache> m_principals;
    std::unique_ptr<ApiServer> m_http;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<WriteLimiter> m_commandLimit;
    std::unique_ptr<WriteLimiter> m_uploadLimit;
    std::unique_ptr<CommandService> m_commands;
    std::unique_ptr<AttachmentService> m_attachments;
    std::unique_ptr<KpiService> m_kpis;
    std::unique_ptr<LiveHub> m_live;
    std::vector<std::unique_ptr<ModuleService>> m_services;
    QList<QTimer *> m_jobTimers;
};

} // namespace Courtyard::Server
