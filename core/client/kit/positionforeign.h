#pragma once

#include "position/positionservice.h"

#include <QObject>
#include <QtQml/qqml.h>

namespace Courtyard::Client {

/// PositionService (courtyard_position, which does not depend on Qt Qml) as the QML type
/// "PositionService" of Courtyard.Core: `PositionService { id: gps }`, gps.requestFix(),
/// then read hasFix, latitude, longitude, horizontalAccuracy on finished().
struct PositionServiceForeign
{
    Q_GADGET
    QML_FOREIGN(Courtyard::Client::PositionService)
    QML_NAMED_ELEMENT(PositionService)
};

} // namespace Courtyard::Client
