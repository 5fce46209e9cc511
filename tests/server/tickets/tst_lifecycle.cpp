// The ticket life cycle through commands: who may do what, legal and illegal transitions,
// the timeline they leave, offline times, and a race for a pooled ticket.
#include "servertestutil.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

QString serialized(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void happyPathWithTimeline();
    void confirmBeforeResolved();
    void ratingTwice();
    void cancelBeforeAndAfterOnSite();
    void rejectReopens();
    void holdAndResume();
    void onBehalfAndCallBack();
    void setPriority();
    void offlineTimesAreKept();
    void roleChecks_data();
    void roleChecks();
    void residentCannotWriteInternalNotes();
    void concurrentTakeFromPool();
    void officeSubmitForTheUnitsResident();
    void assignRoundRobin();
    void roundRobinWithNobodyOnDuty();
    void resolveReport();
    void convertComplaint();
    void convertRefusals();

private:
    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
    std::unique_ptr<TicketWatch> m_watch;
};

void TestLifecycle::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server));
    m_watch = std::make_unique<TicketWatch>(m_a.agent.client.get());
    CY_CHECK(m_watch->view().pull());
}

void TestLifecycle::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestLifecycle::cleanupTestCase()
{
    m_server.stop();
}

void TestLifecycle::happyPathWithTimeline()
{
    const QString ticketId = TestClient::newId();
    const Command submit = runCommand(*m_a.resident1, u"ticket.submit"_s, submitPayload(ticketId, m_a.resident1.unitId()));
    CY_CHECK(expectApplied(submit, u"submitted"_s));
    QVERIFY(submit.data().value(u"assigneeId"_s).isNull() || submit.data().value(u"assigneeId"_s).isString());

    const Command accept = runCommand(*m_a.agent, u"ticket.accept"_s, {{u"ticketId"_s, ticketId}});
    CY_CHECK(expectApplied(accept, u"accepted"_s));
    QVERIFY(accept.data().value(u"acceptedAt"_s).isString());

    const Command assign = runCommand(*m_a.agent, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"technicianId"_s, m_a.tech1.id()}});
    CY_CHECK(expectApplied(assign, u"assigned"_s));
    QCOMPARE(assign.data().value(u"assigneeId"_s).toString(), m_a.tech1.id());
    QCOMPARE(assign.data().value(u"assigneeName"_s).toString(), m_a.tech1.tokens.user.value(u"name"_s).toString());

    const Command checkIn = runCommand(*m_a.tech1, u"ticket.checkIn"_s,
                                       {{u"ticketId"_s, ticketId}, {u"latitude"_s, 31.2304}, {u"longitude"_s, 121.4737}, {u"accuracyM"_s, 12}});
    CY_CHECK(expectApplied(checkIn, u"on_site"_s));
    QVERIFY(checkIn.data().value(u"onSiteAt"_s).isString());

    const Command resolve = runCommand(*m_a.tech1, u"ticket.resolve"_s, {{u"ticketId"_s, ticketId}, {u"summary"_s, u"new washer"_s}});
    CY_CHECK(expectApplied(resolve, u"resolved"_s));
    QVERIFY(resolve.data().value(u"resolvedAt"_s).isString());

    const Command confirm = runCommand(*m_a.resident1, u"ticket.confirm"_s,
                                       {{u"ticketId"_s, ticketId}, {u"overall"_s, 5}, {u"speed"_s, 4}, {u"service"_s, 3},
                                        {u"comment"_s, u"谢谢"_s}});
    CY_CHECK(expectApplied(confirm, u"closed"_s));
    QVERIFY(confirm.data().value(u"closedAt"_s).isString());
    const QJsonObject rating = confirm.data().value(u"rating"_s).toObject();
    QCOMPARE(rating.value(u"overall"_s).toInt(), 5);
    QCOMPARE(rating.value(u"speed"_s).toInt(), 4);
    QCOMPARE(rating.value(u"service"_s).toInt(), 3);
    QCOMPARE(rating.value(u"comment"_s).toString(), u"谢谢"_s);

    // One status event per transition, by whom it was done, seen by staff and by the resident.
    struct Step { const char *from, *to; const Actor *by; const char *role; };
    const QList<Step> steps{{"submitted", "accepted", &m_a.agent, "agent"},
                            {"accepted", "assigned", &m_a.agent, "agent"},
                            {"assigned", "on_site", &m_a.tech1, "technician"},
                            {"on_site", "resolved", &m_a.tech1, "technician"},
                            {"resolved", "closed", &m_a.resident1, "resident"}};
    for (Actor *viewer : {&m_a.agent, &m_a.resident1}) {
        Replica view;
        CY_CHECK(pullAll(**viewer, &view));
        QCOMPARE(view.get(u"ticket"_s, ticketId).value(u"status"_s).toString(), u"closed"_s);
        const QList<QJsonObject> timeline = ticketEvents(view, ticketId, u"status"_s);
        QStringList lines;
        for (const QJsonObject &e : timeline)
            lines << serialized(e);
        const QString timelineText = lines.join(u'\n');
        QString previousAt;
        for (const Step &s : steps) {
            const auto it = std::find_if(timeline.begin(), timeline.end(), [&](const QJsonObject &e) {
                return e.value(u"fromStatus"_s).toString() == QLatin1String(s.from)
                       && e.value(u"toStatus"_s).toString() == QLatin1String(s.to);
            });
            QVERIFY2(it != timeline.end(),
                     qPrintable(u"no timeline entry %1 -> %2 for %3; timeline:\n%4"_s.arg(
                         QLatin1String(s.from), QLatin1String(s.to), viewer->phone, timelineText)));
            QCOMPARE(it->value(u"actorId"_s).toString(), s.by->id());
            QCOMPARE(it->value(u"actorRole"_s).toString(), QLatin1String(s.role));
            QVERIFY(!it->value(u"actorName"_s).toString().isEmpty());
            QVERIFY(!it->value(u"internal"_s).toBool());
            QVERIFY2(it->value(u"at"_s).toString() >= previousAt, "timeline times go backwards");
            previousAt = it->value(u"at"_s).toString();
        }
    }
}

