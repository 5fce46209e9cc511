// The platform's promises, proven on a feature that exists only in the tests (widgets, in
// platform/widgets/): a module adds an entity with a role scope and two commands by its own
// files alone, and gets exactly-once commands (replay, id reuse), paged pulls, tombstones,
// visibility and the refusal of bad input from the platform, on SQLite and PostgreSQL.
#include "servertestutil.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

const QString w2ResidentPhone = u"13700000901"_s;
const QString w2AgentPhone = u"13700000902"_s;

QJsonObject widget(const QString &id, const QString &label)
{
    return {{u"widgetId"_s, id}, {u"label"_s, label}};
}

} // namespace

class TestModules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void moduleMigratedItsOwnSteps();
    void replayAndIdReuse();
    void visibilityPerRole();
    void pagingDeliversEveryChangeOnce_data();
    void pagingDeliversEveryChangeOnce();
    void tombstoneForgetsWhatWasSeen();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void answersCarryTheRecordAsTheCallerSeesIt();

private:
    /// Everything @p client's pull brings, from 0.
    Replica view(TestClient &client);
    /// The newest revision the server answers an idle pull with.
    qint64 head(TestClient &client);

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
    std::unique_ptr<TestClient> m_w2Resident, m_w2Agent;
};

void TestModules::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    m_server.setBinary(QString::fromUtf8(COURTYARD_SUITE_SERVER_BIN));
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server));
    m_w2Resident = std::make_unique<TestClient>(m_server);
    m_w2Agent = std::make_unique<TestClient>(m_server);
    QVERIFY(m_w2Resident->login(w2ResidentPhone, demoPassword).isValid());
    QVERIFY(m_w2Agent->login(w2AgentPhone, demoPassword).isValid());
}

void TestModules::cleanupTestCase()
{
    m_server.stop();
}

Replica TestModules::view(TestClient &client)
{
    Replica replica;
    const QString failure = pullAll(client, &replica);
    if (!failure.isEmpty())
        qWarning().noquote() << failure;
    return replica;
}

qint64 TestModules::head(TestClient &client)
{
    QJsonArray changes;
    qint64 cursor = -1;
    client.syncAll(0, &changes, &cursor);
    return cursor;
}

void TestModules::moduleMigratedItsOwnSteps()
{
    // The module's schema is versioned on its own, beside the real features'.
    QCOMPARE(m_server.querySql(u"SELECT version FROM module_versions WHERE module = 'widgets'"_s).toInt(), 2);
    QCOMPARE(m_server.querySql(u"SELECT version FROM module_versions WHERE module = 'tickets'"_s).toInt(), 4);
    const Command c = runCommand(*m_a.resident1, u"widget.create"_s, {{u"widgetId"_s, TestClient::newId()},
                                                                      {u"label"_s, u"sized"_s}, {u"size"_s, 7}});
    CY_CHECK(expectStatus(c.response, 200));
    QCOMPARE(c.data().value(u"size"_s).toInt(), 7); // the column its second step added
}

void TestModules::replayAndIdReuse()
{
    const QString id = TestClient::newId();
    const QString commandId = TestClient::newId();
    const Command first = runCommand(*m_a.resident1, u"widget.create"_s, widget(id, u"lamp"_s), commandId);
    CY_CHECK(expectStatus(first.response, 200));
    QCOMPARE(first.response.object().value(u"entity"_s).toString(), u"widget"_s);
    QCOMPARE(first.data().value(u"label"_s).toString(), u"lamp"_s);
    const qint64 before = head(*m_a.agent);

    // The same id and words: the stored answer again, and nothing new.
    const Command again = runCommand(*m_a.resident1, u"widget.create"_s, widget(id, u"lamp"_s), commandId);
    CY_CHECK(expectStatus(again.response, 200));
    QCOMPARE(again.response.body, first.response.body);
    QCOMPARE(again.response.header("Courtyard-Replay"), QByteArray("true"));
    QCOMPARE(head(*m_a.agent), before);

    // The same id for other words, or from someone else: refused, nothing changes.
    const Command otherWords = runCommand(*m_a.resident1, u"widget.create"_s, widget(id, u"lamp 2"_s), commandId);
    CY_CHECK(expectRejected(otherWords, {422}, {u"id_reused"_s}));
    const Command otherPerson = runCommand(*m_a.resident2, u"widget.create"_s, widget(id, u"lamp"_s), commandId);
    CY_CHECK(expectRejected(otherPerson, {422}, {u"id_reused"_s}));
    // A new command for the same widget is the module's own refusal, stored and replayed.
    const QString dupId = TestClient::newId();
    const Command duplicate = runCommand(*m_a.resident1, u"widget.create"_s, widget(id, u"lamp"_s), dupId);
    CY_CHECK(expectRejected(duplicate, {409}, {u"already_exists"_s}));
    const Command duplicateAgain = runCommand(*m_a.resident1, u"widget.create"_s, widget(id, u"lamp"_s), dupId);
    QCOMPARE(duplicateAgain.response.status, 409);
    QCOMPARE(duplicateAgain.response.body, duplicate.response.body);
    QCOMPARE(head(*m_a.agent), before);
    QCOMPARE(view(*m_a.agent).get(u"widget"_s, id).value(u"label"_s).toString(), u"lamp"_s);
}

