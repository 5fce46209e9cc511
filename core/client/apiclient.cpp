#include "apiclient.h"

#include "apijob.h"
#include "logging.h"
#include "auth/tokenstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

/// Retry-After as delta-seconds or an HTTP date; 0 when absent or unreadable. Capped at an
/// hour, so a wrong header cannot stop syncing for days.
int retryAfterSeconds(const QByteArray &value)
{
    constexpr int Cap = 3600;
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return 0;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds <= 0 ? 0 : int(qMin<qlonglong>(seconds, Cap));
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!at.isValid())
        return 0;
    const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(at);
    return wait <= 0 ? 0 : int(qMin<qint64>(wait, Cap));
}

QString clientErrorCode(ApiClient::Error error)
{
    switch (error) {
    case ApiClient::Error::Network:
        return u"network_error"_s;
    case ApiClient::Error::Tls:
        return u"tls_error"_s;
    case ApiClient::Error::Timeout:
        return u"timeout"_s;
    default:
        return u"http_error"_s;
    }
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *nam, TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
{
    Q_ASSERT(m_nam);
    Q_ASSERT(m_tokens);
}

QSslConfiguration &ApiClient::sslConfig()
{
    // Made on first use: loading the TLS backend costs start-up time the first frame should not wait for.
    if (!m_sslConfig) {
        m_sslConfig = QSslConfiguration::defaultConfiguration();
        m_sslConfig->setProtocol(QSsl::TlsV1_2OrLater);
        m_sslConfig->setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    return *m_sslConfig;
}

ApiClient::~ApiClient()
{
    // Outstanding replies must not call back into a half-destroyed client.
    const auto jobs = findChildren<ApiJob *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiJob *job : jobs) {
        if (job->m_reply) {
            disconnect(job->m_reply, nullptr, this, nullptr);
            job->m_reply->abort();
        }
    }
}

bool ApiClient::setBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        m_errorString = u"Not a valid server URL"_s;
        return false;
    }
    if (url.scheme() != u"https"_s) {
        // Never say the URL itself: it might carry user info.
        m_errorString = u"Refusing a %1:// server URL: only https:// is allowed"_s.arg(url.scheme());
        return false;
    }
    QUrl base = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment
                             | QUrl::RemoveUserInfo);
    if (base.path().endsWith(u"/v1"_s))
        base.setPath(base.path().chopped(3));
    m_errorString.clear();
    if (base != m_baseUrl) {
        m_baseUrl = base;
        Q_EMIT baseUrlChanged();
    }
    return true;
}

bool ApiClient::addTrustedCaFile(const QString &path)
{
    if (!QFileInfo(path).isReadable()) {
        m_errorString = u"Cannot read the CA file %1"_s.arg(path);
        return false;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certs.isEmpty()) {
        m_errorString = u"No PEM certificate in %1"_s.arg(path);
        return false;
    }
    // Setting the CA list turns off on-demand loading of the system CAs, so list them too.
    if (m_extraCas.isEmpty())
        sslConfig().setCaCertificates(QSslConfiguration::systemCaCertificates() + certs);
    else
        sslConfig().addCaCertificates(certs);
    m_extraCas += certs;
    m_nam->clearConnectionCache(); // open connections were verified against the old list
    m_errorString.clear();
    qCInfo(lcApi) << "trusting" << certs.size() << "extra CA certificate(s) from" << path;
    return true;
}

void ApiClient::setPinnedKeys(const QSet<QByteArray> &pins)
{
    if (pins == m_pins)
        return;
    m_pins = pins;
    // Open connections were checked against the old set (or none).
    m_nam->clearConnectionCache();
    qCInfo(lcApi) << "pinning" << pins.size() << "server key(s)";
}

QByteArray ApiClient::spkiSha256(const QSslCertificate &certificate)
{
    // QSslKey::toDer() of a public key is its SubjectPublicKeyInfo (OpenSSL's PUBKEY form).
    const QByteArray der = certificate.publicKey().toDer();
    if (der.isEmpty())
        return {};
    return QCryptographicHash::hash(der, QCryptographicHash::Sha256).toBase64();
}

