#include "media/apiattachmenttransport.h"
#include "apiclient.h"
#include "apijob.h"
#include "media/attachmentqueue.h"
#include "media/attachmentuploader.h"
#include "sync/connectivitywatcher.h"
#include "store/entityrepository.h"
#include "auth/filetokenstore.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "sync/syncengine.h"
#include "store/syncstate.h"

#include "../clientcore.h"
#include "testclient.h"
#include "testserver.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;
using namespace std::chrono_literals;

namespace {

using cytest::AgentPhone;
using cytest::Core;
using cytest::DemoPassword;
using cytest::ResidentPhone;
using cytest::TechPhone;
using cytest::unreachableUrl;

/// What a user may see right now, by (entity, id), from the server's own sync answers.
QHash<QString, QJsonObject> serverView(TestClient &client, qint64 *cursor)
{
    QJsonArray changes;
    QString failure;
    if (!client.syncAll(0, &changes, cursor, 1000, &failure))
        qWarning("syncAll: %s", qPrintable(failure));
    QHash<QString, QJsonObject> view;
    for (const QJsonValue &value : std::as_const(changes)) {
        const QJsonObject change = value.toObject();
        const QString key = change.value(u"entity"_s).toString() + u'/' + change.value(u"id"_s).toString();
        if (change.value(u"op"_s).toString() == u"delete"_s) {
            view.remove(key);
            if (change.value(u"entity"_s).toString() == u"ticket"_s) {
                const QString ticketId = change.value(u"id"_s).toString();
                for (auto it = view.begin(); it != view.end();) {
                    if (it.key().startsWith(u"ticketEvent/"_s)
                        && it.value().value(u"ticketId"_s).toString() == ticketId)
                        it = view.erase(it);
                    else
                        ++it;
                }
            }
        } else {
            view.insert(key, change.value(u"data"_s).toObject());
        }
    }
    return view;
}

/// The store holds exactly what the server shows (every record, same JSON).
bool storeEqualsServer(LocalStore &store, TestClient &client, QString *why)
{
    qint64 cursor = 0;
    const QHash<QString, QJsonObject> view = serverView(client, &cursor);
    if (view.isEmpty()) {
        *why = u"the server shows nothing"_s;
        return false;
    }
    EntityRepository repository(store);
    for (auto it = view.cbegin(); it != view.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        const std::optional<QJsonObject> local = repository.get(it.key().left(slash), it.key().mid(slash + 1));
        if (!local) {
            *why = u"missing locally: "_s + it.key();
            return false;
        }
        if (*local != it.value()) {
            *why = u"differs: "_s + it.key();
            return false;
        }
    }
    // And nothing more than that: count the rows of the typed tables.
    for (const QString &entity : cytest::catalog()->typedEntities()) {
        QSqlQuery count = store.prepared(u"SELECT COUNT(*) FROM "_s + EntityRepository(store).tableFor(entity));
        if (!store.exec(count) || !count.next())
            continue;
        const qsizetype expected = std::count_if(view.keyBegin(), view.keyEnd(), [&](const QString &key) {
            return key.startsWith(entity + u'/');
        });
        if (count.value(0).toLongLong() != expected) {
            *why = u"%1: %2 rows locally, %3 on the server"_s.arg(entity).arg(count.value(0).toLongLong()).arg(expected);
            return false;
        }
    }
    if (SyncState(store).cursor() != cursor) {
        *why = u"cursor %1, server %2"_s.arg(SyncState(store).cursor()).arg(cursor);
        return false;
    }
    return true;
}

QJsonObject submitPayload(const QString &ticketId, const QString &description)
{
    return {{u"ticketId"_s, ticketId},
            {u"kind"_s, u"repair"_s},
            {u"category"_s, u"plumbing"_s},
            {u"description"_s, description},
            {u"unitId"_s, u"unit-1-1-0301"_s}};
}

QJsonObject optimisticTicket(const QString &ticketId, const QString &description)
{
    return {{u"id"_s, ticketId},
            {u"estateId"_s, u"est-1"_s},
            {u"unitId"_s, u"unit-1-1-0301"_s},
            {u"kind"_s, u"repair"_s},
            {u"category"_s, u"plumbing"_s},
            {u"description"_s, description},
            {u"status"_s, u"submitted"_s},
            {u"priority"_s, u"normal"_s}};
}

QString newTicketId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// How many tickets the agent (who sees the whole estate) finds with @p description.
int serverTicketsWith(TestClient &agent, const QString &description)
{
    qint64 cursor = 0;
    const QHash<QString, QJsonObject> view = serverView(agent, &cursor);
    int n = 0;
    for (auto it = view.cbegin(); it != view.cend(); ++it) {
        if (it.key().startsWith(u"ticket/"_s) && it.value().value(u"description"_s).toString() == description)
            ++n;
    }
    return n;
}

} // namespace

