#pragma once

#include "fees/receiptwriter.h"
#include "kit/recorddetail.h"

#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * One payment and its receipt for the payment page (QML "PaymentDetail", RecordDetail over
 * "payment"): every text of the receipt (ReceiptWriter::compose), so the page shows what the
 * PDF will say.
 */
class PaymentDetail : public RecordDetail
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString paymentId READ paymentId WRITE setPaymentId NOTIFY paymentIdChanged)
    Q_PROPERTY(QString estateName READ estateName NOTIFY changed)
    Q_PROPERTY(QString unitLabel READ unitLabel NOTIFY changed)
    Q_PROPERTY(QString receiptNo READ receiptNo NOTIFY changed)
    Q_PROPERTY(bool provisional READ provisional NOTIFY changed)
    Q_PROPERTY(QString paidAtText READ paidAtText NOTIFY changed)
    Q_PROPERTY(QString methodText READ methodText NOTIFY changed)
    Q_PROPERTY(QString totalText READ totalText NOTIFY changed)
    Q_PROPERTY(QString capitals READ capitals NOTIFY changed)
    Q_PROPERTY(QString creditText READ creditText NOTIFY changed)
    Q_PROPERTY(QString recordedBy READ recordedBy NOTIFY changed)
    Q_PROPERTY(bool reversed READ reversed NOTIFY changed)
    Q_PROPERTY(QString reversedText READ reversedText NOTIFY changed)
    /// [{period, item, amountText}]: what it paid.
    Q_PROPERTY(QVariantList lines READ lines NOTIFY changed)

public:
    explicit PaymentDetail(QObject *parent = nullptr);

    [[nodiscard]] QString paymentId() const { return recordId(); }
    void setPaymentId(const QString &id);
    [[nodiscard]] QString estateName() const { return m_receipt.estateName; }
    [[nodiscard]] QString unitLabel() const { return m_receipt.unitLabel; }
    [[nodiscard]] QString receiptNo() const { return m_receipt.receiptNo; }
    [[nodiscard]] bool provisional() const { return m_receipt.provisional; }
    [[nodiscard]] QString paidAtText() const { return m_receipt.paidAtText; }
    [[nodiscard]] QString methodText() const { return m_receipt.methodText; }
    [[nodiscard]] QString totalText() const { return m_receipt.totalText; }
    [[nodiscard]] QString capitals() const { return m_receipt.capitals; }
    [[nodiscard]] QString creditText() const { return m_receipt.creditText; }
    [[nodiscard]] QString recordedBy() const { return m_receipt.recordedBy; }
    [[nodiscard]] bool reversed() const { return !m_receipt.reversedText.isEmpty(); }
    [[nodiscard]] QString reversedText() const { return m_receipt.reversedText; }
    [[nodiscard]] QVariantList lines() const;

Q_SIGNALS:
    void paymentIdChanged();

protected:
    void readRecord(LocalStore *store, const QJsonObject &record) override;
    [[nodiscard]] QVariantList syncedTimeline(LocalStore &store) const override;
    [[nodiscard]] QVariantMap pendingEntry(const Outbox::Entry &entry) const override;

private:
    FeeReceipt m_receipt;
};

} // namespace Courtyard::Client
