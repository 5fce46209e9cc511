#pragma once

#include "store/localstore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Courtyard::Client {

/**
 * Follows one account store for a model or a detail: reload() once, coalesced, after each
 * committed transaction that touched one of the entities it names; at once when the store is
 * destroyed (signing out), so the owner shows nothing rather than stale rows. It also says
 * when the UI language changed (retranslated()), as the words an owner made are then stale.
 */
class StoreWatcher : public QObject
{
    Q_OBJECT

public:
    explicit StoreWatcher(QStringList entities, QObject *parent = nullptr);

    [[nodiscard]] LocalStore *store() const { return m_store; }
    /// Emits storeChanged() when it is another one (no reload: the owner decides when).
    void setStore(LocalStore *store);
    [[nodiscard]] QStringList entities() const { return m_entities; }
    void setEntities(const QStringList &entities) { m_entities = entities; }
    /// Asks for a reload soon (coalesced with any other).
    void schedule();
    /// Drops a scheduled reload (the owner reloads now itself).
    void cancel() { m_timer.stop(); }
    [[nodiscard]] bool isScheduled() const { return m_timer.isActive(); }
    /// True while the store is there and open.
    [[nodiscard]] bool isReady() const;

Q_SIGNALS:
    void storeChanged();
    /// Time to read again.
    void reload();
    /// A committed transaction touched these entities (any of them, watched or not).
    void touched(const QStringList &entities);
    /// The application's translators changed: words made in C++ must be made again.
    void retranslated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<LocalStore> m_store;
    QStringList m_entities;
    QTimer m_timer;
};

} // namespace Courtyard::Client
