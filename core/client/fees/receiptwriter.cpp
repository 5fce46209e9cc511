#include "fees/receiptwriter.h"

#include "fees/feeledger.h"
#include "fees/feewords.h"
#include "money.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPageSize>
#include <QFont>
#include <QPainter>
#include <QRegularExpression>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("ReceiptWriter", text);
}

} // namespace

QStringList FeeReceipt::textLines() const
{
    if (!isValid())
        return {};
    QStringList out;
    out << QCoreApplication::translate("ReceiptWriter", "%1 — Receipt").arg(estateName);
    out << QCoreApplication::translate("ReceiptWriter", "Unit: %1").arg(unitLabel);
    out << (provisional ? QCoreApplication::translate("ReceiptWriter", "Receipt no.: %1 (provisional: not yet confirmed by the property office)")
                              .arg(receiptNo)
                        : QCoreApplication::translate("ReceiptWriter", "Receipt no.: %1").arg(receiptNo));
    out << QCoreApplication::translate("ReceiptWriter", "Paid: %1").arg(paidAtText);
    out << QCoreApplication::translate("ReceiptWriter", "Method: %1").arg(methodText);
    for (const Line &l : lines)
        out << u"%1 · %2 · %3"_s.arg(l.period, l.item, l.amountText);
    if (!creditText.isEmpty())
        out << QCoreApplication::translate("ReceiptWriter", "Kept as credit: %1").arg(creditText);
    out << QCoreApplication::translate("ReceiptWriter", "Total: %1").arg(totalText);
    out << QCoreApplication::translate("ReceiptWriter", "In words: %1").arg(capitals);
    if (!recordedBy.isEmpty())
        out << QCoreApplication::translate("ReceiptWriter", "Recorded by: %1").arg(recordedBy);
    if (!reversedText.isEmpty())
        out << reversedText;
    return out;
}

ReceiptWriter::ReceiptWriter(QObject *parent)
    : QObject(parent)
{
}

QObject *ReceiptWriter::storeObject() const
{
    return m_store;
}

void ReceiptWriter::setStoreObject(QObject *store)
{
    setStore(qobject_cast<LocalStore *>(store));
}

void ReceiptWriter::setStore(LocalStore *store)
{
    if (m_store == store)
        return;
    m_store = store;
    Q_EMIT storeChanged();
}

void ReceiptWriter::setPaymentId(const QString &id)
{
    if (m_paymentId == id)
        return;
    m_paymentId = id;
    Q_EMIT paymentIdChanged();
}

FeeReceipt ReceiptWriter::compose(LocalStore &store, const QString &paymentId)
{
    FeeReceipt r;
    const QString unit = FeeLedger::unitOf(store, u"payment"_s, paymentId);
    if (unit.isEmpty())
        return r;
    const FeeLedger ledger = FeeLedger::read(store, unit, QDateTime::currentMSecsSinceEpoch());
    const FeePayment *p = ledger.payment(paymentId);
    if (!p)
        return r;
    r.estateName = ledger.estate.name;
    r.unitLabel = ledger.unitLabel.isEmpty() ? unit : ledger.unitLabel;
    r.provisional = p->provisional();
    r.receiptNo = p->provisional() ? p->deviceReceiptNo : p->receiptNo;
    r.paidAtText = FeeWords::dateTimeText(p->paidAt, ledger.estate.zone);
    r.methodText = FeeWords::methodTitle(p->method);
    for (const Fees::Allocation &a : p->allocations) {
        const FeeBill *b = ledger.bill(a.billId);
        const QString period = b ? FeeWords::periodTitle(b->period) : a.billId;
        if (b && a.amountFen == b->totalFen && !b->lines.isEmpty()) {
            // The whole bill: each of its lines.
            for (const Fees::BillLine &line : b->lines)
                r.lines.append({period, line.label.isEmpty() ? line.kind : line.label, Money::format(line.amountFen)});
            continue;
        }
        QStringList items;
        if (b) {
            for (const Fees::BillLine &line : b->lines)
                items << (line.label.isEmpty() ? line.kind : line.label);
        }
        items.removeDuplicates();
        r.lines.append({period, items.isEmpty() ? say(QT_TRANSLATE_NOOP("ReceiptWriter", "Bill")) : items.join(u", "_s),
                        Money::format(a.amountFen)});
    }
    if (p->amountFen > p->allocatedFen())
        r.creditText = Money::format(p->amountFen - p->allocatedFen());
    r.totalText = Money::format(p->amountFen);
    r.capitals = Money::chineseCapitals(p->amountFen);
    r.recordedBy = p->recordedByName;
    if (p->reversed) {
        r.reversedText = QCoreApplication::translate("ReceiptWriter", "Reversed on %1: %2")
                             .arg(FeeWords::dateTimeText(p->reversedAt, ledger.estate.zone), p->reverseReason);
    }
    return r;
}

QString ReceiptWriter::folder() const
{
    return m_folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/Courtyard"_s
                              : m_folder;
}

void ReceiptWriter::setFolder(const QString &folder)
{
    if (m_folder == folder)
        return;
    m_folder = folder;
    Q_EMIT folderChanged();
}

