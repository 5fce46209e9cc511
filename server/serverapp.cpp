#include "serverapp.h"

#include "apiserver.h"
#include "attachmentservice.h"
#include "authservice.h"
#include "commandservice.h"
#include "json.h"
#include "kpiservice.h"
#include "syncservice.h"
#include "ticketcommands.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "courtyard.server")

namespace Courtyard::Server {

ServerApp::ServerApp(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

ServerApp::~ServerApp() = default;

quint16 ServerApp::start(QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_config.resolve(m_config.certificateFile));
    QFile keyFile(m_config.resolve(m_config.privateKeyFile));
    if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the certificate or key (%1, %2); run init first"_s.arg(m_config.certificateFile,
                                                                                   m_config.privateKeyFile);
        return 0;
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa);
    if (key.isNull()) {
        *error = u"the private key is neither EC nor RSA PEM"_s;
        return 0;
    }
    if (!m_db.open(m_config, error) || !m_db.migrate(error))
        return 0;
    if (!m_revisions.load(m_db)) {
        *error = u"cannot read the store's revisions"_s;
        return 0;
    }
    if (!m_tokens.loadSecret(m_config.resolve(m_config.tokenSecretFile), error))
        return 0;

    m_auth = std::make_unique<AuthService>(m_db, m_tokens, m_config);
    m_sync = std::make_unique<SyncService>(m_db, m_revisions);
    m_ticketCommands = std::make_unique<TicketCommands>(m_db, m_revisions);
    m_commands = std::make_unique<CommandService>(m_db, *m_ticketCommands);
    m_attachments = std::make_unique<AttachmentService>(m_db, m_config.resolve(m_config.attachmentsDir));
    m_kpis = std::make_unique<KpiService>(m_db);
    if (!m_attachments->prepare(error))
        return 0;

    m_http = std::make_unique<ApiServer>(m_auth.get());
    const QByteArray health = Json::compact(QJsonObject{{u"status"_s, u"ok"_s}, {u"version"_s, QStringLiteral(COURTYARD_VERSION)}});
    // The trivial route: no auth, no store. The benchmark's ceiling for this stack.
    m_http->route("GET", u"/v1/health"_s, ApiServer::Access::Public, 0, [health](const Context &ctx) {
        HttpReply r;
        r.body = health;
        ctx->respond(r);
    });
    m_auth->registerRoutes(*m_http);
    m_sync->registerRoutes(*m_http);
    m_commands->registerRoutes(*m_http);
    m_attachments->registerRoutes(*m_http);
    m_kpis->registerRoutes(*m_http);

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_http->sslSetup(tls);
    const QHostAddress address = m_config.host == u"localhost" ? QHostAddress(QHostAddress::LocalHost)
                                                               : QHostAddress(m_config.host);
    const quint16 port = m_http->listen(address, quint16(m_config.port));
    if (!port) {
        *error = u"cannot listen on %1:%2"_s.arg(m_config.host).arg(m_config.port);
        return 0;
    }

    connect(&m_housekeeping, &QTimer::timeout, this, &ServerApp::closeStaleOrders);
    m_housekeeping.start(std::chrono::minutes(10));
    closeStaleOrders();
    return port;
}

void ServerApp::closeStaleOrders()
{
    if (const int n = m_ticketCommands->autoClose(m_config.autoCloseDays, Json::nowMs()))
        qCInfo(lcServer) << "auto-closed" << n << "resolved orders without an answer";
}

} // namespace Courtyard::Server
