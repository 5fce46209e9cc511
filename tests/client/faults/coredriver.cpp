// coredriver: the client core in a process of its own, for tst_killrecovery to SIGKILL.
//
//   coredriver --server https://127.0.0.1:PORT --ca FILE --data DIR --count N
//
// Signs in once (tokens in DIR/tokens.json through FileTokenStore, the user id in DIR/user),
// opens the account's store under DIR, then queues commands one every few milliseconds while
// the SyncEngine pushes and pulls, until N commands are queued and none is unanswered. Safe to
// kill at any moment and to start again with the same arguments: it continues where the
// outbox stands. On stdout, one line per event, flushed at once:
//   ready <userId> <queued so far>
//   queued <k> <commandId> <type> <ticketId>   (printed after the enqueue transaction committed)
//   answered <commandId> applied|rejected
//   done <queued> <pending>
// Command k is: every 7th a ticket.note on the newest submitted ticket, every 10th a
// ticket.submit for another resident's unit (the server refuses it), else a ticket.submit.

#include "apiclient.h"
#include "testmodules.h"
#include "apijob.h"
#include "sync/backoff.h"
#include "coretestutil.h"
#include "auth/filetokenstore.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;
using namespace std::chrono_literals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &why)
{
    std::fprintf(stderr, "coredriver: %s\n", qPrintable(why));
    return 2;
}

QString readUserId(const QString &dir)
{
    QFile f(dir + u"/user"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

bool writeUserId(const QString &dir, const QString &userId)
{
    QSaveFile f(dir + u"/user"_s);
    return f.open(QIODevice::WriteOnly) && f.write(userId.toUtf8()) > 0 && f.commit();
}

int queuedSoFar(LocalStore &store)
{
    QSqlQuery q = store.prepared(u"SELECT COUNT(*) FROM outbox"_s);
    return store.exec(q) && q.next() ? q.value(0).toInt() : -1;
}

QString newestSubmitted(LocalStore &store)
{
    QSqlQuery q = store.prepared(u"SELECT entity_id FROM outbox WHERE type = 'ticket.submit'"
                                 " AND payload LIKE '%unit-1-1-0301%' ORDER BY seq DESC LIMIT 1"_s);
    return store.exec(q) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"server"_s, u"Server base URL."_s, u"url"_s},
                       {u"ca"_s, u"CA file to trust."_s, u"file"_s},
                       {u"data"_s, u"Data folder (tokens, store)."_s, u"dir"_s},
                       {u"count"_s, u"Commands to queue in all."_s, u"n"_s, u"300"_s}});
    parser.process(app);
    const QString dataDir = parser.value(u"data"_s);
    const int count = parser.value(u"count"_s).toInt();
    if (dataDir.isEmpty() || !QDir().mkpath(dataDir) || count <= 0)
        return fail(u"give --data and --count"_s);

    QNetworkAccessManager nam;
    FileTokenStore tokens(dataDir + u"/tokens.json"_s);
    ApiClient api(&nam, &tokens);
    if (!api.setBaseUrl(QUrl(parser.value(u"server"_s))) || !api.addTrustedCaFile(parser.value(u"ca"_s)))
        return fail(u"bad --server or --ca: "_s + api.errorString());
    api.setTimeout(10s);

    QString userId = readUserId(dataDir);
    if (userId.isEmpty() || !api.hasSession()) {
        const cytest::JobOutcome login = cytest::waitForJob(api.login(cytest::residentPhone, cytest::demoPassword));
        if (login.error != ApiClient::Error::None)
            return fail(u"sign-in failed: "_s + login.code);
        userId = login.data.value(u"user"_s).toObject().value(u"id"_s).toString();
        if (userId.isEmpty() || !writeUserId(dataDir, userId))
            return fail(u"cannot keep the user id"_s);
    }

    LocalStore store;
    QString error;
    if (!store.open(LocalStore::accountPath(dataDir, userId), cytest::catalog(), &error))
        return fail(u"store: "_s + error);
    Outbox outbox(store);
    int queued = queuedSoFar(store);
    if (queued < 0)
        return fail(u"cannot count the outbox"_s);
    say(u"ready %1 %2"_s.arg(userId).arg(queued));

    SyncEngine engine(&api, &store);
    engine.setDebounce(10ms);
    engine.backoff() = Backoff(20ms, 500ms);
    QObject::connect(&engine, &SyncEngine::commandAnswered, &app,
                     [](const QString &id, const QString &state) { say(u"answered %1 %2"_s.arg(id, state)); });
    QObject::connect(&engine, &SyncEngine::signedOut, &app, [] {
        std::fprintf(stderr, "coredriver: signed out by the server\n");
        QCoreApplication::exit(3);
    });

    QTimer producer;
    producer.setInterval(3);
    QObject::connect(&producer, &QTimer::timeout, &app, [&] {
        if (queued >= count) {
            producer.stop();
            return;
        }
        const int k = queued;
        QString type = u"ticket.submit"_s;
        QString ticketId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject payload;
        std::optional<QJsonObject> optimistic;
        const QString target = newestSubmitted(store);
        if (k % 7 == 6 && !target.isEmpty()) {
            type = u"ticket.note"_s;
            ticketId = target;
            payload = {{u"ticketId"_s, ticketId}, {u"text"_s, u"kill test note %1"_s.arg(k)}};
        } else {
            const QString unit = k % 10 == 9 ? cytest::otherResidentUnit : cytest::residentUnit;
            const QString description = u"kill test %1"_s.arg(k);
            payload = {{u"ticketId"_s, ticketId}, {u"kind"_s, u"repair"_s}, {u"category"_s, u"plumbing"_s},
                       {u"description"_s, description}, {u"unitId"_s, unit}};
            optimistic = QJsonObject{{u"id"_s, ticketId}, {u"estateId"_s, u"est-1"_s}, {u"unitId"_s, unit},
                                     {u"kind"_s, u"repair"_s}, {u"category"_s, u"plumbing"_s},
                                     {u"description"_s, description}, {u"status"_s, u"submitted"_s},
                                     {u"priority"_s, u"normal"_s},
                                     {u"createdAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        }
        const QString id = outbox.enqueue(type, u"ticket"_s, ticketId, payload, optimistic);
        if (id.isEmpty()) {
            std::fprintf(stderr, "coredriver: enqueue failed\n");
            QCoreApplication::exit(4);
            return;
        }
        ++queued;
        say(u"queued %1 %2 %3 %4"_s.arg(k).arg(id, type, ticketId));
        engine.notifyLocalChange();
    });

    QTimer doneCheck;
    doneCheck.setInterval(50);
    QObject::connect(&doneCheck, &QTimer::timeout, &app, [&] {
        if (queued >= count && outbox.pendingCount() == 0 && !engine.isSyncing()) {
            say(u"done %1 %2"_s.arg(queued).arg(outbox.pendingCount()));
            QCoreApplication::quit();
        }
    });

    engine.start();
    producer.start();
    doneCheck.start();
    return app.exec();
}
