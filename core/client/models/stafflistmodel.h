#pragma once

#include "localstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <qqmlintegration.h>

/**
 * The technicians an agent can dispatch to, with each one's open load (orders assigned to them
 * and not yet resolved): on duty first, then the least loaded. Read from the account's store
 * (staff and tickets); reloads when either changes.
 */
class StaffListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QObject *store READ storeObject WRITE setStoreObject NOTIFY storeChanged)
    /// Only technicians of this estate; empty = all the store knows.
    Q_PROPERTY(QString estateId READ estateId WRITE setEstateId NOTIFY estateIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, OnDutyRole, OpenCountRole };

    explicit StaffListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QObject *storeObject() const { return m_store; }
    void setStoreObject(QObject *store);
    [[nodiscard]] QString estateId() const { return m_estateId; }
    void setEstateId(const QString &id);

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void storeChanged();
    void estateIdChanged();
    void countChanged();

private:
    struct Technician
    {
        QString id;
        QString name;
        bool onDuty = false;
        int openCount = 0;
    };
    QPointer<LocalStore> m_store;
    QString m_estateId;
    QList<Technician> m_rows;
    QTimer m_reloadTimer;
};
