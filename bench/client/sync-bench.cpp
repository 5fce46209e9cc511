// bench_sync: initial sync of a 10,000-ticket estate into an empty store (time and peak
// RSS) and the flush of 1,000 queued commands (time), against a real courtyard-server over
// loopback HTTPS. Prints the median of several runs.
//
//   bench_sync [--runs N] [--tickets N] [--units N] [--commands N] [--limit N]
#include "apiclient.h"
#include "testmodules.h"
#include "apijob.h"
#include "store/entityrepository.h"
#include "auth/filetokenstore.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "sync/syncengine.h"
#include "store/syncstate.h"

#include "eventwait.h"
#include "testserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

namespace {

const QString BenchAgentPhone = u"13700099999"_s;
const QString BenchPassword = u"courtyard-bench"_s;

/// VmHWM / VmRSS of this process in KiB.
qint64 procStatusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Resets the peak-RSS mark (Linux ≥ 4.0), so each run's VmHWM is its own.
void resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Client
{
    Client(const QString &dir, const TestServer &server)
        : tokens(dir + u"/tokens.json"_s)
        , api(&nam, &tokens)
    {
        api.setBaseUrl(server.baseUrl());
        api.addTrustedCaFile(server.caFile());
    }

    QString login()
    {
        QString userId;
        bool done = false;
        ApiJob *job = api.login(BenchAgentPhone, BenchPassword);
        QObject::connect(job, &ApiJob::finished, job, [&] {
            done = true;
            userId = job->data().value(u"user"_s).toObject().value(u"id"_s).toString();
        });
        (void)cytest::waitUntil([&] { return done; }, 60000);
        return userId;
    }

    /// One cycle; returns its wall time in ms, or -1 on failure.
    double cycle(SyncEngine &engine)
    {
        bool done = false, ok = false;
        auto c = QObject::connect(&engine, &SyncEngine::cycleFinished, &engine, [&](bool good) {
            done = true;
            ok = good;
        });
        QElapsedTimer timer;
        timer.start();
        if (engine.isStarted())
            engine.syncNow();
        else
            engine.start();
        (void)cytest::waitUntil([&] { return done; }, 600000);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        QObject::disconnect(c);
        return ok ? ms : -1;
    }

    QNetworkAccessManager nam;
    FileTokenStore tokens;
    ApiClient api;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"runs"_s, u"Runs per scenario (default 5)."_s, u"n"_s, u"5"_s},
                       {u"units"_s, u"Units to seed (default 1000)."_s, u"n"_s, u"1000"_s},
                       {u"tickets"_s, u"Tickets to seed (default 10000)."_s, u"n"_s, u"10000"_s},
                       {u"commands"_s, u"Commands per flush (default 1000)."_s, u"n"_s, u"1000"_s},
                       {u"limit"_s, u"Sync page size (default: the engine's)."_s, u"n"_s},
                       {u"window"_s, u"Commands in flight (default: the engine's)."_s, u"n"_s}});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const int tickets = parser.value(u"tickets"_s).toInt();
    const int commands = parser.value(u"commands"_s).toInt();
    const int limit = parser.isSet(u"limit"_s) ? parser.value(u"limit"_s).toInt() : SyncEngine::DefaultPageLimit;
    QLoggingCategory::setFilterRules(u"courtyard.*.info=false"_s);

    TestServer server;
    // The flush of 1,000 commands measures sync, not the per-user write limit.
    if (!server.start({u"--max-login-failures-per-account"_s, u"1000000"_s,
                       u"--max-logins-per-address-per-minute"_s, u"1000000"_s,
                       u"--command-burst"_s, u"1000000"_s, u"--max-commands-per-minute"_s, u"1000000"_s})) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QString out;
    // The revision counter lives in the serving process: seed, then restart it.
    if (server.runCli({u"seed-bench"_s, u"--state"_s, server.stateDir(), u"--units"_s,
                       parser.value(u"units"_s), u"--tickets"_s, QString::number(tickets)}, {}, &out) != 0
        || server.runCli({u"create-user"_s, u"--state"_s, server.stateDir(), u"--phone"_s, BenchAgentPhone,
                          u"--name"_s, u"Bench Agent"_s, u"--role"_s, u"agent"_s, u"--estate"_s,
                          u"est-bench"_s}, BenchPassword.toUtf8() + '\n', &out) != 0
        || !server.restart({u"--max-login-failures-per-account"_s, u"1000000"_s,
                            u"--max-logins-per-address-per-minute"_s, u"1000000"_s, u"--command-burst"_s,
                            u"1000000"_s, u"--max-commands-per-minute"_s, u"1000000"_s})) {
        std::fprintf(stderr, "seeding failed: %s %s\n", qPrintable(out), qPrintable(server.errorString()));
        return 1;
    }
    std::printf("server: %d units, %d tickets in est-bench (+ the demo estate); agent %s\n",
                parser.value(u"units"_s).toInt(), tickets, "13700099999");
    std::printf("baseline RSS before the first sync: %.1f MB\n", procStatusKb("VmRSS:") / 1024.0);

    if (qEnvironmentVariableIsSet("BENCH_PROBE")) {
        // Round trips alone: a GET without body and a small POST, each 50 times in a row.
        QTemporaryDir dir;
        Client client(dir.path(), server);
        client.login();
        for (const bool post : {false, true}) {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < 50; ++i) {
                bool done = false;
                ApiJob *job = post ? client.api.postJson(u"/commands"_s, {{u"id"_s, u"x"_s}})
                                   : client.api.get(u"/me"_s);
                QObject::connect(job, &ApiJob::finished, job, [&] { done = true; });
                (void)cytest::waitUntil([&] { return done; }, 10000);
            }
            std::printf("probe: %s %.2f ms per request\n", post ? "POST" : "GET", t.nsecsElapsed() / 1e6 / 50);
        }
    }

    // 1. Initial sync into an empty store.
    QList<double> syncMs, syncRssMb;
    qint64 changesPerRun = 0;
    QTemporaryDir keep; // the last run's store is used for the flush
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir scratch;
        const QString dir = run == runs - 1 ? keep.path() : scratch.path();
        Client client(dir, server);
        const QString userId = client.login();
        LocalStore store;
        QString error;
        if (userId.isEmpty() || !store.open(LocalStore::accountPath(dir, userId), cytest::catalog(), &error)) {
            std::fprintf(stderr, "cannot sign in or open the store: %s\n", qPrintable(error));
            return 1;
        }
        SyncEngine engine(&client.api, &store);
        engine.setPageLimit(limit);
        qint64 changes = 0;
        QObject::connect(&engine, &SyncEngine::pagePulled, &engine,
                         [&](qint64, qint64, int n, bool) { changes += n; });
        resetPeakRss();
        const double ms = client.cycle(engine);
        const double peakMb = procStatusKb("VmHWM:") / 1024.0;
        if (ms < 0) {
            std::fprintf(stderr, "initial sync failed: %s\n", qPrintable(engine.lastError()));
            return 1;
        }
        QSqlQuery count = store.prepared(u"SELECT COUNT(*) FROM tickets"_s);
        store.exec(count);
        count.next();
        std::printf("  initial sync run %d: %.0f ms, %lld changes, %lld tickets stored, peak RSS %.1f MB\n",
                    run + 1, ms, changes, count.value(0).toLongLong(), peakMb);
        std::fflush(stdout);
        syncMs << ms;
        syncRssMb << peakMb;
        changesPerRun = changes;
        engine.stop();
    }

    // 2. Flush of queued commands: accept submitted tickets, each run a fresh set.
    QList<double> flushMs, pushMs;
    {
        Client client(keep.path(), server);
        const QString userId = client.login();
        LocalStore store;
        store.open(LocalStore::accountPath(keep.path(), userId), cytest::catalog());
        SyncEngine engine(&client.api, &store);
        engine.setPageLimit(limit);
        if (parser.isSet(u"window"_s))
            engine.setWindow(parser.value(u"window"_s).toInt());
        QStringList submitted;
        QSqlQuery q = store.prepared(u"SELECT id FROM tickets WHERE status = 'submitted' AND estate_id = 'est-bench'"
                                     " ORDER BY created_at"_s);
        store.exec(q);
        while (q.next())
            submitted << q.value(0).toString();
        for (int run = 0; run < runs; ++run) {
            if (submitted.size() < commands) {
                std::fprintf(stderr, "not enough submitted tickets left for another flush\n");
                break;
            }
            Outbox outbox(store);
            for (int i = 0; i < commands; ++i) {
                const QString id = submitted.takeFirst();
                std::optional<QJsonObject> ticket = EntityRepository(store).get(u"ticket"_s, id);
                if (ticket)
                    ticket->insert(u"status"_s, u"accepted"_s);
                if (outbox.enqueue(u"ticket.accept"_s, u"ticket"_s, id, {{u"ticketId"_s, id}}, ticket).isEmpty()) {
                    std::fprintf(stderr, "enqueue failed\n");
                    return 1;
                }
            }
            int answered = 0;
            QElapsedTimer timer;
            double lastAnswerMs = 0;
            auto c = QObject::connect(&engine, &SyncEngine::commandAnswered, &engine,
                                      [&](const QString &, const QString &state) {
                                          if (state == u"applied"_s)
                                              ++answered;
                                          lastAnswerMs = double(timer.nsecsElapsed()) / 1e6;
                                      });
            timer.start();
            const double ms = client.cycle(engine);
            QObject::disconnect(c);
            if (ms < 0 || answered != commands) {
                std::fprintf(stderr, "flush failed: %d of %d applied, error '%s', %d pending, started %d\n",
                             answered, commands, qPrintable(engine.lastError()), engine.pendingCount(),
                             int(engine.isStarted()));
                return 1;
            }
            std::printf("  flush run %d: %d commands applied in %.0f ms (cycle incl. the pull of their changes: %.0f ms)\n",
                        run + 1, commands, lastAnswerMs, ms);
            std::fflush(stdout);
            pushMs << lastAnswerMs;
            flushMs << ms;
        }
    }

    // Where the time went on the server side (its log line carries each request's time).
    {
        const QStringList lines = server.log(500).split(u'\n');
        QHash<QString, std::pair<int, double>> byRoute;
        static const QRegularExpression re(u"courtyard.http: (\\w+) (/v1/[a-z/]+)\\S* (\\d+) ([0-9.]+)ms"_s);
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = re.match(line);
            if (!m.hasMatch())
                continue;
            auto &slot = byRoute[m.captured(1) + u' ' + m.captured(2)];
            slot.first += 1;
            slot.second += m.captured(4).toDouble();
        }
        for (auto it = byRoute.cbegin(); it != byRoute.cend(); ++it)
            std::printf("server: %-22s %6d requests, %9.0f ms in total, %.2f ms each\n", qPrintable(it.key()),
                        it.value().first, it.value().second, it.value().second / it.value().first);
    }

    std::printf("\n| scenario | median | target |\n|---|---|---|\n");
    std::printf("| initial sync, %lld changes (%d tickets), page %d | %.0f ms | <= 2000 ms |\n",
                changesPerRun, tickets, limit, median(syncMs));
    std::printf("| initial sync peak RSS (whole client process) | %.1f MB | <= 120 MB |\n", median(syncRssMb));
    std::printf("| flush of %d queued commands (last answer) | %.0f ms | <= 3000 ms |\n", commands, median(pushMs));
    std::printf("| flush cycle incl. pulling the changes back | %.0f ms | |\n", median(flushMs));
    server.stop();
    return 0;
}
