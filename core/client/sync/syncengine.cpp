#include "sync/syncengine.h"

#include "apiclient.h"
#include "apijob.h"
#include "media/attachmentuploader.h"
#include "sync/connectivitywatcher.h"
#include "store/entityrepository.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/syncstate.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {
Q_LOGGING_CATEGORY(lcSync, "courtyard.client.sync", QtInfoMsg)

const QString LastSyncKey = u"lastSyncAt"_s;

/// A refusal the server will repeat for the same command: keep it as rejected, go on.
bool isFinalRefusal(const ApiJob *job)
{
    const int status = job->httpStatus();
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
}

bool isTransportFailure(ApiClient::Error error)
{
    return error == ApiClient::Error::Network || error == ApiClient::Error::Timeout;
}
} // namespace

SyncEngine::SyncEngine(ApiClient *api, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{
    Q_ASSERT(m_api);
    Q_ASSERT(m_store);
    m_debounceTimer.setSingleShot(true);
    m_debounceTimer.setInterval(DefaultDebounce);
    m_periodicTimer.setInterval(DefaultPeriod);
    m_retryTimer.setSingleShot(true);
    // Never before a Retry-After is over (a coarse timer may fire a little early).
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_debounceTimer, &QTimer::timeout, this, [this] { trigger(Trigger::LocalChange); });
    connect(&m_periodicTimer, &QTimer::timeout, this, [this] { trigger(Trigger::Periodic); });
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { trigger(Trigger::Retry); });
    connect(m_store, &LocalStore::changed, this, &SyncEngine::onStoreChanged);
    connect(m_api, &ApiClient::requestFinished, this,
            [this](ApiClient::Error error) { onRequestFinished(int(error)); });
    connect(m_api, &ApiClient::sessionEnded, this, [this] { endSignedOut(); });

    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_foreground = app->applicationState() == Qt::ApplicationActive
                       || QGuiApplication::platformName() == u"offscreen"_s;
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
            const bool foreground = s == Qt::ApplicationActive;
            if (foreground == m_foreground)
                return;
            m_foreground = foreground;
            if (!m_started)
                return;
            if (foreground) {
                m_periodicTimer.start();
                trigger(Trigger::Periodic);
            } else {
                m_periodicTimer.stop();
            }
        });
    }

    const qint64 last = SyncState(*m_store).value(LastSyncKey).toLongLong();
    if (last > 0)
        m_lastSyncAt = QDateTime::fromMSecsSinceEpoch(last, Qt::UTC);
    refreshCounts();
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setDebounce(std::chrono::milliseconds delay)
{
    m_debounceTimer.setInterval(delay);
}

void SyncEngine::setPeriod(std::chrono::milliseconds period)
{
    m_periodicTimer.setInterval(period);
}

void SyncEngine::setConnectivityWatcher(ConnectivityWatcher *watcher)
{
    if (m_connectivity)
        disconnect(m_connectivity, nullptr, this, nullptr);
    m_connectivity = watcher;
    if (!watcher)
        return;
    connect(watcher, &ConnectivityWatcher::cameOnline, this, [this] {
        setOffline(false);
        trigger(Trigger::Connectivity);
    });
    connect(watcher, &ConnectivityWatcher::wentOffline, this, [this] { setOffline(true); });
}

void SyncEngine::uploadAttachmentsWith(AttachmentUploader *uploader)
{
    setAttachmentStep([this, uploader](std::function<void(bool)> done) {
        AttachmentUploadJob *job = uploader->uploadPending();
        QObject::connect(job, &AttachmentUploadJob::finished, job,
                         [engine = QPointer<SyncEngine>(this), job, done = std::move(done)] {
            // Uploads are part of pushing: a Retry-After on one holds the push lane.
            if (engine && job->outcome() == AttachmentUploadJob::Outcome::RetryLater)
                engine->holdLane(PushLane, job->retryAfterSeconds());
            done(job->outcome() != AttachmentUploadJob::Outcome::RetryLater);
        });
    });
}

