// POST /v1/commands: exactly-once replay (also under races), command id reuse, field
// allow-lists and payload validation.
#include "servertestutil.h"

using namespace Qt::StringLiterals;
using namespace cy;

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void submitApplied();
    void submitSameTicketTwice();
    void submitCommonArea();
    void onBehalfOnlyByStaff_data();
    void onBehalfOnlyByStaff();
    void submitValidation_data();
    void submitValidation();
    void replayIsExactlyOnce();
    void replayAfterLaterChangesReturnsFirstAnswer();
    void replayOfRejectionReturnsSameRejection();
    void concurrentReplaysApplyOnce();
    void concurrentSameIdDifferentPayloads();
    void idReusedWithDifferentPayload();
    void idReusedByAnotherUser_data();
    void idReusedByAnotherUser();
    void unknownFieldsRefused_data();
    void unknownFieldsRefused();

private:
    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
    std::unique_ptr<TicketWatch> m_watch;
};

void TestCommands::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server));
    m_watch = std::make_unique<TicketWatch>(m_a.agent.client.get());
    CY_CHECK(m_watch->view().pull());
}

void TestCommands::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestCommands::cleanupTestCase()
{
    m_server.stop();
}

void TestCommands::submitApplied()
{
    // The longest description SPEC allows, and one in Chinese to see UTF-8 kept verbatim.
    for (const QString &description : {QString(2000, u'x'), QString(500, QChar(0x6F0F)) + u"水了 💧"_s}) {
        const QString id = TestClient::newId();
        const Command c = runCommand(*m_a.resident1, u"ticket.submit"_s, submitPayload(id, m_a.resident1.unitId(), description));
        CY_CHECK(expectApplied(c, u"submitted"_s));
        const QJsonObject t = c.data();
        QCOMPARE(t.value(u"id"_s).toString(), id);
        QCOMPARE(t.value(u"description"_s).toString(), description);
        QCOMPARE(t.value(u"unitId"_s).toString(), m_a.resident1.unitId());
        QCOMPARE(t.value(u"estateId"_s).toString(), QString(demoEstate));
        QCOMPARE(t.value(u"createdBy"_s).toString(), m_a.resident1.id());
        QCOMPARE(t.value(u"kind"_s).toString(), u"repair"_s);
        QCOMPARE(t.value(u"category"_s).toString(), u"plumbing"_s);
        QVERIFY(!t.value(u"onBehalf"_s).toBool());
        QVERIFY(t.value(u"rating"_s).isNull());
        QVERIFY(t.value(u"closedAt"_s).isNull());
        QJsonObject seen;
        CY_CHECK(m_watch->snapshot(id, &seen));
        QCOMPARE(seen.value(u"description"_s).toString(), description);
    }
}

void TestCommands::submitSameTicketTwice()
{
    const QString ticketId = TestClient::newId();
    const QJsonObject payload = submitPayload(ticketId, m_a.resident1.unitId());
    CY_CHECK(expectApplied(runCommand(*m_a.resident1, u"ticket.submit"_s, payload)));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(ticketId, &before));
    // A new command id for an existing ticket id.
    QJsonObject changed = payload;
    changed.insert(u"description"_s, nonce(u"second"_s));
    CY_CHECK(expectRejected(runCommand(*m_a.resident1, u"ticket.submit"_s, changed), {409}, {u"already_exists"_s}));
    CY_CHECK(m_watch->untouched(ticketId, before));
}

void TestCommands::submitCommonArea()
{
    const QString ticketId = TestClient::newId();
    const QJsonObject location{{u"label"_s, u"1号楼大堂 lobby"_s}, {u"latitude"_s, 31.2304}, {u"longitude"_s, 121.4737}, {u"accuracyM"_s, 8}};
    const QJsonObject payload{{u"ticketId"_s, ticketId}, {u"kind"_s, u"complaint"_s}, {u"category"_s, u"public_area"_s},
                              {u"description"_s, nonce(u"lobby light"_s)}, {u"location"_s, location}};
    const Command c = runCommand(*m_a.resident1, u"ticket.submit"_s, payload);
    CY_CHECK(expectApplied(c, u"submitted"_s));
    QVERIFY(c.data().value(u"unitId"_s).isNull());
    QCOMPARE(c.data().value(u"location"_s).toObject().value(u"label"_s).toString(), location.value(u"label"_s).toString());
    QCOMPARE(c.data().value(u"estateId"_s).toString(), demoEstate);
    Replica mine, theirs;
    CY_CHECK(pullAll(*m_a.resident1, &mine));
    CY_CHECK(pullAll(*m_a.resident2, &theirs));
    QVERIFY2(mine.has(u"ticket"_s, ticketId), "a resident does not see the common-area ticket they filed");
    QVERIFY2(!theirs.has(u"ticket"_s, ticketId), "another resident sees a common-area ticket they did not file");
}