void TestLifecycle::confirmBeforeResolved()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::Submitted, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(ticketId, &before));
    const Command c = runCommand(*m_a.resident1, u"ticket.confirm"_s,
                                 {{u"ticketId"_s, ticketId}, {u"overall"_s, 5}, {u"speed"_s, 5}, {u"service"_s, 5}});
    CY_CHECK(expectRejected(c, {409}, {u"illegal_transition"_s}));
    QCOMPARE(c.response.object().value(u"entity"_s).toString(), u"ticket"_s);
    QCOMPARE(c.data().value(u"id"_s).toString(), ticketId);
    QCOMPARE(c.ticketStatus(), u"submitted"_s);
    CY_CHECK(m_watch->untouched(ticketId, before));
}

void TestLifecycle::ratingTwice()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::Closed, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(ticketId, &before));
    CY_CHECK(expectRejected(runCommand(*m_a.resident1, u"ticket.confirm"_s,
                                       {{u"ticketId"_s, ticketId}, {u"overall"_s, 1}, {u"speed"_s, 1}, {u"service"_s, 1}}),
                            {409}, {u"illegal_transition"_s}));
    CY_CHECK(m_watch->untouched(ticketId, before));
}

void TestLifecycle::cancelBeforeAndAfterOnSite()
{
    QString f;
    const QString early = makeTicket(m_a, Stage::Assigned, &f);
    QVERIFY2(!early.isEmpty(), qPrintable(f));
    CY_CHECK(expectApplied(runCommand(*m_a.resident1, u"ticket.cancel"_s, {{u"ticketId"_s, early}, {u"reason"_s, u"fixed it myself"_s}}),
                           u"cancelled"_s));

    const QString late = makeTicket(m_a, Stage::OnSite, &f);
    QVERIFY2(!late.isEmpty(), qPrintable(f));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(late, &before));
    const Command c = runCommand(*m_a.resident1, u"ticket.cancel"_s, {{u"ticketId"_s, late}});
    CY_CHECK(expectRejected(c, {409}, {u"illegal_transition"_s}));
    QCOMPARE(c.ticketStatus(), u"on_site"_s);
    CY_CHECK(m_watch->untouched(late, before));
}

void TestLifecycle::rejectReopens()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::Resolved, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    CY_CHECK(expectApplied(runCommand(*m_a.resident1, u"ticket.reject"_s, {{u"ticketId"_s, ticketId}, {u"reason"_s, u"still leaking"_s}}),
                           u"reopened"_s));
    Replica view;
    CY_CHECK(pullAll(*m_a.agent, &view));
    const QList<QJsonObject> timeline = ticketEvents(view, ticketId, u"status"_s);
    const bool found = std::any_of(timeline.begin(), timeline.end(), [&](const QJsonObject &e) {
        return e.value(u"fromStatus"_s).toString() == u"resolved"_s && e.value(u"toStatus"_s).toString() == u"reopened"_s
               && e.value(u"actorId"_s).toString() == m_a.resident1.id();
    });
    QVERIFY2(found, "no timeline entry resolved -> reopened by the resident");
}

