#include "onboarding/onboardingmodule.h"

#include "joincodes.h"
#include "kit/shellregistry.h"
#include "logging.h"
#include "onboarding/onboardingtext.h"
#include "store/entitycatalog.h"
#include "viewer.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QCameraDevice>
#include <QMediaDevices>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QPointer<Onboarding> s_onboarding;
const QString Pages = u"qrc:/qt/qml/Courtyard/Onboarding/"_s;

} // namespace

Onboarding::Onboarding(Made, QObject *parent)
    : QObject(parent)
{
}

Onboarding::~Onboarding()
{
    if (s_onboarding == this)
        s_onboarding = nullptr;
}

Onboarding *Onboarding::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    if (!s_onboarding) {
        qCCritical(lcApp) << "QML asked for Onboarding, but the onboarding module is not built in";
        return nullptr;
    }
    QJSEngine::setObjectOwnership(s_onboarding, QJSEngine::CppOwnership);
    return s_onboarding;
}

void Onboarding::setHomes(HomesDesk *homes)
{
    if (m_homes == homes)
        return;
    m_homes = homes;
    Q_EMIT homesChanged();
}

int Onboarding::codeLength()
{
    return JoinCodes::Length;
}

QString Onboarding::groupCode(const QString &typed)
{
    return JoinCodes::grouped(typed);
}

QString Onboarding::relationLabel(const QString &relation)
{
    return OnboardingText::relationLabel(relation);
}

QVariantList Onboarding::invitableRelations()
{
    QVariantList out;
    for (const QString &r : JoinCodes::invitableRelations())
        out.append(QVariantMap{{u"relation"_s, r}, {u"label"_s, OnboardingText::relationLabel(r)}});
    return out;
}

QString Onboarding::qrSource(const QString &code)
{
    return HomesDesk::qrSource(code);
}

bool Onboarding::cameraAvailable()
{
    return !QMediaDevices::videoInputs().isEmpty();
}

OnboardingModule::OnboardingModule()
    : m_facade(std::make_unique<Onboarding>(Onboarding::Made{}))
{
    s_onboarding = m_facade.get();
}

OnboardingModule::~OnboardingModule() = default;

void OnboardingModule::registerCatalog(EntityCatalog &catalog)
{
    catalog.addSchema({u"onboarding"_s,
                       {{1,
                         {ModuleSchema::entityTable(u"residencies"_s, u"unit_id TEXT, user_id TEXT"_s),
                          u"CREATE INDEX IF NOT EXISTS residencies_unit ON residencies (unit_id)"_s,
                          u"CREATE INDEX IF NOT EXISTS residencies_user ON residencies (user_id)"_s,
                          ModuleSchema::entityTable(u"join_codes"_s, u"unit_id TEXT, state TEXT, issued_at INTEGER"_s),
                          u"CREATE INDEX IF NOT EXISTS join_codes_unit ON join_codes (unit_id, state)"_s,
                          // The person's choices on this phone (the unit they act for).
                          u"CREATE TABLE IF NOT EXISTS onboarding_choices (name TEXT PRIMARY KEY, value TEXT)"_s}}},
                       {}});
    catalog.addEntity({u"residency"_s, u"residencies"_s,
                       {EntityColumn::text(u"unit_id"_s, u"unitId"_s), EntityColumn::text(u"user_id"_s, u"userId"_s)}});
    catalog.addEntity({u"joinCode"_s, u"join_codes"_s,
                       {EntityColumn::text(u"unit_id"_s, u"unitId"_s), EntityColumn::text(u"state"_s, u"state"_s),
                        EntityColumn::time(u"issued_at"_s, u"issuedAt"_s)}});
}

void OnboardingModule::registerShell(ShellRegistry &shell)
{
    using App = ShellRegistry::App;
    shell.addSignInAction({u"join"_s, {App::Resident},
                           [] { return QCoreApplication::translate("OnboardingModule", "Join my home"); },
                           u"vpn_key"_s, QUrl(Pages + u"JoinPage.qml"_s), 10});
    // A forgotten password, or a new staff account's first one: the same code from the office.
    shell.addSignInAction({u"reset"_s, {App::Resident, App::Staff},
                           [] { return QCoreApplication::translate("OnboardingModule", "Set a password with a code"); },
                           u"lock_reset"_s, QUrl(Pages + u"ResetPasswordPage.qml"_s), 20});
    const auto resident = [](const Viewer &v) { return v.role() == Courtyard::Role::Resident; };
    shell.addMeSection({u"homes"_s, App::Resident, QUrl(Pages + u"MyHomesSection.qml"_s), 10, resident});
    shell.addMeSection({u"password"_s, App::Resident, QUrl(Pages + u"PasswordSection.qml"_s), 80, {}});
    shell.addMeSection({u"password"_s, App::Staff, QUrl(Pages + u"PasswordSection.qml"_s), 80, {}});
}

void OnboardingModule::openSession(const SessionContext &context)
{
    m_homes = std::make_unique<HomesDesk>(context.store, context.attachments, context.viewer, context.mediaDir);
    m_facade->setHomes(m_homes.get());
}

void OnboardingModule::closeSession()
{
    m_facade->setHomes(nullptr);
    m_homes.reset();
}

std::unique_ptr<ClientModule> makeOnboardingModule()
{
    return std::make_unique<OnboardingModule>();
}

} // namespace Courtyard::Client
