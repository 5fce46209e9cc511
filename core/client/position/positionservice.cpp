#include "position/positionservice.h"

#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>
#include <QLoggingCategory>
#include <QNmeaPositionInfoSource>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Courtyard::Client {

Q_LOGGING_CATEGORY(lcPosition, "courtyard.client.position", QtInfoMsg)

namespace {
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
}

PositionService::PositionService(QObject *parent)
    : QObject(parent)
    , m_latitude(NaN)
    , m_longitude(NaN)
    , m_accuracy(NaN)
{
}

PositionService::PositionService(QGeoPositionInfoSource *source, QObject *parent)
    : PositionService(parent)
{
    adopt(source);
}

PositionService::~PositionService() = default;

void PositionService::adopt(QGeoPositionInfoSource *source)
{
    m_sourceResolved = true;
    m_source = source;
    if (!source)
        return;
    source->setParent(this);
    if (auto *nmea = qobject_cast<QNmeaPositionInfoSource *>(source);
        nmea && std::isnan(nmea->userEquivalentRangeError()))
        nmea->setUserEquivalentRangeError(DefaultNmeaUere);
    connect(source, &QGeoPositionInfoSource::positionUpdated, this, &PositionService::onPositionUpdated);
    connect(source, &QGeoPositionInfoSource::errorOccurred, this,
            [this](QGeoPositionInfoSource::Error e) { onError(int(e)); });
}

void PositionService::requestFix(int timeoutMs)
{
    if (m_busy)
        return;
    if (!m_sourceResolved) {
        auto *source = QGeoPositionInfoSource::createDefaultSource(this);
        qCInfo(lcPosition) << "default position source:"
                           << (source ? source->sourceName() : QStringLiteral("none"));
        adopt(source);
    }
    setBusy(true);
    if (!m_source) {
        QTimer::singleShot(0, this, [this] { complete(Outcome::NoSource); });
        return;
    }
    // Sources may report an error synchronously from requestUpdate(); onError() handles it
    // (m_busy is already set) and finished() is still emitted from there, so defer the call.
    QTimer::singleShot(0, this, [this, timeoutMs] {
        if (m_source && m_busy)
            m_source->requestUpdate(std::max(timeoutMs, 1));
    });
}

void PositionService::onPositionUpdated(const QGeoPositionInfo &info)
{
    if (!m_busy || !info.isValid())
        return;
    const QGeoCoordinate c = info.coordinate();
    m_latitude = c.latitude();
    m_longitude = c.longitude();
    m_accuracy = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
        ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
        : NaN;
    m_timestamp = info.timestamp();
    complete(Outcome::Fix);
}

void PositionService::onError(int error)
{
    if (!m_busy)
        return;
    switch (QGeoPositionInfoSource::Error(error)) {
    case QGeoPositionInfoSource::NoError:
        return;
    case QGeoPositionInfoSource::UpdateTimeoutError:
        complete(Outcome::Timeout);
        return;
    case QGeoPositionInfoSource::AccessError:
        complete(Outcome::NoPermission);
        return;
    case QGeoPositionInfoSource::ClosedError:
        complete(Outcome::NoSource);
        return;
    case QGeoPositionInfoSource::UnknownSourceError:
        complete(Outcome::Failed);
        return;
    }
    complete(Outcome::Failed);
}

void PositionService::complete(Outcome outcome)
{
    if (!m_busy)
        return;
    if (outcome != Outcome::Fix) {
        m_latitude = m_longitude = m_accuracy = NaN;
        m_timestamp = {};
    }
    m_outcome = outcome;
    qCInfo(lcPosition) << "position request ended:" << outcome; // never the coordinates
    setBusy(false);
    Q_EMIT finished();
}

void PositionService::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace Courtyard::Client
