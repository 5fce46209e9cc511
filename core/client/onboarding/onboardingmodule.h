#pragma once

#include "clientmodule.h"
#include "onboarding/homesdesk.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <qqmlintegration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace Courtyard::Client {

/// The onboarding module in QML (singleton "Onboarding" of Courtyard.Onboarding): the
/// resident's homes while an account is open (null otherwise) and the words and shapes of
/// join codes for the forms.
class Onboarding : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Courtyard::Client::HomesDesk *homes READ homes NOTIFY homesChanged)
    Q_PROPERTY(int codeLength READ codeLength CONSTANT)

public:
    struct Made {};
    explicit Onboarding(Made, QObject *parent = nullptr);
    ~Onboarding() override;
    static Onboarding *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] HomesDesk *homes() const { return m_homes; }
    void setHomes(HomesDesk *homes);
    [[nodiscard]] static int codeLength();

    /// "ABCD-EFGH" of what was typed so far.
    Q_INVOKABLE static QString groupCode(const QString &typed);
    Q_INVOKABLE static QString relationLabel(const QString &relation);
    /// The relations an owner may invite: [{relation, label}].
    Q_INVOKABLE static QVariantList invitableRelations();
    /// The QR image of a join code (image://qr/courtyard:join:…).
    Q_INVOKABLE static QString qrSource(const QString &code);
    /// Whether this device has a camera to scan a code with.
    Q_INVOKABLE static bool cameraAvailable();

Q_SIGNALS:
    void homesChanged();

private:
    QPointer<HomesDesk> m_homes;
};

/**
 * Joining a home with a code, setting a password with a code, the resident's homes and their
 * invitations: the residency and joinCode entities (their tables in the account store), the
 * sign-in page's "Join my home" and "Set a password with a code", the Me page's homes and
 * password sections, and the homes desk while an account is open.
 */
class OnboardingModule : public ClientModule
{
public:
    OnboardingModule();
    ~OnboardingModule() override;
    [[nodiscard]] QString name() const override { return QStringLiteral("onboarding"); }
    [[nodiscard]] QStringList dependencies() const override { return {QStringLiteral("estate")}; }
    void registerCatalog(EntityCatalog &catalog) override;
    void registerShell(ShellRegistry &shell) override;
    void openSession(const SessionContext &context) override;
    void closeSession() override;

    [[nodiscard]] HomesDesk *homes() const { return m_homes.get(); }

private:
    std::unique_ptr<Onboarding> m_facade;
    std::unique_ptr<HomesDesk> m_homes;
};

std::unique_ptr<ClientModule> makeOnboardingModule();

} // namespace Courtyard::Client
