#pragma once

#include "sync/backoff.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <qqmlintegration.h>

#include <QWebSocket>

namespace Courtyard::Client {

class ApiClient;
class SyncEngine;

/**
 * The app's end of live updates: a WebSocket to the server's /v1/live (wss, the API's host
 * and port, the same CAs, TLS 1.2+ and SPKI pins as ApiClient — verification is never turned
 * off). The server sends `{"type":"poke"}` when a change it may see was committed; the
 * channel then asks the sync engine to pull now. It carries no data: the pull decides what
 * the account may read. The engine's one-minute poll stays as the fallback.
 *
 * - The access token goes in the first message, `{"type":"hello","token":"…"}`, never in the
 *   URL, and is never logged. `{"type":"ready"}` answers it; the channel then pulls once (what
 *   changed while it was closed).
 * - Open only while started, the app is in the foreground (Qt::ApplicationActive; the
 *   offscreen platform counts as foreground) and the engine is not offline; closed (1000)
 *   otherwise, and opened again when all three hold.
 * - A dropped or refused connection is retried after a backoff with full jitter (1 s doubling
 *   to at most 60 s; reset once the server said ready). A close 4401 (token refused, e.g.
 *   expired) first lets the engine sync — ApiClient refreshes the token on its 401 — then
 *   reconnects with the new token; a session ended for good stops the channel.
 * - The channel pings every 30 s and drops a connection that answered nothing for 75 s.
 */
class LiveChannel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LiveChannel is created in C++")
    Q_PROPERTY(bool connected READ isConnected NOTIFY connectedChanged)

public:
    static constexpr std::chrono::milliseconds PingInterval{30'000};
    static constexpr std::chrono::milliseconds SilenceLimit{75'000};

    /// @p api and @p engine must outlive the channel.
    LiveChannel(ApiClient *api, SyncEngine *engine, QObject *parent = nullptr);
    ~LiveChannel() override;

    /// Opens the channel when the conditions above hold, and keeps it so until stop().
    void start();
    void stop();
    [[nodiscard]] bool isStarted() const { return m_started; }
    /// True once the server answered the hello (pokes arrive).
    [[nodiscard]] bool isConnected() const { return m_connected; }
    /// True while a socket exists (connecting, waiting for ready, or ready).
    [[nodiscard]] bool isOpen() const { return m_socket != nullptr; }
    [[nodiscard]] bool isForeground() const { return m_foreground; }
    [[nodiscard]] Backoff &backoff() { return m_backoff; }
    /// wss://host:port/v1/live for the API's base URL.
    [[nodiscard]] static QUrl liveUrl(const QUrl &apiBase);

public Q_SLOTS:
    /// Follows the application's state (connected to QGuiApplication::applicationStateChanged).
    void setApplicationState(Qt::ApplicationState state);

Q_SIGNALS:
    void connectedChanged();
    /// A poke arrived (before the pull it asks for).
    void poked();
    /// The socket closed: the server's (or the network's) close code and reason.
    void closed(int code, const QString &reason);

private:
    [[nodiscard]] bool wanted() const;
    void update();
    void open();
    void closeSocket(int code, const QString &reason);
    void onConnected();
    void onMessage(const QString &text);
    void onDisconnected();
    void scheduleReconnect();
    void setConnected(bool connected);

    ApiClient *m_api;
    QPointer<SyncEngine> m_engine;
    QPointer<QWebSocket> m_socket;
    Backoff m_backoff{std::chrono::seconds(1), std::chrono::seconds(60)};
    QTimer m_reconnectTimer;
    QTimer m_pullTimer;   ///< pokes that arrive together are one pull
    QTimer m_pingTimer;
    QTimer m_silenceTimer;
    bool m_started = false;
    bool m_foreground = true;
    bool m_connected = false;
    bool m_waitForSync = false; ///< after a 4401: reconnect once the engine's next cycle ended
};

} // namespace Courtyard::Client
