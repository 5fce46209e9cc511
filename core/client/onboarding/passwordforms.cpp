#include "onboarding/passwordforms.h"

#include "apijob.h"
#include "fieldlimits.h"
#include "formats.h"
#include "onboarding/onboardingtext.h"
#include "session.h"
#include "workspace.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

PasswordFormBase::PasswordFormBase(QObject *parent)
    : QObject(parent)
{
}

Session *PasswordFormBase::session() const
{
    if (m_session)
        return m_session;
    const Workspace *workspace = Workspace::instance();
    return workspace ? workspace->session() : nullptr;
}

void PasswordFormBase::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void PasswordFormBase::setErrors(const QString &text, const QVariantMap &fields)
{
    if (m_errorText == text && m_fieldErrors == fields)
        return;
    m_errorText = text;
    m_fieldErrors = fields;
    Q_EMIT errorsChanged();
}

void PasswordFormBase::setDone()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT doneChanged();
}

QString PasswordFormBase::newPasswordProblem(const QString &password, const QString &repeated)
{
    Q_UNUSED(repeated)
    if (password.size() < Courtyard::Limits::PasswordMin)
        return tr("Use at least %1 characters.").arg(Courtyard::Limits::PasswordMin);
    if (password.size() > Courtyard::Limits::PasswordMax)
        return tr("At most %1 characters.").arg(Courtyard::Limits::PasswordMax);
    return {};
}

ResetPasswordForm::ResetPasswordForm(QObject *parent)
    : PasswordFormBase(parent)
{
}

void ResetPasswordForm::submit(const QString &phone, const QString &code, const QString &password,
                               const QString &repeated)
{
    if (isBusy())
        return;
    QVariantMap errors;
    QString digits = phone.trimmed();
    digits.remove(u' ').remove(u'-');
    if (digits.isEmpty())
        errors.insert(u"phone"_s, tr("Enter your phone number."));
    else if (!Courtyard::Formats::isContactPhone(digits))
        errors.insert(u"phone"_s, tr("Enter a valid phone number."));
    const QString typedCode = code.trimmed();
    if (typedCode.isEmpty())
        errors.insert(u"code"_s, tr("Enter the code you were given."));
    if (const QString problem = newPasswordProblem(password, repeated); !problem.isEmpty())
        errors.insert(u"password"_s, problem);
    else if (password != repeated)
        errors.insert(u"repeat"_s, tr("The two passwords are not the same."));
    if (!errors.isEmpty()) {
        setErrors({}, errors);
        return;
    }
    Session *s = session();
    if (!s)
        return;
    ApiJob *job = s->signInWith(u"/auth/reset"_s,
                                {{u"phone"_s, digits}, {u"code"_s, typedCode}, {u"newPassword"_s, password}}, digits);
    if (!job)
        return;
    setErrors({}, {});
    setBusy(true);
    connect(job, &ApiJob::finished, this, [this, job, s = QPointer<Session>(s)] {
        setBusy(false);
        if (job->isOk()) {
            if (s && s->isSignedIn()) {
                setDone();
                Q_EMIT signedIn();
            } else if (s) {
                setErrors(s->errorText(), {}); // e.g. a staff account in the resident app
            }
            return;
        }
        if (job->errorCode() == u"weak_password"_s) {
            setErrors({}, {{u"password"_s, OnboardingText::weakPassword(*job)}});
            return;
        }
        if (const QString transport = OnboardingText::transportProblem(*job); !transport.isEmpty()) {
            setErrors(transport, {});
            return;
        }
        // Wrong phone, wrong, used or expired code: the server does not say which (no account
        // can be probed through it), and neither do we.
        setErrors({}, {{u"code"_s, tr("This code does not match this phone number, or it has expired. Check both, "
                                      "or ask your property office for a new code.")}});
    });
}

ChangePasswordForm::ChangePasswordForm(QObject *parent)
    : PasswordFormBase(parent)
{
}

void ChangePasswordForm::submit(const QString &current, const QString &password, const QString &repeated)
{
    if (isBusy())
        return;
    QVariantMap errors;
    if (current.isEmpty())
        errors.insert(u"current"_s, tr("Enter your current password."));
    if (const QString problem = newPasswordProblem(password, repeated); !problem.isEmpty())
        errors.insert(u"password"_s, problem);
    else if (password == current)
        errors.insert(u"password"_s, tr("Choose a password different from the current one."));
    else if (password != repeated)
        errors.insert(u"repeat"_s, tr("The two passwords are not the same."));
    if (!errors.isEmpty()) {
        setErrors({}, errors);
        return;
    }
    Session *s = session();
    if (!s || !s->isSignedIn())
        return;
    setErrors({}, {});
    setBusy(true);
    ApiJob *job = s->api()->postJson(u"/auth/password"_s, {{u"oldPassword"_s, current}, {u"newPassword"_s, password}});
    connect(job, &ApiJob::finished, this, [this, job] {
        setBusy(false);
        if (job->isOk()) {
            setDone();
            Q_EMIT changed();
            return;
        }
        if (job->errorCode() == u"weak_password"_s) {
            setErrors({}, {{u"password"_s, OnboardingText::weakPassword(*job)}});
            return;
        }
        if (const QString transport = OnboardingText::transportProblem(*job); !transport.isEmpty()) {
            setErrors(transport, {});
            return;
        }
        setErrors({}, {{u"current"_s, tr("The current password is wrong.")}});
    });
}

} // namespace Courtyard::Client