void TestLifecycle::holdAndResume()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::OnSite, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    const Command hold = runCommand(*m_a.tech1, u"ticket.hold"_s, {{u"ticketId"_s, ticketId}, {u"reason"_s, u"waiting for parts"_s}});
    CY_CHECK(expectApplied(hold, u"on_hold"_s));
    QCOMPARE(hold.data().value(u"holdReason"_s).toString(), u"waiting for parts"_s);
    const Command resume = runCommand(*m_a.tech1, u"ticket.resume"_s, {{u"ticketId"_s, ticketId}});
    CY_CHECK(expectApplied(resume));
    QVERIFY2(resume.ticketStatus() != u"on_hold"_s, qPrintable(resume.response.describe()));
    CY_CHECK(expectApplied(runCommand(*m_a.tech1, u"ticket.resolve"_s, {{u"ticketId"_s, ticketId}, {u"summary"_s, u"done"_s}}),
                           u"resolved"_s));
}

void TestLifecycle::onBehalfAndCallBack()
{
    const QString ticketId = TestClient::newId();
    QJsonObject payload = submitPayload(ticketId, m_a.resident1.unitId());
    payload.insert(u"onBehalfOf"_s, m_a.resident1.id());
    const Command submit = runCommand(*m_a.agent, u"ticket.submit"_s, payload);
    CY_CHECK(expectApplied(submit, u"submitted"_s));
    QVERIFY(submit.data().value(u"onBehalf"_s).toBool());
    Replica residentView;
    CY_CHECK(pullAll(*m_a.resident1, &residentView));
    QVERIFY2(residentView.has(u"ticket"_s, ticketId), "the resident does not see a ticket filed on their behalf");

    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.accept"_s, {{u"ticketId"_s, ticketId}})));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"technicianId"_s, m_a.tech1.id()}})));
    CY_CHECK(expectApplied(runCommand(*m_a.tech1, u"ticket.checkIn"_s, {{u"ticketId"_s, ticketId}})));
    CY_CHECK(expectApplied(runCommand(*m_a.tech1, u"ticket.resolve"_s, {{u"ticketId"_s, ticketId}, {u"summary"_s, u"ok"_s}})));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.callBack"_s, {{u"ticketId"_s, ticketId}, {u"note"_s, u"resident happy"_s}}),
                           u"closed"_s));

    // Only for tickets filed on someone's behalf.
    QString f;
    const QString own = makeTicket(m_a, Stage::Resolved, &f);
    QVERIFY2(!own.isEmpty(), qPrintable(f));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(own, &before));
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"ticket.callBack"_s, {{u"ticketId"_s, own}, {u"note"_s, u"x"_s}}),
                            {400, 403, 409}));
    CY_CHECK(m_watch->untouched(own, before));
}

void TestLifecycle::setPriority()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::Accepted, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    const Command c = runCommand(*m_a.manager, u"ticket.setPriority"_s, {{u"ticketId"_s, ticketId}, {u"priority"_s, u"urgent"_s}});
    CY_CHECK(expectApplied(c, u"accepted"_s));
    QCOMPARE(c.data().value(u"priority"_s).toString(), u"urgent"_s);
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(ticketId, &before));
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"ticket.setPriority"_s, {{u"ticketId"_s, ticketId}, {u"priority"_s, u"critical"_s}}),
                            {400}, {u"validation_failed"_s}));
    CY_CHECK(m_watch->untouched(ticketId, before));
}

