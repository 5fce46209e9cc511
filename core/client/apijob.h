#pragma once

#include "apiclient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <qqmlintegration.h>
class QNetworkReply;

namespace Courtyard::Client {


/**
 * One call to the Courtyard API and its outcome. ApiClient creates it, finished() is emitted
 * exactly once (never from inside the call that made the job), and the job deletes itself
 * right after: read what you need in the slot connected to finished().
 */
class ApiJob : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ApiJob objects are made by ApiClient")

public:
    [[nodiscard]] bool isOk() const { return m_error == ApiClient::Error::None; }
    [[nodiscard]] ApiClient::Error error() const { return m_error; }
    /// The server's "error" code (e.g. "invalid_credentials"), or a client-side one such as
    /// "insecure_url", "tls_error", "timeout", "network_error", "invalid_response".
    [[nodiscard]] QString errorCode() const { return m_errorCode; }
    /// Developer-facing English detail; never shown to people as is.
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    /// HTTP status, or 0 when no response arrived.
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    /// The seconds the server asked to wait (its Retry-After header, on 429 and 503), at most
    /// an hour; 0 when it named none.
    [[nodiscard]] int retryAfterSeconds() const { return m_retryAfter; }
    /// The JSON object the server answered with, also for refusals that carry one (a rejected
    /// command's reason and the record's current state); empty for 204 and bodiless failures.
    [[nodiscard]] QJsonObject data() const { return m_data; }
    /// The raw body of a successful ApiClient::getBytes() (empty for the JSON calls).
    [[nodiscard]] QByteArray bytes() const { return m_bytes; }
    /// The Content-Type of a successful ApiClient::getBytes().
    [[nodiscard]] QByteArray contentType() const { return m_contentType; }

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;

    enum class Kind { Login, Refresh, Logout, Me, Health, Json, Bytes };

    ApiJob(Kind kind, QByteArray method, QString path, QByteArray body, bool authorized,
           QObject *parent);

    Kind m_kind;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    QByteArray m_bodyType = "application/json"; ///< Content-Type of m_body
    QString m_query; ///< already encoded, without '?'
    bool m_authorized = false;
    bool m_retried = false;
    bool m_pinMismatch = false;
    QString m_sslErrorText;
    QPointer<QNetworkReply> m_reply;

    ApiClient::Error m_error = ApiClient::Error::None;
    QString m_errorCode;
    QString m_errorMessage;
    int m_httpStatus = 0;
    int m_retryAfter = 0;
    QJsonObject m_data;
    QByteArray m_bytes;
    QByteArray m_contentType;
};

} // namespace Courtyard::Client
