#pragma once

#include "positionservice.h"

#include <QObject>
#include <QtQml/qqml.h>

/// PositionService (courtyard_position, which does not depend on Qt Qml) as the QML type
/// "PositionService" of Courtyard.Core: `PositionService { id: gps }`, gps.requestFix(),
/// then read hasFix, latitude, longitude, horizontalAccuracy on finished().
struct PositionServiceForeign
{
    Q_GADGET
    QML_FOREIGN(PositionService)
    QML_NAMED_ELEMENT(PositionService)
};