void TestCommands::onBehalfOnlyByStaff_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("ownUnit");
    QTest::newRow("resident, for a neighbour's unit") << u"resident1"_s << false;
    QTest::newRow("resident, for their own unit") << u"resident1"_s << true;
    QTest::newRow("technician") << u"tech1"_s << false;
}

void TestCommands::onBehalfOnlyByStaff()
{
    QFETCH(QString, who);
    QFETCH(bool, ownUnit);
    const QString ticketId = TestClient::newId();
    QJsonObject payload = submitPayload(ticketId, ownUnit ? m_a.resident1.unitId() : m_a.resident2.unitId());
    payload.insert(u"onBehalfOf"_s, m_a.resident2.id());
    CY_CHECK(expectRejected(runCommand(*m_a.byName(who), u"ticket.submit"_s, payload), {400, 403}));
    CY_CHECK(m_watch->absent(ticketId));
}

void TestCommands::submitValidation_data()
{
    QTest::addColumn<QJsonObject>("set");
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<bool>("anyRefusal"); // status 400/403/404 with any code, else 400 validation_failed
    QJsonArray sevenPhotos;
    for (int i = 0; i < 7; ++i)
        sevenPhotos.append(sha256Hex(QByteArray::number(i)));
    QTest::newRow("empty description") << QJsonObject{{u"description"_s, u""_s}} << QStringList() << false;
    QTest::newRow("description of 2001") << QJsonObject{{u"description"_s, QString(2001, u'x')}} << QStringList() << false;
    QTest::newRow("unknown kind") << QJsonObject{{u"kind"_s, u"explosion"_s}} << QStringList() << false;
    QTest::newRow("unknown category") << QJsonObject{{u"category"_s, u"magic"_s}} << QStringList() << false;
    QTest::newRow("seven photos") << QJsonObject{{u"photos"_s, sevenPhotos}} << QStringList() << false;
    QTest::newRow("photos not a list") << QJsonObject{{u"photos"_s, u"abc"_s}} << QStringList() << false;
    QTest::newRow("visitFrom not a time") << QJsonObject{{u"visitFrom"_s, u"tomorrow"_s}} << QStringList() << false;
    QTest::newRow("no kind") << QJsonObject() << QStringList{u"kind"_s} << false;
    QTest::newRow("no description") << QJsonObject() << QStringList{u"description"_s} << false;
    QTest::newRow("no ticketId") << QJsonObject() << QStringList{u"ticketId"_s} << false;
    QTest::newRow("ticketId not a UUID") << QJsonObject{{u"ticketId"_s, u"not-a-uuid"_s}} << QStringList() << false;
    QTest::newRow("neither unit nor location") << QJsonObject() << QStringList{u"unitId"_s} << false;
    QTest::newRow("another resident's unit") << QJsonObject{{u"unitId"_s, u"OTHER_UNIT"_s}} << QStringList() << true;
    QTest::newRow("unknown unit") << QJsonObject{{u"unitId"_s, u"unit-9-9-9999"_s}} << QStringList() << true;
}

void TestCommands::submitValidation()
{
    QFETCH(QJsonObject, set);
    QFETCH(QStringList, remove);
    QFETCH(bool, anyRefusal);
    const QString ticketId = TestClient::newId();
    QJsonObject payload = submitPayload(ticketId, m_a.resident1.unitId());
    for (auto it = set.begin(); it != set.end(); ++it)
        payload.insert(it.key(), it.value() == u"OTHER_UNIT"_s ? QJsonValue(m_a.resident2.unitId()) : it.value());
    for (const QString &k : remove)
        payload.remove(k);
    const Command c = runCommand(*m_a.resident1, u"ticket.submit"_s, payload);
    if (anyRefusal)
        CY_CHECK(expectRejected(c, {400, 403, 404}));
    else
        CY_CHECK(expectRejected(c, {400}, {u"validation_failed"_s}));
    CY_CHECK(m_watch->absent(ticketId));
    CY_CHECK(m_watch->absent(payload.value(u"ticketId"_s).toString()));
}

