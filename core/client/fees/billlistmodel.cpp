#include "fees/billlistmodel.h"

#include "fees/feeledger.h"
#include "fees/feewords.h"
#include "money.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

struct BillRow : ListRow
{
    FeeBill bill;
    QString itemsText;
    bool sameAs(const ListRow &other) const override
    {
        const FeeBill &o = static_cast<const BillRow &>(other).bill;
        return bill.status == o.status && bill.paidFen == o.paidFen && bill.totalFen == o.totalFen
            && bill.dueDate == o.dueDate && bill.number == o.number && itemsText == static_cast<const BillRow &>(other).itemsText;
    }
};

} // namespace

BillListModel::BillListModel(QObject *parent)
    : PagedListModel({u"bill"_s, u"payment"_s, u"estate"_s, u"unit"_s}, parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_clockTimer(new QTimer(this))
{
    // A unit has a bill a month: a few dozen rows, read whole.
    setPaged(false);
    m_clockTimer->setInterval(60'000);
    connect(m_clockTimer, &QTimer::timeout, this, &BillListModel::reload);
    m_clockTimer->start();
}

void BillListModel::setViewer(Viewer *viewer)
{
    if (m_viewer == viewer)
        return;
    if (m_viewer)
        disconnect(m_viewer, nullptr, this, nullptr);
    m_viewer = viewer;
    if (m_viewer)
        connect(m_viewer, &Viewer::changed, this, &BillListModel::invalidate);
    Q_EMIT viewerChanged();
    invalidate();
}

void BillListModel::setUnitId(const QString &id)
{
    if (m_unitId == id)
        return;
    m_unitId = id;
    Q_EMIT unitIdChanged();
    invalidate();
}

void BillListModel::setOpenOnly(bool open)
{
    if (m_openOnly == open)
        return;
    m_openOnly = open;
    Q_EMIT openOnlyChanged();
    invalidate();
}

void BillListModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    reload();
}

QList<ListRowPtr> BillListModel::fetchRows(LocalStore &store, int offset, int limit) const
{
    Q_UNUSED(offset)
    Q_UNUSED(limit)
    const QString unit = !m_unitId.isEmpty() ? m_unitId : (m_viewer ? m_viewer->actingUnitId() : QString());
    QList<ListRowPtr> rows;
    const FeeLedger ledger = FeeLedger::read(store, unit, m_clock());
    for (const FeeBill &b : ledger.bills) {
        if (m_openOnly && !b.isOpen())
            continue;
        auto row = std::make_shared<BillRow>();
        row->id = b.id;
        row->bill = b;
        QStringList labels;
        for (const Fees::BillLine &line : b.lines) {
            const QString label = line.label.isEmpty() ? line.kind : line.label;
            if (!labels.contains(label))
                labels << label;
        }
        row->itemsText = labels.join(u" · "_s);
        rows.append(row);
    }
    return rows;
}

QVariant BillListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BillRow &r = rowAs<BillRow>(index.row());
    const FeeBill &b = r.bill;
    switch (role) {
    case BillIdRole:
        return b.id;
    case PeriodRole:
        return b.period;
    case Qt::DisplayRole:
    case PeriodTextRole:
        return FeeWords::periodTitle(b.period);
    case NumberRole:
        return b.number;
    case TotalFenRole:
        return b.totalFen;
    case TotalTextRole:
        return Money::format(b.totalFen);
    case PaidFenRole:
        return b.paidFen;
    case PaidTextRole:
        return Money::format(b.paidFen);
    case OwedFenRole:
        return b.owedFen;
    case OwedTextRole:
        return Money::format(b.owedFen);
    case DueDateRole:
        return b.dueDate.toString(Qt::ISODate);
    case DueTextRole:
        return b.waived || b.status == u"paid"
                   ? QString()
                   : QCoreApplication::translate("BillListModel", "Due %1").arg(FeeWords::dateText(b.dueDate));
    case StatusRole:
        return b.status;
    case StatusTextRole:
        return FeeWords::statusTitle(b.status);
    case StatusTintRole:
        return FeeWords::statusTint(b.status);
    case ItemsTextRole:
        return r.itemsText;
    case OverdueRole:
        return b.overdue();
    case OwingRole:
        return b.owing();
    default:
        return {};
    }
}

QHash<int, QByteArray> BillListModel::roleNames() const
{
    return {{BillIdRole, "billId"},       {PeriodRole, "period"},         {PeriodTextRole, "periodText"},
            {NumberRole, "number"},       {TotalFenRole, "totalFen"},     {TotalTextRole, "totalText"},
            {PaidFenRole, "paidFen"},     {PaidTextRole, "paidText"},     {OwedFenRole, "owedFen"},
            {OwedTextRole, "owedText"},   {DueDateRole, "dueDate"},       {DueTextRole, "dueText"},
            {StatusRole, "status"},       {StatusTextRole, "statusText"}, {StatusTintRole, "statusTint"},
            {ItemsTextRole, "itemsText"},   {OverdueRole, "overdue"},       {OwingRole, "owing"}};
}

} // namespace Courtyard::Client
