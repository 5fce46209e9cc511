#include "media/attachmentuploader.h"

#include "media/attachmenttransport.h"
#include "media/medialogging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

AttachmentUploadJob::AttachmentUploadJob(QStringList hashes, bool allPending, QObject *parent)
    : QObject(parent)
    , m_hashes(std::move(hashes))
    , m_allPending(allPending)
{
}

AttachmentUploader::AttachmentUploader(AttachmentQueue *queue, AttachmentTransport *transport,
                                       QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_transport(transport)
{
}

AttachmentUploader::~AttachmentUploader() = default;

AttachmentUploadJob *AttachmentUploader::upload(const QStringList &sha256s)
{
    QStringList unique;
    for (const QString &h : sha256s) {
        if (!h.isEmpty() && !unique.contains(h))
            unique.append(h);
    }
    return enqueue(new AttachmentUploadJob(unique, false, this));
}

AttachmentUploadJob *AttachmentUploader::uploadPending()
{
    return enqueue(new AttachmentUploadJob({}, true, this));
}

AttachmentUploadJob *AttachmentUploader::enqueue(AttachmentUploadJob *job)
{
    m_jobs.append(job);
    // Queued, so finished() can never be emitted inside upload()/uploadPending().
    QTimer::singleShot(0, this, &AttachmentUploader::startNext);
    return job;
}

void AttachmentUploader::startNext()
{
    while (!m_jobs.isEmpty() && !m_jobs.first())
        m_jobs.removeFirst();
    if (m_running || m_jobs.isEmpty())
        return;
    m_running = true;
    AttachmentUploadJob *job = m_jobs.first();
    if (job->m_allPending) {
        for (const AttachmentQueue::Entry &e : m_queue->pending())
            job->m_hashes.append(e.sha256);
    }
    step(job);
}

void AttachmentUploader::refuse(AttachmentUploadJob *job, const QString &sha256, const QString &reason,
                                bool mark)
{
    if (mark)
        m_queue->markFailed(sha256, reason);
    job->m_failed.append(sha256);
    job->m_failedReasons.append(reason);
    job->m_outcome = AttachmentUploadJob::Outcome::Failed;
    qCInfo(lcMedia) << "attachment" << sha256.left(12) << "refused:" << reason;
    Q_EMIT stateChanged(sha256, AttachmentQueue::State::Failed, reason);
}

void AttachmentUploader::step(AttachmentUploadJob *job)
{
    while (job->m_next < job->m_hashes.size()) {
        const QString sha = job->m_hashes.at(job->m_next++);
        const auto entry = m_queue->entry(sha);
        if (!entry) {
            refuse(job, sha, u"unknown_attachment"_s, false);
            continue;
        }
        if (entry->state == AttachmentQueue::State::Uploaded)
            continue;
        if (entry->state == AttachmentQueue::State::Failed) {
            refuse(job, sha, entry->lastError, false);
            continue;
        }

        QFile file(entry->file);
        if (!file.open(QIODevice::ReadOnly)) {
            refuse(job, sha, u"file_missing"_s, true);
            continue;
        }
        const QByteArray bytes = file.readAll();
        // The server would answer hash_mismatch anyway; a damaged file will not heal by retrying.
        if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha.toLatin1()) {
            refuse(job, sha, u"file_corrupt"_s, true);
            continue;
        }

        m_transport->put(sha, bytes, entry->contentType.toLatin1(), job,
                         [this, job, sha](const AttachmentTransport::Reply &reply) {
                             onReply(job, sha, reply);
                         });
        return;
    }
    finish(job);
}

void AttachmentUploader::onReply(AttachmentUploadJob *job, const QString &sha,
                                 const AttachmentTransport::Reply &reply)
{
    const int status = reply.httpStatus;
    if (status >= 200 && status < 300) {
        m_queue->markUploaded(sha);
        qCDebug(lcMedia) << "attachment" << sha.left(12) << "uploaded, HTTP" << status;
        Q_EMIT stateChanged(sha, AttachmentQueue::State::Uploaded, {});
        step(job);
        return;
    }
    const QString reason = !reply.errorCode.isEmpty()
        ? reply.errorCode
        : (status ? u"http_%1"_s.arg(status) : u"network_error"_s);
    // 401: ApiClient already tried one refresh; the session is the problem, not the photo.
    const bool transient = status == 0 || status >= 500 || status == 401 || status == 408
        || status == 429 || status < 400;
    if (!transient) {
        refuse(job, sha, reason, true);
        step(job);
        return;
    }
    m_queue->markAttempt(sha, reason);
    qCInfo(lcMedia) << "attachment" << sha.left(12) << "upload to retry:" << reason;
    Q_EMIT stateChanged(sha, AttachmentQueue::State::Pending, reason);
    job->m_outcome = AttachmentUploadJob::Outcome::RetryLater;
    job->m_retryReason = reason;
    job->m_retryAfter = reply.retryAfter;
    finish(job);
}

void AttachmentUploader::finish(AttachmentUploadJob *job)
{
    m_jobs.removeAll(job);
    m_running = false;
    Q_EMIT job->finished();
    job->deleteLater();
    QTimer::singleShot(0, this, &AttachmentUploader::startNext);
}

} // namespace Courtyard::Client
