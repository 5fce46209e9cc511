#pragma once

#include "kit/recorddetail.h"

#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * One bill for its page (QML "BillDetail", RecordDetail over "bill"): period and number, the
 * status in the estate's local date, total, paid and owed, each line with how it was computed
 * (Fees::explain in the UI language: "89.37 m² × ¥2.35 × 1 month = ¥210.02"), the payments
 * that paid it and, when waived, by whom and why.
 */
class BillDetail : public RecordDetail
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString billId READ billId WRITE setBillId NOTIFY billIdChanged)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString number READ number NOTIFY changed)
    Q_PROPERTY(QString unitLabel READ unitLabel NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString statusTint READ statusTint NOTIFY changed)
    /// Past due and not fully paid (the page is marked).
    Q_PROPERTY(bool overdue READ overdue NOTIFY changed)
    Q_PROPERTY(qint64 totalFen READ totalFen NOTIFY changed)
    Q_PROPERTY(QString totalText READ totalText NOTIFY changed)
    Q_PROPERTY(QString paidText READ paidText NOTIFY changed)
    Q_PROPERTY(qint64 owedFen READ owedFen NOTIFY changed)
    Q_PROPERTY(QString owedText READ owedText NOTIFY changed)
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    /// [{label, amountText, explanation}] in the bill's order.
    Q_PROPERTY(QVariantList lines READ lines NOTIFY changed)
    /// [{paymentId, title, text, amountText, reversed}] — what each payment paid on this bill.
    Q_PROPERTY(QVariantList payments READ payments NOTIFY changed)
    Q_PROPERTY(bool waived READ waived NOTIFY changed)
    /// "Waived on 3 Dec 2026: <reason>"; empty when not waived.
    Q_PROPERTY(QString waivedText READ waivedText NOTIFY changed)

public:
    explicit BillDetail(QObject *parent = nullptr);

    [[nodiscard]] QString billId() const { return recordId(); }
    void setBillId(const QString &id);
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString number() const { return m_number; }
    [[nodiscard]] QString unitLabel() const { return m_unitLabel; }
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString statusTint() const;
    [[nodiscard]] bool overdue() const { return m_overdue; }
    [[nodiscard]] qint64 totalFen() const { return m_totalFen; }
    [[nodiscard]] QString totalText() const;
    [[nodiscard]] QString paidText() const;
    [[nodiscard]] qint64 owedFen() const { return m_owedFen; }
    [[nodiscard]] QString owedText() const;
    [[nodiscard]] QString dueText() const { return m_dueText; }
    [[nodiscard]] QVariantList lines() const { return m_lines; }
    [[nodiscard]] QVariantList payments() const { return m_payments; }
    [[nodiscard]] bool waived() const { return m_waived; }
    [[nodiscard]] QString waivedText() const { return m_waivedText; }

Q_SIGNALS:
    void billIdChanged();

protected:
    void readRecord(LocalStore *store, const QJsonObject &record) override;
    [[nodiscard]] QVariantList syncedTimeline(LocalStore &store) const override;
    [[nodiscard]] QVariantMap pendingEntry(const Outbox::Entry &entry) const override;

private:
    QString m_title;
    QString m_number;
    QString m_unitLabel;
    QString m_status;
    bool m_overdue = false;
    qint64 m_totalFen = 0;
    qint64 m_paidFen = 0;
    qint64 m_owedFen = 0;
    QString m_dueText;
    QVariantList m_lines;
    QVariantList m_payments;
    bool m_waived = false;
    QString m_waivedText;
};

} // namespace Courtyard::Client