void TestLifecycle::offlineTimesAreKept()
{
    // A client that was offline sends when things happened; the server keeps those times.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString reportedAt = now.addSecs(-3600).toString(Qt::ISODateWithMs);
    const QString ticketId = TestClient::newId();
    QJsonObject payload = submitPayload(ticketId, m_a.resident1.unitId());
    payload.insert(u"reportedAt"_s, reportedAt);
    const Command submit = runCommand(*m_a.resident1, u"ticket.submit"_s, payload);
    CY_CHECK(expectApplied(submit));
    QCOMPARE(submit.data().value(u"reportedAt"_s).toString(), reportedAt);
    QVERIFY(submit.data().value(u"createdAt"_s).toString() > reportedAt);

    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.accept"_s, {{u"ticketId"_s, ticketId}})));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"technicianId"_s, m_a.tech1.id()}})));
    const QString arrivedAt = QDateTime::currentDateTimeUtc().addMSecs(5).toString(Qt::ISODateWithMs);
    QTest::qWait(300);
    const Command checkIn = runCommand(*m_a.tech1, u"ticket.checkIn"_s, {{u"ticketId"_s, ticketId}, {u"at"_s, arrivedAt}});
    CY_CHECK(expectApplied(checkIn, u"on_site"_s));
    QCOMPARE(checkIn.data().value(u"onSiteAt"_s).toString(), arrivedAt);
    Replica view;
    CY_CHECK(pullAll(*m_a.agent, &view));
    const QList<QJsonObject> timeline = ticketEvents(view, ticketId, u"status"_s);
    const auto it = std::find_if(timeline.begin(), timeline.end(), [](const QJsonObject &e) {
        return e.value(u"toStatus"_s).toString() == u"on_site"_s;
    });
    QVERIFY(it != timeline.end());
    QCOMPARE(it->value(u"at"_s).toString(), arrivedAt);
    QVERIFY2(it->value(u"receivedAt"_s).toString() > arrivedAt, qPrintable(serialized(*it)));
}

void TestLifecycle::roleChecks_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("stage"); // resident 1's ticket, worked by technician 1
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QStringList>("codes");
    const QJsonObject rating{{u"overall"_s, 5}, {u"speed"_s, 5}, {u"service"_s, 5}};
    const QList<int> forbidden{403};
    const QList<int> notFound{404};
    const QList<int> eitherOr{403, 404};
    const QStringList fCode{u"forbidden"_s}, nfCode{u"not_found"_s}, eitherCode{u"forbidden"_s, u"not_found"_s};
    auto row = [&](const char *name, const QString &who, Stage s, const QString &type, const QJsonObject &extra,
                   const QList<int> &st, const QStringList &codes) {
        QTest::newRow(name) << who << int(s) << type << extra << st << codes;
    };
    row("resident assigns own ticket", u"resident1"_s, Stage::Accepted, u"ticket.assign"_s,
        {{u"technicianId"_s, u"TECH1"_s}}, forbidden, fCode);
    row("resident accepts own ticket", u"resident1"_s, Stage::Submitted, u"ticket.accept"_s, {}, forbidden, fCode);
    row("resident sets priority", u"resident1"_s, Stage::Accepted, u"ticket.setPriority"_s,
        {{u"priority"_s, u"urgent"_s}}, forbidden, fCode);
    row("resident opens to pool", u"resident1"_s, Stage::Accepted, u"ticket.openToPool"_s, {}, forbidden, fCode);
    row("technician reassigns", u"tech1"_s, Stage::Assigned, u"ticket.assign"_s, {{u"technicianId"_s, u"TECH2"_s}},
        forbidden, fCode);
    row("technician cancels", u"tech1"_s, Stage::Assigned, u"ticket.cancel"_s, {}, forbidden, fCode);
    row("technician resolves another's ticket", u"tech2"_s, Stage::OnSite, u"ticket.resolve"_s,
        {{u"summary"_s, u"not mine"_s}}, eitherOr, eitherCode);
    row("technician checks in on another's ticket", u"tech2"_s, Stage::Assigned, u"ticket.checkIn"_s, {}, eitherOr,
        eitherCode);
    row("technician takes an unpooled ticket", u"tech1"_s, Stage::Accepted, u"ticket.take"_s, {},
        QList<int>{403, 404, 409}, QStringList());
    row("manager resolves", u"manager"_s, Stage::OnSite, u"ticket.resolve"_s, {{u"summary"_s, u"x"_s}}, forbidden, fCode);
    row("agent confirms", u"agent"_s, Stage::Resolved, u"ticket.confirm"_s, rating, forbidden, fCode);
    row("resident confirms another's resolved ticket", u"resident2"_s, Stage::Resolved, u"ticket.confirm"_s, rating,
        notFound, nfCode);
    row("resident confirms another's submitted ticket", u"resident2"_s, Stage::Submitted, u"ticket.confirm"_s, rating,
        notFound, nfCode);
    row("resident rejects another's ticket", u"resident2"_s, Stage::Resolved, u"ticket.reject"_s,
        {{u"reason"_s, u"no"_s}}, notFound, nfCode);
    row("resident cancels another's ticket", u"resident2"_s, Stage::Submitted, u"ticket.cancel"_s, {}, notFound, nfCode);
    row("resident notes on another's ticket", u"resident2"_s, Stage::Submitted, u"ticket.note"_s,
        {{u"text"_s, u"hello"_s}}, notFound, nfCode);
    row("command on an unknown ticket", u"agent"_s, Stage::Submitted, u"ticket.accept"_s,
        {{u"ticketId"_s, u"UNKNOWN"_s}}, notFound, nfCode);
    row("resident converts own ticket", u"resident1"_s, Stage::Submitted, u"ticket.convert"_s,
        {{u"category"_s, u"plumbing"_s}}, forbidden, fCode);
    row("technician converts", u"tech1"_s, Stage::Assigned, u"ticket.convert"_s, {{u"category"_s, u"plumbing"_s}},
        forbidden, fCode);
    row("resident converts another's ticket", u"resident2"_s, Stage::Submitted, u"ticket.convert"_s,
        {{u"category"_s, u"plumbing"_s}}, notFound, nfCode);
    row("technician assigns round-robin", u"tech1"_s, Stage::Assigned, u"ticket.assign"_s, {{u"roundRobin"_s, true}},
        forbidden, fCode);
    row("resident assigns round-robin", u"resident1"_s, Stage::Accepted, u"ticket.assign"_s, {{u"roundRobin"_s, true}},
        forbidden, fCode);
}

