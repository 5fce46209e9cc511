#pragma once

#include "session.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>
#include <qqmlintegration.h>

namespace Courtyard::Client {

class ApiJob;


/**
 * Joining a home with a code (QML "JoinForm"): the code as typed (any case, spaces and hyphens
 * ignored, shown ABCD-EFGH), check() asks the server what it is for (POST /v1/join/check:
 * estate, unit, relation), then either join() makes the account (POST /v1/join, which issues no
 * session) and signs in with the phone and password just typed (Session::signIn) or, for a
 * person signed in
 * already, addHome() adds the home to their account (POST /v1/me/homes). Every refusal is
 * said in plain words, at the field it is about; what was typed is kept.
 *
 * It takes the app's Session (Workspace's) unless one is set (tests).
 */
class JoinForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
    /// The code grouped for display: "ABCD-EFGH".
    Q_PROPERTY(QString codeDisplay READ codeDisplay NOTIFY codeChanged)
    /// Eight symbols of the code alphabet: check() may go.
    Q_PROPERTY(bool codeComplete READ codeComplete NOTIFY codeChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// A problem of the whole form (offline, the server); the fields' own are in fieldErrors.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorsChanged)
    /// field ("code", "name", "phone", "password") → message.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorsChanged)
    // What the checked code is for.
    Q_PROPERTY(QString estateName READ estateName NOTIFY checkedChanged)
    Q_PROPERTY(QString unitLabel READ unitLabel NOTIFY checkedChanged)
    Q_PROPERTY(QString relation READ relation NOTIFY checkedChanged)
    Q_PROPERTY(QString relationLabel READ relationLabel NOTIFY checkedChanged)
    Q_PROPERTY(QString expiresText READ expiresText NOTIFY checkedChanged)

public:
    enum class Stage { EnterCode, Details, Done };
    Q_ENUM(Stage)

    explicit JoinForm(QObject *parent = nullptr);
    ~JoinForm() override;

    void setSession(Session *session) { m_session = session; }

    [[nodiscard]] QString code() const { return m_code; }
    void setCode(const QString &typed);
    [[nodiscard]] QString codeDisplay() const;
    [[nodiscard]] bool codeComplete() const;
    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QVariantMap fieldErrors() const { return m_fieldErrors; }
    [[nodiscard]] QString estateName() const { return m_estateName; }
    [[nodiscard]] QString unitLabel() const { return m_unitLabel; }
    [[nodiscard]] QString relation() const { return m_relation; }
    [[nodiscard]] QString relationLabel() const;
    [[nodiscard]] QString expiresText() const;

    /// A scanned text (a QR code's "courtyard:join:…" or a bare code): true when it held a
    /// code, which is then checked at once.
    Q_INVOKABLE bool acceptScanned(const QString &text);
    /// Asks the server what the code is for; on success the stage moves to Details.
    Q_INVOKABLE void check();
    /// The checked code, a name, a phone and a password: the new account, signed in.
    Q_INVOKABLE void join(const QString &name, const QString &phone, const QString &password);
    /// The checked code for the signed-in person: another home of theirs.
    Q_INVOKABLE void addHome();
    /// Back to the code (kept), e.g. to correct it.
    Q_INVOKABLE void back();
    /// The messages a join() would give before asking the server (empty: nothing to say).
    Q_INVOKABLE QVariantMap validate(const QString &name, const QString &phone, const QString &password) const;
    Q_INVOKABLE void clearErrors();

Q_SIGNALS:
    void codeChanged();
    void stageChanged();
    void busyChanged();
    void errorsChanged();
    void checkedChanged();
    /// Signed in with the new account.
    void joined();
    /// The home was added to the signed-in account (its records arrive with the next sync).
    void homeAdded(const QString &unitId);

private:
    [[nodiscard]] Session *session() const;
    void setBusy(bool busy);
    void setStage(Stage stage);
    void setErrors(const QString &text, const QVariantMap &fields);
    /// A refused code moves the form back to it, with its message at the field.
    void codeRefused(const ApiJob &job);
    /// Why /join refused: at the field it is about.
    void joinRefused(const ApiJob &job);

    QPointer<Session> m_session;
    QString m_code;
    Stage m_stage = Stage::EnterCode;
    bool m_busy = false;
    QString m_errorText;
    QVariantMap m_fieldErrors;
    QString m_estateName;
    QString m_unitLabel;
    QString m_relation;
    QString m_expiresAt;
};

} // namespace Courtyard::Client
