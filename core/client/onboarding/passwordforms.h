#pragma once

#include "session.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>
#include <qqmlintegration.h>

namespace Courtyard::Client {



/// What the two password forms share: busy, a message for the whole form and per field.
class PasswordFormBase : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorsChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorsChanged)
    Q_PROPERTY(bool done READ isDone NOTIFY doneChanged)

public:
    void setSession(Session *session) { m_session = session; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QVariantMap fieldErrors() const { return m_fieldErrors; }
    [[nodiscard]] bool isDone() const { return m_done; }
    Q_INVOKABLE void clearErrors() { setErrors({}, {}); }

Q_SIGNALS:
    void busyChanged();
    void errorsChanged();
    void doneChanged();

protected:
    explicit PasswordFormBase(QObject *parent);
    [[nodiscard]] Session *session() const;
    void setBusy(bool busy);
    void setErrors(const QString &text, const QVariantMap &fields);
    void setDone();
    /// The new password's own check before the server's (length only: the server judges the rest).
    [[nodiscard]] static QString newPasswordProblem(const QString &password, const QString &repeated);

private:
    QPointer<Session> m_session;
    bool m_busy = false;
    bool m_done = false;
    QString m_errorText;
    QVariantMap m_fieldErrors;
};

/**
 * "Set a password with a code" (QML "ResetPasswordForm"), for a forgotten password or a new
 * staff account's first one: the phone, the code the office sent or gave, the new password →
 * POST /v1/auth/reset, which answers like a login: the app is signed in with it.
 */
class ResetPasswordForm : public PasswordFormBase
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit ResetPasswordForm(QObject *parent = nullptr);
    /// Fields: "phone", "code", "password" (and "repeat" when @p repeated differs).
    Q_INVOKABLE void submit(const QString &phone, const QString &code, const QString &password,
                            const QString &repeated);

Q_SIGNALS:
    void signedIn();
};

/**
 * "Change password" (QML "ChangePasswordForm"): the current one and a new one → POST
 * /v1/auth/password (204). The server ends every other session of the account.
 */
class ChangePasswordForm : public PasswordFormBase
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit ChangePasswordForm(QObject *parent = nullptr);
    /// Fields: "current", "password", "repeat".
    Q_INVOKABLE void submit(const QString &current, const QString &password, const QString &repeated);

Q_SIGNALS:
    void changed();
};

} // namespace Courtyard::Client
