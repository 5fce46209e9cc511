#pragma once

#include "apiclient.h"
#include "sync/backoff.h"
#include "store/outbox.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <functional>
#include <optional>

#include <qqmlintegration.h>

namespace Courtyard::Client {

class ApiJob;
class ConnectivityWatcher;
class AttachmentUploader;
class LocalStore;

/**
 * Moves changes between the account's LocalStore and the server: pushes the outbox, then
 * pulls what changed.
 *
 * - Push: the outbox in order, attachments first (the hook set with setAttachmentStep()).
 *   Commands of one record go one after another; up to setWindow() commands of different
 *   records are on their way at once. POST /v1/commands carries the command's own id, so a
 *   resend after a lost answer is replayed by the server, never applied twice. 2xx →
 *   applied; a 4xx refusal → rejected with the server's reason (kept, "needs attention");
 *   5xx, 408, 429 or no answer → the attempt is counted, the command stays queued with its
 *   id, and the cycle retries after a backoff. A 429 or 503 with Retry-After N holds that
 *   kind of request (pushing — commands and their photos — or pulling) for at least N
 *   seconds: no trigger, not even syncNow(), sends one before; the other kind goes on. Answers that arrive together are written in one transaction. A command naming
 *   a photo refused for good (see AttachmentUploader) ends rejected, "attachment_refused".
 * - Pull: GET /v1/sync?since=<cursor>&limit=<n> (1000 by default), page by page; each page
 *   and its cursor are written in one store transaction, so an interruption resumes at the
 *   last saved page. Entities no module of this build owns are kept too (EntityRepository).
 *   A `reset` answer (the server was restored from a backup and has no revision as new as the
 *   cursor) starts a full pull from 0 that drops, at its end, the synced records it did not
 *   bring — never one with unanswered commands, which stay queued. The next page is requested while the current one is written; no more
 *   than those two are held in memory.
 * - Scheduling: start(), sign-in (syncNow), a local change (debounced), connectivity back
 *   (QNetworkInformation, or the first answer after a failure), a timer while the app is in
 *   the foreground, and by hand (syncNow). Failures back off exponentially with full jitter.
 * - 401: ApiClient already tried one refresh; the engine stops, emits signedOut() and keeps
 *   the outbox for the next sign-in.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SyncEngine is created in C++")

    Q_PROPERTY(bool syncing READ isSyncing NOTIFY syncingChanged)
    Q_PROPERTY(bool offline READ isOffline NOTIFY offlineChanged)
    Q_PROPERTY(QDateTime lastSyncAt READ lastSyncAt NOTIFY lastSyncAtChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(int needsAttentionCount READ needsAttentionCount NOTIFY needsAttentionCountChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    /// The server's maximum: half the round trips and disk syncs of 500 for an initial sync
    /// (10,000 tickets: ~2.2 s instead of ~2.8 s on loopback), at ~3 MB more peak memory.
    static constexpr int DefaultPageLimit = 1000;
    /// Commands (for different records) on their way at once. Each request costs ~40 ms of
    /// round trip here however small it is, so many go together (1,000 commands: 4 → 11 s,
    /// 16 → 3.3 s, 32 → 2.3 s on loopback). QNetworkAccessManager queues what exceeds its
    /// six connections per host.
    static constexpr int DefaultWindow = 32;
    static constexpr std::chrono::milliseconds DefaultDebounce{300};
    static constexpr std::chrono::milliseconds DefaultPeriod{60000};

    /// Hook run before commands are pushed: uploads pending attachments and calls done(ok).
    using AttachmentStep = std::function<void(std::function<void(bool ok)> done)>;

    /// @p api and @p store must outlive the engine; the store must be open.
    explicit SyncEngine(ApiClient *api, LocalStore *store, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setPageLimit(int limit) { m_pageLimit = limit; }
    /// 1 sends one command at a time.
    void setWindow(int commands) { m_window = std::max(1, commands); }
    void setDebounce(std::chrono::milliseconds delay);
    void setPeriod(std::chrono::milliseconds period);
    void setAttachmentStep(AttachmentStep step) { m_attachmentStep = std::move(step); }
    /// The usual attachment step: @p uploader sends every pending photo; the push goes on
    /// unless the server could not be reached (then the cycle backs off like any failure).
    void uploadAttachmentsWith(AttachmentUploader *uploader);
    /// Uses @p watcher for connectivity (not owned); the engine makes its own otherwise.
    void setConnectivityWatcher(ConnectivityWatcher *watcher);
    [[nodiscard]] Backoff &backoff() { return m_backoff; }

    /// Syncs now and keeps syncing on the triggers above until stop().
    void start();
    /// Stops scheduling; a request in flight is dropped when it answers (nothing half-applied:
    /// the store only ever holds whole pages).
    void stop();
    [[nodiscard]] bool isStarted() const { return m_started; }

    [[nodiscard]] bool isSyncing() const { return m_syncing; }
    [[nodiscard]] bool isOffline() const { return m_offline; }
    [[nodiscard]] QDateTime lastSyncAt() const { return m_lastSyncAt; }
    [[nodiscard]] int pendingCount() const { return m_pendingCount; }
    [[nodiscard]] int needsAttentionCount() const { return m_needsAttentionCount; }
    /// Code of the last failed cycle ("network_error", "timeout", "tls_error", "pin_mismatch",
    /// "internal", ...); empty after a good one.
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// True while a failed cycle waits for its retry.
    [[nodiscard]] bool isBackingOff() const { return m_retryTimer.isActive(); }
    [[nodiscard]] std::chrono::milliseconds retryDelay() const { return m_lastDelay; }

public Q_SLOTS:
    /// By hand (pull to refresh) or after sign-in: now, whatever the backoff says.
    void syncNow();
    /// Something was queued locally: sync after the debounce delay.
    void notifyLocalChange();

Q_SIGNALS:
    void syncingChanged();
    void offlineChanged();
    void lastSyncAtChanged();
    void pendingCountChanged();
    void needsAttentionCountChanged();
    void lastErrorChanged();

    /// The server answered `reset` (its store is older than the cursor): a full pull began.
    void resyncStarted();
    /// A page was stored with its cursor (for progress and tests).
    void pagePulled(qint64 since, qint64 cursor, int changes, bool hasMore);
    /// A command got its final answer: @p state is "applied" or "rejected".
    void commandAnswered(const QString &id, const QString &state);
    /// One cycle ended; @p ok false when it stopped on a failure (see lastError).
    void cycleFinished(bool ok);
    /// The server refused the session for good; the outbox is kept for the next sign-in.
    void signedOut();

private:
    enum class Phase { Idle, Attachments, Push, Pull };
    /// The two kinds of request a Retry-After may hold back.
    enum Lane { PushLane = 0, PullLane = 1, LaneCount };
    enum class Trigger { Start, Manual, LocalChange, Periodic, Connectivity, Retry };

    void trigger(Trigger why);
    void runCycle();
    /// One command's answer, kept until storeAnswers() writes it.
    struct Answer
    {
        QString id;
        quint64 generation = 0;
        ApiClient::Error error = ApiClient::Error::None;
        bool finalRefusal = false;
        int httpStatus = 0;
        int retryAfter = 0; ///< seconds, from Retry-After
        QJsonObject data;
        QString code;
        QString message;
    };

    void pushNext();
    [[nodiscard]] std::optional<QList<Outbox::Entry>> claimCommands();
    void sendAll(const QList<Outbox::Entry> &entries);
    void onCommandAnswered(const QString &id, ApiJob *job);
    void storeAnswers();
    void failWith(ApiClient::Error error, const QString &code);
    /// After the push: the pull, unless a Retry-After holds it back.
    void startPull();
    /// The server asked for @p seconds of quiet on @p lane (never shortens an earlier ask).
    void holdLane(Lane lane, int seconds);
    [[nodiscard]] bool isHeld(Lane lane) const { return !m_notBefore[lane].hasExpired(); }
    void pullNext(qint64 since);
    void onPage(qint64 since, ApiJob *job);
    void startResync(qint64 since);
    void finishCycle(bool ok, const QString &error = {});
    void failFromJob(ApiJob *job);
    void endSignedOut();
    void refreshCounts();
    void onStoreChanged(const QStringList &entities);
    void onRequestFinished(int error);
    void setSyncing(bool syncing);
    void setOffline(bool offline);
    void setLastError(const QString &error);
    void setLastSyncAt(const QDateTime &at);
    [[nodiscard]] bool isAlive(quint64 generation) const;

    ApiClient *m_api;
    LocalStore *m_store;
    QPointer<ConnectivityWatcher> m_connectivity;
    AttachmentStep m_attachmentStep;
    Backoff m_backoff;
    QTimer m_debounceTimer;
    QTimer m_periodicTimer;
    QTimer m_retryTimer;
    std::chrono::milliseconds m_lastDelay{0};
    QDeadlineTimer m_notBefore[LaneCount]; ///< expired: the lane may go
    bool m_laneSkipped = false; ///< this cycle left a held lane out
    int m_pageLimit = DefaultPageLimit;
    int m_window = DefaultWindow;
    QHash<QString, quint64> m_inFlight; ///< command id -> generation it was sent in
    QList<Answer> m_answers;
    bool m_answersQueued = false;
    std::optional<ApiClient::Error> m_pushFailure;
    QString m_pushFailureCode;
    bool m_started = false;
    bool m_foreground = true;
    bool m_again = false;
    Phase m_phase = Phase::Idle;
    /// Bumped by stop() and at the end of each cycle: answers of an older one are dropped.
    quint64 m_generation = 0;

    bool m_syncing = false;
    bool m_offline = false;
    QDateTime m_lastSyncAt;
    int m_pendingCount = 0;
    int m_needsAttentionCount = 0;
    QString m_lastError;
};

} // namespace Courtyard::Client