void TestModules::visibilityPerRole()
{
    const QString mine = TestClient::newId();
    const QString theirs = TestClient::newId();
    const QString office = TestClient::newId();
    const QString elsewhere = TestClient::newId();
    CY_CHECK(expectStatus(runCommand(*m_a.resident1, u"widget.create"_s, widget(mine, u"mine"_s)).response, 200));
    CY_CHECK(expectStatus(runCommand(*m_a.resident2, u"widget.create"_s, widget(theirs, u"theirs"_s)).response, 200));
    CY_CHECK(expectStatus(runCommand(*m_a.agent, u"widget.create"_s, widget(office, u"office"_s)).response, 200));
    CY_CHECK(expectStatus(runCommand(*m_w2Resident, u"widget.create"_s, widget(elsewhere, u"w2"_s)).response, 200));
    CY_CHECK(expectRejected(runCommand(*m_a.tech1, u"widget.create"_s, widget(TestClient::newId(), u"t"_s)), {403},
                            {u"forbidden"_s}));

    const Replica r1 = view(*m_a.resident1);
    QVERIFY(r1.has(u"widget"_s, mine));
    QVERIFY(!r1.has(u"widget"_s, theirs));
    QVERIFY(!r1.has(u"widget"_s, office));
    QVERIFY(!r1.has(u"widget"_s, elsewhere));
    QVERIFY(view(*m_a.tech1).ids(u"widget"_s).isEmpty());
    for (Actor *staff : {&m_a.agent, &m_a.manager}) {
        const Replica r = view(**staff);
        for (const QString &id : {mine, theirs, office})
            QVERIFY2(r.has(u"widget"_s, id), qPrintable(staff->phone + u" misses "_s + id));
        QVERIFY(!r.has(u"widget"_s, elsewhere));
    }
    const Replica w2 = view(*m_w2Agent);
    QVERIFY(w2.has(u"widget"_s, elsewhere));
    QVERIFY(!w2.has(u"widget"_s, mine));

    // Someone else's widget does not exist for a command either, and stays.
    CY_CHECK(expectRejected(runCommand(*m_a.resident2, u"widget.archive"_s, {{u"widgetId"_s, mine}}), {404},
                            {u"not_found"_s}));
    CY_CHECK(expectRejected(runCommand(*m_w2Agent, u"widget.archive"_s, {{u"widgetId"_s, office}}), {404},
                            {u"not_found"_s}));
    CY_CHECK(expectRejected(runCommand(*m_a.tech1, u"widget.archive"_s, {{u"widgetId"_s, office}}), {404},
                            {u"not_found"_s}));
    QVERIFY(view(*m_a.agent).has(u"widget"_s, mine));
    QVERIFY(view(*m_a.agent).has(u"widget"_s, office));
}

void TestModules::pagingDeliversEveryChangeOnce_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("7") << 7;
}

void TestModules::pagingDeliversEveryChangeOnce()
{
    QFETCH(int, limit);
    // Widgets, orders and their timeline interleave in revision order.
    for (int i = 0; i < 5; ++i) {
        CY_CHECK(expectStatus(
            runCommand(*m_a.resident1, u"widget.create"_s, widget(TestClient::newId(), u"p%1"_s.arg(i))).response, 200));
        CY_CHECK(expectStatus(runCommand(*m_a.agent, u"widget.create"_s, widget(TestClient::newId(), u"o%1"_s.arg(i))).response,
                              200));
    }
    QJsonArray all;
    qint64 fullCursor = 0;
    QString failure;
    QVERIFY2(m_a.agent->syncAll(0, &all, &fullCursor, 0, &failure), qPrintable(failure));
    QJsonArray paged;
    qint64 cursor = 0;
    QVERIFY2(m_a.agent->syncAll(0, &paged, &cursor, limit, &failure), qPrintable(failure));
    QCOMPARE(cursor, fullCursor);
    QCOMPARE(paged.size(), all.size());
    QSet<qint64> revs;
    qint64 last = 0;
    for (const QJsonValue &v : std::as_const(paged)) {
        const qint64 rev = v.toObject().value(u"rev"_s).toInteger();
        QVERIFY2(rev > last, "revisions come in ascending order, each once");
        last = rev;
        revs.insert(rev);
    }
    QCOMPARE(revs.size(), paged.size());
    QCOMPARE(paged, all);
}

