#pragma once

#include "media/attachmentqueue.h"
#include "media/attachmenttransport.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Courtyard::Client {

/**
 * One run of AttachmentUploader over some photos. finished() is emitted exactly once (never
 * from inside the call that made the job) and the job deletes itself right after.
 */
class AttachmentUploadJob : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Uploaded, ///< every photo is on the server
        Failed, ///< at least one photo was refused for good (see failed()); the others were tried
        RetryLater, ///< no answer / 5xx / 401 / 429: stopped there; what is left stays pending
    };
    Q_ENUM(Outcome)

    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    [[nodiscard]] bool isOk() const { return m_outcome == Outcome::Uploaded; }
    /// The photos this run covered (for uploadPending(): the rows pending when it started).
    [[nodiscard]] QStringList hashes() const { return m_hashes; }
    /// Photos refused for good, with their reasons in failedReasons().
    [[nodiscard]] QStringList failed() const { return m_failed; }
    [[nodiscard]] QStringList failedReasons() const { return m_failedReasons; }
    /// Why the run stopped early (Outcome::RetryLater), e.g. "network_error" or "http_503".
    [[nodiscard]] QString retryReason() const { return m_retryReason; }
    /// With RetryLater: the seconds the server asked to wait (Retry-After), 0 when none.
    [[nodiscard]] int retryAfterSeconds() const { return m_retryAfter; }

Q_SIGNALS:
    void finished();

private:
    friend class AttachmentUploader;
    AttachmentUploadJob(QStringList hashes, bool allPending, QObject *parent);

    QStringList m_hashes;
    bool m_allPending = false;
    qsizetype m_next = 0;
    Outcome m_outcome = Outcome::Uploaded;
    QStringList m_failed;
    QStringList m_failedReasons;
    QString m_retryReason;
    int m_retryAfter = 0;
};

/**
 * Uploads processed photos registered in the attachments table with
 * PUT /v1/attachments/{sha256}, one at a time. The server stores by content hash, so sending a
 * photo again is harmless (200): after a crash or a lost answer a photo is simply sent again,
 * and rows an earlier run left pending are picked up by uploadPending().
 *
 * 200/201 (any 2xx) → uploaded; another 4xx (except 401, 408, 429) → failed with the server's
 * reason; no answer, 5xx, 401, 408 or 429 → stays pending and the run stops (retry later).
 * The sync engine calls upload() with a command's photos before sending the command.
 */
class AttachmentUploader : public QObject
{
    Q_OBJECT

public:
    /// Neither @p queue nor @p transport is owned; both must outlive the uploader.
    AttachmentUploader(AttachmentQueue *queue, AttachmentTransport *transport, QObject *parent = nullptr);
    ~AttachmentUploader() override;

    /// Makes sure each photo in @p sha256s is on the server (already uploaded ones are skipped).
    AttachmentUploadJob *upload(const QStringList &sha256s);
    /// Uploads every row that is pending when the run starts.
    AttachmentUploadJob *uploadPending();

    [[nodiscard]] bool isBusy() const { return !m_jobs.isEmpty(); }

Q_SIGNALS:
    /// A photo's state after a try: Uploaded, Failed (with the reason) or Pending (with the
    /// reason the try failed; it will be retried).
    void stateChanged(const QString &sha256, AttachmentQueue::State state, const QString &reason);

private:
    AttachmentUploadJob *enqueue(AttachmentUploadJob *job);
    void startNext();
    void step(AttachmentUploadJob *job);
    void onReply(AttachmentUploadJob *job, const QString &sha, const AttachmentTransport::Reply &reply);
    void refuse(AttachmentUploadJob *job, const QString &sha256, const QString &reason, bool mark);
    void finish(AttachmentUploadJob *job);

    AttachmentQueue *m_queue;
    AttachmentTransport *m_transport;
    QList<QPointer<AttachmentUploadJob>> m_jobs; ///< the first one is running
    bool m_running = false;
};

} // namespace Courtyard::Client