void TestCommands::replayIsExactlyOnce()
{
    const QString ticketId = TestClient::newId();
    const QString description = nonce(u"once"_s);
    const Command first = runCommand(*m_a.resident1, u"ticket.submit"_s, submitPayload(ticketId, m_a.resident1.unitId(), description));
    CY_CHECK(expectApplied(first, u"submitted"_s));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(ticketId, &before));

    for (int i = 0; i < 2; ++i) {
        const Command again = runCommand(*m_a.resident1, u"ticket.submit"_s, first.payload, first.id);
        QCOMPARE(again.response.status, first.response.status);
        QVERIFY2(again.response.json == first.response.json,
                 qPrintable(u"replay answered differently:\nfirst: %1\nagain: %2"_s.arg(
                     QString::fromUtf8(first.response.body), QString::fromUtf8(again.response.body))));
    }
    CY_CHECK(m_watch->untouched(ticketId, before));

    for (Actor *who : {&m_a.resident1, &m_a.agent}) {
        QJsonArray changes;
        CY_CHECK(pullAll(**who, nullptr, &changes));
        int copies = 0;
        for (const QJsonValue &v : changes) {
            const QJsonObject c = v.toObject();
            if (c.value(u"entity"_s).toString() == u"ticket"_s
                && (c.value(u"id"_s).toString() == ticketId || c.value(u"data"_s)[u"description"_s].toString() == description))
                ++copies;
        }
        QCOMPARE(copies, 1);
    }
}

void TestCommands::replayAfterLaterChangesReturnsFirstAnswer()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::Submitted, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    const Command accept = runCommand(*m_a.agent, u"ticket.accept"_s, {{u"ticketId"_s, ticketId}});
    CY_CHECK(expectApplied(accept, u"accepted"_s));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.assign"_s,
                                      {{u"ticketId"_s, ticketId}, {u"technicianId"_s, m_a.tech1.id()}}),
                           u"assigned"_s));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(ticketId, &before));
    const Command again = runCommand(*m_a.agent, u"ticket.accept"_s, accept.payload, accept.id);
    QCOMPARE(again.response.status, accept.response.status);
    QVERIFY2(again.response.json == accept.response.json,
             qPrintable(u"replay answered differently:\nfirst: %1\nagain: %2"_s.arg(
                 QString::fromUtf8(accept.response.body), QString::fromUtf8(again.response.body))));
    CY_CHECK(m_watch->untouched(ticketId, before));
    QCOMPARE(before.value(u"status"_s).toString(), u"assigned"_s);
}

void TestCommands::replayOfRejectionReturnsSameRejection()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::Submitted, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    const QJsonObject rating{{u"ticketId"_s, ticketId}, {u"overall"_s, 5}, {u"speed"_s, 5}, {u"service"_s, 5}};
    const Command early = runCommand(*m_a.resident1, u"ticket.confirm"_s, rating);
    CY_CHECK(expectRejected(early, {409}, {u"illegal_transition"_s}));

    // Now the same command would be legal; its id is spent on the first answer.
    for (const QString &type : {u"ticket.accept"_s, u"ticket.assign"_s}) {
        QJsonObject p{{u"ticketId"_s, ticketId}};
        if (type == u"ticket.assign"_s)
            p.insert(u"technicianId"_s, m_a.tech1.id());
        CY_CHECK(expectApplied(runCommand(*m_a.agent, type, p)));
    }
    CY_CHECK(expectApplied(runCommand(*m_a.tech1, u"ticket.checkIn"_s, {{u"ticketId"_s, ticketId}})));
    CY_CHECK(expectApplied(runCommand(*m_a.tech1, u"ticket.resolve"_s, {{u"ticketId"_s, ticketId}, {u"summary"_s, u"done"_s}}),
                           u"resolved"_s));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(ticketId, &before));
    const Command again = runCommand(*m_a.resident1, u"ticket.confirm"_s, rating, early.id);
    QCOMPARE(again.response.status, early.response.status);
    QVERIFY2(again.response.json == early.response.json,
             qPrintable(u"replay answered differently:\nfirst: %1\nagain: %2"_s.arg(
                 QString::fromUtf8(early.response.body), QString::fromUtf8(again.response.body))));
    CY_CHECK(m_watch->untouched(ticketId, before));
}

