#include "livechannel.h"

#include "apiclient.h"
#include "logging.h"
#include "sync/syncengine.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

LiveChannel::LiveChannel(ApiClient *api, SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_engine(engine)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &LiveChannel::update);
    m_pullTimer.setSingleShot(true);
    m_pullTimer.setInterval(0);
    connect(&m_pullTimer, &QTimer::timeout, this, [this] {
        // A failing server is left to the engine's backoff; its retry pulls anyway.
        if (m_engine && !m_engine->isBackingOff())
            m_engine->syncNow();
    });
    m_pingTimer.setInterval(PingInterval);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->ping();
    });
    m_silenceTimer.setSingleShot(true);
    m_silenceTimer.setInterval(SilenceLimit);
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcApi) << "live channel: nothing heard; reconnecting";
        if (m_socket)
            m_socket->abort();
    });

    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_foreground = app->applicationState() == Qt::ApplicationActive
                       || QGuiApplication::platformName() == u"offscreen"_s;
        connect(app, &QGuiApplication::applicationStateChanged, this, &LiveChannel::setApplicationState);
    }
    if (m_engine) {
        connect(m_engine, &SyncEngine::offlineChanged, this, &LiveChannel::update);
        connect(m_engine, &SyncEngine::signedOut, this, &LiveChannel::stop);
        connect(m_engine, &SyncEngine::cycleFinished, this, [this](bool) {
            if (m_waitForSync) {
                m_waitForSync = false;
                scheduleReconnect();
            }
        });
    }
    connect(m_api, &ApiClient::sessionEnded, this, &LiveChannel::stop);
}

LiveChannel::~LiveChannel()
{
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        delete m_socket;
    }
}

QUrl LiveChannel::liveUrl(const QUrl &apiBase)
{
    QUrl url = apiBase;
    url.setScheme(u"wss"_s);
    QString path = apiBase.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/v1"))
        path.chop(3);
    url.setPath(path + u"/v1/live"_s);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void LiveChannel::start()
{
    m_started = true;
    m_backoff.reset();
    update();
}

void LiveChannel::stop()
{
    m_started = false;
    m_waitForSync = false;
    m_reconnectTimer.stop();
    closeSocket(1000, u"stopped"_s);
}

void LiveChannel::setApplicationState(Qt::ApplicationState state)
{
    const bool foreground = state == Qt::ApplicationActive;
    if (foreground == m_foreground)
        return;
    m_foreground = foreground;
    if (foreground)
        m_backoff.reset(); // back in front: try at once
    update();
}

bool LiveChannel::wanted() const
{
    return m_started && m_foreground && m_engine && !m_engine->isOffline() && m_api->hasSession()
           && m_api->baseUrl().isValid();
}

void LiveChannel::update()
{
    if (!wanted()) {
        m_reconnectTimer.stop();
        closeSocket(1000, m_foreground ? u"offline"_s : u"background"_s);
        return;
    }
    if (m_socket || m_reconnectTimer.isActive() || m_waitForSync)
        return;
    open();
}

void LiveChannel::open()
{
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    socket->setSslConfiguration(m_api->sslConfiguration());
    connect(socket, &QWebSocket::connected, this, &LiveChannel::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &LiveChannel::onDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &LiveChannel::onMessage);
    connect(socket, &QWebSocket::pong, this, [this] { m_silenceTimer.start(); });
    connect(socket, &QWebSocket::sslErrors, this, [](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the backoff applies.
        for (const QSslError &e : errors)
            qCWarning(lcApi).noquote() << "live channel: TLS error:" << e.errorString();
    });
    QNetworkRequest request(liveUrl(m_api->baseUrl()));
    request.setSslConfiguration(m_api->sslConfiguration());
    socket->open(request);
    m_silenceTimer.start();
}

void LiveChannel::onConnected()
{
    if (!m_socket)
        return;
    const QSet<QByteArray> pins = m_api->pinnedKeys();
    if (!pins.isEmpty()) {
        bool pinned = false;
        for (const QSslCertificate &c : m_socket->sslConfiguration().peerCertificateChain())
            pinned = pinned || pins.contains(ApiClient::spkiSha256(c));
        if (!pinned) {
            // Before the token is sent.
            qCWarning(lcApi) << "live channel refused: the server's key is not pinned";
            m_socket->abort();
            return;
        }
    }
    const QString token = m_api->accessToken();
    if (token.isEmpty()) {
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, u"signed out"_s);
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"type"_s, u"hello"_s}, {u"token"_s, token}}).toJson(QJsonDocument::Compact)));
    m_pingTimer.start();
    m_silenceTimer.start();
}

void LiveChannel::onMessage(const QString &text)
{
    m_silenceTimer.start();
    const QString type = QJsonDocument::fromJson(text.toUtf8()).object().value(u"type"_s).toString();
    if (type == u"ready") {
        m_backoff.reset();
        setConnected(true);
        // What changed while the channel was closed.
        if (m_engine)
            m_engine->syncNow();
    } else if (type == u"poke") {
        Q_EMIT poked();
        if (!m_pullTimer.isActive())
            m_pullTimer.start();
    }
}

void LiveChannel::onDisconnected()
{
    QWebSocket *socket = m_socket;
    if (!socket)
        return;
    const int code = int(socket->closeCode());
    const QString reason = socket->closeReason();
    m_socket = nullptr;
    socket->deleteLater();
    m_pingTimer.stop();
    m_silenceTimer.stop();
    setConnected(false);
    qCInfo(lcApi).noquote() << u"live channel closed: %1 %2"_s.arg(code).arg(reason.left(64));
    Q_EMIT closed(code, reason);
    if (!m_started)
        return;
    if (code == 4401 && m_engine && m_engine->isStarted()) {
        // The token was refused (expired, most likely): a sync refreshes it first.
        m_waitForSync = true;
        m_engine->syncNow();
        return;
    }
    scheduleReconnect();
}

void LiveChannel::scheduleReconnect()
{
    if (!wanted()) {
        update();
        return;
    }
    m_reconnectTimer.start(m_backoff.nextDelay());
}

void LiveChannel::closeSocket(int code, const QString &reason)
{
    QWebSocket *socket = m_socket;
    if (!socket)
        return;
    m_socket = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    m_pingTimer.stop();
    m_silenceTimer.stop();
    if (socket->state() == QAbstractSocket::ConnectedState) {
        socket->close(QWebSocketProtocol::CloseCode(code), reason);
        // Give the close frame a moment; the socket goes either way.
        QTimer::singleShot(2000, socket, [socket] { socket->abort(); socket->deleteLater(); });
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    } else {
        socket->abort();
        socket->deleteLater();
    }
    setConnected(false);
}

void LiveChannel::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged();
}

} // namespace Courtyard::Client