void TestLifecycle::roleChecks()
{
    QFETCH(QString, who);
    QFETCH(int, stage);
    QFETCH(QString, type);
    QFETCH(QJsonObject, extra);
    QFETCH(QList<int>, statuses);
    QFETCH(QStringList, codes);
    QString f;
    const QString ticketId = makeTicket(m_a, Stage(stage), &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(ticketId, &before));

    QJsonObject payload{{u"ticketId"_s, ticketId}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        QJsonValue v = it.value();
        if (v == u"TECH1"_s)
            v = m_a.tech1.id();
        else if (v == u"TECH2"_s)
            v = m_a.tech2.id();
        else if (v == u"UNKNOWN"_s)
            v = TestClient::newId();
        payload.insert(it.key(), v);
    }
    const Command c = runCommand(*m_a.byName(who), type, payload);
    QVERIFY2(statuses.contains(c.response.status),
             qPrintable(u"expected HTTP %1, got: %2"_s.arg(statuses.size() == 1 ? QString::number(statuses[0]) : u"403/404/409"_s,
                                                         c.response.describe())));
    CY_CHECK(expectRejected(c, {c.response.status}, codes));
    if (c.response.status == 404) {
        // Not visible: the answer must not show it either.
        QVERIFY2(!c.response.object().contains(u"data"_s), qPrintable(c.response.describe()));
        QVERIFY2(!c.response.body.contains(before.value(u"description"_s).toString().toUtf8()), qPrintable(c.response.describe()));
    }
    CY_CHECK(m_watch->untouched(ticketId, before));
}

void TestLifecycle::residentCannotWriteInternalNotes()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::Submitted, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(ticketId, &before));
    CY_CHECK(expectRejected(runCommand(*m_a.resident1, u"ticket.note"_s,
                                       {{u"ticketId"_s, ticketId}, {u"text"_s, u"secret"_s}, {u"internal"_s, true}}),
                            {400, 403}));
    CY_CHECK(m_watch->untouched(ticketId, before));
    const QString text = nonce(u"resident note"_s);
    CY_CHECK(expectApplied(runCommand(*m_a.resident1, u"ticket.note"_s, {{u"ticketId"_s, ticketId}, {u"text"_s, text}})));
    Replica view;
    CY_CHECK(pullAll(*m_a.resident1, &view));
    const QList<QJsonObject> notes = ticketEvents(view, ticketId, u"note"_s);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].value(u"note"_s).toString(), text);
    QCOMPARE(notes[0].value(u"actorId"_s).toString(), m_a.resident1.id());
    QVERIFY(!notes[0].value(u"internal"_s).toBool());
}