void SyncEngine::start()
{
    if (m_started)
        return;
    if (!m_connectivity)
        setConnectivityWatcher(new ConnectivityWatcher(this));
    m_started = true;
    if (m_foreground)
        m_periodicTimer.start();
    trigger(Trigger::Start);
}

void SyncEngine::stop()
{
    m_started = false;
    ++m_generation;
    m_pushFailure.reset();
    m_again = false;
    m_phase = Phase::Idle;
    m_debounceTimer.stop();
    m_periodicTimer.stop();
    m_retryTimer.stop();
    setSyncing(false);
}

void SyncEngine::syncNow()
{
    trigger(Trigger::Manual);
}

void SyncEngine::notifyLocalChange()
{
    refreshCounts();
    if (m_started)
        m_debounceTimer.start();
}

void SyncEngine::trigger(Trigger why)
{
    if (!m_started)
        return;
    if (why == Trigger::Manual || why == Trigger::Connectivity || why == Trigger::Start) {
        // Someone asked, or the network is back: no reason to wait out the backoff.
        m_backoff.reset();
        m_retryTimer.stop();
    } else if (why != Trigger::Retry && m_retryTimer.isActive()) {
        return; // the retry comes soon enough
    }
    if (m_phase != Phase::Idle) {
        m_again = true;
        return;
    }
    runCycle();
}

void SyncEngine::runCycle()
{
    m_again = false;
    m_debounceTimer.stop();
    setSyncing(true);
    m_laneSkipped = false;
    if (isHeld(PushLane)) {
        // The server asked for a pause in pushing (429/503 with Retry-After): the queue waits
        // as it is, the pull goes on, and the retry comes once the pause is over.
        m_laneSkipped = true;
        startPull();
        return;
    }
    if (m_attachmentStep) {
        m_phase = Phase::Attachments;
        const quint64 generation = m_generation;
        m_attachmentStep([this, generation, guard = QPointer<SyncEngine>(this)](bool ok) {
            if (!guard || !isAlive(generation))
                return;
            if (!ok) {
                finishCycle(false, u"attachment_upload_failed"_s);
                return;
            }
            m_phase = Phase::Push;
            pushNext();
        });
        return;
    }
    m_phase = Phase::Push;
    pushNext();
}

bool SyncEngine::isAlive(quint64 generation) const
{
    return m_started && generation == m_generation;
}

void SyncEngine::pushNext()
{
    std::optional<QStringList> refused;
    std::optional<QList<Outbox::Entry>> claimed;
    {
        LocalStore::Transaction tx(*m_store);
        // After the attachment step: a command naming a photo refused for good can never go,
        // so it ends rejected here instead of holding its record's queue for ever.
        refused = Outbox(*m_store).rejectForFailedAttachments();
        claimed = refused ? claimCommands() : std::nullopt;
        if (!claimed || !tx.commit()) {
            finishCycle(false, u"store_error"_s);
            return;
        }
    }
    for (const QString &id : std::as_const(*refused)) {
        qCInfo(lcSync).noquote() << "command" << id << "rejected: attachment_refused";
        Q_EMIT commandAnswered(id, u"rejected"_s);
    }
    if (!refused->isEmpty()) {
        refreshCounts();
        if (m_phase != Phase::Push)
            return; // stopped meanwhile; the claimed commands are resent next time
    }
    sendAll(*claimed);
}

std::optional<QList<Outbox::Entry>> SyncEngine::claimCommands()
{
    // Up to m_window commands for different records are on their way at once: the server
    // answers each by its id, so the order between records does not matter, and the
    // latency of one round trip is shared by many.
    QSet<QString> inFlight;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        inFlight.insert(it.key());
    Outbox outbox(*m_store);
    const QList<Outbox::Entry> entries = outbox.ready(m_window - int(m_inFlight.size()), inFlight);
    for (const Outbox::Entry &entry : entries) {
        if (!outbox.markSending(entry.id))
            return std::nullopt;
    }
    return entries;
}

