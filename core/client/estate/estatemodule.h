#pragma once

#include "apiclient.h"
#include "clientmodule.h"
#include "estate/estatedesk.h"
#include "estate/estatedirectory.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <qqmlintegration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace Courtyard::Client {


/// The estate module in QML (singleton "Estate" of Courtyard.Estate): its directory and the
/// desk of the estate's administration while an account is open (null otherwise), and the
/// words and choices of its screens.
class Estate : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Courtyard::Client::EstateDirectory *directory READ directory NOTIFY directoryChanged)
    Q_PROPERTY(Courtyard::Client::EstateDesk *desk READ desk NOTIFY directoryChanged)

public:
    /// Made by the module (no default constructor: QML would prefer it to create()).
    struct Made {};
    explicit Estate(Made, QObject *parent = nullptr);
    ~Estate() override;
    static Estate *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    /// The one made by the module (null when it is not built in).
    [[nodiscard]] static Estate *instance();

    [[nodiscard]] EstateDirectory *directory() const { return m_directory; }
    [[nodiscard]] EstateDesk *desk() const { return m_desk; }
    [[nodiscard]] ApiClient *api() const { return m_api; }
    void setSession(EstateDirectory *directory, EstateDesk *desk, ApiClient *api);

    /// [{id, title}] of a picker: dispatchMode (with `text`), priority, purpose, unitStatus, relation, role.
    Q_INVOKABLE QVariantList choices(const QString &kind) const;
    /// IANA time zones, [{id, title}]: China's first, then the others by name.
    Q_INVOKABLE QVariantList timeZones() const;
    /// "89.50" for 8950 hundredths of a m².
    Q_INVOKABLE QString areaText(qint64 centiSqm) const;
    /// "ABCD-EFGH" for a join code.
    Q_INVOKABLE QString displayCode(const QString &code) const;
    /// The image of a join code's QR (image://qr/ of `courtyard:join:<CODE>`).
    Q_INVOKABLE QString joinQrSource(const QString &code) const;
    /// "2 h", "1 d 4 h", "45 min" for a number of minutes.
    Q_INVOKABLE QString durationText(int minutes) const;
    Q_INVOKABLE QString relationTitle(const QString &relation) const;
    Q_INVOKABLE QString roleTitle(const QString &role) const;
    /// EstateDesk::checkUnit / checkStaff, signed in or not (the forms' per-field messages).
    Q_INVOKABLE QVariantMap checkUnit(const QVariantMap &form) const { return EstateDesk::checkUnit(form); }
    Q_INVOKABLE QVariantMap checkStaff(const QVariantMap &form) const { return EstateDesk::checkStaff(form); }
    /// One record of the account's store as a map ({} when absent).
    Q_INVOKABLE QVariantMap record(const QString &entity, const QString &id) const;
    /// The estates the viewer works in, [{id, title}] by name.
    Q_INVOKABLE QVariantList estates() const;

Q_SIGNALS:
    void directoryChanged();

private:
    QPointer<EstateDirectory> m_directory;
    QPointer<EstateDesk> m_desk;
    QPointer<ApiClient> m_api;
    QPointer<QQmlEngine> m_engine; ///< to know whether the QR image provider is there
};

/**
 * Estates, buildings, units, parking spaces, staff and SLA targets on the phone: their tables
 * (version 1 is the repair loop's store), the directory every feature names places and people
 * by, and the estate's administration for managers and the front desk (EstateDesk, the staff
 * home's tiles and the screens of qml/estate).
 */
class EstateModule : public ClientModule
{
public:
    EstateModule();
    ~EstateModule() override;
    [[nodiscard]] QString name() const override { return QStringLiteral("estate"); }
    void registerCatalog(EntityCatalog &catalog) override;
    void registerShell(ShellRegistry &shell) override;
    void openSession(const SessionContext &context) override;
    void closeSession() override;

    /// Null while no account is open.
    [[nodiscard]] EstateDirectory *directory() const { return m_directory.get(); }
    [[nodiscard]] Estate *facade() const { return m_facade.get(); }

private:
    std::unique_ptr<Estate> m_facade;
    std::unique_ptr<EstateDirectory> m_directory;
    std::unique_ptr<EstateDesk> m_desk;
};

std::unique_ptr<ClientModule> makeEstateModule();

} // namespace Courtyard::Client
