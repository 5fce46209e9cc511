#include "store/outbox.h"
#include "storetestutil.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QUuid>
#include <QSqlQuery>

using namespace Courtyard::Client;

using namespace StoreTest;

namespace {

QJsonObject withField(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

QJsonObject applied(const QString &id, const QJsonObject &data)
{
    return {{u"id"_s, id}, {u"status"_s, u"applied"_s}, {u"entity"_s, u"ticket"_s}, {u"data"_s, data}};
}

QJsonObject rejected(const QString &id, const QString &code, const std::optional<QJsonObject> &data = {})
{
    QJsonObject answer{{u"id"_s, id}, {u"status"_s, u"rejected"_s}, {u"error"_s, code}, {u"message"_s, u"no"_s}};
    if (data) {
        answer.insert(u"entity"_s, u"ticket"_s);
        answer.insert(u"data"_s, *data);
    }
    return answer;
}

QString statusOf(LocalStore &store, const QString &id)
{
    const auto data = EntityRepository(store).get(u"ticket"_s, id);
    return data ? data->value(u"status"_s).toString() : u"<none>"_s;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    const QJsonObject m_t1 = ticket(u"t1"_s);    // submitted, on the server at rev 5

    QString accept(const QString &ticketId = u"t1"_s)
    {
        const auto current = EntityRepository(*m_store).get(u"ticket"_s, ticketId);
        return Outbox(*m_store).enqueue(u"ticket.accept"_s, u"ticket"_s, ticketId, {{u"ticketId"_s, ticketId}},
                                        withField(current.value_or(ticket(ticketId)), u"status"_s, u"accepted"_s));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QFile::remove(dbPath(m_dir));
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(dbPath(m_dir)));
        QVERIFY(apply(*m_store, {upsert(u"ticket"_s, 5, m_t1)}));
    }
    void cleanup()
    {
        m_store.reset();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(dbPath(m_dir) + suffix);
    }

    void enqueueWritesCommandAndEffectTogether()
    {
        QSignalSpy changed(m_store.get(), &LocalStore::changed);
        const QString id = accept();
        QVERIFY(QUuid::fromString(id).isNull() == false);
        QCOMPARE(id, id.toLower());
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(0).toStringList().contains(u"outbox"_s));
        QVERIFY(changed.at(0).at(0).toStringList().contains(u"ticket"_s));
        Outbox outbox(*m_store);
        const auto entry = outbox.entry(id);
        QVERIFY(entry);
        QCOMPARE(entry->state, u"pending"_s);
        QCOMPARE(entry->type, u"ticket.accept"_s);
        QCOMPARE(entry->payload, (QJsonObject{{u"ticketId"_s, u"t1"_s}}));
        QCOMPARE(statusOf(*m_store, u"t1"_s), u"accepted"_s);
        QCOMPARE(EntityRepository(*m_store).localPending(u"ticket"_s, u"t1"_s), 1);
        QCOMPARE(outbox.pendingCount(), 1);
    }

    void aFailedEnqueueWritesNothing()
    {
        Outbox outbox(*m_store);
        // The optimistic record names another id: refused before anything is written.
        QVERIFY(outbox.enqueue(u"ticket.accept"_s, u"ticket"_s, u"t1"_s, {}, ticket(u"t2"_s)).isEmpty());
        QVERIFY(outbox.enqueue(u"x.y"_s, u"in voice"_s, u"t1"_s, {}, std::nullopt).isEmpty());
        // A failure inside the transaction (the record cannot be written) rolls the row back too.
        // (No module here: every record is in the generic table.)
        QSqlQuery(m_store->database()).exec(u"CREATE TRIGGER no_tickets BEFORE UPDATE ON records "
                                            "BEGIN SELECT RAISE(ABORT, 'refused'); END"_s);
        QVERIFY(accept().isEmpty());
        QCOMPARE(outbox.pendingCount(), 0);
        QCOMPARE(statusOf(*m_store, u"t1"_s), u"submitted"_s);
        QCOMPARE(EntityRepository(*m_store).localPending(u"ticket"_s, u"t1"_s), 0);
    }