void SyncEngine::sendAll(const QList<Outbox::Entry> &entries)
{
    for (const Outbox::Entry &entry : entries) {
        const QJsonObject command{{u"id"_s, entry.id},
                                  {u"type"_s, entry.type},
                                  {u"payload"_s, entry.payload}};
        ApiJob *job = m_api->postJson(u"/commands"_s, command);
        m_inFlight.insert(entry.id, m_generation);
        const QString id = entry.id;
        connect(job, &ApiJob::finished, this, [this, job, id] { onCommandAnswered(id, job); });
    }
    if (m_inFlight.isEmpty())
        startPull();
}

void SyncEngine::startPull()
{
    if (isHeld(PullLane)) {
        m_laneSkipped = true;
        finishCycle(false, u"rate_limited"_s);
        return;
    }
    m_phase = Phase::Pull;
    pullNext(SyncState(*m_store).cursor());
}

void SyncEngine::holdLane(Lane lane, int seconds)
{
    if (seconds <= 0)
        return;
    const QDeadlineTimer until(std::chrono::seconds(seconds), Qt::PreciseTimer);
    if (m_notBefore[lane].hasExpired() || until.deadline() > m_notBefore[lane].deadline())
        m_notBefore[lane] = until;
    qCInfo(lcSync).noquote() << "the server asked to wait" << seconds << "s before"
                             << (lane == PushLane ? "pushing" : "pulling") << "again";
}

void SyncEngine::onCommandAnswered(const QString &id, ApiJob *job)
{
    Answer answer;
    answer.id = id;
    answer.generation = m_inFlight.value(id, 0);
    answer.error = job->error();
    answer.finalRefusal = !job->isOk() && isFinalRefusal(job);
    answer.httpStatus = job->httpStatus();
    answer.retryAfter = job->retryAfterSeconds();
    answer.data = job->data();
    answer.code = job->errorCode();
    answer.message = job->errorMessage();
    m_answers.append(answer);
    // Answers that arrive together are written together: one disk sync for all of them.
    if (!m_answersQueued) {
        m_answersQueued = true;
        QMetaObject::invokeMethod(this, &SyncEngine::storeAnswers, Qt::QueuedConnection);
    }
}

void SyncEngine::storeAnswers()
{
    m_answersQueued = false;
    const QList<Answer> answers = std::exchange(m_answers, {});
    Outbox outbox(*m_store);
    QList<std::pair<QString, QString>> answered; // id, state
    std::optional<QList<Outbox::Entry>> claimed = QList<Outbox::Entry>();
    bool stored = true;
    {
        LocalStore::Transaction tx(*m_store);
        for (const Answer &a : answers) {
            m_inFlight.remove(a.id);
            if (a.error == ApiClient::Error::None) {
                stored = outbox.markApplied(a.id, a.data) && stored;
                answered.append({a.id, u"applied"_s});
            } else if (a.finalRefusal) {
                // The server's reason is kept with the command; its effect is rolled back to
                // the server's state (the refusal carries it when the record is visible).
                QString code = a.data.value(u"error"_s).toString();
                if (code.isEmpty())
                    code = a.code;
                QString message = a.data.value(u"message"_s).toString();
                if (message.isEmpty())
                    message = a.message;
                qCInfo(lcSync).noquote() << "command" << a.id << "rejected:" << a.httpStatus << code;
                stored = outbox.markRejected(a.id, a.httpStatus, code, message, a.data) && stored;
                answered.append({a.id, u"rejected"_s});
            } else {
                // Still queued with its id: sent again (once) when the retry comes.
                stored = outbox.markFailedAttempt(a.id, a.code) && stored;
                holdLane(PushLane, a.retryAfter);
                if (isAlive(a.generation) && !m_pushFailure) {
                    m_pushFailure = a.error;
                    m_pushFailureCode = a.code;
                }
            }
        }
        if (stored && m_phase == Phase::Push && !m_pushFailure)
            claimed = claimCommands();
        stored = stored && claimed && tx.commit();
    }
    // Recorded even after stop() (e.g. signed out meanwhile): it is the server's word on
    // those commands; only the cycle does not go on.
    for (const auto &[id, state] : std::as_const(answered))
        Q_EMIT commandAnswered(id, state);
    refreshCounts();
    if (m_phase != Phase::Push)
        return; // stopped meanwhile
    if (!stored) {
        m_pushFailure = ApiClient::Error::Invalid;
        m_pushFailureCode = u"store_error"_s;
        claimed = QList<Outbox::Entry>();
    }
    if (m_pushFailure) {
        if (!m_inFlight.isEmpty())
            return; // the cycle ends once every answer is in
        const ApiClient::Error error = *m_pushFailure;
        const QString code = m_pushFailureCode;
        m_pushFailure.reset();
        failWith(error, code);
        return;
    }
    sendAll(*claimed);
}

