#include "serverapp.h"

#include "apiserver.h"
#include "attachmentservice.h"
#include "httpsettings.h"
#include "commandservice.h"
#include "json.h"
#include "kpiservice.h"
#include "livehub.h"
#include "migrator.h"
#include "principal.h"
#include "registry.h"
#include "revisions.h"
#include "syncservice.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "courtyard.server")

namespace Courtyard::Server {

QSslConfiguration ServerApp::tlsConfiguration(const QList<QSslCertificate> &chain, const QSslKey &key)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    // AEAD only: TLS 1.3's suites, and in TLS 1.2 ECDHE with AES-GCM or ChaCha20-Poly1305
    // (no CBC: LUCKY13; no static RSA: no forward secrecy). Ours first, whatever the client
    // prefers; OpenSSL 3 refuses client-initiated renegotiation, and legacy renegotiation is off.
    QList<QSslCipher> ciphers;
    for (const QSslCipher &c : QSslConfiguration::supportedCiphers()) {
        const QString name = c.name();
        const bool tls13 = c.protocol() == QSsl::TlsV1_3;
        const bool aead = name.contains(u"GCM"_s) || name.contains(u"CHACHA20"_s);
        if (tls13 ? aead : aead && name.startsWith(u"ECDHE-"_s))
            ciphers.append(c);
    }
    tls.setCiphers(ciphers);
    tls.setSslOption(QSsl::SslOptionDisableServerCipherPreference, false);
    tls.setSslOption(QSsl::SslOptionDisableLegacyRenegotiation, true);
    return tls;
}

ServerApp::ServerApp(ServerConfig config, const Registry &registry, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_registry(registry)
{
}

ServerApp::~ServerApp()
{
    // The live sockets and the listener first, then what their handlers use.
    m_live.reset();
    m_http.reset();
    m_services.clear();
}

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
    if (!m_db.open(m_config, error) || !Migrator::migrate(m_db, m_registry, error))
        return 0;
    m_revisions = std::make_unique<Revisions>(m_db);
    m_revisions->start();
    m_principals = std::make_unique<PrincipalCache>(m_db, m_registry);
    m_http = std::make_unique<ApiServer>();

    const QByteArray health = Json::compact(QJsonObject{{u"status"_s, u"ok"_s}, {u"version"_s, QStringLiteral(COURTYARD_VERSION)}});
    // The trivial route: no auth, no store. The benchmark's ceiling for this stack.
    m_http->route("GET", u"/v1/health"_s, ApiServer::Access::Public, 0, [health](const Context &ctx) {
        HttpReply r;
        r.body = health;
        ctx->respond(r);
    });
    ServiceContext context{m_db, m_config, m_registry, *m_principals, *m_revisions, *m_http, error};
    for (const Registry::ServiceFactory &make : m_registry.services()) {
        std::unique_ptr<ModuleService> service = make(context);
        if (!service)
            return 0;
        m_services.push_back(std::move(service));
    }
    m_sync = std::make_unique<SyncService>(m_db, m_registry, *m_revisions);
    // Per user and per process (see README): commands and photo uploads.
    m_commandLimit = std::make_unique<WriteLimiter>(m_config.setting(u"limits/commandsPerMinute"_s),
                                                    m_config.setting(u"limits/commandBurst"_s));
    m_uploadLimit = std::make_unique<WriteLimiter>(m_config.setting(u"limits/uploadsPerMinute"_s),
                                                   m_config.setting(u"limits/uploadBurst"_s));
    m_commands = std::make_unique<CommandService>(m_db, m_registry, m_config, *m_commandLimit);
    m_attachments = std::make_unique<AttachmentService>(m_db, m_registry, m_config.resolve(m_config.attachmentsDir),
                                                        *m_uploadLimit);
    m_kpis = std::make_unique<KpiService>(m_db, m_registry);
    if (!m_attachments->prepare(error))
        return 0;
    m_sync->registerRoutes(*m_http);
    m_commands->registerRoutes(*m_http);
    m_attachments->registerRoutes(*m_http);
    m_kpis->registerRoutes(*m_http);
    // Live updates: a WebSocket on the same port that pokes apps when a change reaches them.
    m_live = std::make_unique<LiveHub>(m_db, m_registry, *m_revisions, *m_http);
    m_live->registerRoutes(*m_http);

    m_http->sslSetup(tlsConfiguration(chain, key));
    m_http->setLimits(httpLimits(m_config));
    m_http->setTrustedProxies(m_config.trustedProxies);
    const QHostAddress address = m_config.host == u"localhost" ? QHostAddress(QHostAddress::LocalHost)
                                                               : QHostAddress(m_config.host);
    const quint16 port = m_http->listen(address, quint16(m_config.port));
    if (!port) {
        *error = u"cannot listen on %1:%2"_s.arg(m_config.host).arg(m_config.port);
        return 0;
    }

    for (const Job &job : m_registry.jobs()) {
        auto run = [this, job] {
            JobContext ctx{m_db, m_config, Json::nowMs()};
            job.run(ctx);
        };
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, run);
        timer->start(job.interval);
        m_jobTimers.append(timer);
        run();
    }
    return port;
}

} // namespace Courtyard::Server