void TestLifecycle::concurrentTakeFromPool()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::Accepted, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.openToPool"_s, {{u"ticketId"_s, ticketId}})));
    QList<std::pair<TestClient *, HttpRequest>> requests;
    for (Actor *tech : {&m_a.tech1, &m_a.tech2}) {
        const QByteArray body = QJsonDocument(QJsonObject{{u"id"_s, TestClient::newId()}, {u"type"_s, u"ticket.take"_s},
                                                          {u"payload"_s, QJsonObject{{u"ticketId"_s, ticketId}}}})
                                    .toJson(QJsonDocument::Compact);
        requests.append({tech->client.get(), HttpRequest{"POST", u"/v1/commands"_s, body, {{"Content-Type", "application/json"}}}});
    }
    const QList<HttpResponse> answers = TestClient::sendConcurrently(requests);
    QString winner;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const HttpResponse &r = answers[i];
        if (r.status == 200) {
            QVERIFY2(winner.isEmpty(), "both technicians took the same ticket");
            winner = (i == 0 ? m_a.tech1 : m_a.tech2).id();
        } else {
            CY_CHECK(expectError(r, {404, 409}));
        }
    }
    QVERIFY2(!winner.isEmpty(), "neither technician could take the pooled ticket");
    QJsonObject now;
    CY_CHECK(m_watch->snapshot(ticketId, &now));
    QCOMPARE(now.value(u"assigneeId"_s).toString(), winner);
}

void TestLifecycle::officeSubmitForTheUnitsResident()
{
    // A call about resident 1's flat: the order is theirs without naming them.
    const QString ticketId = TestClient::newId();
    const Command c = runCommand(*m_a.agent, u"ticket.submit"_s, submitPayload(ticketId, m_a.resident1.unitId()));
    CY_CHECK(expectApplied(c, u"submitted"_s));
    QCOMPARE(c.data().value(u"createdBy"_s).toString(), m_a.resident1.id());
    QVERIFY(c.data().value(u"onBehalf"_s).toBool());
    Replica residentView;
    CY_CHECK(pullAll(*m_a.resident1, &residentView));
    QVERIFY2(residentView.has(u"ticket"_s, ticketId), "the unit's resident does not see the order logged for them");
    const QList<QJsonObject> first = ticketEvents(residentView, ticketId, u"status"_s);
    QVERIFY(!first.isEmpty());
    QCOMPARE(first.constFirst().value(u"actorId"_s).toString(), m_a.agent.id());

    // A flat nobody is registered to: refused, nothing stored.
    const QString empty = TestClient::newId();
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"ticket.submit"_s, submitPayload(empty, u"unit-1-1-0101"_s)), {400},
                            {u"validation_failed"_s}));
    CY_CHECK(m_watch->absent(empty));
    // A unit of no estate of the office's: refused like one that does not exist.
    const QString nowhere = TestClient::newId();
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"ticket.submit"_s, submitPayload(nowhere, u"unit-9-9-9999"_s)),
                            {400, 403}));
    CY_CHECK(m_watch->absent(nowhere));
}

void TestLifecycle::assignRoundRobin()
{
    // Both demo technicians are on duty: two orders in a row go to each of them once.
    QStringList assignees;
    for (int i = 0; i < 2; ++i) {
        QString f;
        const QString ticketId = makeTicket(m_a, Stage::Accepted, &f);
        QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
        const Command c = runCommand(*m_a.agent, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"roundRobin"_s, true}});
        CY_CHECK(expectApplied(c, u"assigned"_s));
        assignees << c.data().value(u"assigneeId"_s).toString();
        Replica view;
        CY_CHECK(pullAll(*m_a.agent, &view));
        const QList<QJsonObject> steps = ticketEvents(view, ticketId, u"status"_s);
        QCOMPARE(steps.constLast().value(u"toStatus"_s).toString(), u"assigned"_s);
        // What the server did itself comes as fields, not as a note to parse.
        QCOMPARE(steps.constLast().value(u"detail"_s).toObject(), QJsonObject({{u"kind"_s, u"roundRobin"_s}}));
        QVERIFY(steps.constLast().value(u"note"_s).isNull());
    }
    std::sort(assignees.begin(), assignees.end());
    QStringList both{m_a.tech1.id(), m_a.tech2.id()};
    std::sort(both.begin(), both.end());
    QCOMPARE(assignees, both);
}

