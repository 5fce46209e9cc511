#pragma once

#include "kit/pagedlistmodel.h"
#include "viewer.h"

#include <QPointer>
#include <qqmlintegration.h>

#include <functional>

namespace Courtyard::Client {

/**
 * A unit's bills, newest period first (QML "BillListModel"): period, number, totals, what is
 * paid and owed, the status in the estate's local date (Fees::billStatus, so "overdue" moves
 * at the estate's midnight) and its words and tint. The unit is `unitId`, or the viewer's
 * acting unit when that is empty. `openOnly` keeps the bills with something left to pay.
 */
class BillListModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Courtyard::Client::Viewer *viewer READ viewer WRITE setViewer NOTIFY viewerChanged)
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY unitIdChanged)
    Q_PROPERTY(bool openOnly READ openOnly WRITE setOpenOnly NOTIFY openOnlyChanged)

public:
    enum Role {
        BillIdRole = Qt::UserRole + 1,
        PeriodRole,
        PeriodTextRole,
        NumberRole,
        TotalFenRole,
        TotalTextRole,
        PaidFenRole,
        PaidTextRole,
        OwedFenRole,
        OwedTextRole,
        DueDateRole,
        DueTextRole,
        StatusRole,
        StatusTextRole,
        StatusTintRole,
        ItemsTextRole,
        OverdueRole, ///< past due and not fully paid (the card is marked)
        OwingRole,   ///< part paid or past due (the card says what is left to pay)
    };

    explicit BillListModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] Viewer *viewer() const { return m_viewer; }
    void setViewer(Viewer *viewer);
    [[nodiscard]] QString unitId() const { return m_unitId; }
    void setUnitId(const QString &id);
    [[nodiscard]] bool openOnly() const { return m_openOnly; }
    void setOpenOnly(bool open);

    /// The clock the estate's "today" is taken from (tests set their own).
    void setClock(std::function<qint64()> clock);

Q_SIGNALS:
    void viewerChanged();
    void unitIdChanged();
    void openOnlyChanged();

protected:
    [[nodiscard]] QList<ListRowPtr> fetchRows(LocalStore &store, int offset, int limit) const override;

private:
    QPointer<Viewer> m_viewer;
    QString m_unitId;
    bool m_openOnly = false;
    std::function<qint64()> m_clock;
    QTimer *m_clockTimer = nullptr;
};

} // namespace Courtyard::Client