void TestCommands::concurrentReplaysApplyOnce()
{
    const QString ticketId = TestClient::newId();
    const QString description = nonce(u"racing"_s);
    const QByteArray body = QJsonDocument(QJsonObject{{u"id"_s, TestClient::newId()}, {u"type"_s, u"ticket.submit"_s},
                                                      {u"payload"_s, submitPayload(ticketId, m_a.resident1.unitId(), description)}})
                                .toJson(QJsonDocument::Compact);
    QList<std::pair<TestClient *, HttpRequest>> requests;
    for (int i = 0; i < 6; ++i)
        requests.append({m_a.resident1.client.get(), HttpRequest{"POST", u"/v1/commands"_s, body, {{"Content-Type", "application/json"}}}});
    const QList<HttpResponse> answers = TestClient::sendConcurrently(requests);
    for (const HttpResponse &r : answers) {
        CY_CHECK(expectStatus(r, 200));
        QCOMPARE(r.object().value(u"status"_s).toString(), u"applied"_s);
        QVERIFY2(r.json == answers[0].json, qPrintable(u"concurrent replays answered differently:\n%1\n%2"_s.arg(
                                                QString::fromUtf8(answers[0].body), QString::fromUtf8(r.body))));
    }
    QJsonArray changes;
    CY_CHECK(pullAll(*m_a.agent, nullptr, &changes));
    int copies = 0;
    for (const QJsonValue &v : changes)
        copies += v.toObject().value(u"data"_s)[u"description"_s].toString() == description ? 1 : 0;
    QCOMPARE(copies, 1);
}

void TestCommands::concurrentSameIdDifferentPayloads()
{
    const QString id = TestClient::newId();
    QStringList ticketIds;
    QList<std::pair<TestClient *, HttpRequest>> requests;
    for (int i = 0; i < 6; ++i) {
        ticketIds << TestClient::newId();
        const QByteArray body = QJsonDocument(QJsonObject{{u"id"_s, id}, {u"type"_s, u"ticket.submit"_s},
                                                          {u"payload"_s, submitPayload(ticketIds.last(), m_a.resident1.unitId())}})
                                    .toJson(QJsonDocument::Compact);
        requests.append({m_a.resident1.client.get(), HttpRequest{"POST", u"/v1/commands"_s, body, {{"Content-Type", "application/json"}}}});
    }
    const QList<HttpResponse> answers = TestClient::sendConcurrently(requests);
    QString winner;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const HttpResponse &r = answers[i];
        if (r.status == 200) {
            QVERIFY2(winner.isEmpty(), "two different payloads under one command id were both applied");
            winner = ticketIds[i];
        } else {
            CY_CHECK(expectError(r, {422}, {u"id_reused"_s}));
        }
    }
    QVERIFY2(!winner.isEmpty(), "none of the racing commands was applied");
    CY_CHECK(m_watch->view().pull());
    for (const QString &t : ticketIds)
        QCOMPARE(m_watch->view().replica().has(u"ticket"_s, t), t == winner);
}

void TestCommands::idReusedWithDifferentPayload()
{
    const QString ticketId = TestClient::newId();
    const QString description = nonce(u"original"_s);
    const Command first = runCommand(*m_a.resident1, u"ticket.submit"_s, submitPayload(ticketId, m_a.resident1.unitId(), description));
    CY_CHECK(expectApplied(first));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(ticketId, &before));

    QJsonObject changed = first.payload;
    changed.insert(u"description"_s, nonce(u"changed"_s));
    CY_CHECK(expectRejected(runCommand(*m_a.resident1, u"ticket.submit"_s, changed, first.id), {422}, {u"id_reused"_s}));
    const QString otherTicket = TestClient::newId();
    CY_CHECK(expectRejected(runCommand(*m_a.resident1, u"ticket.submit"_s,
                                       submitPayload(otherTicket, m_a.resident1.unitId()), first.id),
                            {422}, {u"id_reused"_s}));
    CY_CHECK(expectRejected(runCommand(*m_a.resident1, u"ticket.cancel"_s, {{u"ticketId"_s, ticketId}}, first.id),
                            {422}, {u"id_reused"_s}));
    CY_CHECK(m_watch->untouched(ticketId, before));
    CY_CHECK(m_watch->absent(otherTicket));
}

void TestCommands::idReusedByAnotherUser_data()
{
    QTest::addColumn<bool>("samePayload");
    QTest::newRow("same payload") << true;
    QTest::newRow("own payload") << false;
}

