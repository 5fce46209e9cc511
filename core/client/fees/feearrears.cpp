#include "fees/feearrears.h"

#include "fees/feestaffledger.h"
#include "fees/feestaffwords.h"
#include "money.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

struct Row : ListRow
{
    FeeStaffLedger::UnitArrears a;
    [[nodiscard]] bool sameAs(const ListRow &other) const override
    {
        const auto &o = static_cast<const Row &>(other).a;
        return o.owedFen == a.owedFen && o.daysOverdue == a.daysOverdue && o.warning == a.warning
            && o.lastReminder == a.lastReminder && o.label == a.label && o.bills == a.bills;
    }
};

} // namespace

FeeArrearsModel::FeeArrearsModel(QObject *parent)
    : PagedListModel({u"bill"_s, u"payment"_s, u"reminder"_s, u"unit"_s, u"feePolicy"_s}, parent)
{
    setPaged(false);
}

void FeeArrearsModel::setEstateId(const QString &id)
{
    if (m_estateId == id)
        return;
    m_estateId = id;
    Q_EMIT estateIdChanged();
    invalidate();
}

void FeeArrearsModel::setBuildingId(const QString &id)
{
    if (m_buildingId == id)
        return;
    m_buildingId = id;
    Q_EMIT buildingIdChanged();
    invalidate();
}

void FeeArrearsModel::setSort(const QString &sort)
{
    const QString s = sort == u"age" ? sort : u"amount"_s;
    if (m_sort == s)
        return;
    m_sort = s;
    Q_EMIT sortChanged();
    invalidate();
}

void FeeArrearsModel::setToday(const QString &day)
{
    const QDate d = QDate::fromString(day, Qt::ISODate);
    if (m_today == d)
        return;
    m_today = d;
    Q_EMIT todayChanged();
    invalidate();
}

QString FeeArrearsModel::totalText() const
{
    return Money::format(m_totalFen);
}

QStringList FeeArrearsModel::bucketTitles()
{
    return FeeStaffWords::bucketTitles();
}

QList<ListRowPtr> FeeArrearsModel::fetchRows(LocalStore &store, int offset, int limit) const
{
    Q_UNUSED(offset)
    Q_UNUSED(limit)
    QList<ListRowPtr> rows;
    if (m_estateId.isEmpty())
        return rows;
    const QDate today = m_today.isValid() ? m_today
                                          : FeeStaffLedger::estateToday(store, m_estateId, QDateTime::currentMSecsSinceEpoch());
    QList<FeeStaffLedger::UnitArrears> all = FeeStaffLedger::arrears(store, m_estateId, m_buildingId, today);
    const bool byAge = m_sort == u"age";
    std::sort(all.begin(), all.end(), [byAge](const FeeStaffLedger::UnitArrears &a, const FeeStaffLedger::UnitArrears &b) {
        if (byAge && a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        if (a.owedFen != b.owedFen)
            return a.owedFen > b.owedFen;
        if (!byAge && a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        return a.label < b.label;
    });
    qint64 total = 0;
    int warnings = 0;
    for (const FeeStaffLedger::UnitArrears &a : all) {
        auto row = std::make_shared<Row>();
        row->id = a.unitId;
        row->a = a;
        total += a.owedFen;
        warnings += a.warning ? 1 : 0;
        rows.append(row);
    }
    if (total != m_totalFen || warnings != m_warnings) {
        m_totalFen = total;
        m_warnings = warnings;
        QMetaObject::invokeMethod(const_cast<FeeArrearsModel *>(this), &FeeArrearsModel::totalsChanged, Qt::QueuedConnection);
    }
    return rows;
}

QVariant FeeArrearsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FeeStaffLedger::UnitArrears &a = rowAs<Row>(index.row()).a;
    switch (role) {
    case UnitIdRole:
        return a.unitId;
    case LabelRole:
        return a.label;
    case BuildingIdRole:
        return a.buildingId;
    case OwedFenRole:
        return a.owedFen;
    case OwedTextRole:
        return Money::format(a.owedFen);
    case BillsRole:
        return a.bills;
    case OldestDueDateRole:
        return a.oldestDueDate.toString(Qt::ISODate);
    case DaysOverdueRole:
        return a.daysOverdue;
    case MonthsOverdueRole:
        return a.monthsOverdue;
    case AgeTextRole:
        return FeeStaffWords::daysOverdueText(a.daysOverdue);
    case BucketRole: {
        for (int b = 3; b >= 0; --b) {
            if (a.buckets[b] > 0)
                return b;
        }
        return 0;
    }
    case BucketTextsRole: {
        QStringList texts;
        for (qint64 fen : a.buckets)
            texts << (fen > 0 ? Money::format(fen) : QString());
        return texts;
    }
    case WarningRole:
        return a.warning;
    case ReminderTextRole:
        return FeeStaffWords::reminderSummary(a.lastReminder);
    case DetailRole:
        return QCoreApplication::translate("FeeArrearsModel", "%n bill(s) · %1", nullptr, a.bills)
            .arg(FeeStaffWords::daysOverdueText(a.daysOverdue));
    }
    return {};
}

QHash<int, QByteArray> FeeArrearsModel::roleNames() const
{
    return {{UnitIdRole, "unitId"},
            {LabelRole, "label"},
            {BuildingIdRole, "buildingId"},
            {OwedFenRole, "owedFen"},
            {OwedTextRole, "owedText"},
            {BillsRole, "bills"},
            {OldestDueDateRole, "oldestDueDate"},
            {DaysOverdueRole, "daysOverdue"},
            {MonthsOverdueRole, "monthsOverdue"},
            {AgeTextRole, "ageText"},
            {BucketRole, "bucket"},
            {BucketTextsRole, "bucketTexts"},
            {WarningRole, "warning"},
            {ReminderTextRole, "reminderText"},
            {DetailRole, "detail"}};
}

} // namespace Courtyard::Client
