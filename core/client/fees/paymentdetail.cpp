#include "fees/paymentdetail.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

PaymentDetail::PaymentDetail(QObject *parent)
    : RecordDetail(u"payment"_s, {u"payment"_s, u"bill"_s, u"estate"_s, u"unit"_s}, parent)
{
}

void PaymentDetail::setPaymentId(const QString &id)
{
    if (setRecordId(id))
        Q_EMIT paymentIdChanged();
}

QVariantList PaymentDetail::lines() const
{
    QVariantList out;
    for (const FeeReceipt::Line &l : m_receipt.lines)
        out.append(QVariantMap{{u"period"_s, l.period}, {u"item"_s, l.item}, {u"amountText"_s, l.amountText}});
    return out;
}

void PaymentDetail::readRecord(LocalStore *store, const QJsonObject &record)
{
    m_receipt = store && !record.isEmpty() ? ReceiptWriter::compose(*store, recordId()) : FeeReceipt();
}

QVariantList PaymentDetail::syncedTimeline(LocalStore &store) const
{
    Q_UNUSED(store)
    return {};
}

QVariantMap PaymentDetail::pendingEntry(const Outbox::Entry &entry) const
{
    return {{u"action"_s, actionOf(entry.type)}};
}

} // namespace Courtyard::Client
