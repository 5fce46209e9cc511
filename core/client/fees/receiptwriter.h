#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <qqmlintegration.h>

namespace Courtyard::Client {

class LocalStore;

/// A payment's receipt as it is printed: every text on it, in the UI language.
struct FeeReceipt
{
    struct Line
    {
        QString period; ///< "2026年11月"
        QString item;   ///< "物业费", or the bill's items when the payment paid part of it
        QString amountText;
    };
    QString estateName;
    QString unitLabel;
    QString receiptNo;
    bool provisional = false; ///< the phone's number: the server has not confirmed it yet
    QString paidAtText;       ///< in the estate's zone
    QString methodText;
    QList<Line> lines;
    QString creditText;       ///< what became credit (预存); empty when nothing did
    QString totalText;        ///< Money::format
    QString capitals;         ///< Money::chineseCapitals
    QString recordedBy;
    QString reversedText;     ///< "Reversed on …: reason"; empty when it stands

    [[nodiscard]] bool isValid() const { return !totalText.isEmpty(); }
    /// The receipt's text, line by line, as the PDF shows it (label: value).
    [[nodiscard]] QStringList textLines() const;
};

/**
 * A payment's receipt (QML "ReceiptWriter"): what it says (compose(), lines()) and the PDF
 * of it, drawn with QPdfWriter and QPainter, saved into the app's documents folder (save()).
 * The estate, unit, receipt number — the server's, or the phone's marked provisional —,
 * date and time in the estate's zone, method, the bills and items paid, the total in figures
 * and in Chinese capitals (大写), and who recorded it.
 */
class ReceiptWriter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QObject *store READ storeObject WRITE setStoreObject NOTIFY storeChanged)
    Q_PROPERTY(QString paymentId READ paymentId WRITE setPaymentId NOTIFY paymentIdChanged)
    /// Where save() writes: the documents folder's Courtyard/ unless set (tests).
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    /// Where save() wrote the last PDF; empty before.
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY savedChanged)
    /// Why the last save() failed; empty when it did not.
    Q_PROPERTY(QString errorText READ errorText NOTIFY savedChanged)

public:
    explicit ReceiptWriter(QObject *parent = nullptr);

    [[nodiscard]] QObject *storeObject() const;
    void setStoreObject(QObject *store);
    void setStore(LocalStore *store);
    [[nodiscard]] QString paymentId() const { return m_paymentId; }
    void setPaymentId(const QString &id);
    [[nodiscard]] QString folder() const;
    void setFolder(const QString &folder);
    [[nodiscard]] QString savedPath() const { return m_savedPath; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /// The receipt's text lines (FeeReceipt::textLines); empty when the payment is unknown.
    Q_INVOKABLE QStringList lines() const;
    /// Writes the PDF into `folder` (receipt-<number>.pdf) and returns its
    /// path; empty (and errorText set) when it could not.
    Q_INVOKABLE QString save();
    /// Writes the PDF to @p path.
    Q_INVOKABLE bool saveTo(const QString &path);

    /// The receipt of a payment in the store (invalid when it is not there).
    [[nodiscard]] static FeeReceipt compose(LocalStore &store, const QString &paymentId);
    /// Draws @p receipt into a PDF at @p path (written whole or not at all).
    static bool writePdf(const FeeReceipt &receipt, const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void storeChanged();
    void paymentIdChanged();
    void folderChanged();
    void savedChanged();

private:
    QPointer<LocalStore> m_store;
    QString m_paymentId;
    QString m_folder;
    QString m_savedPath;
    QString m_errorText;
};

} // namespace Courtyard::Client