void TestCommands::idReusedByAnotherUser()
{
    QFETCH(bool, samePayload);
    const QString ticketId = TestClient::newId();
    const QString description = nonce(u"first-user"_s);
    const Command first = runCommand(*m_a.resident1, u"ticket.submit"_s, submitPayload(ticketId, m_a.resident1.unitId(), description));
    CY_CHECK(expectApplied(first));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(ticketId, &before));

    const QString otherTicket = TestClient::newId();
    const QJsonObject payload = samePayload ? first.payload : submitPayload(otherTicket, m_a.resident2.unitId());
    const Command second = runCommand(*m_a.resident2, u"ticket.submit"_s, payload, first.id);
    CY_CHECK(expectRejected(second, {422}, {u"id_reused"_s}));
    QVERIFY2(!second.response.body.contains(description.toUtf8()), "the rejection shows the other user's ticket");
    CY_CHECK(m_watch->untouched(ticketId, before));
    CY_CHECK(m_watch->absent(otherTicket));
}

void TestCommands::unknownFieldsRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("stage"); // -1: a new ticket (ticket.submit)
    QTest::addColumn<QJsonObject>("extra");
    const QString submit = u"ticket.submit"_s;
    QTest::newRow("submit with status") << u"resident1"_s << submit << -1 << QJsonObject{{u"status"_s, u"closed"_s}};
    QTest::newRow("submit with assigneeId") << u"resident1"_s << submit << -1 << QJsonObject{{u"assigneeId"_s, u"usr-x"_s}};
    QTest::newRow("submit with priority") << u"resident1"_s << submit << -1 << QJsonObject{{u"priority"_s, u"urgent"_s}};
    QTest::newRow("submit with pooled") << u"resident1"_s << submit << -1 << QJsonObject{{u"pooled"_s, true}};
    QTest::newRow("submit with createdBy") << u"resident1"_s << submit << -1 << QJsonObject{{u"createdBy"_s, u"usr-x"_s}};
    QTest::newRow("submit with estateId") << u"resident1"_s << submit << -1 << QJsonObject{{u"estateId"_s, u"est-1"_s}};
    QTest::newRow("submit with rating") << u"resident1"_s << submit << -1
                                        << QJsonObject{{u"rating"_s, QJsonObject{{u"overall"_s, 5}}}};
    QTest::newRow("submit with onBehalf") << u"resident1"_s << submit << -1 << QJsonObject{{u"onBehalf"_s, true}};
    QTest::newRow("cancel with status") << u"resident1"_s << u"ticket.cancel"_s << int(Stage::Submitted)
                                        << QJsonObject{{u"status"_s, u"closed"_s}};
    QTest::newRow("accept with assigneeId") << u"agent"_s << u"ticket.accept"_s << int(Stage::Submitted)
                                            << QJsonObject{{u"assigneeId"_s, u"usr-x"_s}};
    QTest::newRow("checkIn with status") << u"tech1"_s << u"ticket.checkIn"_s << int(Stage::Assigned)
                                         << QJsonObject{{u"status"_s, u"resolved"_s}};
    QTest::newRow("confirm with closedAt") << u"resident1"_s << u"ticket.confirm"_s << int(Stage::Resolved)
                                           << QJsonObject{{u"overall"_s, 5}, {u"speed"_s, 5}, {u"service"_s, 5},
                                                          {u"closedAt"_s, u"2026-01-01T00:00:00.000Z"_s}};
}

void TestCommands::unknownFieldsRefused()
{
    QFETCH(QString, who);
    QFETCH(QString, type);
    QFETCH(int, stage);
    QFETCH(QJsonObject, extra);
    if (stage < 0) {
        const QString ticketId = TestClient::newId();
        QJsonObject payload = submitPayload(ticketId, m_a.resident1.unitId());
        for (auto it = extra.begin(); it != extra.end(); ++it)
            payload.insert(it.key(), it.value());
        CY_CHECK(expectRejected(runCommand(*m_a.byName(who), type, payload), {400}, {u"unknown_field"_s}));
        CY_CHECK(m_watch->absent(ticketId));
        return;
    }
    QString f;
    const QString ticketId = makeTicket(m_a, Stage(stage), &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    QJsonObject before;
    CY_CHECK(m_watch->snapshot(ticketId, &before));
    QJsonObject payload = extra;
    payload.insert(u"ticketId"_s, ticketId);
    CY_CHECK(expectRejected(runCommand(*m_a.byName(who), type, payload), {400}, {u"unknown_field"_s}));
    CY_CHECK(m_watch->untouched(ticketId, before));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
