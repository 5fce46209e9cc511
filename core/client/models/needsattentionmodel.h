#pragma once

#include "localstore.h"
#include "outbox.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

#include <qqmlintegration.h>


/**
 * The commands the server rejected and the user has not dismissed yet ("needs attention"),
 * oldest first, with the server's reason. Reloads when the store reports an outbox change.
 */
class NeedsAttentionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    /// The account's LocalStore (a QObject property, as the store library does not depend on Qt Qml).
    Q_PROPERTY(QObject *store READ storeObject WRITE setStoreObject NOTIFY storeChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role {
        CommandIdRole = Qt::UserRole + 1,
        TypeRole,
        EntityRole,
        EntityIdRole,
        CreatedAtRole,
        HttpStatusRole,
        ErrorCodeRole,
        ErrorMessageRole,
    };
    Q_ENUM(Role)

    explicit NeedsAttentionModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] LocalStore *store() const { return m_store; }
    void setStore(LocalStore *store);
    [[nodiscard]] QObject *storeObject() const { return m_store; }
    void setStoreObject(QObject *store) { setStore(qobject_cast<LocalStore *>(store)); }
    [[nodiscard]] bool isLoading() const { return false; }

    Q_INVOKABLE void reload();
    /// Marks the command at row as seen; it leaves the list (the row stays in the outbox).
    Q_INVOKABLE bool dismiss(int row);

signals:
    void storeChanged();
    void countChanged();
    void loadingChanged();

private:
    QPointer<LocalStore> m_store;
    QList<Outbox::Entry> m_entries;
    QTimer m_reloadTimer;
};