void TestLifecycle::roundRobinWithNobodyOnDuty()
{
    // A server of its own, where both technicians have gone off duty.
    TestServer server(TestServer::backendFromEnv());
    CY_CHECK(startServer(server, relaxedLoginLimits()));
    for (const QString &tech : {QString(phone::tech1), QString(phone::tech2)}) {
        QString out;
        QCOMPARE(server.runCli({u"set-duty"_s, u"--state"_s, server.stateDir(), u"--phone"_s, tech, u"--duty"_s, u"off"_s},
                               {}, &out),
                 0);
    }
    QVERIFY2(server.restart(relaxedLoginLimits()), qPrintable(server.errorString()));
    Actors a;
    CY_CHECK(a.loginAll(server, {QString(phone::resident1), QString(phone::agent)}));
    Replica staff;
    CY_CHECK(pullAll(*a.agent, &staff));
    for (const QJsonObject &member : staff.all(u"staff"_s)) {
        if (member.value(u"role"_s) == u"technician"_s)
            QVERIFY2(!member.value(u"onDuty"_s).toBool(), qPrintable(serialized(member)));
    }
    const QString ticketId = TestClient::newId();
    CY_CHECK(expectApplied(runCommand(*a.resident1, u"ticket.submit"_s, submitPayload(ticketId, a.resident1.unitId()))));
    CY_CHECK(expectApplied(runCommand(*a.agent, u"ticket.accept"_s, {{u"ticketId"_s, ticketId}}), u"accepted"_s));
    const Command c = runCommand(*a.agent, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"roundRobin"_s, true}});
    CY_CHECK(expectRejected(c, {409}, {u"no_technician_on_duty"_s}));
    // The refusal shows the order as it stands: accepted, nobody on it.
    QCOMPARE(c.ticketStatus(), u"accepted"_s);
    QVERIFY(c.data().value(u"assigneeId"_s).isNull());
    server.stop();
}

void TestLifecycle::resolveReport()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::OnSite, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    QJsonArray parts;
    for (int i = 0; i < 20; ++i)
        parts.append(QJsonObject{{u"name"_s, i == 0 ? QString(64, u'阀') : u"part %1"_s.arg(i)}, {u"quantity"_s, i == 1 ? 9999 : 1}});
    const Command c = runCommand(*m_a.tech1, u"ticket.resolve"_s,
                                 {{u"ticketId"_s, ticketId}, {u"summary"_s, u"replaced the valve"_s}, {u"parts"_s, parts},
                                  {u"minutesWorked"_s, 0}});
    CY_CHECK(expectApplied(c, u"resolved"_s));
    QCOMPARE(c.data().value(u"parts"_s).toArray(), parts);
    QCOMPARE(c.data().value(u"minutesWorked"_s).toInt(-1), 0);
    QVERIFY(c.data().value(u"signature"_s).isNull());

    // The resident sees the report too; a reopened and re-resolved order carries the new one.
    Replica residentView;
    CY_CHECK(pullAll(*m_a.resident1, &residentView));
    QCOMPARE(residentView.get(u"ticket"_s, ticketId).value(u"parts"_s).toArray(), parts);
    CY_CHECK(expectApplied(runCommand(*m_a.resident1, u"ticket.reject"_s, {{u"ticketId"_s, ticketId}, {u"reason"_s, u"drips"_s}}),
                           u"reopened"_s));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"technicianId"_s, m_a.tech1.id()}})));
    CY_CHECK(expectApplied(runCommand(*m_a.tech1, u"ticket.checkIn"_s, {{u"ticketId"_s, ticketId}})));
    const Command again = runCommand(*m_a.tech1, u"ticket.resolve"_s,
                                     {{u"ticketId"_s, ticketId}, {u"summary"_s, u"tightened"_s}, {u"minutesWorked"_s, 100000}});
    CY_CHECK(expectApplied(again, u"resolved"_s));
    QCOMPARE(again.data().value(u"parts"_s).toArray(), QJsonArray());
    QCOMPARE(again.data().value(u"minutesWorked"_s).toInt(), 100000);
}

