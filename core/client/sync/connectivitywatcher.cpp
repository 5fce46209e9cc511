#include "sync/connectivitywatcher.h"

#include "logging.h"

#include <QNetworkInformation>

namespace Courtyard::Client {

ConnectivityWatcher::ConnectivityWatcher(QObject *parent)
    : QObject(parent)
{
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    QNetworkInformation *info = QNetworkInformation::instance();
    m_available = info && info->supports(QNetworkInformation::Feature::Reachability);
    if (!m_available) {
        qCInfo(lcApi) << "no network information backend; connectivity is learnt from traffic";
        return;
    }
    qCInfo(lcApi).noquote() << "network information backend:" << info->backendName();
    const auto reachable = [](QNetworkInformation::Reachability r) {
        // Unknown counts as online: better one failed try than never trying.
        return r != QNetworkInformation::Reachability::Disconnected;
    };
    m_online = reachable(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this, reachable](QNetworkInformation::Reachability r) { update(reachable(r)); });
}

void ConnectivityWatcher::simulateOnline()
{
    m_online = false;
    update(true);
}

void ConnectivityWatcher::update(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online)
        Q_EMIT cameOnline();
    else
        Q_EMIT wentOffline();
}

} // namespace Courtyard::Client
