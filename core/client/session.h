#pragma once

#include "apiclient.h"
#include "userprofile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

#include <qqmlintegration.h>
class QQmlEngine;
class QJSEngine;

namespace Courtyard::Client {


/**
 * The account of the person using the app, as QML sees it (singleton "Session"): signing in
 * and out, who is signed in, and whether the server can be reached.
 *
 * Built in main() (see AppBootstrap) and handed to QML through create(). Every text it
 * exposes is translated; call retranslate() after switching language. It never logs phone
 * numbers, passwords or tokens.
 */
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY signedInChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(Audience audience READ audience CONSTANT)

    Q_PROPERTY(QString userId READ userId NOTIFY userChanged)
    /// "resident", "agent", "technician" or "manager" as on the wire; empty when signed out.
    Q_PROPERTY(QString roleName READ roleName NOTIFY userChanged)
    /// The phone this person signed in with in this run (to prefill a contact field); may be empty.
    Q_PROPERTY(QString contactPhone READ contactPhone NOTIFY userChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString avatarText READ avatarText NOTIFY userChanged)
    Q_PROPERTY(Role role READ role NOTIFY userChanged)
    Q_PROPERTY(QString roleLabel READ roleLabel NOTIFY userChanged)
    Q_PROPERTY(QStringList estateNames READ estateNames NOTIFY userChanged)
    Q_PROPERTY(QString estateName READ estateName NOTIFY userChanged)
    Q_PROPERTY(QStringList unitLabels READ unitLabels NOTIFY userChanged)
    Q_PROPERTY(QString unitNames READ unitNames NOTIFY userChanged)
    Q_PROPERTY(QString phoneMasked READ phoneMasked NOTIFY userChanged)

    // What the signed-in role may do; the apps show only these (the server still decides).
    Q_PROPERTY(bool canReport READ canReport NOTIFY userChanged)
    Q_PROPERTY(bool canDispatch READ canDispatch NOTIFY userChanged)
    Q_PROPERTY(bool canWorkOrders READ canWorkOrders NOTIFY userChanged)
    Q_PROPERTY(bool canCollectFees READ canCollectFees NOTIFY userChanged)
    Q_PROPERTY(bool canManageCommunity READ canManageCommunity NOTIFY userChanged)
    Q_PROPERTY(bool canSeeKpis READ canSeeKpis NOTIFY userChanged)

    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(QUrl serverUrl READ serverUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QString serverDisplay READ serverDisplay NOTIFY serverUrlChanged)

public:
    enum class ConnectionState { Unknown, Online, Offline, Error };
    Q_ENUM(ConnectionState)
    enum class Role { None, Resident, Agent, Technician, Manager };
    Q_ENUM(Role)
    /// Which app this is: each refuses the other's accounts.
    enum class Audience { Resident, Staff };
    Q_ENUM(Audience)

    static constexpr std::chrono::milliseconds DefaultHealthInterval{15000};

    explicit Session(ApiClient *api, Audience audience, QObject *parent = nullptr);
    ~Session() override;

    /// The instance QML gets; set by whoever builds the session (main or a test).
    static void setQmlInstance(Session *session);
    static Session *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    /// Starts watching the server (a health check now, then every interval) and resumes a
    /// session whose tokens are still stored.
    void start();
    /// Opens a stored session on its kept profile at once, without the network (which start()
    /// brings in later, e.g. after the first frame). True when it opened one.
    bool openKeptProfile();
    void setHealthInterval(std::chrono::milliseconds interval);
    /// Where the signed-in person's profile (the server's Me object: no token, no full phone) is
    /// kept, so an app started with no signal opens on the person's own data at once and the
    /// server is asked again in the background. Empty (the default) = not kept.
    void setProfileCacheFile(const QString &path) { m_profileCacheFile = path; }
    /// Re-emits every translated text after the UI language changed.
    void retranslate();