bool ApiClient::hasSession() const
{
    return !m_tokens->tokens().isEmpty();
}

QString ApiClient::accessToken() const
{
    return m_tokens->tokens().accessToken;
}

ApiJob *ApiClient::login(const QString &phone, const QString &password)
{
    const QJsonObject body{{u"phone"_s, phone}, {u"password"_s, password}};
    return start(new ApiJob(ApiJob::Kind::Login, "POST", u"/auth/login"_s,
                            QJsonDocument(body).toJson(QJsonDocument::Compact), false, this));
}

ApiJob *ApiClient::refresh()
{
    // The same refresh token is always sent with the same requestId: if an answer is lost,
    // the retry is recognised as one instead of as a copied token (which ends the session).
    const QString token = m_tokens->tokens().refreshToken;
    if (token != m_refreshRequestToken) {
        m_refreshRequestToken = token;
        m_refreshRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    const QJsonObject body{{u"refreshToken"_s, token}, {u"requestId"_s, m_refreshRequestId}};
    return start(new ApiJob(ApiJob::Kind::Refresh, "POST", u"/auth/refresh"_s,
                            QJsonDocument(body).toJson(QJsonDocument::Compact), false, this));
}

ApiJob *ApiClient::logout()
{
    auto *job = new ApiJob(ApiJob::Kind::Logout, "POST", u"/auth/logout"_s, "{}", true, this);
    job->m_retried = true; // a logout is not worth a refresh
    start(job); // takes the access token into the request before it is dropped
    m_tokens->clear();
    return job;
}

ApiJob *ApiClient::me()
{
    return start(new ApiJob(ApiJob::Kind::Me, "GET", u"/me"_s, {}, true, this));
}

ApiJob *ApiClient::health()
{
    return start(new ApiJob(ApiJob::Kind::Health, "GET", u"/health"_s, {}, false, this));
}

ApiJob *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    auto *job = new ApiJob(ApiJob::Kind::Json, "GET", path, {}, true, this);
    job->m_query = query.query(QUrl::FullyEncoded);
    return start(job);
}

ApiJob *ApiClient::postJson(const QString &path, const QJsonObject &body)
{
    return start(new ApiJob(ApiJob::Kind::Json, "POST", path,
                            QJsonDocument(body).toJson(QJsonDocument::Compact), true, this));
}

ApiJob *ApiClient::postPublic(const QString &path, const QJsonObject &body)
{
    return start(new ApiJob(ApiJob::Kind::Json, "POST", path,
                            QJsonDocument(body).toJson(QJsonDocument::Compact), false, this));
}

ApiJob *ApiClient::signInWith(const QString &path, const QJsonObject &body)
{
    return start(new ApiJob(ApiJob::Kind::Login, "POST", path,
                            QJsonDocument(body).toJson(QJsonDocument::Compact), false, this));
}

ApiJob *ApiClient::putBytes(const QString &path, const QByteArray &bytes, const QByteArray &contentType)
{
    auto *job = new ApiJob(ApiJob::Kind::Json, "PUT", path, bytes, true, this);
    job->m_bodyType = contentType;
    return start(job);
}

ApiJob *ApiClient::postBytes(const QString &path, const QByteArray &bytes, const QByteArray &contentType,
                             const QUrlQuery &query)
{
    auto *job = new ApiJob(ApiJob::Kind::Json, "POST", path, bytes, true, this);
    job->m_bodyType = contentType;
    job->m_query = query.query(QUrl::FullyEncoded);
    return start(job);
}

ApiJob *ApiClient::getBytes(const QString &path)
{
    return start(new ApiJob(ApiJob::Kind::Bytes, "GET", path, {}, true, this));
}