/// The sync engine against the real server over HTTPS, with the real SQLite store.
class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<TestClient> m_agent;

    QString ca() const { return m_server.caFile(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_agent = std::make_unique<TestClient>(m_server);
        QVERIFY(m_agent->login(AgentPhone, DemoPassword).isValid());
    }

    void cleanupTestCase()
    {
        m_agent.reset();
        m_server.stop();
    }

    void fullPullIntoEmptyStore()
    {
        QTemporaryDir dir;
        Core core(dir.path(), {}, m_server.baseUrl(), ca());
        const QString userId = core.login(AgentPhone);
        QVERIFY(!userId.isEmpty());
        QVERIFY(core.openStore(dir.path(), userId));
        QVERIFY(!core.engine->lastSyncAt().isValid());

        QSignalSpy syncing(core.engine.get(), &SyncEngine::syncingChanged);
        QSignalSpy lastSync(core.engine.get(), &SyncEngine::lastSyncAtChanged);
        QSignalSpy pending(core.engine.get(), &SyncEngine::pendingCountChanged);
        bool ok = false;
        QVERIFY(core.cycle(&ok));
        QVERIFY(ok);
        QCOMPARE(syncing.count(), 2); // on and off, nothing in between
        QCOMPARE(lastSync.count(), 1);
        QCOMPARE(pending.count(), 0); // never changed
        QVERIFY(!core.engine->isSyncing());
        QVERIFY(!core.engine->isOffline());
        QVERIFY(core.engine->lastError().isEmpty());
        QVERIFY(core.engine->lastSyncAt().isValid());

        QString why;
        QVERIFY2(storeEqualsServer(core.store, *m_agent, &why), qPrintable(why));
        // 200 units and their bills at least.
        QSqlQuery units = core.store.prepared(u"SELECT COUNT(*) FROM units"_s);
        QVERIFY(core.store.exec(units) && units.next());
        QCOMPARE(units.value(0).toInt(), 200);

        // A second cycle with nothing new changes nothing and still succeeds.
        QVERIFY(core.cycle(&ok));
        QVERIFY(ok);
        QVERIFY2(storeEqualsServer(core.store, *m_agent, &why), qPrintable(why));
    }

    void pagingResumesAfterInterruption()
    {
        QTemporaryDir dir;
        QString userId;
        qint64 savedCursor = -1;
        int firstRunPages = 0;
        {
            Core core(dir.path(), {}, m_server.baseUrl(), ca());
            userId = core.login(AgentPhone);
            QVERIFY(core.openStore(dir.path(), userId));
            core.engine->setPageLimit(40);
            QObject::connect(core.engine.get(), &SyncEngine::pagePulled, core.engine.get(),
                             [&](qint64, qint64 cursor, int changes, bool hasMore) {
                                 QCOMPARE(changes, 40);
                                 QVERIFY(hasMore);
                                 savedCursor = cursor;
                                 if (++firstRunPages == 3)
                                     core.engine->stop(); // the app is closed mid-way
                             });
            core.engine->start();
            QTRY_COMPARE_WITH_TIMEOUT(firstRunPages, 3, 30000);
            QTest::qWait(300); // a request may still have been in flight: it must change nothing
            QCOMPARE(firstRunPages, 3);
            QCOMPARE(SyncState(core.store).cursor(), savedCursor);
            QVERIFY(!core.engine->isSyncing());
            QVERIFY(!core.engine->lastSyncAt().isValid());
        }

        // New objects on the same files: signed in from the token file, same store.
        Core core(dir.path(), userId, m_server.baseUrl(), ca());
        QVERIFY(core.api.hasSession());
        core.engine->setPageLimit(40);
        QList<qint64> sinces;
        QObject::connect(core.engine.get(), &SyncEngine::pagePulled, core.engine.get(),
                         [&](qint64 since, qint64, int, bool) { sinces << since; });
        bool ok = false;
        QVERIFY(core.cycle(&ok));
        QVERIFY(ok);
        QVERIFY(!sinces.isEmpty());
        QCOMPARE(sinces.first(), savedCursor); // resumed, not started over
        QString why;
        QVERIFY2(storeEqualsServer(core.store, *m_agent, &why), qPrintable(why));
    }

    void offlineSubmitThenRestartGivesOneTicket()
    {
        QTemporaryDir dir;
        const QString description = u"离线报修 %1"_s.arg(newTicketId().left(8));
        const QString ticketId = newTicketId();
        QString userId;
        QString commandId;
        {
            Core online(dir.path(), {}, m_server.baseUrl(), ca());
            userId = online.login(ResidentPhone);
            QVERIFY(online.openStore(dir.path(), userId));
            bool ok = false;
            QVERIFY(online.cycle(&ok));
            QVERIFY(ok);
        }
        {
            // The phone has no network: the same account, a server nobody answers for.
            Core offline(dir.path(), userId, unreachableUrl(), ca());
            commandId = Outbox(offline.store).enqueue(u"ticket.submit"_s, u"ticket"_s, ticketId,
                                                      submitPayload(ticketId, description),
                                                      optimisticTicket(ticketId, description));
            QVERIFY(!commandId.isEmpty());
            QSignalSpy offlineChanged(offline.engine.get(), &SyncEngine::offlineChanged);
            bool ok = true;
            QVERIFY(offline.cycle(&ok));
            QVERIFY(!ok);
            QVERIFY(offline.engine->isOffline());
            QCOMPARE(offlineChanged.count(), 1);
            QCOMPARE(offline.engine->lastError(), u"network_error"_s);
            QCOMPARE(offline.engine->pendingCount(), 1);
            QVERIFY(offline.engine->isBackingOff());
            const auto entry = Outbox(offline.store).entry(commandId);
            QVERIFY(entry);
            QCOMPARE(entry->state, u"pending"_s);
            QCOMPARE(entry->attempts, 1);
            // The optimistic ticket shows while it waits.
            QCOMPARE(EntityRepository(offline.store).get(u"ticket"_s, ticketId)->value(u"status"_s).toString(),
                     u"submitted"_s);
            QCOMPARE(EntityRepository(offline.store).localPending(u"ticket"_s, ticketId), 1);
        } // the app is closed

        // Restart with the network back.
        Core core(dir.path(), userId, m_server.baseUrl(), ca());
        QCOMPARE(core.engine->pendingCount(), 1);
        QSignalSpy answered(core.engine.get(), &SyncEngine::commandAnswered);
        bool ok = false;
        QVERIFY(core.cycle(&ok));
        QVERIFY(ok);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.first().at(0).toString(), commandId);
        QCOMPARE(answered.first().at(1).toString(), u"applied"_s);
        QCOMPARE(core.engine->pendingCount(), 0);
        QCOMPARE(Outbox(core.store).entry(commandId)->state, u"applied"_s);
        EntityRepository repository(core.store);
        QCOMPARE(repository.localPending(u"ticket"_s, ticketId), 0);
        QVERIFY(repository.revision(u"ticket"_s, ticketId).value_or(0) > 0);

        QCOMPARE(serverTicketsWith(*m_agent, description), 1);

        // Another cycle sends nothing again.
        QVERIFY(core.cycle(&ok));
        QVERIFY(ok);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(serverTicketsWith(*m_agent, description), 1);
        QString why;
        TestClient resident(m_server);
        QVERIFY(resident.login(ResidentPhone, DemoPassword).isValid());
        QVERIFY2(storeEqualsServer(core.store, resident, &why), qPrintable(why));
    }

    void lostAnswerIsReplayedNotDuplicated()
    {
        // The command reached the server but its answer was lost (the app died right after
        // sending): the engine sends the same id again and the server replays its answer.
        QTemporaryDir dir;
        const QString description = u"重发报修 %1"_s.arg(newTicketId().left(8));
        const QString ticketId = newTicketId();
        Core core(dir.path(), {}, m_server.baseUrl(), ca());
        const QString userId = core.login(ResidentPhone);
        QVERIFY(core.openStore(dir.path(), userId));
        Outbox outbox(core.store);
        const QString commandId = outbox.enqueue(u"ticket.submit"_s, u"ticket"_s, ticketId,
                                                 submitPayload(ticketId, description),
                                                 optimisticTicket(ticketId, description));
        QVERIFY(outbox.markSending(commandId)); // as left by a crash mid-send

        TestClient sameUser(m_server);
        QVERIFY(sameUser.login(ResidentPhone, DemoPassword).isValid());
        const HttpResponse first = sameUser.command(u"ticket.submit"_s, submitPayload(ticketId, description), commandId);
        QCOMPARE(first.status, 200);

        bool ok = false;
        QVERIFY(core.cycle(&ok));
        QVERIFY(ok);
        QCOMPARE(outbox.entry(commandId)->state, u"applied"_s);
        QCOMPARE(serverTicketsWith(*m_agent, description), 1);
    }

    void rejectedCommandNeedsAttention()
    {
        QTemporaryDir dir;
        const QString description = u"会被拒绝的取消 %1"_s.arg(newTicketId().left(8));
        const QString ticketId = newTicketId();
        Core core(dir.path(), {}, m_server.baseUrl(), ca());
        const QString userId = core.login(ResidentPhone);
        QVERIFY(core.openStore(dir.path(), userId));
        QVERIFY(!Outbox(core.store).enqueue(u"ticket.submit"_s, u"ticket"_s, ticketId,
                                            submitPayload(ticketId, description),
                                            optimisticTicket(ticketId, description)).isEmpty());
        bool ok = false;
        QVERIFY(core.cycle(&ok));
        QVERIFY(ok);

        // Meanwhile the office dispatches it and the technician arrives.
        QCOMPARE(m_agent->command(u"ticket.accept"_s, {{u"ticketId"_s, ticketId}}).status, 200);
        QCOMPARE(m_agent->command(u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"technicianId"_s, u"usr-tech-1"_s}}).status, 200);
        TestClient tech(m_server);
        QVERIFY(tech.login(TechPhone, DemoPassword).isValid());
        QCOMPARE(tech.command(u"ticket.checkIn"_s, {{u"ticketId"_s, ticketId}}).status, 200);

        // The resident, who has not synced since, withdraws it: too late.
        EntityRepository repository(core.store);
        QJsonObject cancelled = *repository.get(u"ticket"_s, ticketId);
        QCOMPARE(cancelled.value(u"status"_s).toString(), u"submitted"_s);
        cancelled.insert(u"status"_s, u"cancelled"_s);
        const QString commandId = Outbox(core.store).enqueue(u"ticket.cancel"_s, u"ticket"_s, ticketId,
                                                             {{u"ticketId"_s, ticketId}, {u"reason"_s, u"不用修了"_s}},
                                                             cancelled);
        QVERIFY(!commandId.isEmpty());
        QCOMPARE(repository.get(u"ticket"_s, ticketId)->value(u"status"_s).toString(), u"cancelled"_s);

        QSignalSpy attention(core.engine.get(), &SyncEngine::needsAttentionCountChanged);
        QSignalSpy answered(core.engine.get(), &SyncEngine::commandAnswered);
        QVERIFY(core.cycle(&ok));
        QVERIFY(ok); // a refusal is an answer, not a failed sync
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.first().at(1).toString(), u"rejected"_s);
        QCOMPARE(core.engine->needsAttentionCount(), 1);
        QCOMPARE(attention.count(), 1);
        QCOMPARE(core.engine->pendingCount(), 0);

        const QList<Outbox::Entry> list = Outbox(core.store).needsAttention();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, commandId);
        QCOMPARE(list.first().httpStatus, 409);
        QCOMPARE(list.first().errorCode, u"illegal_transition"_s);
        QVERIFY(!list.first().errorMessage.isEmpty());

        // The optimistic "cancelled" is gone: the ticket shows what the server has.
        TestClient resident(m_server);
        QVERIFY(resident.login(ResidentPhone, DemoPassword).isValid());
        qint64 cursor = 0;
        const QJsonObject serverTicket = serverView(resident, &cursor).value(u"ticket/"_s + ticketId);
        QCOMPARE(serverTicket.value(u"status"_s).toString(), u"on_site"_s);
        QCOMPARE(*repository.get(u"ticket"_s, ticketId), serverTicket);
        QCOMPARE(repository.localPending(u"ticket"_s, ticketId), 0);
        QString why;
        QVERIFY2(storeEqualsServer(core.store, resident, &why), qPrintable(why));
    }

    void unauthorizedSignsOutKeepingTheOutbox()
    {
        QTemporaryDir dir;
        Core core(dir.path(), {}, m_server.baseUrl(), ca());
        const QString userId = core.login(ResidentPhone);
        QVERIFY(core.openStore(dir.path(), userId));
        const QString ticketId = newTicketId();
        const QString commandId = Outbox(core.store).enqueue(
            u"ticket.submit"_s, u"ticket"_s, ticketId, submitPayload(ticketId, u"签退后保留"_s),
            optimisticTicket(ticketId, u"签退后保留"_s));
        // Tokens the server does not know (e.g. the session was revoked elsewhere).
        core.tokens.setTokens({u"not-a-token"_s, u"not-a-refresh-token"_s, {}});

        QSignalSpy signedOut(core.engine.get(), &SyncEngine::signedOut);
        core.engine->start();
        QVERIFY(signedOut.wait(30000));
        QVERIFY(!core.api.hasSession());
        QVERIFY(!core.engine->isStarted());
        QVERIFY(!core.engine->isSyncing());
        QCOMPARE(core.engine->pendingCount(), 1);
        // The refused attempt is written on the next turn of the event loop.
        QTRY_COMPARE(Outbox(core.store).entry(commandId)->state, u"pending"_s);
        QCOMPARE(Outbox(core.store).entry(commandId)->attempts, 1);
        QCOMPARE(EntityRepository(core.store).get(u"ticket"_s, ticketId)->value(u"status"_s).toString(), u"submitted"_s);
    }

    void backoffGrowsUntilConnectivityReturns()
    {
        QTemporaryDir dir;
        QString userId;
        {
            Core core(dir.path(), {}, m_server.baseUrl(), ca());
            userId = core.login(AgentPhone);
        }
        Core core(dir.path(), userId, unreachableUrl(), ca());
        core.engine->backoff() = Backoff(40ms, 320ms);
        core.engine->backoff().setRandom([] { return 1.0; });
        QList<qint64> delays;
        int good = 0;
        const auto counting = QObject::connect(core.engine.get(), &SyncEngine::cycleFinished,
                                               core.engine.get(), [&](bool ok) {
                                                   good += ok;
                                                   delays << core.engine->retryDelay().count();
                                               });
        core.engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 6, 20000);
        QObject::disconnect(counting);
        QCOMPARE(good, 0);
        QCOMPARE(delays.mid(0, 6), (QList<qint64>{40, 80, 160, 320, 320, 320}));

        // Jittered: the same failures with a random source give different, bounded waits.
        core.engine->stop();
        core.engine->backoff() = Backoff(1s, 5min);
        QSet<qint64> jittered;
        for (int i = 0; i < 20; ++i) {
            Backoff b(1s, 5min);
            b.nextDelay();
            b.nextDelay();
            const auto d = b.nextDelay();
            QVERIFY(d <= 4s);
            jittered.insert(d.count());
        }
        QVERIFY(jittered.size() > 10);

        // A long wait is cut short when connectivity returns.
        core.engine->backoff().setRandom([] { return 1.0; });
        bool ok = true;
        QVERIFY(core.cycle(&ok));
        QVERIFY(!ok);
        QVERIFY(core.engine->isBackingOff());
        QVERIFY(core.engine->retryDelay() >= 1s);
        core.api.setBaseUrl(m_server.baseUrl());
        QSignalSpy finished(core.engine.get(), &SyncEngine::cycleFinished);
        core.watcher.simulateOnline();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().toBool(), true);
        QVERIFY(!core.engine->isOffline());
        QCOMPARE(core.engine->backoff().failures(), 0);
    }

    void sameRecordInOrderOthersTogether()
    {
        // A ticket submitted offline with three notes after it: the notes must not overtake
        // the submit (they would be refused as not_found). Other tickets go alongside.
        QTemporaryDir dir;
        Core core(dir.path(), {}, m_server.baseUrl(), ca());
        const QString userId = core.login(ResidentPhone);
        QVERIFY(core.openStore(dir.path(), userId));
        core.engine->setWindow(8);
        Outbox outbox(core.store);
        const QString ticketId = newTicketId();
        const QString text = u"按顺序 %1"_s.arg(ticketId.left(8));
        QVERIFY(!outbox.enqueue(u"ticket.submit"_s, u"ticket"_s, ticketId, submitPayload(ticketId, text),
                                optimisticTicket(ticketId, text)).isEmpty());
        QStringList noteIds;
        for (int i = 0; i < 3; ++i) {
            noteIds << outbox.enqueue(u"ticket.note"_s, u"ticket"_s, ticketId,
                                      {{u"ticketId"_s, ticketId}, {u"text"_s, u"补充说明 %1"_s.arg(i)}},
                                      std::nullopt);
            QVERIFY(!noteIds.last().isEmpty());
        }
        for (int i = 0; i < 6; ++i) {
            const QString other = newTicketId();
            const QString otherText = u"并行 %1 %2"_s.arg(i).arg(other.left(8));
            QVERIFY(!outbox.enqueue(u"ticket.submit"_s, u"ticket"_s, other, submitPayload(other, otherText),
                                    optimisticTicket(other, otherText)).isEmpty());
        }
        QStringList order;
        QObject::connect(core.engine.get(), &SyncEngine::commandAnswered, core.engine.get(),
                         [&](const QString &id, const QString &state) {
                             QCOMPARE(state, u"applied"_s);
                             order << id;
                         });
        bool ok = false;
        QVERIFY(core.cycle(&ok));
        QVERIFY(ok);
        QCOMPARE(order.size(), 10);
        QCOMPARE(core.engine->needsAttentionCount(), 0);
        QVERIFY(order.indexOf(noteIds[0]) < order.indexOf(noteIds[1]));
        QVERIFY(order.indexOf(noteIds[1]) < order.indexOf(noteIds[2]));
        QCOMPARE(serverTicketsWith(*m_agent, text), 1);
    }

    void photosGoUpBeforeTheCommand()
    {
        QTemporaryDir dir;
        Core core(dir.path(), {}, m_server.baseUrl(), ca());
        const QString userId = core.login(ResidentPhone);
        QVERIFY(core.openStore(dir.path(), userId));
        AttachmentQueue queue(core.store);
        ApiAttachmentTransport transport(&core.api);
        AttachmentUploader uploader(&queue, &transport);
        core.engine->uploadAttachmentsWith(&uploader);

        // A processed photo, registered as pending (what PhotoPipeline leaves behind).
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(30, 120, 200));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(image.save(&buffer, "JPEG", 80));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
        const QString file = dir.filePath(sha + u".jpg"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(jpeg) == jpeg.size());
        out.close();
        QVERIFY(queue.add({file, sha, u"image/jpeg"_s, jpeg.size(), 64, 48}));

        const QString ticketId = newTicketId();
        const QString text = u"带照片 %1"_s.arg(ticketId.left(8));
        QJsonObject payload = submitPayload(ticketId, text);
        payload.insert(u"photos"_s, QJsonArray{sha});
        const QString commandId = Outbox(core.store).enqueue(u"ticket.submit"_s, u"ticket"_s, ticketId, payload,
                                                             optimisticTicket(ticketId, text), {sha});
        QVERIFY(!commandId.isEmpty());
        bool ok = false;
        QVERIFY(core.cycle(&ok));
        QVERIFY(ok);
        QCOMPARE(queue.state(sha), AttachmentQueue::State::Uploaded);
        QCOMPARE(Outbox(core.store).entry(commandId)->state, u"applied"_s);

        TestClient resident(m_server);
        QVERIFY(resident.login(ResidentPhone, DemoPassword).isValid());
        const HttpResponse photo = resident.get(u"/v1/attachments/"_s + sha);
        QCOMPARE(photo.status, 200);
        QCOMPARE(photo.body, jpeg);
    }

    void aRefusedPhotoRejectsItsCommand()
    {
        QTemporaryDir dir;
        Core core(dir.path(), {}, m_server.baseUrl(), ca());
        const QString userId = core.login(ResidentPhone);
        QVERIFY(core.openStore(dir.path(), userId));
        AttachmentQueue queue(core.store);
        ApiAttachmentTransport transport(&core.api);
        AttachmentUploader uploader(&queue, &transport);
        core.engine->uploadAttachmentsWith(&uploader);

        // Bytes the server refuses for good: it takes JPEG and PNG only (415).
        const QByteArray gif = QByteArrayLiteral("GIF89a\x01\x00\x01\x00\x00\x00\x00;");
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(gif, QCryptographicHash::Sha256).toHex());
        const QString file = dir.filePath(sha + u".gif"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(gif) == gif.size());
        out.close();
        QVERIFY(queue.add({file, sha, u"image/gif"_s, gif.size(), 1, 1}));

        const QString ticketId = newTicketId();
        const QString text = u"照片被拒 %1"_s.arg(ticketId.left(8));
        QJsonObject payload = submitPayload(ticketId, text);
        payload.insert(u"photos"_s, QJsonArray{sha});
        const QString commandId = Outbox(core.store).enqueue(u"ticket.submit"_s, u"ticket"_s, ticketId, payload,
                                                             optimisticTicket(ticketId, text), {sha});
        QVERIFY(!commandId.isEmpty());
        QSignalSpy answered(core.engine.get(), &SyncEngine::commandAnswered);
        bool ok = false;
        QVERIFY(core.cycle(&ok));
        QVERIFY(ok);
        QCOMPARE(queue.state(sha), AttachmentQueue::State::Failed);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.at(0).at(0).toString(), commandId);
        QCOMPARE(answered.at(0).at(1).toString(), u"rejected"_s);
        const auto entry = Outbox(core.store).entry(commandId);
        QCOMPARE(entry->state, u"rejected"_s);
        QCOMPARE(entry->errorCode, u"attachment_refused"_s);
        QVERIFY2(entry->errorMessage.contains(u"unsupported_media_type"_s), qPrintable(entry->errorMessage));
        QCOMPARE(core.engine->needsAttentionCount(), 1);
        QCOMPARE(core.engine->pendingCount(), 0);
        // The optimistic submit is gone, and nothing reached the server.
        QVERIFY(!EntityRepository(core.store).get(u"ticket"_s, ticketId));
        QCOMPARE(serverTicketsWith(*m_agent, text), 0);
    }

    void localChangeIsDebounced()
    {
        QTemporaryDir dir;
        Core core(dir.path(), {}, m_server.baseUrl(), ca());
        const QString userId = core.login(ResidentPhone);
        QVERIFY(core.openStore(dir.path(), userId));
        bool ok = false;
        QVERIFY(core.cycle(&ok));
        QVERIFY(ok);
        QSignalSpy cycles(core.engine.get(), &SyncEngine::cycleFinished);
        QSignalSpy answered(core.engine.get(), &SyncEngine::commandAnswered);
        // Three quick changes: one cycle sends all three.
        for (int i = 0; i < 3; ++i) {
            const QString ticketId = newTicketId();
            const QString text = u"连续报修 %1 %2"_s.arg(i).arg(ticketId.left(8));
            QVERIFY(!Outbox(core.store).enqueue(u"ticket.submit"_s, u"ticket"_s, ticketId,
                                                submitPayload(ticketId, text),
                                                optimisticTicket(ticketId, text)).isEmpty());
        }
        QCOMPARE(core.engine->pendingCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 3, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(cycles.count(), 1, 10000);
        QTest::qWait(300);
        QCOMPARE(cycles.count(), 1);
        QCOMPARE(core.engine->pendingCount(), 0);
    }
    void rateLimitedCommandWaitsForRetryAfter()
    {
        // A server that lets a user send one command at once, then 30 a minute: a second one
        // right after answers 429 with Retry-After 2.
        TestServer limited;
        QVERIFY2(limited.start({u"--command-burst"_s, u"1"_s, u"--max-commands-per-minute"_s, u"30"_s}),
                 qPrintable(limited.errorString()));
        TestClient agent(limited);
        QVERIFY(agent.login(AgentPhone, DemoPassword).isValid());
        QTemporaryDir dir;
        Core core(dir.path(), {}, limited.baseUrl(), limited.caFile());
        const QString userId = core.login(ResidentPhone);
        QVERIFY(core.openStore(dir.path(), userId));

        // Two tickets queued offline: both go in one window.
        const QString tag = newTicketId().left(8);
        QStringList descriptions, commandIds;
        for (int i = 0; i < 2; ++i) {
            const QString ticketId = newTicketId();
            descriptions << u"限流 %1 %2"_s.arg(tag).arg(i);
            commandIds << Outbox(core.store).enqueue(u"ticket.submit"_s, u"ticket"_s, ticketId,
                                                     submitPayload(ticketId, descriptions.last()),
                                                     optimisticTicket(ticketId, descriptions.last()));
            QVERIFY(!commandIds.last().isEmpty());
        }
        QSignalSpy answered(core.engine.get(), &SyncEngine::commandAnswered);
        bool ok = true;
        QVERIFY(core.cycle(&ok));
        QElapsedTimer sinceRefusal;
        sinceRefusal.start();
        QVERIFY(!ok);
        QCOMPARE(core.engine->lastError(), u"rate_limited"_s);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(core.engine->pendingCount(), 1);
        QVERIFY(core.engine->isBackingOff());
        // At least the server's two seconds (less what passed since its answer).
        QVERIFY2(core.engine->retryDelay() >= 1500ms, qPrintable(QString::number(core.engine->retryDelay().count())));
        const QString waiting = answered.first().at(0).toString() == commandIds[0] ? commandIds[1] : commandIds[0];
        QCOMPARE(Outbox(core.store).entry(waiting)->state, u"pending"_s);

        // Pulling by hand meanwhile is fine, but the held command does not go before its time.
        QVERIFY(core.cycle(&ok));
        QVERIFY(!ok);
        QCOMPARE(core.engine->lastError(), u"rate_limited"_s);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(Outbox(core.store).entry(waiting)->state, u"pending"_s);

        // The retry comes on its own once Retry-After is over, and the command is applied.
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 2, 15000);
        QVERIFY2(sinceRefusal.elapsed() >= 1500, qPrintable(QString::number(sinceRefusal.elapsed())));
        QCOMPARE(answered.last().at(0).toString(), waiting);
        QCOMPARE(answered.last().at(1).toString(), u"applied"_s);
        QTRY_COMPARE_WITH_TIMEOUT(core.engine->pendingCount(), 0, 5000);

        // Nothing lost, nothing doubled: one ticket each, and the server refused exactly one
        // attempt (the client did not knock again before the time it was given).
        for (const QString &d : std::as_const(descriptions))
            QCOMPARE(serverTicketsWith(agent, d), 1);
        const QString log = limited.log(200);
        QCOMPARE(log.count(QRegularExpression(u"POST /v1/commands 429\\b"_s)), 1);
        QCOMPARE(log.count(QRegularExpression(u"POST /v1/commands 200\\b"_s)), 2);
        limited.stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
