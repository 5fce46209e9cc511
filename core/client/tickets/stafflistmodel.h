#pragma once

#include "kit/pagedlistmodel.h"

#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * The technicians an agent can dispatch to, with each one's open load (orders assigned to them
 * with work still owed, TicketRules::isOpen): on duty first, then the least loaded. Read whole
 * from the account's store (staff and tickets); reloads with a diff when either changes.
 */
class StaffListModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// Only technicians of this estate; empty = all the store knows.
    Q_PROPERTY(QString estateId READ estateId WRITE setEstateId NOTIFY estateIdChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, OnDutyRole, OpenCountRole };

    explicit StaffListModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString estateId() const { return m_estateId; }
    void setEstateId(const QString &id);

Q_SIGNALS:
    void estateIdChanged();

protected:
    [[nodiscard]] QList<ListRowPtr> fetchRows(LocalStore &store, int offset, int limit) const override;

private:
    QString m_estateId;
};

} // namespace Courtyard::Client
