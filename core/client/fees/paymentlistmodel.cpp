#include "fees/paymentlistmodel.h"

#include "fees/feeledger.h"
#include "fees/feewords.h"
#include "money.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

struct PaymentRow : ListRow
{
    FeePayment payment;
    QString paidAtText;
    QString detail;
    bool sameAs(const ListRow &other) const override
    {
        const auto &o = static_cast<const PaymentRow &>(other);
        return payment.receiptNo == o.payment.receiptNo && payment.reversed == o.payment.reversed
            && payment.pending == o.payment.pending && payment.amountFen == o.payment.amountFen
            && paidAtText == o.paidAtText && detail == o.detail;
    }
};

} // namespace

PaymentListModel::PaymentListModel(QObject *parent)
    : PagedListModel({u"payment"_s, u"bill"_s, u"estate"_s, u"unit"_s}, parent)
{
    setPaged(false);
}

void PaymentListModel::setViewer(Viewer *viewer)
{
    if (m_viewer == viewer)
        return;
    if (m_viewer)
        disconnect(m_viewer, nullptr, this, nullptr);
    m_viewer = viewer;
    if (m_viewer)
        connect(m_viewer, &Viewer::changed, this, &PaymentListModel::invalidate);
    Q_EMIT viewerChanged();
    invalidate();
}

void PaymentListModel::setUnitId(const QString &id)
{
    if (m_unitId == id)
        return;
    m_unitId = id;
    Q_EMIT unitIdChanged();
    invalidate();
}

QList<ListRowPtr> PaymentListModel::fetchRows(LocalStore &store, int offset, int limit) const
{
    Q_UNUSED(offset)
    Q_UNUSED(limit)
    const QString unit = !m_unitId.isEmpty() ? m_unitId : (m_viewer ? m_viewer->actingUnitId() : QString());
    const FeeLedger ledger = FeeLedger::read(store, unit, QDateTime::currentMSecsSinceEpoch());
    QList<ListRowPtr> rows;
    for (const FeePayment &p : ledger.payments) {
        auto row = std::make_shared<PaymentRow>();
        row->id = p.id;
        row->payment = p;
        row->paidAtText = FeeWords::dateTimeText(p.paidAt, ledger.estate.zone);
        QStringList periods;
        for (const Fees::Allocation &a : p.allocations) {
            if (const FeeBill *b = ledger.bill(a.billId))
                periods << FeeWords::periodTitle(b->period);
        }
        QStringList parts;
        if (p.reversed)
            parts << QCoreApplication::translate("PaymentListModel", "Reversed: %1").arg(p.reverseReason);
        else if (!periods.isEmpty())
            parts << QCoreApplication::translate("PaymentListModel", "For %1").arg(periods.join(u", "_s));
        if (!p.reversed && p.amountFen > p.allocatedFen())
            parts << QCoreApplication::translate("PaymentListModel", "%1 kept as credit").arg(Money::format(p.amountFen - p.allocatedFen()));
        row->detail = parts.join(u" · "_s);
        rows.append(row);
    }
    return rows;
}

QVariant PaymentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentRow &r = rowAs<PaymentRow>(index.row());
    const FeePayment &p = r.payment;
    switch (role) {
    case PaymentIdRole:
        return p.id;
    case AmountFenRole:
        return p.amountFen;
    case Qt::DisplayRole:
    case AmountTextRole:
        return Money::format(p.amountFen);
    case MethodRole:
        return p.method;
    case MethodTextRole:
        return FeeWords::methodTitle(p.method);
    case PaidAtTextRole:
        return r.paidAtText;
    case ReceiptTextRole:
        return p.provisional()
                   ? QCoreApplication::translate("PaymentListModel", "Receipt %1 (provisional)").arg(p.deviceReceiptNo)
                   : QCoreApplication::translate("PaymentListModel", "Receipt %1").arg(p.receiptNo);
    case ProvisionalRole:
        return p.provisional();
    case ReversedRole:
        return p.reversed;
    case DetailRole:
        return r.detail;
    case PendingRole:
        return p.pending;
    default:
        return {};
    }
}

QHash<int, QByteArray> PaymentListModel::roleNames() const
{
    return {{PaymentIdRole, "paymentId"},     {AmountFenRole, "amountFen"},   {AmountTextRole, "amountText"},
            {MethodRole, "method"},           {MethodTextRole, "methodText"}, {PaidAtTextRole, "paidAtText"},
            {ReceiptTextRole, "receiptText"}, {ProvisionalRole, "provisional"}, {ReversedRole, "reversed"},
            {DetailRole, "detail"},           {PendingRole, "pending"}};
}

} // namespace Courtyard::Client
