#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Courtyard::Client {
class LocalStore;
}
#include <QtQml/qqmlregistration.h>

/**
 * What the QML tests need (singleton "TestFixtures" in Courtyard.TestSupport): small images
 * made on request in a temporary folder that lives as long as the test run, and an account
 * store holding one order per state so that QML can read them through the real TicketDetail.
 */
class TestFixtures : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit TestFixtures(QObject *parent = nullptr);
    ~TestFixtures() override;

    /// A distinct JPEG (its own colour per @p n), as a file URL; made on the first call.
    Q_INVOKABLE QUrl imageFile(int n);
    /// A writable path in the run's temporary folder.
    Q_INVOKABLE QString tempPath(const QString &name) const;
    /// A real account store (LocalStore) with the orders "o-<status>" — one per status, reported
    /// by "res-1" in unit "unit-a", assigned to "tech-1" once dispatched — and "o-complaint",
    /// a new complaint. Made on the first call.
    Q_INVOKABLE QObject *orders();
    /// A real account store with unit "unit-a" (3栋 1202) and its bills and payments of
    /// tests/client/fees/feestestutil.h (October paid, November partly, December open).
    Q_INVOKABLE QObject *fees();
    /// Shows the UI in @p language ("zh_CN", "en") as the apps' UiTranslator does: the app's
    /// compiled translations, the default locale, the engine's bindings re-read.
    Q_INVOKABLE bool useLanguage(const QString &language);
    /// build/tests/app/screenshots/qml/<name>.png (its folder made): screens people look at.
    Q_INVOKABLE QString screenshotPath(const QString &name) const;

    /// The office's fee desk (FeeDesk of an agent of est-1) over a store of its own with three
    /// units of building "bld-f" and their bills (some past due), made on the first call; its
    /// store by staffFeesStore(). For the staff fee screens' tests.
    Q_INVOKABLE QObject *staffFees();
    Q_INVOKABLE QObject *staffFeesStore();

private:
    struct StaffFees;
    std::unique_ptr<StaffFees> m_staffFees;
    QTemporaryDir m_dir;
    std::unique_ptr<Courtyard::Client::LocalStore> m_store;
    std::unique_ptr<Courtyard::Client::LocalStore> m_fees;
};