QStringList ReceiptWriter::lines() const
{
    return m_store && m_store->isOpen() ? compose(*m_store, m_paymentId).textLines() : QStringList();
}

QString ReceiptWriter::save()
{
    FeeReceipt receipt;
    if (m_store && m_store->isOpen())
        receipt = compose(*m_store, m_paymentId);
    QString path;
    QString error;
    if (!receipt.isValid()) {
        error = say(QT_TRANSLATE_NOOP("ReceiptWriter", "This payment is not on this phone."));
    } else {
        const QString dir = folder();
        QString name = receipt.receiptNo;
        name.replace(QRegularExpression(u"[^A-Za-z0-9_-]"_s), u"_"_s);
        path = dir + u"/receipt-"_s + (name.isEmpty() ? m_paymentId.left(8) : name) + u".pdf"_s;
        if (!QDir().mkpath(dir) || !writePdf(receipt, path, &error))
            path.clear();
        if (path.isEmpty() && error.isEmpty())
            error = say(QT_TRANSLATE_NOOP("ReceiptWriter", "The receipt could not be saved."));
    }
    m_savedPath = path;
    m_errorText = error;
    Q_EMIT savedChanged();
    return path;
}

bool ReceiptWriter::saveTo(const QString &path)
{
    if (!m_store || !m_store->isOpen())
        return false;
    return writePdf(compose(*m_store, m_paymentId), path, &m_errorText);
}

bool ReceiptWriter::writePdf(const FeeReceipt &receipt, const QString &path, QString *error)
{
    if (!receipt.isValid()) {
        if (error)
            *error = say(QT_TRANSLATE_NOOP("ReceiptWriter", "This payment is not on this phone."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A5));
        pdf.setResolution(72); // one unit is one point
        pdf.setPageMargins(QMarginsF(36, 36, 36, 36), QPageLayout::Point);
        pdf.setTitle(QCoreApplication::translate("ReceiptWriter", "Receipt %1").arg(receipt.receiptNo));
        pdf.setCreator(u"Courtyard"_s);
        QPainter p(&pdf);
        const int width = p.viewport().width();
        int y = 0;
        auto font = [](int size, bool bold) {
            // A Latin face first: Noto CJK's digits come out of the PDF's text as nothing
            // (pdftotext, copy and paste); the Chinese falls back to it.
            QFont f;
            f.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
            f.setPointSize(size);
            f.setBold(bold);
            return f;
        };
        auto text = [&](const QString &s, int size, bool bold, Qt::Alignment align = Qt::AlignLeft) {
            p.setFont(font(size, bold));
            const QRect box = p.boundingRect(QRect(0, y, width, 1000), int(align) | Qt::TextWordWrap, s);
            p.drawText(QRect(0, y, width, box.height()), int(align) | Qt::TextWordWrap, s);
            y += box.height() + 4;
        };
        auto row = [&](const QString &left, const QString &right, int size, bool bold) {
            p.setFont(font(size, bold));
            const QRect box = p.boundingRect(QRect(0, y, width - 110, 1000), Qt::AlignLeft | Qt::TextWordWrap, left);
            p.drawText(QRect(0, y, width - 110, box.height()), Qt::AlignLeft | Qt::TextWordWrap, left);
            p.drawText(QRect(width - 110, y, 110, box.height()), Qt::AlignRight, right);
            y += box.height() + 4;
        };
        auto rule = [&] {
            y += 4;
            p.drawLine(0, y, width, y);
            y += 8;
        };
        text(receipt.estateName, 16, true, Qt::AlignHCenter);
        text(say(QT_TRANSLATE_NOOP("ReceiptWriter", "Receipt")), 13, false, Qt::AlignHCenter);
        rule();
        const QStringList all = receipt.textLines();
        // The facts (unit, number, when, method): lines 1–4 of the text.
        for (int i = 1; i <= 4 && i < all.size(); ++i)
            text(all.at(i), 10, false);
        rule();
        for (const FeeReceipt::Line &l : receipt.lines)
            row(l.period + u"  "_s + l.item, l.amountText, 10, false);
        if (!receipt.creditText.isEmpty())
            row(say(QT_TRANSLATE_NOOP("ReceiptWriter", "Kept as credit")), receipt.creditText, 10, false);
        rule();
        row(say(QT_TRANSLATE_NOOP("ReceiptWriter", "Total")), receipt.totalText, 12, true);
        text(QCoreApplication::translate("ReceiptWriter", "In words: %1").arg(receipt.capitals), 10, false);
        if (!receipt.recordedBy.isEmpty())
            text(QCoreApplication::translate("ReceiptWriter", "Recorded by: %1").arg(receipt.recordedBy), 10, false);
        if (!receipt.reversedText.isEmpty()) {
            p.setPen(QColor(0xC6, 0x28, 0x28));
            text(receipt.reversedText, 11, true);
        }
        if (!p.end()) {
            if (error)
                *error = say(QT_TRANSLATE_NOOP("ReceiptWriter", "The receipt could not be drawn."));
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Courtyard::Client
