#pragma once

#include "kit/pagedlistmodel.h"

#include <QDate>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * The arrears list of the front desk (QML "ArrearsList"): every unit of an estate, or of one
 * building, with bills past due, computed on the phone from the synced bills by the shared
 * rules (FeeStaffLedger::arrears: Fees::ageBucket, monthsOverdue, isEarlyWarning with the estate's
 * thresholds), so it works offline and shows a payment recorded here at once. Sorted by the
 * amount owed or by age, largest first; early-warning units are marked.
 */
class FeeArrearsModel : public PagedListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ArrearsList)
    Q_PROPERTY(QString estateId READ estateId WRITE setEstateId NOTIFY estateIdChanged)
    /// One building's units (empty: the whole estate).
    Q_PROPERTY(QString buildingId READ buildingId WRITE setBuildingId NOTIFY buildingIdChanged)
    /// "amount" (owed, largest first) or "age" (oldest due first).
    Q_PROPERTY(QString sort READ sort WRITE setSort NOTIFY sortChanged)
    /// The estate's date the ages are counted to ("YYYY-MM-DD"; empty: today in the estate's zone).
    Q_PROPERTY(QString today READ today WRITE setToday NOTIFY todayChanged)
    /// "¥12,345.00": what the units listed owe together.
    Q_PROPERTY(QString totalText READ totalText NOTIFY totalsChanged)
    Q_PROPERTY(qint64 totalFen READ totalFen NOTIFY totalsChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY totalsChanged)

public:
    /// bucketTexts: the four age buckets as "¥…" ("" when empty); ageText "95 days";
    /// reminderText: the last reminder ("Phone · 3 Dec · promised") or "".
    enum Role { UnitIdRole = Qt::UserRole + 1, LabelRole, BuildingIdRole, OwedFenRole, OwedTextRole, BillsRole,
                OldestDueDateRole, DaysOverdueRole, MonthsOverdueRole, AgeTextRole, BucketRole, BucketTextsRole,
                WarningRole, ReminderTextRole, DetailRole };

    explicit FeeArrearsModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString estateId() const { return m_estateId; }
    void setEstateId(const QString &id);
    [[nodiscard]] QString buildingId() const { return m_buildingId; }
    void setBuildingId(const QString &id);
    [[nodiscard]] QString sort() const { return m_sort; }
    void setSort(const QString &sort);
    [[nodiscard]] QString today() const { return m_today.isValid() ? m_today.toString(Qt::ISODate) : QString(); }
    void setToday(const QString &day);
    [[nodiscard]] QString totalText() const;
    [[nodiscard]] qint64 totalFen() const { return m_totalFen; }
    [[nodiscard]] int warningCount() const { return m_warnings; }

    /// The row's unit id ("" out of range).
    Q_INVOKABLE QString unitAt(int row) const { return idAt(row); }
    /// The four bucket titles ("≤ 30 days", ...), for the list's legend.
    Q_INVOKABLE static QStringList bucketTitles();

Q_SIGNALS:
    void estateIdChanged();
    void buildingIdChanged();
    void sortChanged();
    void todayChanged();
    void totalsChanged();

protected:
    [[nodiscard]] QList<ListRowPtr> fetchRows(LocalStore &store, int offset, int limit) const override;

private:
    QString m_estateId;
    QString m_buildingId;
    QString m_sort = QStringLiteral("amount");
    QDate m_today;
    mutable qint64 m_totalFen = 0;
    mutable int m_warnings = 0;
};

} // namespace Courtyard::Client
