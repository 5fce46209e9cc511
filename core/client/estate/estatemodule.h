#pragma once

#include "clientmodule.h"
#include "estate/estatedirectory.h"

#include <QObject>
#include <QPointer>
#include <qqmlintegration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace Courtyard::Client {

/// The estate module in QML (singleton "Estate" of Courtyard.Estate): its directory while an
/// account is open, null otherwise.
class Estate : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Courtyard::Client::EstateDirectory *directory READ directory NOTIFY directoryChanged)

public:
    /// Made by the module (no default constructor: QML would prefer it to create()).
    struct Made {};
    explicit Estate(Made, QObject *parent = nullptr);
    ~Estate() override;
    static Estate *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] EstateDirectory *directory() const { return m_directory; }
    void setDirectory(EstateDirectory *directory);

Q_SIGNALS:
    void directoryChanged();

private:
    QPointer<EstateDirectory> m_directory;
};

/**
 * Estates, buildings, units and staff on the phone: their tables (the same as the repair loop's
 * store, version 1), and the directory every feature names places and people by.
 */
class EstateModule : public ClientModule
{
public:
    EstateModule();
    ~EstateModule() override;
    [[nodiscard]] QString name() const override { return QStringLiteral("estate"); }
    void registerCatalog(EntityCatalog &catalog) override;
    void openSession(const SessionContext &context) override;
    void closeSession() override;

    /// Null while no account is open.
    [[nodiscard]] EstateDirectory *directory() const { return m_directory.get(); }
    [[nodiscard]] Estate *facade() const { return m_facade.get(); }

private:
    std::unique_ptr<Estate> m_facade;
    std::unique_ptr<EstateDirectory> m_directory;
};

std::unique_ptr<ClientModule> makeEstateModule();

} // namespace Courtyard::Client