void SyncEngine::pullNext(qint64 since)
{
    QUrlQuery query;
    query.addQueryItem(u"since"_s, QString::number(since));
    query.addQueryItem(u"limit"_s, QString::number(m_pageLimit));
    ApiJob *job = m_api->get(u"/sync"_s, query);
    const quint64 generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, job, since, generation] {
        if (isAlive(generation))
            onPage(since, job);
    });
}

void SyncEngine::onPage(qint64 since, ApiJob *job)
{
    if (!job->isOk()) {
        holdLane(PullLane, job->retryAfterSeconds());
        failFromJob(job);
        return;
    }
    QJsonObject page = job->data();
    const QJsonArray changes = page.take(u"changes"_s).toArray();
    const qint64 cursor = qint64(page.value(u"cursor"_s).toDouble(-1));
    const bool hasMore = page.value(u"hasMore"_s).toBool();
    if (page.value(u"reset"_s).toBool()) {
        startResync(since);
        return;
    }
    if (cursor < since || (hasMore && (cursor == since || changes.isEmpty()))) {
        // A cursor that does not move would loop for ever.
        qCWarning(lcSync) << "refusing a sync page whose cursor does not advance";
        finishCycle(false, u"invalid_response"_s);
        return;
    }

    // The next page is asked for before this one is written, so the server works while we
    // do; its answer is handled after this function returns (or dropped if this page fails).
    // At most this page and the next are held in memory.
    if (hasMore)
        pullNext(cursor);

    int skipped = 0;
    std::optional<qsizetype> swept;
    {
        LocalStore::Transaction tx(*m_store);
        EntityRepository repository(*m_store);
        SyncState state(*m_store);
        for (const QJsonValue &change : changes) {
            if (!repository.applyChange(change.toObject())) {
                // One record we cannot read must not stop every later change from arriving.
                ++skipped;
            }
        }
        // The last page of a full pull after a reset: what it did not bring is gone on the server.
        const bool sweep = !hasMore && state.isResyncing();
        if (sweep) {
            swept = repository.sweepUnresynced();
            if (!swept || !state.setResyncing(false)) {
                finishCycle(false, u"store_error"_s);
                return;
            }
        }
        if (!state.setCursor(cursor) || !tx.commit()) {
            finishCycle(false, u"store_error"_s);
            return;
        }
    }
    if (swept)
        qCInfo(lcSync) << "full pull after the server's reset done; dropped" << *swept << "record(s) it no longer has";
    if (skipped)
        qCWarning(lcSync) << "skipped" << skipped << "unreadable change(s) of a page";
    const quint64 generation = m_generation;
    Q_EMIT pagePulled(since, cursor, int(changes.size()), hasMore);
    if (!hasMore && isAlive(generation)) {
        if (m_laneSkipped)
            finishCycle(false, u"rate_limited"_s); // pulled, but the push still waits
        else
            finishCycle(true);
    }
}

void SyncEngine::startResync(qint64 since)
{
    // The server's store is older than our cursor (restored from a backup). Everything is
    // pulled again from 0; records are marked unseen first and the ones the full pull does
    // not bring are dropped at its end — all persisted, so an interrupted pull resumes. Queued
    // commands stay in the outbox and go as they are.
    qCWarning(lcSync) << "the server has no revision" << since << "(restored from a backup?): pulling everything again";
    {
        LocalStore::Transaction tx(*m_store);
        SyncState state(*m_store);
        if (!EntityRepository(*m_store).markAllForResync() || !state.setResyncing(true) || !state.setCursor(0)
            || !tx.commit()) {
            finishCycle(false, u"store_error"_s);
            return;
        }
    }
    Q_EMIT resyncStarted();
    pullNext(0);
}