    void survivesARestartUnsent()
    {
        const QString id = accept();
        m_store.reset();    // the app dies before anything was sent
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(dbPath(m_dir)));
        Outbox outbox(*m_store);
        QCOMPARE(outbox.pendingCount(), 1);
        const auto next = outbox.next();
        QVERIFY(next);
        QCOMPARE(next->id, id);
        QCOMPARE(statusOf(*m_store, u"t1"_s), u"accepted"_s);
    }

    void aCommandCutOffMidSendIsResentWithTheSameId()
    {
        const QString id = accept();
        QVERIFY(Outbox(*m_store).markSending(id));
        {
            // markSending commits without its own fsync; the connection is back to FULL after it.
            QSqlQuery pragma(m_store->database());
            QVERIFY(pragma.exec(u"PRAGMA synchronous"_s) && pragma.next());
            QCOMPARE(pragma.value(0).toInt(), 2);
        }
        m_store.reset();
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(dbPath(m_dir)));
        const auto next = Outbox(*m_store).next();
        QVERIFY(next);
        QCOMPARE(next->id, id);
        QCOMPARE(next->state, u"sending"_s);
    }

    void commandsForOneRecordGoInOrder()
    {
        QVERIFY(apply(*m_store, {upsert(u"ticket"_s, 6, ticket(u"t2"_s))}));
        Outbox outbox(*m_store);
        const QString a1 = accept(u"t1"_s);
        const QString a2 = outbox.enqueue(u"ticket.setPriority"_s, u"ticket"_s, u"t1"_s, {}, std::nullopt);
        const QString b1 = accept(u"t2"_s);
        QCOMPARE(outbox.next()->id, a1);
        QVERIFY(outbox.markSending(a1));
        QVERIFY(outbox.markFailedAttempt(a1, u"timeout"_s));
        // a2 waits for a1 although a1 failed once; b1 is not blocked by t1's queue forever,
        // but still goes after a1 in queue order.
        QCOMPARE(outbox.next()->id, a1);
        QCOMPARE(outbox.next()->attempts, 1);
        QCOMPARE(outbox.next()->lastError, u"timeout"_s);
        QVERIFY(outbox.markApplied(a1, applied(a1, withField(m_t1, u"status"_s, u"accepted"_s))));
        QCOMPARE(outbox.next()->id, a2);
        QVERIFY(outbox.markApplied(a2, {}));
        QCOMPARE(outbox.next()->id, b1);
        QVERIFY(outbox.markRejected(b1, 409, u"illegal_transition"_s, u"no"_s, {}));
        QVERIFY(!outbox.next());
        QCOMPARE(outbox.pendingCount(), 0);
    }

    void waitsForAttachmentsWithoutBlockingOtherRecords()
    {
        QVERIFY(apply(*m_store, {upsert(u"ticket"_s, 6, ticket(u"t2"_s))}));
        Outbox outbox(*m_store);
        const QString sha = QString(64, u'a');
        const QString withPhoto = outbox.enqueue(u"ticket.resolve"_s, u"ticket"_s, u"t1"_s,
                                                 {{u"photos"_s, QJsonArray{sha}}}, std::nullopt, {sha});
        const QString later = outbox.enqueue(u"ticket.note"_s, u"ticket"_s, u"t1"_s, {}, std::nullopt);
        const QString other = accept(u"t2"_s);
        QCOMPARE(outbox.next()->id, other);
        QSqlQuery insert(m_store->database());
        QVERIFY(insert.exec(u"INSERT INTO attachments (sha256, file, content_type, size, state, created_at) "
                            "VALUES ('%1', 'x.jpg', 'image/jpeg', 1, 'pending', 0)"_s.arg(sha)));
        QCOMPARE(outbox.next()->id, other);
        QVERIFY(insert.exec(u"UPDATE attachments SET state = 'uploaded'"_s));
        QCOMPARE(outbox.next()->id, withPhoto);
        QCOMPARE(outbox.next()->attachments, QStringList{sha});
        QVERIFY(!later.isEmpty());
    }

    void readyListsTheHeadOfEachRecordUpToMax()
    {
        QVERIFY(apply(*m_store, {upsert(u"ticket"_s, 6, ticket(u"t2"_s)), upsert(u"ticket"_s, 7, ticket(u"t3"_s))}));
        Outbox outbox(*m_store);
        const QString sha = QString(64, u'b');
        const QString a1 = accept(u"t1"_s);
        const QString a2 = outbox.enqueue(u"ticket.note"_s, u"ticket"_s, u"t1"_s, {}, std::nullopt);
        const QString photo = outbox.enqueue(u"ticket.resolve"_s, u"ticket"_s, u"t3"_s,
                                             {{u"photos"_s, QJsonArray{sha}}}, std::nullopt, {sha});
        const QString b1 = accept(u"t2"_s);
        auto ids = [](const QList<Outbox::Entry> &entries) {
            QStringList list;
            for (const Outbox::Entry &e : entries)
                list << e.id;
            return list;
        };
        // a2 waits for a1; the photo's command waits for its upload (no attachments row yet).
        QCOMPARE(ids(outbox.ready(10)), (QStringList{a1, b1}));
        QCOMPARE(ids(outbox.ready(1)), QStringList{a1});
        QVERIFY(outbox.ready(0).isEmpty());
        QCOMPARE(outbox.next()->id, a1);
        // On its way (excluded), a1 still holds a2 back; the entry is read in full.
        QVERIFY(outbox.markSending(a1));
        QCOMPARE(ids(outbox.ready(10, {a1})), QStringList{b1});
        QCOMPARE(outbox.ready(10, {a1}).first().type, u"ticket.accept"_s);
        QCOMPARE(outbox.ready(10, {a1}).first().payload, (QJsonObject{{u"ticketId"_s, u"t2"_s}}));
        QCOMPARE(ids(outbox.ready(10)), (QStringList{a1, b1}));    // sending after a crash: resent
        QSqlQuery insert(m_store->database());
        QVERIFY(insert.exec(u"INSERT INTO attachments (sha256, file, content_type, size, state, created_at) "
                            "VALUES ('%1', 'x.jpg', 'image/jpeg', 1, 'uploaded', 0)"_s.arg(sha)));
        QCOMPARE(ids(outbox.ready(10, {a1})), (QStringList{photo, b1}));
        QCOMPARE(ids(outbox.ready(1, {a1})), QStringList{photo});
        QVERIFY(outbox.markApplied(a1, {}));
        QCOMPARE(ids(outbox.ready(10)), (QStringList{a2, photo, b1}));
    }

    void aRefusedPhotoRejectsTheCommandsNamingIt()
    {
        QVERIFY(apply(*m_store, {upsert(u"ticket"_s, 6, ticket(u"t2"_s))}));
        Outbox outbox(*m_store);
        const QString bad = QString(64, u'c');
        const QString good = QString(64, u'd');
        QSqlQuery sql(m_store->database());
        QVERIFY(sql.exec(u"INSERT INTO attachments (sha256, file, content_type, size, state, last_error, created_at) "
                         "VALUES ('%1', 'x.jpg', 'image/jpeg', 1, 'pending', NULL, 0), "
                         "('%2', 'y.jpg', 'image/jpeg', 1, 'pending', NULL, 0)"_s.arg(bad, good)));
        // t1: an optimistic resolve with the bad photo, then a note with it, then a plain note.
        const QJsonObject resolved = withField(m_t1, u"status"_s, u"resolved"_s);
        const QString first = outbox.enqueue(u"ticket.resolve"_s, u"ticket"_s, u"t1"_s,
                                             {{u"photos"_s, QJsonArray{good, bad}}}, resolved, {good, bad});
        const QString second = outbox.enqueue(u"ticket.note"_s, u"ticket"_s, u"t1"_s,
                                              {{u"photos"_s, QJsonArray{bad}}}, std::nullopt, {bad});
        const QString third = outbox.enqueue(u"ticket.note"_s, u"ticket"_s, u"t1"_s, {}, std::nullopt);
        const QString other = outbox.enqueue(u"ticket.note"_s, u"ticket"_s, u"t2"_s,
                                             {{u"photos"_s, QJsonArray{good}}}, std::nullopt, {good});
        QCOMPARE(statusOf(*m_store, u"t1"_s), u"resolved"_s);

        // Still pending uploads: nothing to reject, nothing ready.
        QCOMPARE(outbox.rejectForFailedAttachments(), std::optional<QStringList>(QStringList()));
        QVERIFY(!outbox.next());
        QVERIFY(sql.exec(u"UPDATE attachments SET state = 'failed', attempts = 1, last_error = 'too_large' "
                         "WHERE sha256 = '%1'"_s.arg(bad)));
        QVERIFY(sql.exec(u"UPDATE attachments SET state = 'uploaded' WHERE sha256 = '%1'"_s.arg(good)));

        QSignalSpy changed(m_store.get(), &LocalStore::changed);
        QCOMPARE(outbox.rejectForFailedAttachments(), std::optional<QStringList>(QStringList{first, second}));
        QCOMPARE(changed.count(), 1);    // one transaction
        const auto attention = outbox.needsAttention();
        QCOMPARE(attention.size(), 2);
        for (const Outbox::Entry &entry : attention) {
            QCOMPARE(entry.state, u"rejected"_s);
            QCOMPARE(entry.errorCode, u"attachment_refused"_s);
            QCOMPARE(entry.httpStatus, 0);
            QVERIFY2(entry.errorMessage.contains(u"too_large"_s), qPrintable(entry.errorMessage));
            QVERIFY(entry.errorMessage.contains(bad.left(12)));
        }
        // The optimistic resolve is rolled back; the record's queue moves on.
        QCOMPARE(EntityRepository(*m_store).get(u"ticket"_s, u"t1"_s), std::optional<QJsonObject>(m_t1));
        QCOMPARE(EntityRepository(*m_store).localPending(u"ticket"_s, u"t1"_s), 0);
        QCOMPARE(outbox.entry(third)->state, u"pending"_s);
        QCOMPARE(outbox.entry(other)->state, u"pending"_s);
        QCOMPARE(outbox.next()->id, third);
        QCOMPARE(outbox.pendingCount(), 2);
        // Nothing left to do: a second call changes nothing.
        QCOMPARE(outbox.rejectForFailedAttachments(), std::optional<QStringList>(QStringList()));
        QCOMPARE(outbox.needsAttentionCount(), 2);
    }

    void aCommandOnItsWayIsNotRejectedForAPhoto()
    {
        Outbox outbox(*m_store);
        const QString sha = QString(64, u'e');
        const QString id = outbox.enqueue(u"ticket.note"_s, u"ticket"_s, u"t1"_s, {}, std::nullopt, {sha});
        QVERIFY(outbox.markSending(id));    // its answer is due: the server's word decides
        QSqlQuery sql(m_store->database());
        QVERIFY(sql.exec(u"INSERT INTO attachments (sha256, file, content_type, size, state, last_error, created_at) "
                         "VALUES ('%1', 'x.jpg', 'image/jpeg', 1, 'failed', 'http_415', 0)"_s.arg(sha)));
        QCOMPARE(outbox.rejectForFailedAttachments(), std::optional<QStringList>(QStringList()));
        QCOMPARE(outbox.entry(id)->state, u"sending"_s);
    }

    void appliedTakesTheServerState()
    {
        const QString id = accept();
        const QJsonObject server = withField(withField(m_t1, u"status"_s, u"accepted"_s), u"priority"_s, u"high"_s);
        Outbox outbox(*m_store);
        QVERIFY(outbox.markApplied(id, applied(id, server)));
        QCOMPARE(EntityRepository(*m_store).get(u"ticket"_s, u"t1"_s), std::optional<QJsonObject>(server));
        QCOMPARE(EntityRepository(*m_store).localPending(u"ticket"_s, u"t1"_s), 0);
        QCOMPARE(outbox.entry(id)->state, u"applied"_s);
        QVERIFY(outbox.markApplied(id, applied(id, server)));    // a replay changes nothing
        QVERIFY(!outbox.markRejected(id, 409, u"x"_s, {}, {}));
    }

    void rejectionRestoresTheStateInTheAnswer()
    {
        const QString id = accept();
        const QJsonObject server = withField(m_t1, u"status"_s, u"cancelled"_s);
        Outbox outbox(*m_store);
        QVERIFY(outbox.markRejected(id, 409, u"illegal_transition"_s, u"cancelled already"_s,
                                    rejected(id, u"illegal_transition"_s, server)));
        QCOMPARE(statusOf(*m_store, u"t1"_s), u"cancelled"_s);
        QCOMPARE(EntityRepository(*m_store).localPending(u"ticket"_s, u"t1"_s), 0);
        const auto attention = outbox.needsAttention();
        QCOMPARE(attention.size(), 1);
        QCOMPARE(attention.at(0).id, id);
        QCOMPARE(attention.at(0).state, u"rejected"_s);
        QCOMPARE(attention.at(0).httpStatus, 409);
        QCOMPARE(attention.at(0).errorCode, u"illegal_transition"_s);
        QCOMPARE(attention.at(0).errorMessage, u"cancelled already"_s);
        QCOMPARE(outbox.pendingCount(), 0);
        QVERIFY(!outbox.next());
    }

    void rejectionWithoutStateRestoresTheRollback()
    {
        const QString id = accept();
        QVERIFY(Outbox(*m_store).markRejected(id, 403, u"forbidden"_s, u"no"_s, rejected(id, u"forbidden"_s)));
        QCOMPARE(EntityRepository(*m_store).get(u"ticket"_s, u"t1"_s), std::optional<QJsonObject>(m_t1));
        QCOMPARE(EntityRepository(*m_store).revision(u"ticket"_s, u"t1"_s), std::optional<qint64>(5));
    }

    void aRejectedSubmitRemovesTheLocalRecord()
    {
        Outbox outbox(*m_store);
        const QJsonObject fresh = ticket(u"t9"_s);
        const QString id = outbox.enqueue(u"ticket.submit"_s, u"ticket"_s, u"t9"_s, {{u"ticketId"_s, u"t9"_s}}, fresh);
        QCOMPARE(EntityRepository(*m_store).revision(u"ticket"_s, u"t9"_s), std::optional<qint64>(0));
        QVERIFY(outbox.markRejected(id, 400, u"validation_failed"_s, u"bad"_s, {}));
        QVERIFY(!EntityRepository(*m_store).get(u"ticket"_s, u"t9"_s));
        QCOMPARE(outbox.needsAttentionCount(), 1);
    }

    void aPullWhilePendingIsHeldNotLost()
    {
        const QString id = accept();
        const QJsonObject pulled = withField(withField(m_t1, u"priority"_s, u"urgent"_s), u"updatedAt"_s,
                                             iso(1'700'000'100'000));
        QVERIFY(apply(*m_store, {upsert(u"ticket"_s, 8, pulled)}));
        EntityRepository repo(*m_store);
        QCOMPARE(statusOf(*m_store, u"t1"_s), u"accepted"_s);    // the optimistic state stays visible
        const auto held = repo.heldServerState(u"ticket"_s, u"t1"_s);
        QVERIFY(held);
        QCOMPARE(held->rev, 8);
        QCOMPARE(held->data, std::optional<QJsonObject>(pulled));
        // The answer predates the pulled state (e.g. a replayed answer): the pulled state wins.
        const QJsonObject answer = withField(m_t1, u"status"_s, u"accepted"_s);
        QVERIFY(Outbox(*m_store).markApplied(id, applied(id, answer)));
        QCOMPARE(repo.get(u"ticket"_s, u"t1"_s), std::optional<QJsonObject>(pulled));
        QCOMPARE(repo.revision(u"ticket"_s, u"t1"_s), std::optional<qint64>(8));
        QVERIFY(!repo.heldServerState(u"ticket"_s, u"t1"_s));
    }

    void aNewerAnswerWinsOverAHeldPull()
    {
        const QString id = accept();
        QVERIFY(apply(*m_store, {upsert(u"ticket"_s, 8, withField(m_t1, u"priority"_s, u"urgent"_s))}));
        const QJsonObject answer = withField(withField(m_t1, u"status"_s, u"accepted"_s), u"updatedAt"_s,
                                             iso(1'700'000'200'000));
        QVERIFY(Outbox(*m_store).markApplied(id, applied(id, answer)));
        QCOMPARE(EntityRepository(*m_store).get(u"ticket"_s, u"t1"_s), std::optional<QJsonObject>(answer));
    }

    void aNewerAnswerReplacesAHeldPullForLaterCommands()
    {
        Outbox outbox(*m_store);
        const QString first = accept();
        const QJsonObject high = withField(withField(m_t1, u"status"_s, u"accepted"_s), u"priority"_s, u"high"_s);
        const QString second = outbox.enqueue(u"ticket.setPriority"_s, u"ticket"_s, u"t1"_s, {}, high);
        QVERIFY(apply(*m_store, {upsert(u"ticket"_s, 8, withField(m_t1, u"description"_s, u"old pull"_s))}));
        const QJsonObject answer = withField(withField(m_t1, u"status"_s, u"accepted"_s), u"updatedAt"_s,
                                             iso(1'700'000'300'000));
        QVERIFY(outbox.markApplied(first, applied(first, answer)));
        QCOMPARE(EntityRepository(*m_store).get(u"ticket"_s, u"t1"_s), std::optional<QJsonObject>(high));
        QVERIFY(outbox.markRejected(second, 403, u"forbidden"_s, u"no"_s, {}));
        QCOMPARE(EntityRepository(*m_store).get(u"ticket"_s, u"t1"_s), std::optional<QJsonObject>(answer));
    }

    void aHeldTombstoneAppliesWhenTheCommandIsRejected()
    {
        const QString id = accept();
        QVERIFY(apply(*m_store, {tombstone(u"ticket"_s, 9, u"t1"_s)}));
        QCOMPARE(statusOf(*m_store, u"t1"_s), u"accepted"_s);
        QVERIFY(Outbox(*m_store).markRejected(id, 404, u"not_found"_s, u"gone"_s, {}));
        QVERIFY(!EntityRepository(*m_store).get(u"ticket"_s, u"t1"_s));
    }

    void laterCommandsStayOptimisticUntilAnswered()
    {
        Outbox outbox(*m_store);
        const QString first = accept();
        const QJsonObject both = withField(withField(m_t1, u"status"_s, u"accepted"_s), u"priority"_s, u"high"_s);
        const QString second = outbox.enqueue(u"ticket.setPriority"_s, u"ticket"_s, u"t1"_s, {}, both);
        QCOMPARE(EntityRepository(*m_store).localPending(u"ticket"_s, u"t1"_s), 2);
        QVERIFY(outbox.markRejected(first, 409, u"illegal_transition"_s, u"no"_s, {}));
        QCOMPARE(EntityRepository(*m_store).get(u"ticket"_s, u"t1"_s), std::optional<QJsonObject>(both));
        // The second command's undo point is now the state before the rejected first one.
        QVERIFY(outbox.markRejected(second, 403, u"forbidden"_s, u"no"_s, {}));
        QCOMPARE(EntityRepository(*m_store).get(u"ticket"_s, u"t1"_s), std::optional<QJsonObject>(m_t1));
        QCOMPARE(EntityRepository(*m_store).localPending(u"ticket"_s, u"t1"_s), 0);
        QCOMPARE(outbox.needsAttentionCount(), 2);
    }

    void dismissKeepsTheRow()
    {
        const QString id = accept();
        Outbox outbox(*m_store);
        QVERIFY(!outbox.dismiss(id));    // only rejected commands can be dismissed
        QVERIFY(outbox.markRejected(id, 403, u"forbidden"_s, u"no"_s, {}));
        QVERIFY(outbox.dismiss(id));
        QCOMPARE(outbox.needsAttentionCount(), 0);
        QCOMPARE(outbox.entry(id)->state, u"rejected"_s);
        QVERIFY(!outbox.dismiss(id));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
