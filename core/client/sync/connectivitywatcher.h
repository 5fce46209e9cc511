#pragma once

#include <QObject>

namespace Courtyard::Client {

/**
 * Follows the platform's idea of network reachability through QNetworkInformation, where a
 * backend loads (Android, Apple, Windows, NetworkManager on Linux). Without one it reports
 * "unknown" forever and the sync engine relies on its own traffic and timers.
 */
class ConnectivityWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ConnectivityWatcher(QObject *parent = nullptr);

    /// False when no QNetworkInformation backend could be loaded.
    [[nodiscard]] bool isAvailable() const { return m_available; }
    /// False only when a backend positively says the device is offline.
    [[nodiscard]] bool isOnline() const { return m_online; }

Q_SIGNALS:
    /// The device went from offline to online (also emitted by simulateOnline()).
    void cameOnline();
    void wentOffline();

public Q_SLOTS:
    /// For tests and platforms without a backend: behaves as if connectivity returned.
    void simulateOnline();

private:
    void update(bool online);

    bool m_available = false;
    bool m_online = true;
};

} // namespace Courtyard::Client