void TestModules::tombstoneForgetsWhatWasSeen()
{
    const QString id = TestClient::newId();
    CY_CHECK(expectStatus(runCommand(*m_a.resident1, u"widget.create"_s, widget(id, u"to go"_s)).response, 200));
    SyncedView owner(m_a.resident1.client.get());
    SyncedView office(m_a.agent.client.get());
    CY_CHECK(owner.pull());
    CY_CHECK(office.pull());
    QVERIFY(owner.replica().has(u"widget"_s, id));
    QVERIFY(office.replica().has(u"widget"_s, id));

    CY_CHECK(expectStatus(runCommand(*m_a.agent, u"widget.archive"_s, {{u"widgetId"_s, id}}).response, 200));
    QJsonArray fresh;
    CY_CHECK(owner.pull(&fresh));
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.first().toObject().value(u"op"_s).toString(), u"delete"_s);
    QCOMPARE(fresh.first().toObject().value(u"entity"_s).toString(), u"widget"_s);
    QVERIFY(!owner.replica().has(u"widget"_s, id));
    CY_CHECK(office.pull());
    QVERIFY(!office.replica().has(u"widget"_s, id));
    // Another estate's people hear nothing of it.
    SyncedView w2(m_w2Agent.get());
    CY_CHECK(w2.pull(&fresh));
    for (const QJsonValue &v : std::as_const(fresh))
        QVERIFY(v.toObject().value(u"id"_s).toString() != id);
    // Archived twice: it no longer exists.
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"widget.archive"_s, {{u"widgetId"_s, id}}), {404}, {u"not_found"_s}));
}

void TestModules::badInputChangesNothing_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray id = TestClient::newId().toLatin1();
    auto p = [&](const QByteArray &fields) { return "{\"widgetId\":\"" + id + "\"," + fields + "}"; };
    QTest::newRow("unknown field") << p("\"label\":\"x\",\"colour\":\"red\"") << 400 << u"unknown_field"_s;
    QTest::newRow("label missing") << p("\"size\":2") << 400 << u"validation_failed"_s;
    QTest::newRow("label a number") << p("\"label\":5") << 400 << u"validation_failed"_s;
    QTest::newRow("label blank") << p("\"label\":\"   \"") << 400 << u"validation_failed"_s;
    // 41 characters, each two UTF-16 units: the limit counts characters.
    QTest::newRow("label 41 emoji") << p("\"label\":\"" + QString(41, u'x').replace(u"x"_s, u"😀"_s).toUtf8() + "\"") << 400
                                    << u"validation_failed"_s;
    QTest::newRow("label with a control character") << p("\"label\":\"a\\u0007b\"") << 400 << u"validation_failed"_s;
    QTest::newRow("unpaired surrogate") << p("\"label\":\"a\\ud800b\"") << 400 << u"invalid_text"_s;
    QTest::newRow("noncharacter") << p("\"label\":\"a\\ufffeb\"") << 400 << u"invalid_text"_s;
    QTest::newRow("noncharacter in a key") << p("\"label\":\"a\",\"\\ufdd0\":1") << 400 << u"invalid_text"_s;
    QTest::newRow("size out of range") << p("\"label\":\"a\",\"size\":11") << 400 << u"validation_failed"_s;
    QTest::newRow("size not whole") << p("\"label\":\"a\",\"size\":1.5") << 400 << u"validation_failed"_s;
    QTest::newRow("id not a uuid") << QByteArray("{\"widgetId\":\"w-1\",\"label\":\"a\"}") << 400 << u"validation_failed"_s;
}

void TestModules::badInputChangesNothing()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, status);
    QFETCH(QString, code);
    const qint64 before = head(*m_a.agent);
    const QByteArray body = "{\"id\":\"" + TestClient::newId().toLatin1() + "\",\"type\":\"widget.create\",\"payload\":" + payload + "}";
    const HttpResponse r = m_a.resident1->postRaw(u"/v1/commands"_s, body);
    CY_CHECK(expectError(r, {status}, {code}));
    QCOMPARE(head(*m_a.agent), before);
}

void TestModules::answersCarryTheRecordAsTheCallerSeesIt()
{
    // The answer of an applied command is the record as the caller's sync shows it.
    const QString id = TestClient::newId();
    const Command c = runCommand(*m_a.resident2, u"widget.create"_s, widget(id, u"same"_s));
    CY_CHECK(expectStatus(c.response, 200));
    QCOMPARE(c.data(), view(*m_a.resident2).get(u"widget"_s, id));
}

QTEST_GUILESS_MAIN(TestModules)
#include "tst_modules.moc"
