#pragma once

#include "kit/pagedlistmodel.h"
#include "viewer.h"

#include <QPointer>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * A unit's payments, newest first (QML "PaymentListModel"): amount, method, when (in the
 * estate's zone), the receipt number — the server's, or the recording phone's marked
 * provisional until the server confirms it —, the bills it paid and a reversal's mark. The
 * unit is `unitId`, or the viewer's acting unit when that is empty.
 */
class PaymentListModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Courtyard::Client::Viewer *viewer READ viewer WRITE setViewer NOTIFY viewerChanged)
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY unitIdChanged)

public:
    enum Role {
        PaymentIdRole = Qt::UserRole + 1,
        AmountFenRole,
        AmountTextRole,
        MethodRole,
        MethodTextRole,
        PaidAtTextRole,
        ReceiptTextRole,
        ProvisionalRole,
        ReversedRole,
        DetailRole,
        PendingRole,
    };

    explicit PaymentListModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] Viewer *viewer() const { return m_viewer; }
    void setViewer(Viewer *viewer);
    [[nodiscard]] QString unitId() const { return m_unitId; }
    void setUnitId(const QString &id);

Q_SIGNALS:
    void viewerChanged();
    void unitIdChanged();

protected:
    [[nodiscard]] QList<ListRowPtr> fetchRows(LocalStore &store, int offset, int limit) const override;

private:
    QPointer<Viewer> m_viewer;
    QString m_unitId;
};

} // namespace Courtyard::Client
