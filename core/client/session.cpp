#include "session.h"

#include "apijob.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QJsonDocument>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QPointer<Session> s_qmlInstance;

QString normalizedPhone(const QString &phone)
{
    QString result = phone.trimmed();
    result.remove(QRegularExpression(u"[\\s\\-()]"_s));
    return result;
}

bool isPlausiblePhone(const QString &phone)
{
    static const QRegularExpression pattern(u"^\\+?[0-9]{5,20}$"_s);
    return pattern.match(phone).hasMatch();
}

} // namespace

Session::Session(ApiClient *api, Audience audience, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_audience(audience)
{
    Q_ASSERT(m_api);
    m_healthTimer.setInterval(DefaultHealthInterval);
    connect(&m_healthTimer, &QTimer::timeout, this, &Session::checkConnection);
    connect(m_api, &ApiClient::requestFinished, this, &Session::onRequestFinished);
    connect(m_api, &ApiClient::baseUrlChanged, this, &Session::serverUrlChanged);
    connect(m_api, &ApiClient::sessionEnded, this, [this] {
        if (!isSignedIn())
            return;
        qCInfo(lcSession) << "signed out by the server";
        setProfile(std::nullopt);
        setProblem(Problem::SessionExpired);
    });
}

Session::~Session() = default;

void Session::setQmlInstance(Session *session)
{
    s_qmlInstance = session;
}

Session *Session::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    if (!s_qmlInstance) {
        qCCritical(lcSession) << "QML asked for Session before one was built";
        return nullptr;
    }
    QJSEngine::setObjectOwnership(s_qmlInstance, QJSEngine::CppOwnership);
    return s_qmlInstance;
}

void Session::start()
{
    if (m_api->baseUrl().isEmpty())
        setProblem(Problem::Insecure); // say at once why nothing will work
    checkConnection();
    m_healthTimer.start();
    resume();
}

void Session::setHealthInterval(std::chrono::milliseconds interval)
{
    m_healthTimer.setInterval(interval);
}

void Session::retranslate()
{
    if (m_problem != Problem::None)
        Q_EMIT errorTextChanged();
    if (isSignedIn())
        Q_EMIT userChanged();
}

QString Session::errorText() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::MissingInput:
        return tr("Enter your phone number and password.");
    case Problem::InvalidPhone:
        return tr("Enter a valid phone number.");
    case Problem::WrongCredentials:
        return tr("Wrong phone number or password.");
    case Problem::WrongApp:
        return m_audience == Audience::Resident
            ? tr("This is a staff account. Please use the Courtyard Staff app.")
            : tr("This is a resident account. Please use the Courtyard Resident app.");
    case Problem::SessionExpired:
        return tr("You have been signed out. Please sign in again.");
    case Problem::Insecure:
        return tr("The server address must start with https://.");
    case Problem::Network:
        return tr("Cannot reach the server. Check your network connection and try again.");
    case Problem::Timeout:
        return tr("The server is not answering. Please try again.");
    case Problem::Tls:
        return tr("Secure connection failed: the server's certificate is not trusted.");
    case Problem::RateLimited:
        return tr("Too many attempts. Please wait a minute and try again.");
    case Problem::Server:
        return tr("The server ran into a problem. Please try again later.");
    case Problem::Unexpected:
        return tr("Something went wrong. Please try again.");
    }
    return {};
}

QString Session::userName() const
{
    return m_profile ? m_profile->name : QString();
}

QString Session::avatarText() const
{
    const QString name = userName().trimmed();
    if (name.isEmpty())
        return {};
    // Chinese names: the surname, as on a name badge; otherwise up to two initials.
    if (name.at(0).script() == QChar::Script_Han)
        return name.left(1);
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QString initials;
    for (const QString &word : words.mid(0, 2))
        initials += word.at(0).toUpper();
    return initials;
}

Session::Role Session::role() const
{
    if (!m_profile)
        return Role::None;
    switch (m_profile->role) {
    case UserProfile::Role::Resident:
        return Role::Resident;
    case UserProfile::Role::Agent:
        return Role::Agent;
    case UserProfile::Role::Technician:
        return Role::Technician;
    case UserProfile::Role::Manager:
        return Role::Manager;
    }
    return Role::None;
}

QString Session::roleName() const
{
    return m_profile ? Courtyard::roleName(m_profile->role) : QString();
}

