// Fills a fresh account store with 10,000 tickets (through EntityRepository::applyChange in
// pages of 500, as a pull does) and times the list-screen queries of TicketRepository.
// Prints the median of 50 runs of each query.

#include "store/entityrepository.h"
#include "testmodules.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "tickets/ticketrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

namespace {

constexpr int ticketCount = 10'000;
constexpr int runs = 50;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject makeTicket(int i, QRandomGenerator &random)
{
    static const QStringList statuses{u"submitted"_s, u"accepted"_s, u"assigned"_s, u"on_site"_s,
                                      u"on_hold"_s, u"resolved"_s, u"closed"_s, u"cancelled"_s};
    static const QStringList priorities{u"urgent"_s, u"high"_s, u"normal"_s, u"low"_s};
    const qint64 created = 1'700'000'000'000 + qint64(i) * 60'000;
    const int tech = int(random.bounded(12));
    const bool assigned = random.bounded(4) != 0;
    return {
        {u"id"_s, u"tkt-%1"_s.arg(i)},
        {u"estateId"_s, u"est-%1"_s.arg(random.bounded(3) + 1)},
        {u"unitId"_s, u"unit-%1"_s.arg(random.bounded(800))},
        {u"kind"_s, u"repair"_s},
        {u"category"_s, u"plumbing"_s},
        {u"description"_s, u"Water leaking from the ceiling of the bathroom, ticket %1"_s.arg(i)},
        {u"status"_s, statuses.at(int(random.bounded(statuses.size())))},
        {u"priority"_s, priorities.at(int(random.bounded(priorities.size())))},
        {u"assigneeId"_s, assigned ? QJsonValue(u"usr-tech-%1"_s.arg(tech)) : QJsonValue()},
        {u"assigneeName"_s, assigned ? QJsonValue(u"Technician %1"_s.arg(tech)) : QJsonValue()},
        {u"createdBy"_s, u"usr-res-%1"_s.arg(random.bounded(2000))},
        {u"createdAt"_s, iso(created)},
        {u"reportedAt"_s, iso(created)},
        {u"updatedAt"_s, iso(created)},
        {u"responseDueAt"_s, iso(created + 3'600'000)},
        {u"resolveDueAt"_s, random.bounded(5) == 0 ? QJsonValue() : QJsonValue(iso(created + 86'400'000))},
    };
}

double medianMs(const std::function<void()> &run)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.append(timer.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return double(times.at(runs / 2)) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    LocalStore store;
    QString error;
    if (!store.open(LocalStore::accountPath(dir.path(), u"bench"_s), cytest::catalog(), &error)) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(error));
        return 1;
    }

    QRandomGenerator random(20261127);
    QList<QJsonObject> changes;
    for (int i = 0; i < ticketCount; ++i) {
        const QJsonObject data = makeTicket(i, random);
        changes.append({{u"rev"_s, i + 1}, {u"entity"_s, u"ticket"_s}, {u"id"_s, data.value(u"id"_s)},
                        {u"op"_s, u"upsert"_s}, {u"data"_s, data}});
    }
    QElapsedTimer fill;
    fill.start();
    EntityRepository repo(store);
    for (int page = 0; page < ticketCount / 500; ++page) {
        LocalStore::Transaction tx(store);
        for (int i = page * 500; i < (page + 1) * 500; ++i) {
            if (!repo.applyChange(changes.at(i)))
                return 1;
        }
        if (!tx.commit()) {
            std::fprintf(stderr, "commit failed\n");
            return 1;
        }
    }
    std::printf("applied %d ticket changes in %lld ms (20 pages of 500, one transaction each)\n", ticketCount,
                qlonglong(fill.elapsed()));

    TicketRepository tickets(store);
    TicketRepository::Filter open;
    open.statuses = {u"submitted"_s, u"accepted"_s, u"assigned"_s, u"on_site"_s, u"on_hold"_s};
    TicketRepository::Filter mine = open;
    mine.assigneeId = u"usr-tech-3"_s;
    TicketRepository::Filter pool = open;
    pool.assigneeId = QString();
    int rows = 0;

    struct Case { const char *name; std::function<void()> run; };
    const QList<Case> cases{
        {"open tickets, priority+deadline, first page of 50 + count",
         [&] { rows = int(tickets.list(open, TicketRepository::Sort::PriorityThenDeadline, 50).size()) + tickets.count(open); }},
        {"all tickets, newest first, first page of 50 + count",
         [&] { rows = int(tickets.list({}, TicketRepository::Sort::NewestFirst, 50).size()) + tickets.count({}); }},
        {"one technician's open tickets, priority+deadline, page of 50 + count",
         [&] { rows = int(tickets.list(mine, TicketRepository::Sort::PriorityThenDeadline, 50).size()) + tickets.count(mine); }},
        {"unassigned pool, priority+deadline, page of 50 + count",
         [&] { rows = int(tickets.list(pool, TicketRepository::Sort::PriorityThenDeadline, 50).size()) + tickets.count(pool); }},
        {"open tickets, priority+deadline, page 40 (offset 2000)",
         [&] { rows = int(tickets.list(open, TicketRepository::Sort::PriorityThenDeadline, 50, 2000).size()); }},
    };
    for (const Case &c : cases)
        std::printf("%-72s median of %d: %.3f ms\n", c.name, runs, medianMs(c.run));

    // The store's share of flushing 1,000 queued commands (each commit is fsynced: synchronous=FULL).
    Outbox outbox(store);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 1000; ++i) {
        QJsonObject data = changes.at(i).value(u"data"_s).toObject();
        data.insert(u"status"_s, u"accepted"_s);
        if (outbox.enqueue(u"ticket.accept"_s, u"ticket"_s, data.value(u"id"_s).toString(), {}, data).isEmpty())
            return 1;
    }
    std::printf("outbox: enqueue 1,000 commands with their optimistic effect: %lld ms\n", qlonglong(timer.restart()));
    while (const auto next = outbox.next()) {
        QJsonObject data = changes.at(int(next->seq - 1)).value(u"data"_s).toObject();
        data.insert(u"status"_s, u"accepted"_s);
        if (!outbox.markSending(next->id)
            || !outbox.markApplied(next->id, {{u"id"_s, next->id}, {u"status"_s, u"applied"_s},
                                              {u"entity"_s, u"ticket"_s}, {u"data"_s, data}}))
            return 1;
    }
    std::printf("outbox: next + markSending + markApplied for 1,000 commands: %lld ms\n", qlonglong(timer.elapsed()));
    return rows >= 0 ? 0 : 1;
}
