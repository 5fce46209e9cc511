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
    /// The estate's buildings [{id, title}] by name.
    Q_INVOKABLE QVariantList buildings(const QString &estateId) const;
    /// The bills a unit still owes on this phone, oldest due first:
    /// [{billId, period, dueDate, owedFen, owedText}].
    Q_INVOKABLE QVariantList outstanding(const QString &unitId) const;
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
