#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Courtyard::Client {

/**
 * How AttachmentUploader reaches the server: one PUT /v1/attachments/{sha256} per call. The app
 * uses ApiAttachmentTransport (over ApiClient: tokens, refresh, TLS pins); tests may send with
 * their own client. Keeps courtyard_media free of the transport's library.
 */
class AttachmentTransport
{
public:
    struct Reply
    {
        int httpStatus = 0; ///< 0 when no HTTP answer arrived
        QString errorCode; ///< the server's "error" code, or a client-side one ("network_error", …)
        QString errorMessage;
        int retryAfter = 0; ///< seconds the server asked to wait (Retry-After on 429/503); 0: none
    };
    using Callback = std::function<void(const Reply &)>;

    virtual ~AttachmentTransport() = default;

    /// Sends @p bytes; calls @p done exactly once, later (never inside put()), on @p context's
    /// thread — and not at all once @p context is destroyed.
    virtual void put(const QString &sha256, const QByteArray &bytes, const QByteArray &contentType,
                     QObject *context, Callback done) = 0;
};

} // namespace Courtyard::Client