void SyncEngine::failFromJob(ApiJob *job)
{
    failWith(job->error(), job->errorCode());
}

void SyncEngine::failWith(ApiClient::Error error, const QString &code)
{
    if (error == ApiClient::Error::Unauthorized) {
        endSignedOut();
        return;
    }
    finishCycle(false, code);
}

void SyncEngine::finishCycle(bool ok, const QString &error)
{
    m_phase = Phase::Idle;
    ++m_generation; // a prefetched page of this cycle is not wanted any more
    if (ok) {
        m_backoff.reset();
        setLastError({});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SyncState(*m_store).setValue(LastSyncKey, QString::number(now.toMSecsSinceEpoch()));
        setLastSyncAt(now);
    } else {
        setLastError(error);
        m_lastDelay = m_backoff.nextDelay();
        // Not before the server's Retry-After: the retry then finds every held lane open.
        for (const QDeadlineTimer &held : m_notBefore) {
            if (!held.hasExpired())
                m_lastDelay = std::max(m_lastDelay, std::chrono::milliseconds(held.remainingTime() + 50));
        }
        qCInfo(lcSync).noquote() << "sync failed:" << error << "- retry in"
                                 << m_lastDelay.count() << "ms";
        if (m_started)
            m_retryTimer.start(m_lastDelay);
    }
    refreshCounts();
    Q_EMIT cycleFinished(ok);
    if (ok && m_again && m_started) {
        runCycle();
        return;
    }
    m_again = false;
    setSyncing(false);
}

void SyncEngine::endSignedOut()
{
    if (!m_started)
        return;
    qCInfo(lcSync) << "signed out by the server; the outbox is kept";
    const bool wasBusy = m_phase != Phase::Idle;
    stop();
    setLastError(u"unauthorized"_s);
    refreshCounts();
    if (wasBusy)
        Q_EMIT cycleFinished(false);
    Q_EMIT signedOut();
}

void SyncEngine::refreshCounts()
{
    if (!m_store->isOpen())
        return;
    Outbox outbox(*m_store);
    const int pending = outbox.pendingCount();
    const int attention = outbox.needsAttentionCount();
    if (pending != m_pendingCount) {
        m_pendingCount = pending;
        Q_EMIT pendingCountChanged();
    }
    if (attention != m_needsAttentionCount) {
        m_needsAttentionCount = attention;
        Q_EMIT needsAttentionCountChanged();
    }
}

void SyncEngine::onStoreChanged(const QStringList &entities)
{
    if (!entities.contains(u"outbox"_s))
        return;
    const int before = m_pendingCount;
    refreshCounts();
    // Our own answers also change the outbox; only a new command is a local change.
    if (m_pendingCount > before) {
        if (m_phase == Phase::Pull)
            m_again = true;
        else if (m_phase == Phase::Idle && m_started)
            m_debounceTimer.start();
    }
}

void SyncEngine::onRequestFinished(int error)
{
    const auto e = ApiClient::Error(error);
    if (isTransportFailure(e)) {
        setOffline(true);
        return;
    }
    if (e == ApiClient::Error::Tls)
        return; // reached something, but not our server: neither on- nor offline
    const bool wasOffline = m_offline;
    setOffline(false);
    // Any answer after a failure (e.g. the session's health check) means the server is back.
    if (wasOffline && m_started && m_phase == Phase::Idle)
        QTimer::singleShot(0, this, [this] { trigger(Trigger::Connectivity); });
}

void SyncEngine::setSyncing(bool syncing)
{
    if (syncing == m_syncing)
        return;
    m_syncing = syncing;
    Q_EMIT syncingChanged();
}

void SyncEngine::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged();
}

void SyncEngine::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void SyncEngine::setLastSyncAt(const QDateTime &at)
{
    if (at == m_lastSyncAt)
        return;
    m_lastSyncAt = at;
    Q_EMIT lastSyncAtChanged();
}

} // namespace Courtyard::Client
