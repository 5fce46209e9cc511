#include "onboarding/joinform.h"

#include "apijob.h"
#include "fieldlimits.h"
#include "formats.h"
#include "joincodes.h"
#include "kit/format.h"
#include "logging.h"
#include "onboarding/onboardingtext.h"
#include "session.h"
#include "text.h"
#include "workspace.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

JoinForm::JoinForm(QObject *parent)
    : QObject(parent)
{
}

JoinForm::~JoinForm() = default;

Session *JoinForm::session() const
{
    if (m_session)
        return m_session;
    const Workspace *workspace = Workspace::instance();
    return workspace ? workspace->session() : nullptr;
}

void JoinForm::setCode(const QString &typed)
{
    // Keeps up to the code's length of what can be one (the field shows the grouped form).
    const QString code = JoinCodes::normalized(typed).left(JoinCodes::Length);
    if (code == m_code)
        return;
    m_code = code;
    if (m_fieldErrors.contains(u"code"_s) || !m_errorText.isEmpty())
        setErrors({}, {});
    Q_EMIT codeChanged();
}

QString JoinForm::codeDisplay() const
{
    return JoinCodes::grouped(m_code);
}

bool JoinForm::codeComplete() const
{
    return JoinCodes::isWellFormed(m_code);
}

QString JoinForm::relationLabel() const
{
    return OnboardingText::relationLabel(m_relation);
}

QString JoinForm::expiresText() const
{
    return Format::date(m_expiresAt);
}

bool JoinForm::acceptScanned(const QString &text)
{
    const QString code = JoinCodes::fromScanned(text);
    if (code.isEmpty()) {
        setErrors({}, {{u"code"_s, tr("This QR code is not a Courtyard join code.")}});
        return false;
    }
    setCode(code);
    check();
    return true;
}

void JoinForm::clearErrors()
{
    setErrors({}, {});
}

void JoinForm::check()
{
    if (m_busy)
        return;
    if (!codeComplete()) {
        setErrors({}, {{u"code"_s, m_code.isEmpty() ? tr("Enter the code you were given.")
                                                    : tr("A code has 8 letters and digits, e.g. ABCD-EFGH.")}});
        return;
    }
    Session *s = session();
    if (!s)
        return;
    setErrors({}, {});
    setBusy(true);
    ApiJob *job = s->api()->postPublic(u"/join/check"_s, {{u"code"_s, m_code}});
    connect(job, &ApiJob::finished, this, [this, job] {
        setBusy(false);
        if (!job->isOk()) {
            codeRefused(*job);
            return;
        }
        const QJsonObject answer = job->data();
        m_estateName = answer.value(u"estateName"_s).toString();
        m_unitLabel = answer.value(u"unitLabel"_s).toString();
        m_relation = answer.value(u"relation"_s).toString();
        m_expiresAt = answer.value(u"expiresAt"_s).toString();
        Q_EMIT checkedChanged();
        setStage(Stage::Details);
    });
}

QVariantMap JoinForm::validate(const QString &name, const QString &phone, const QString &password) const
{
    QVariantMap errors;
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        errors.insert(u"name"_s, tr("Enter your name."));
    else if (Courtyard::Text::length(trimmedName) > Courtyard::Limits::NameMax)
        errors.insert(u"name"_s, tr("At most %1 characters.").arg(Courtyard::Limits::NameMax));
    if (phone.trimmed().isEmpty())
        errors.insert(u"phone"_s, tr("Enter your phone number."));
    else if (!Courtyard::Formats::isContactPhone(phone.trimmed()))
        errors.insert(u"phone"_s, tr("Enter a valid phone number."));
    if (password.size() < Courtyard::Limits::PasswordMin)
        errors.insert(u"password"_s, tr("Use at least %1 characters.").arg(Courtyard::Limits::PasswordMin));
    else if (password.size() > Courtyard::Limits::PasswordMax)
        errors.insert(u"password"_s, tr("At most %1 characters.").arg(Courtyard::Limits::PasswordMax));
    return errors;
}