void TestLifecycle::convertComplaint()
{
    const QString ticketId = TestClient::newId();
    QJsonObject payload = submitPayload(ticketId, m_a.resident2.unitId());
    payload.insert(u"kind"_s, u"complaint"_s);
    payload.insert(u"category"_s, u"other"_s);
    const QByteArray photo = makePng(uniqueSeed());
    CY_CHECK(expectStatus(m_a.resident2->put(u"/v1/attachments/"_s + sha256Hex(photo), photo, "image/png"), 201));
    payload.insert(u"photos"_s, QJsonArray{sha256Hex(photo)});
    CY_CHECK(expectApplied(runCommand(*m_a.resident2, u"ticket.submit"_s, payload), u"submitted"_s));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.accept"_s, {{u"ticketId"_s, ticketId}}), u"accepted"_s));
    CY_CHECK(expectApplied(runCommand(*m_a.resident2, u"ticket.note"_s, {{u"ticketId"_s, ticketId}, {u"text"_s, u"it leaks into my flat"_s}})));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.note"_s,
                                      {{u"ticketId"_s, ticketId}, {u"text"_s, u"pipe in the wall"_s}, {u"internal"_s, true}})));

    const Command c = runCommand(*m_a.manager, u"ticket.convert"_s, {{u"ticketId"_s, ticketId}, {u"category"_s, u"plumbing"_s}});
    CY_CHECK(expectApplied(c, u"accepted"_s));
    QCOMPARE(c.data().value(u"kind"_s).toString(), u"repair"_s);
    QCOMPARE(c.data().value(u"category"_s).toString(), u"plumbing"_s);
    QCOMPARE(c.data().value(u"convertedFrom"_s).toString(), u"complaint"_s);
    QCOMPARE(c.data().value(u"photos"_s).toArray(), QJsonArray{sha256Hex(photo)});

    // Same order, same timeline, plus one `converted` entry; the resident sees it all but the
    // internal note.
    Replica staffView, residentView;
    CY_CHECK(pullAll(*m_a.agent, &staffView));
    CY_CHECK(pullAll(*m_a.resident2, &residentView));
    QCOMPARE(ticketEvents(staffView, ticketId, u"note"_s).size(), 2);
    QCOMPARE(ticketEvents(residentView, ticketId, u"note"_s).size(), 1);
    for (const Replica *view : {&staffView, &residentView}) {
        const QList<QJsonObject> converted = ticketEvents(*view, ticketId, u"converted"_s);
        QCOMPARE(converted.size(), 1);
        QCOMPARE(converted.constFirst().value(u"detail"_s).toObject(),
                 QJsonObject({{u"kind"_s, u"convert"_s}, {u"from"_s, u"complaint"_s}, {u"to"_s, u"repair"_s}}));
        QVERIFY(converted.constFirst().value(u"note"_s).isNull());
        QCOMPARE(converted.constFirst().value(u"actorId"_s).toString(), m_a.manager.id());
        QCOMPARE(view->get(u"ticket"_s, ticketId).value(u"convertedFrom"_s).toString(), u"complaint"_s);
        QCOMPARE(view->get(u"ticket"_s, ticketId).value(u"kind"_s).toString(), u"repair"_s);
    }
    // The work order goes on as any repair.
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"technicianId"_s, m_a.tech1.id()}}),
                           u"assigned"_s));
    CY_CHECK(expectStatus(m_a.tech1->get(u"/v1/attachments/"_s + sha256Hex(photo)), 200));
}

void TestLifecycle::convertRefusals()
{
    // A repair is not converted again, nor is a complaint that was withdrawn.
    QString f;
    const QString repair = makeTicket(m_a, Stage::Accepted, &f);
    QVERIFY2(!repair.isEmpty(), qPrintable(f));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(repair, &before));
    const Command c = runCommand(*m_a.agent, u"ticket.convert"_s, {{u"ticketId"_s, repair}, {u"category"_s, u"hvac"_s}});
    CY_CHECK(expectRejected(c, {409}, {u"illegal_transition"_s}));
    QCOMPARE(c.ticketStatus(), u"accepted"_s);
    CY_CHECK(m_watch->untouched(repair, before));

    const QString ticketId = TestClient::newId();
    QJsonObject payload = submitPayload(ticketId, m_a.resident1.unitId());
    payload.insert(u"kind"_s, u"complaint"_s);
    CY_CHECK(expectApplied(runCommand(*m_a.resident1, u"ticket.submit"_s, payload)));
    CY_CHECK(expectApplied(runCommand(*m_a.resident1, u"ticket.cancel"_s, {{u"ticketId"_s, ticketId}}), u"cancelled"_s));
    CY_CHECK(m_watch->snapshot(ticketId, &before));
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"ticket.convert"_s, {{u"ticketId"_s, ticketId}, {u"category"_s, u"other"_s}}),
                            {409}, {u"illegal_transition"_s}));
    CY_CHECK(m_watch->untouched(ticketId, before));

    // Converting twice: the second finds a repair.
    const QString twice = TestClient::newId();
    payload = submitPayload(twice, m_a.resident1.unitId());
    payload.insert(u"kind"_s, u"complaint"_s);
    CY_CHECK(expectApplied(runCommand(*m_a.resident1, u"ticket.submit"_s, payload)));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.convert"_s, {{u"ticketId"_s, twice}, {u"category"_s, u"lift"_s}})));
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"ticket.convert"_s, {{u"ticketId"_s, twice}, {u"category"_s, u"other"_s}}),
                            {409}, {u"illegal_transition"_s}));
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
