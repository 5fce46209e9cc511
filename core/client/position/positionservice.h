#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QGeoPositionInfo;
#include <QGeoPositionInfoSource>

namespace Courtyard::Client {

/**
 * One position fix on request — for "where is this problem?" on a report — over Qt
 * Positioning. requestFix() asks the source for a single update (requestUpdate with a timeout);
 * there is no background tracking. The outcome is either a fix (latitude, longitude, horizontal
 * accuracy when the source knows it, timestamp) or a clear reason there is none.
 *
 * The source is injectable (tests replay an NMEA log through the "nmea" plugin); by default the
 * platform's default source is created on the first request. Coordinates are never logged.
 */
class PositionService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(Outcome outcome READ outcome NOTIFY finished)
    Q_PROPERTY(bool hasFix READ hasFix NOTIFY finished)
    Q_PROPERTY(double latitude READ latitude NOTIFY finished)
    Q_PROPERTY(double longitude READ longitude NOTIFY finished)
    Q_PROPERTY(double horizontalAccuracy READ horizontalAccuracy NOTIFY finished)
    Q_PROPERTY(QDateTime timestamp READ timestamp NOTIFY finished)

public:
    enum class Outcome {
        None, ///< nothing requested yet
        Fix,
        Timeout, ///< no fix within the timeout
        NoPermission, ///< the platform refused access to the position
        NoSource, ///< no positioning source on this device, or it closed
        Failed, ///< the source reported another error
    };
    Q_ENUM(Outcome)

    static constexpr int DefaultTimeoutMs = 30000;
    /// The User Equivalent Range Error given to NMEA sources that have none, so that their
    /// HDOP yields an accuracy (Qt 6.4 reports 2 × HDOP × UERE, about 95 % confidence; Qt
    /// documents 5.1 m as a typical UERE).
    static constexpr double DefaultNmeaUere = 5.1;

    /// Uses the platform's default source (created on the first request).
    explicit PositionService(QObject *parent = nullptr);
    /// Uses @p source, taking ownership; nullptr means "no source" (every request: NoSource).
    explicit PositionService(QGeoPositionInfoSource *source, QObject *parent = nullptr);
    ~PositionService() override;

    /// Asks for one fix; finished() follows once (never inside this call). A request while one
    /// is running is ignored (the running one answers).
    Q_INVOKABLE void requestFix(int timeoutMs = DefaultTimeoutMs);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    [[nodiscard]] bool hasFix() const { return m_outcome == Outcome::Fix; }
    /// Degrees (WGS-84); NaN without a fix.
    [[nodiscard]] double latitude() const { return m_latitude; }
    [[nodiscard]] double longitude() const { return m_longitude; }
    /// Metres (radius); NaN when the source gave no accuracy.
    [[nodiscard]] double horizontalAccuracy() const { return m_accuracy; }
    /// When the fix was taken (UTC); invalid without a fix.
    [[nodiscard]] QDateTime timestamp() const { return m_timestamp; }
    [[nodiscard]] QGeoPositionInfoSource *source() const { return m_source; }

Q_SIGNALS:
    void busyChanged();
    /// A request ended: outcome() says how.
    void finished();

private:
    void adopt(QGeoPositionInfoSource *source);
    void onPositionUpdated(const QGeoPositionInfo &info);
    void onError(int error);
    void complete(Outcome outcome);
    void setBusy(bool busy);

    QPointer<QGeoPositionInfoSource> m_source;
    bool m_sourceResolved = false;
    bool m_busy = false;
    Outcome m_outcome = Outcome::None;
    double m_latitude;
    double m_longitude;
    double m_accuracy;
    QDateTime m_timestamp;
};

} // namespace Courtyard::Client