ApiClient::Error ApiClient::classify(QNetworkReply::NetworkError error, int httpStatus)
{
    if (httpStatus > 0) {
        if (httpStatus >= 200 && httpStatus < 300)
            return error == QNetworkReply::NoError ? Error::None : Error::Network;
        switch (httpStatus) {
        case 401:
            return Error::Unauthorized;
        case 403:
            return Error::Forbidden;
        case 404:
            return Error::NotFound;
        case 409:
        case 422:
            return Error::Conflict;
        case 429:
            return Error::RateLimited;
        default:
            return httpStatus >= 400 && httpStatus < 500 ? Error::Invalid : Error::Server;
        }
    }
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return Error::Tls;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what the transfer timeout aborts with
        return Error::Timeout;
    case QNetworkReply::NoError:
        return Error::Invalid; // finished without any HTTP status
    default:
        return Error::Network;
    }
}

QUrl ApiClient::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + u"/v1"_s + path);
    return url;
}

ApiJob *ApiClient::start(ApiJob *job)
{
    if (m_baseUrl.isEmpty()) {
        fail(job, Error::Invalid, u"insecure_url"_s,
             m_errorString.isEmpty() ? u"No server URL set"_s : m_errorString);
        return job;
    }
    send(job);
    return job;
}

void ApiClient::send(ApiJob *job)
{
    QUrl url = endpoint(job->m_path);
    if (!job->m_query.isEmpty())
        url.setQuery(job->m_query, QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setSslConfiguration(sslConfig());
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setRawHeader("Accept", job->m_kind == ApiJob::Kind::Bytes ? "*/*" : "application/json");
    if (!job->m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, job->m_bodyType);
    if (job->m_authorized) {
        const QString access = m_tokens->tokens().accessToken;
        if (access.isEmpty()) {
            fail(job, Error::Unauthorized, u"not_signed_in"_s, u"No access token"_s);
            return;
        }
        request.setRawHeader("Authorization", "Bearer " + access.toUtf8());
    }

    QNetworkReply *reply = m_nam->sendCustomRequest(request, job->m_method, job->m_body);
    reply->setParent(job);
    job->m_reply = reply;
    job->m_sslErrorText.clear();
    connect(reply, &QNetworkReply::sslErrors, job, [job](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        job->m_sslErrorText = texts.join(u"; "_s);
    });
    if (!m_pins.isEmpty()) {
        // Direct: QNetworkAccessManager blocks its network thread on this signal, so an abort
        // here happens before the request is written.
        connect(reply, &QNetworkReply::encrypted, job, [this, job, reply] { checkPins(job, reply); },
                Qt::DirectConnection);
    }
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { onReplyFinished(job, reply); });
}

void ApiClient::checkPins(ApiJob *job, QNetworkReply *reply)
{
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    for (const QSslCertificate &certificate : chain) {
        if (m_pins.contains(spkiSha256(certificate)))
            return;
    }
    job->m_pinMismatch = true;
    qCWarning(lcApi).noquote() << job->m_method << job->m_path
                               << "refused: the server's key is not pinned";
    reply->abort();
    // Never reuse that connection. Later, not here: the network thread waits for this slot.
    QMetaObject::invokeMethod(m_nam, &QNetworkAccessManager::clearConnectionCache,
                              Qt::QueuedConnection);
}

