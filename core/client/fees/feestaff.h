#pragma once

#include "apiclient.h"
#include "fees/feedesk.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <qqmlintegration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace Courtyard::Client {

class ShellRegistry;
struct SessionContext;

/**
 * The office's side of fees in QML (singleton "FeeStaff" of Courtyard.Fees): the desk of
 * the account open (null otherwise), the API client of the online-only screens (collection
 * figures, bill generation), and the words and choices of the staff fee screens. The
 * resident's side and the shared models are the module's own (feesmodule.cpp).
 */
class FeeStaff : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Courtyard::Client::FeeDesk *desk READ desk NOTIFY sessionChanged)
    /// The longest reason a waiver or a reversal may give (the server's limit).
    Q_PROPERTY(int reasonMax READ reasonMax CONSTANT)

public:
    /// Made by the fees module (no default constructor: QML would prefer it to create()).
    struct Made {};
    explicit FeeStaff(Made, QObject *parent = nullptr);
    ~FeeStaff() override;
    static FeeStaff *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    [[nodiscard]] static FeeStaff *instance();

    [[nodiscard]] FeeDesk *desk() const { return m_desk.get(); }
    [[nodiscard]] ApiClient *api() const { return m_api; }
    /// An account opened: makes its desk (FeesModule::openSession).
    void openSession(const SessionContext &context);
    void closeSession();

    /// [{id, title}]: method, channel, outcome, meter, kind, rounding (FeeStaffWords::choices).
    Q_INVOKABLE QVariantList choices(const QString &kind) const;
    Q_INVOKABLE QString methodTitle(const QString &method) const;
    Q_INVOKABLE QString meterTitle(const QString &meter) const;
    Q_INVOKABLE QString kindTitle(const QString &kind) const;
    /// "¥1,234.50" for fen.
    Q_INVOKABLE QString money(qint64 fen) const;
    /// "¥2.35" for a rate in hundredths of a fen.
    Q_INVOKABLE QString rateText(qint64 rateCentiFen) const;
    /// "89.37" for hundredths.
    Q_INVOKABLE QString centiText(qint64 centi) const;
    /// The estate's local date today ("YYYY-MM-DD") and its month ("YYYY-MM").
    Q_INVOKABLE QString today(const QString &estateId) const;
    Q_INVOKABLE QString thisPeriod(const QString &estateId) const;
    Q_INVOKABLE QString addMonths(const QString &period, int months) const;
    /// "YYYY-MM-DD" @p days later.
    Q_INVOKABLE QString addDays(const QString &day, int days) const;
    /// The estate's buildings [{id, title}] by name.
    Q_INVOKABLE QVariantList buildings(const QString &estateId) const;
    /// The estate's fee items by name: [{id, name, kind, active, detail}] (detail: "Property fee
    /// (by area) · ¥2.35 from 2026-01"). @p revision only makes QML ask again.
    Q_INVOKABLE QVariantList items(const QString &estateId, int revision = 0) const;
    /// One fee item's record with its rates as people read them ({validFrom, rateCentiFen,
    /// text}, ascending); null when absent.
    Q_INVOKABLE QVariant item(const QString &itemId, int revision = 0) const;
    [[nodiscard]] int reasonMax() const;
    /// A manager may waive the bill now: nothing is paid on it and it is not waived.
    Q_INVOKABLE bool canWaive(const QString &billId) const;
    /// A manager may reverse the payment: it is not reversed and the server has it.
    Q_INVOKABLE bool canReverse(const QString &paymentId) const;
    /// The unit's meters as last read: [{meter, title, text ("1,204.3 on 2026-11-28" or "")}].
    Q_INVOKABLE QVariantList lastReadings(const QString &unitId) const;
    /// The receipt number to show for a payment record: the server's, else this phone's provisional one.
    Q_INVOKABLE QString receiptNumber(const QVariantMap &payment) const;

    /// The staff home's fee tiles (FeesModule::registerShell calls it).
    static void registerStaffShell(ShellRegistry &shell);

Q_SIGNALS:
    void sessionChanged();

private:
    std::unique_ptr<FeeDesk> m_desk;
    QPointer<ApiClient> m_api;
};

} // namespace Courtyard::Client