QString Session::roleLabel() const
{
    switch (role()) {
    case Role::None:
        return {};
    case Role::Resident:
        return tr("Resident");
    case Role::Agent:
        return tr("Customer service agent");
    case Role::Technician:
        return tr("Technician");
    case Role::Manager:
        return tr("Manager");
    }
    return {};
}

QStringList Session::estateNames() const
{
    QStringList names;
    if (m_profile) {
        for (const UserProfile::Estate &estate : m_profile->estates)
            names << estate.name;
    }
    return names;
}

QString Session::estateName() const
{
    //: Separator between the names of several estates or units
    return estateNames().join(tr(", "));
}

QStringList Session::unitLabels() const
{
    QStringList labels;
    if (m_profile) {
        for (const UserProfile::Unit &unit : m_profile->units)
            labels << unit.number;
    }
    return labels;
}

QString Session::unitNames() const
{
    return unitLabels().join(tr(", "));
}

QString Session::phoneMasked() const
{
    return m_profile ? m_profile->phoneMasked : QString();
}

QString Session::serverDisplay() const
{
    const QUrl url = m_api->baseUrl();
    if (url.isEmpty())
        return {};
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

void Session::signIn(const QString &phone, const QString &password)
{
    if (m_busy || isSignedIn())
        return;
    const QString normalized = normalizedPhone(phone);
    if (normalized.isEmpty() || password.isEmpty()) {
        setProblem(Problem::MissingInput);
        return;
    }
    if (!isPlausiblePhone(normalized)) {
        setProblem(Problem::InvalidPhone);
        return;
    }
    if (m_api->baseUrl().isEmpty()) {
        setProblem(Problem::Insecure);
        return;
    }
    setProblem(Problem::None);
    setBusy(true);
    m_contactPhone = normalized;
    ApiJob *job = m_api->login(normalized, password);
    connect(job, &ApiJob::finished, this, [this, job] { onSignInFinished(job); });
}

void Session::onSignInFinished(ApiJob *job)
{
    setBusy(false);
    if (!job->isOk()) {
        qCInfo(lcSession) << "sign-in failed:" << job->error() << job->errorCode();
        setProblem(problemFor(job));
        return;
    }
    acceptLogin(job);
}

ApiJob *Session::signInWith(const QString &path, const QJsonObject &body, const QString &phone)
{
    if (m_busy || isSignedIn())
        return nullptr;
    setProblem(Problem::None);
    setBusy(true);
    m_contactPhone = normalizedPhone(phone);
    ApiJob *job = m_api->signInWith(path, body);
    connect(job, &ApiJob::finished, this, [this, job, path] {
        setBusy(false);
        if (job->isOk())
            acceptLogin(job);
        else
            qCInfo(lcSession) << "sign-in through" << path << "failed:" << job->error() << job->errorCode();
    });
    return job;
}

void Session::refreshProfile()
{
    if (!isSignedIn())
        return;
    ApiJob *job = m_api->me();
    connect(job, &ApiJob::finished, this, [this, job, id = userId()] {
        if (!job->isOk() || userId() != id)
            return; // offline: the kept profile stays; a 401 ends the session elsewhere
        std::optional<UserProfile> profile = UserProfile::fromJson(job->data());
        if (profile && profile->id == id)
            setProfile(std::move(profile), job->data());
    });
}

bool Session::acceptLogin(ApiJob *job)
{
    std::optional<UserProfile> profile = UserProfile::fromJson(job->data().value(u"user"_s).toObject());
    if (!profile) {
        qCWarning(lcSession) << "sign-in answer without a usable user";
        m_api->logout();
        setProblem(Problem::Unexpected);
        return false;
    }
    if (profile->isStaff() != (m_audience == Audience::Staff)) {
        qCInfo(lcSession) << "account is for the other app, signing it out";
        m_api->logout();
        setProblem(Problem::WrongApp);
        return false;
    }
    qCInfo(lcSession) << "signed in as" << profile->id;
    setProfile(std::move(profile), job->data().value(u"user"_s).toObject());
    return true;
}

bool Session::openKeptProfile()
{
    if (isSignedIn() || !m_api->hasSession())
        return false;
    std::optional<UserProfile> cached = cachedProfile();
    if (!cached)
        return false;
    qCInfo(lcSession) << "resumed from the kept profile" << cached->id;
    setProfile(std::move(cached));
    m_keptProfileUnconfirmed = true;
    return true;
}

void Session::resume()
{
    // Offline first: open on the kept profile now (unless done already), and ask the server
    // in the background whether the session still holds.
    const bool opened = m_keptProfileUnconfirmed || openKeptProfile();
    m_keptProfileUnconfirmed = false;
    if (!m_api->hasSession() || (isSignedIn() && !opened))
        return;
    if (!opened)
        setBusy(true);
    ApiJob *job = m_api->me();
    connect(job, &ApiJob::finished, this, [this, job, opened] {
        if (!opened)
            setBusy(false);
        if (!job->isOk()) {
            if (job->error() == ApiClient::Error::Unauthorized) {
                setProblem(Problem::SessionExpired);
                setProfile(std::nullopt);
            } else if (!opened) {
                setProblem(problemFor(job));
            }
            return; // no signal: stay on the kept profile
        }
        std::optional<UserProfile> profile = UserProfile::fromJson(job->data());
        if (!profile || profile->isStaff() != (m_audience == Audience::Staff)
            || (opened && profile->id != userId())) {
            m_api->logout();
            setProfile(std::nullopt);
            setProblem(profile ? Problem::WrongApp : Problem::Unexpected);
            return;
        }
        setProfile(std::move(profile), job->data());
    });
}

void Session::signOut()
{
    setProblem(Problem::None);
    if (!isSignedIn())
        return;
    qCInfo(lcSession) << "signing out";
    m_api->logout(); // best effort: the local session ends now either way
    setProfile(std::nullopt);
}

void Session::clearError()
{
    setProblem(Problem::None);
}

void Session::checkConnection()
{
    if (m_api->baseUrl().isEmpty()) {
        setConnectionState(ConnectionState::Error);
        return;
    }
    if (m_healthJob)
        return;
    m_healthJob = m_api->health();
}

Session::Problem Session::problemFor(const ApiJob *job)
{
    switch (job->error()) {
    case ApiClient::Error::None:
        return Problem::None;
    case ApiClient::Error::Unauthorized:
    case ApiClient::Error::Invalid:
        return job->errorCode() == u"insecure_url"_s ? Problem::Insecure : Problem::WrongCredentials;
    case ApiClient::Error::Network:
        return Problem::Network;
    case ApiClient::Error::Timeout:
        return Problem::Timeout;
    case ApiClient::Error::Tls:
        return Problem::Tls;
    case ApiClient::Error::RateLimited:
        return Problem::RateLimited;
    case ApiClient::Error::Server:
        return Problem::Server;
    case ApiClient::Error::Forbidden:
    case ApiClient::Error::NotFound:
    case ApiClient::Error::Conflict:
        return Problem::Unexpected;
    }
    return Problem::Unexpected;
}

void Session::onRequestFinished(ApiClient::Error error)
{
    switch (error) {
    case ApiClient::Error::Network:
    case ApiClient::Error::Timeout:
        setConnectionState(ConnectionState::Offline);
        break;
    case ApiClient::Error::Tls:
    case ApiClient::Error::Server:
        setConnectionState(ConnectionState::Error);
        break;
    default: // any other answer came from a working server
        setConnectionState(ConnectionState::Online);
        break;
    }
}

void Session::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void Session::setProblem(Problem problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT errorTextChanged();
}

std::optional<UserProfile> Session::cachedProfile() const
{
    if (m_profileCacheFile.isEmpty())
        return std::nullopt;
    QFile file(m_profileCacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    std::optional<UserProfile> profile = UserProfile::fromJson(json);
    if (profile && profile->isStaff() != (m_audience == Audience::Staff))
        return std::nullopt;
    return profile;
}

void Session::setProfile(std::optional<UserProfile> profile, const QJsonObject &json)
{
    const bool wasSignedIn = isSignedIn();
    if (!m_profileCacheFile.isEmpty()) {
        if (!profile) {
            QFile::remove(m_profileCacheFile);
        } else if (!json.isEmpty()) {
            QDir().mkpath(QFileInfo(m_profileCacheFile).absolutePath());
            QSaveFile file(m_profileCacheFile);
            if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) < 0
                || !file.commit())
                qCWarning(lcSession) << "could not keep the profile for offline starts";
        }
    }
    m_profile = std::move(profile);
    Q_EMIT userChanged();
    if (wasSignedIn != isSignedIn())
        Q_EMIT signedInChanged();
}

void Session::setConnectionState(ConnectionState state)
{
    if (m_connectionState == state)
        return;
    qCInfo(lcSession) << "connection" << state;
    m_connectionState = state;
    Q_EMIT connectionStateChanged();
}

} // namespace Courtyard::Client