void JoinForm::join(const QString &name, const QString &phone, const QString &password)
{
    if (m_busy || m_stage != Stage::Details)
        return;
    const QVariantMap errors = validate(name, phone, password);
    if (!errors.isEmpty()) {
        setErrors({}, errors);
        return;
    }
    Session *s = session();
    if (!s)
        return;
    QString digits = phone.trimmed();
    digits.remove(u' ').remove(u'-');
    const QJsonObject body{{u"code"_s, m_code}, {u"name"_s, name.trimmed()}, {u"phone"_s, digits},
                           {u"password"_s, password}};
    setErrors({}, {});
    setBusy(true);
    // /join makes the account and the residency but no session (the auth module alone issues
    // those): the app signs in right after with what was just typed, as the sign-in page would.
    ApiJob *job = s->api()->postPublic(u"/join"_s, body);
    connect(job, &ApiJob::finished, this, [this, job, digits, password, s = QPointer<Session>(s)] {
        if (!job->isOk()) {
            setBusy(false);
            joinRefused(*job);
            return;
        }
        if (!s) {
            setBusy(false);
            return;
        }
        qCInfo(lcApp) << "joined" << job->data().value(u"unitId"_s).toString() << "- signing in";
        connect(s, &Session::busyChanged, this, [this, s] {
            if (s->isBusy())
                return;
            disconnect(s, &Session::busyChanged, this, nullptr);
            // The session is no longer busy before it takes the answer: judge once it has.
            QMetaObject::invokeMethod(this, [this, s] {
                setBusy(false);
                if (s && s->isSignedIn()) {
                    setStage(Stage::Done);
                    Q_EMIT joined();
                } else if (s) {
                    setErrors(s->errorText(), {});
                }
            }, Qt::QueuedConnection);
        });
        s->signIn(digits, password);
    });
}

void JoinForm::joinRefused(const ApiJob &job)
{
    const QString code = job.errorCode();
    if (code == u"weak_password"_s) {
        setErrors({}, {{u"password"_s, OnboardingText::weakPassword(job)}});
    } else if (code == u"account_exists"_s) {
        setErrors({}, {{u"password"_s, tr("This phone number already has an account. Enter that account's password to "
                                          "add this home to it, or sign in and add the home on the Me page.")}});
    } else if (code == u"already_member"_s) {
        setErrors({}, {{u"phone"_s, tr("This phone number belongs to this home already. Sign in with it.")}});
    } else if (code.startsWith(u"code_"_s) || code == u"too_many_attempts"_s) {
        codeRefused(job);
    } else if (job.error() == ApiClient::Error::Invalid || job.error() == ApiClient::Error::Conflict) {
        setErrors(tr("Please check what you entered and try again."), {});
    } else {
        setErrors(OnboardingText::codeProblem(job), {});
    }
}

void JoinForm::addHome()
{
    if (m_busy || m_stage != Stage::Details)
        return;
    Session *s = session();
    if (!s || !s->isSignedIn())
        return;
    setErrors({}, {});
    setBusy(true);
    ApiJob *job = s->api()->postJson(u"/me/homes"_s, {{u"code"_s, m_code}});
    // The answer: {userId, residencyId, estateId, unitId, unitLabel, relation}.
    connect(job, &ApiJob::finished, this, [this, job, s = QPointer<Session>(s)] {
        setBusy(false);
        if (!job->isOk()) {
            codeRefused(*job);
            return;
        }
        const QString unitId = job->data().value(u"unitId"_s).toString();
        qCInfo(lcApp) << "home added" << unitId;
        setStage(Stage::Done);
        if (s)
            s->refreshProfile(); // the new unit joins the viewer's
        if (Workspace *w = Workspace::instance())
            w->syncNow();
        Q_EMIT homeAdded(unitId);
    });
}

void JoinForm::back()
{
    setErrors({}, {});
    setStage(Stage::EnterCode);
}

void JoinForm::codeRefused(const ApiJob &job)
{
    const QString message = OnboardingText::codeProblem(job);
    // Offline or the server: the form stays where it is; a refused code goes back to the code.
    const bool aboutTheCode = job.errorCode().startsWith(u"code_"_s) || job.errorCode() == u"too_many_attempts"_s
                              || job.errorCode() == u"already_member"_s;
    if (aboutTheCode) {
        setStage(Stage::EnterCode);
        setErrors({}, {{u"code"_s, message}});
    } else {
        setErrors(message, {});
    }
}

void JoinForm::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void JoinForm::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void JoinForm::setErrors(const QString &text, const QVariantMap &fields)
{
    if (m_errorText == text && m_fieldErrors == fields)
        return;
    m_errorText = text;
    m_fieldErrors = fields;
    Q_EMIT errorsChanged();
}

} // namespace Courtyard::Client
