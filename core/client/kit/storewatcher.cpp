#include "kit/storewatcher.h"

#include <QCoreApplication>
#include <QEvent>

#include "store/localstore.h"

namespace Courtyard::Client {

StoreWatcher::StoreWatcher(QStringList entities, QObject *parent)
    : QObject(parent)
    , m_entities(std::move(entities))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::reload);
    // Installing or loading a translator sends LanguageChange to the application object.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool StoreWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        Q_EMIT retranslated();
    return QObject::eventFilter(watched, event);
}

void StoreWatcher::setStore(LocalStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &LocalStore::changed, this, [this](const QStringList &entities) {
            for (const QString &e : entities) {
                if (m_entities.contains(e)) {
                    schedule();
                    break;
                }
            }
            Q_EMIT touched(entities);
        });
        // Signing out destroys the account's store: the owner empties rather than shows stale rows.
        connect(m_store, &QObject::destroyed, this, [this] {
            m_timer.stop();
            Q_EMIT reload();
            Q_EMIT storeChanged();
        });
    }
    Q_EMIT storeChanged();
}

void StoreWatcher::schedule()
{
    m_timer.start();
}

bool StoreWatcher::isReady() const
{
    return m_store && m_store->isOpen();
}

} // namespace Courtyard::Client