void ApiClient::onReplyFinished(ApiJob *job, QNetworkReply *reply)
{
    reply->deleteLater();
    job->m_reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // aborted: closed
    Error error = classify(reply->error(), status);
    if (error == Error::Network && !job->m_sslErrorText.isEmpty())
        error = Error::Tls;
    if (job->m_pinMismatch)
        error = Error::Tls;

    QJsonObject object;
    if (job->m_kind == ApiJob::Kind::Bytes && error == Error::None) {
        job->m_bytes = body;
        job->m_contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    } else if (!body.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.isObject())
            object = doc.object();
        else if (error == Error::None)
            error = Error::Invalid;
    }

    qCDebug(lcApi).noquote() << job->m_method << job->m_path << "->" << status << error;
    Q_EMIT requestFinished(error);

    job->m_httpStatus = status;
    job->m_retryAfter = (status == 429 || status == 503) ? retryAfterSeconds(reply->rawHeader("Retry-After")) : 0;
    if (error == Error::None) {
        job->m_data = object;
        if (job->m_kind == ApiJob::Kind::Login || job->m_kind == ApiJob::Kind::Refresh)
            storeTokens(job);
        complete(job);
        return;
    }

    QString code;
    QString message;
    job->m_data = object; // e.g. a rejected command: its reason and the record's state
    if (job->m_pinMismatch) {
        code = u"pin_mismatch"_s;
        message = u"The server's public key is not in the pinned set"_s;
    } else if (status > 0) {
        code = object.value(u"error"_s).toString();
        message = object.value(u"message"_s).toString();
        if (code.isEmpty())
            code = error == Error::Invalid && status < 300 ? u"invalid_response"_s : u"http_error"_s;
        if (message.isEmpty())
            message = u"HTTP status %1"_s.arg(status);
    } else {
        code = clientErrorCode(error);
        message = job->m_sslErrorText.isEmpty() ? reply->errorString() : job->m_sslErrorText;
    }
    if (error == Error::Tls || error == Error::Network)
        qCWarning(lcApi).noquote() << job->m_method << job->m_path << "failed:" << message;

    if (status == 401 && job->m_authorized) {
        if (code == u"token_expired"_s && !job->m_retried
            && !m_tokens->tokens().refreshToken.isEmpty()) {
            job->m_retried = true;
            refreshThenRetry(job);
            return;
        }
        if (code == u"invalid_token"_s || code == u"session_revoked"_s || code == u"unauthorized"_s)
            endSession(code);
    } else if (status == 401 && job->m_kind == ApiJob::Kind::Refresh) {
        endSession(code);
    }

    job->m_error = error;
    job->m_errorCode = code;
    job->m_errorMessage = message;
    complete(job);
}

void ApiClient::fail(ApiJob *job, Error error, const QString &code, const QString &message)
{
    job->m_error = error;
    job->m_errorCode = code;
    job->m_errorMessage = message;
    // Callers connect to finished() after the call returns.
    QMetaObject::invokeMethod(
        this, [this, job = QPointer<ApiJob>(job)] {
            if (job)
                complete(job);
        },
        Qt::QueuedConnection);
}

void ApiClient::complete(ApiJob *job)
{
    Q_EMIT job->finished();
    job->deleteLater();
}

void ApiClient::storeTokens(ApiJob *job)
{
    AuthTokens tokens;
    tokens.accessToken = job->m_data.take(u"accessToken"_s).toString();
    tokens.refreshToken = job->m_data.take(u"refreshToken"_s).toString();
    const int expiresIn = job->m_data.value(u"expiresIn"_s).toInt();
    if (tokens.accessToken.isEmpty() || tokens.refreshToken.isEmpty()) {
        job->m_error = Error::Invalid;
        job->m_errorCode = u"invalid_response"_s;
        job->m_errorMessage = u"The answer carries no tokens"_s;
        return;
    }
    if (expiresIn > 0)
        tokens.accessExpiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    m_tokens->setTokens(tokens);
}

void ApiClient::refreshThenRetry(ApiJob *job)
{
    m_waitingForRefresh.append(job);
    if (m_refreshJob)
        return;
    qCInfo(lcApi) << "access token expired, refreshing";
    ApiJob *refreshJob = refresh();
    m_refreshJob = refreshJob;
    connect(refreshJob, &ApiJob::finished, this, [this, refreshJob] {
        m_refreshJob = nullptr;
        const auto waiting = std::exchange(m_waitingForRefresh, {});
        for (const QPointer<ApiJob> &waitingJob : waiting) {
            if (!waitingJob)
                continue;
            if (refreshJob->isOk())
                send(waitingJob);
            else
                fail(waitingJob, refreshJob->error(), refreshJob->errorCode(),
                     refreshJob->errorMessage());
        }
    });
}

void ApiClient::endSession(const QString &reason)
{
    if (!hasSession())
        return;
    qCInfo(lcApi) << "session ended by the server:" << reason;
    m_tokens->clear();
    Q_EMIT sessionEnded(reason);
}

} // namespace Courtyard::Client
