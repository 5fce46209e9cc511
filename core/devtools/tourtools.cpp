#include "tourtools.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace Courtyard::Client {

namespace {

QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == name)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

} // namespace

TourTools::TourTools(QObject *parent)
    : QObject(parent)
{
}

QObject *TourTools::find(QObject *root, const QString &name)
{
    if (auto *window = qobject_cast<QQuickWindow *>(root))
        return findItem(window->contentItem(), name);
    return findItem(qobject_cast<QQuickItem *>(root), name);
}

} // namespace Courtyard::Client