    [[nodiscard]] bool isSignedIn() const { return m_profile.has_value(); }
    /// The signed-in user's id (names the account's local store); empty when signed out.
    [[nodiscard]] QString userId() const { return m_profile ? m_profile->id : QString(); }
    [[nodiscard]] const std::optional<UserProfile> &profile() const { return m_profile; }
    [[nodiscard]] QString roleName() const;
    [[nodiscard]] QString contactPhone() const { return m_profile ? m_contactPhone : QString(); }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] Audience audience() const { return m_audience; }

    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString avatarText() const;
    [[nodiscard]] Role role() const;
    [[nodiscard]] QString roleLabel() const;
    [[nodiscard]] QStringList estateNames() const;
    [[nodiscard]] QString estateName() const;
    [[nodiscard]] QStringList unitLabels() const;
    /// All unit labels in one line, like estateName.
    [[nodiscard]] QString unitNames() const;
    [[nodiscard]] QString phoneMasked() const;

    [[nodiscard]] bool canReport() const { return role() == Role::Resident; }
    [[nodiscard]] bool canDispatch() const { return m_profile && m_profile->isOffice(); }
    [[nodiscard]] bool canWorkOrders() const { return role() == Role::Technician; }
    [[nodiscard]] bool canCollectFees() const { return canDispatch(); }
    [[nodiscard]] bool canManageCommunity() const { return role() == Role::Manager; }
    [[nodiscard]] bool canSeeKpis() const { return role() == Role::Manager; }

    [[nodiscard]] ConnectionState connectionState() const { return m_connectionState; }
    [[nodiscard]] QUrl serverUrl() const { return m_api->baseUrl(); }
    [[nodiscard]] QString serverDisplay() const;

    Q_INVOKABLE void signIn(const QString &phone, const QString &password);
    /// Signs in through another endpoint that answers like a login (a module's: joining with a
    /// code, setting a password with a code): the answer is taken exactly as signIn()'s. A
    /// refusal sets no errorText: the caller reads the job (connect to its finished()) and says
    /// why in its own words. @p phone is kept like signIn()'s. Null while busy or signed in.
    ApiJob *signInWith(const QString &path, const QJsonObject &body, const QString &phone = {});
    /// Asks the server for the signed-in person again (GET /me), e.g. after they joined or
    /// left a home; the profile (and the workspace's viewer) follow.
    Q_INVOKABLE void refreshProfile();
    /// The API client the session signs in with (modules' public calls go through it too).
    [[nodiscard]] ApiClient *api() const { return m_api; }
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void clearError();
    /// Asks the server for its health now instead of at the next poll.
    Q_INVOKABLE void checkConnection();

Q_SIGNALS:
    void signedInChanged();
    void busyChanged();
    void errorTextChanged();
    void userChanged();
    void connectionStateChanged();
    void serverUrlChanged();

private:
    enum class Problem {
        None,
        MissingInput,
        InvalidPhone,
        WrongCredentials,
        WrongApp,
        SessionExpired,
        Insecure,
        Network,
        Timeout,
        Tls,
        RateLimited,
        Server,
        Unexpected,
    };

    void setBusy(bool busy);
    void setProblem(Problem problem);
    /// @p json: the Me object the profile was read from, kept in the cache file (signed in).
    void setProfile(std::optional<UserProfile> profile, const QJsonObject &json = {});
    [[nodiscard]] std::optional<UserProfile> cachedProfile() const;
    void setConnectionState(ConnectionState state);
    void onRequestFinished(ApiClient::Error error);
    void onSignInFinished(ApiJob *job);
    /// Takes a successful login answer; false (with the problem set) when it is not usable here.
    bool acceptLogin(ApiJob *job);
    void resume();
    [[nodiscard]] static Problem problemFor(const ApiJob *job);

    ApiClient *m_api;
    Audience m_audience;
    std::optional<UserProfile> m_profile;
    bool m_busy = false;
    Problem m_problem = Problem::None;
    ConnectionState m_connectionState = ConnectionState::Unknown;
    QTimer m_healthTimer;
    QPointer<ApiJob> m_healthJob;
    QString m_contactPhone; ///< kept in memory only, never logged
    QString m_profileCacheFile;
    bool m_keptProfileUnconfirmed = false; ///< opened by openKeptProfile(), the server not asked yet
};

} // namespace Courtyard::Client
