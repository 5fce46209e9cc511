#include "fees/billdetail.h"

#include "fees/feeledger.h"
#include "fees/feewords.h"
#include "money.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

BillDetail::BillDetail(QObject *parent)
    : RecordDetail(u"bill"_s, {u"bill"_s, u"payment"_s, u"estate"_s, u"unit"_s}, parent)
{
}

void BillDetail::setBillId(const QString &id)
{
    if (setRecordId(id))
        Q_EMIT billIdChanged();
}

QString BillDetail::statusText() const
{
    return FeeWords::statusTitle(m_status);
}

QString BillDetail::statusTint() const
{
    return FeeWords::statusTint(m_status);
}

QString BillDetail::totalText() const
{
    return Money::format(m_totalFen);
}

QString BillDetail::paidText() const
{
    return Money::format(m_paidFen);
}

QString BillDetail::owedText() const
{
    return Money::format(m_owedFen);
}

void BillDetail::readRecord(LocalStore *store, const QJsonObject &record)
{
    m_title.clear();
    m_number.clear();
    m_unitLabel.clear();
    m_status.clear();
    m_overdue = false;
    m_totalFen = m_paidFen = m_owedFen = 0;
    m_dueText.clear();
    m_lines.clear();
    m_payments.clear();
    m_waived = false;
    m_waivedText.clear();
    if (!store || record.isEmpty())
        return;
    // The whole unit: what the bill's payments paid is derived from the unit's payments.
    const FeeLedger ledger = FeeLedger::read(*store, record.value(u"unitId"_s).toString(), now());
    const FeeBill *found = ledger.bill(recordId());
    const FeeBill b = found ? *found : FeeLedger::billFrom(record);
    m_title = QCoreApplication::translate("BillDetail", "Bill for %1").arg(FeeWords::periodTitle(b.period));
    m_number = b.number;
    m_unitLabel = ledger.unitLabel;
    m_status = b.status;
    m_overdue = b.overdue();
    m_totalFen = b.totalFen;
    m_paidFen = b.paidFen;
    m_owedFen = b.owedFen;
    if (b.dueDate.isValid())
        m_dueText = QCoreApplication::translate("BillDetail", "Due %1").arg(FeeWords::dateText(b.dueDate));
    const QString language = FeeWords::language();
    for (const Fees::BillLine &line : b.lines) {
        m_lines.append(QVariantMap{{u"label"_s, line.label.isEmpty() ? line.kind : line.label},
                                   {u"amountText"_s, Money::format(line.amountFen)},
                                   {u"explanation"_s, Fees::explain(line, language)}});
    }
    for (const auto &[payment, part] : ledger.paymentsOf(b.id)) {
        const QString receipt = payment->provisional()
                                    ? QCoreApplication::translate("BillDetail", "receipt %1 (provisional)").arg(payment->deviceReceiptNo)
                                    : QCoreApplication::translate("BillDetail", "receipt %1").arg(payment->receiptNo);
        m_payments.append(QVariantMap{
            {u"paymentId"_s, payment->id},
            {u"title"_s, FeeWords::methodTitle(payment->method) + u" · "_s + FeeWords::dateTimeText(payment->paidAt, ledger.estate.zone)},
            {u"text"_s, payment->reversed ? QCoreApplication::translate("BillDetail", "Reversed: %1").arg(payment->reverseReason) : receipt},
            {u"amountText"_s, Money::format(part)},
            {u"reversed"_s, payment->reversed}});
    }
    m_waived = b.waived;
    if (b.waived) {
        m_waivedText = b.waivedAt.isValid()
                           ? QCoreApplication::translate("BillDetail", "Waived on %1: %2")
                                 .arg(FeeWords::dateText(b.waivedAt.toTimeZone(ledger.estate.zone).date()), b.waiveReason)
                           : QCoreApplication::translate("BillDetail", "Waived: %1").arg(b.waiveReason);
    }
}

QVariantList BillDetail::syncedTimeline(LocalStore &store) const
{
    Q_UNUSED(store)
    return {};
}

QVariantMap BillDetail::pendingEntry(const Outbox::Entry &entry) const
{
    return {{u"action"_s, actionOf(entry.type)}};
}

} // namespace Courtyard::Client
