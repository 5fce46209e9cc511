#pragma once

#include <QObject>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/// What the tours need of the running app (singleton "TourTools" of Courtyard.DevTools): an
/// item of the window found by its objectName, the way a person would find it on screen.
class TourTools : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit TourTools(QObject *parent = nullptr);

    /// The first visible item named @p name under @p root (a window or an item); null when none.
    Q_INVOKABLE static QObject *find(QObject *root, const QString &name);
};

} // namespace Courtyard::Client
