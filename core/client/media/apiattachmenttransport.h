#pragma once

#include "media/attachmenttransport.h"

#include "apiclient.h"
#include "apijob.h"

#include <QPointer>

namespace Courtyard::Client {

/**
 * AttachmentTransport over the app's one ApiClient (ApiClient::putBytes): the header is only
 * included by code that links courtyard_core (the sync engine, tests), so courtyard_media does
 * not depend on it.
 */
class ApiAttachmentTransport final : public AttachmentTransport
{
public:
    explicit ApiAttachmentTransport(ApiClient *api)
        : m_api(api)
    {
    }

    void put(const QString &sha256, const QByteArray &bytes, const QByteArray &contentType,
             QObject *context, Callback done) override
    {
        ApiJob *job = m_api->putBytes(QStringLiteral("/attachments/") + sha256, bytes, contentType);
        QObject::connect(job, &ApiJob::finished, context, [job, done = std::move(done)] {
            done(Reply{job->isOk() ? (job->httpStatus() ? job->httpStatus() : 200) : job->httpStatus(),
                       job->errorCode(), job->errorMessage(), job->retryAfterSeconds()});
        });
    }

private:
    QPointer<ApiClient> m_api;
};

} // namespace Courtyard::Client
