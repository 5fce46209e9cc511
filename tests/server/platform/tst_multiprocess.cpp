// Several `courtyard-server serve` processes on one PostgreSQL, as a company runs them behind
// a load balancer: clients write through both at once while a checker pulls through either,
// and finds every change exactly once with no gaps; a sign-out through one process stops the
// access token on the other within moments; sign-in limits count attempts on both.
#include "servertestutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace cy;

class TestMultiProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void writesThroughBothPullsThroughEither();
    void signOutThroughOneEndsTheOther();
    void signInLimitsAreShared();

private:
    TestServer m_server{TestServer::backendFromEnv()};
    QUrl m_a, m_b;
};

void TestMultiProcess::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    QVERIFY2(TestServer::backendFromEnv() == TestServer::Backend::Postgres, "several processes share PostgreSQL");
    CY_CHECK(startServer(m_server));
    m_a = m_server.baseUrl();
    m_b = m_server.addProcess();
    QVERIFY2(m_b.isValid() && m_b != m_a, qPrintable(m_server.errorString()));
}

void TestMultiProcess::cleanupTestCase()
{
    m_server.stop();
}

void TestMultiProcess::writesThroughBothPullsThroughEither()
{
    auto client = [&](const QUrl &url, const QString &phone) {
        auto c = std::make_unique<TestClient>(url, m_server.caFile());
        const bool ok = c->login(phone, demoPassword).isValid();
        return ok ? std::move(c) : nullptr;
    };
    std::unique_ptr<TestClient> residentA = client(m_a, phone::resident1), residentB = client(m_b, phone::resident2),
                                agentA = client(m_a, phone::agent), managerB = client(m_b, phone::manager),
                                checkerA = client(m_a, phone::manager), checkerB = client(m_b, phone::manager);
    QVERIFY(residentA && residentB && agentA && managerB && checkerA && checkerB);

    // The checker pulls small pages, alternating processes, while the others write through both.
    Replica incremental;
    qint64 cursor = 0;
    qint64 lastRev = 0;
    QSet<qint64> seen;
    QString failure;
    auto take = [&](const HttpResponse &r) {
        if (r.status != 200) {
            failure = r.describe();
            return;
        }
        const QJsonArray changes = r.object().value(u"changes"_s).toArray();
        for (const QJsonValue &v : changes) {
            const qint64 rev = v.toObject().value(u"rev"_s).toInteger();
            if (rev <= lastRev || seen.contains(rev))
                failure = u"revision %1 after %2: out of order or twice"_s.arg(rev).arg(lastRev);
            lastRev = rev;
            seen.insert(rev);
        }
        if (const QString bad = incremental.apply(changes); !bad.isEmpty())
            failure = bad;
        cursor = r.object().value(u"cursor"_s).toInteger();
    };
    QStringList tickets;
    auto submit = [&](const QString &unit) {
        const QString id = TestClient::newId();
        tickets << id;
        const QJsonObject command{{u"id"_s, TestClient::newId()},
                                  {u"type"_s, u"ticket.submit"_s},
                                  {u"payload"_s, submitPayload(id, unit, u"two processes"_s)}};
        return HttpRequest{"POST", u"/v1/commands"_s, QJsonDocument(command).toJson(QJsonDocument::Compact),
                           {{"Content-Type", "application/json"}}};
    };
    const QString unit1 = u"unit-1-1-0301"_s, unit2 = u"unit-1-2-1502"_s;
    for (int round = 0; round < 15 && failure.isEmpty(); ++round) {
        QList<std::pair<TestClient *, HttpRequest>> batch{
            {residentA.get(), submit(unit1)},
            {residentB.get(), submit(unit2)},
            {(round % 2 ? checkerB : checkerA).get(),
             HttpRequest{"GET", u"/v1/sync?since=%1&limit=5"_s.arg(cursor), {}, {}}},
        };
        if (round > 0) {
            const QString earlier = tickets.at(tickets.size() - 3);
            const QJsonObject note{{u"id"_s, TestClient::newId()},
                                   {u"type"_s, u"ticket.note"_s},
                                   {u"payload"_s, QJsonObject{{u"ticketId"_s, earlier}, {u"text"_s, u"round %1"_s.arg(round)}}}};
            const QJsonObject priority{{u"id"_s, TestClient::newId()},
                                       {u"type"_s, u"ticket.setPriority"_s},
                                       {u"payload"_s, QJsonObject{{u"ticketId"_s, earlier}, {u"priority"_s, u"high"_s}}}};
            batch.append({agentA.get(), HttpRequest{"POST", u"/v1/commands"_s, QJsonDocument(note).toJson(QJsonDocument::Compact),
                                                    {{"Content-Type", "application/json"}}}});
            batch.append({managerB.get(), HttpRequest{"POST", u"/v1/commands"_s,
                                                      QJsonDocument(priority).toJson(QJsonDocument::Compact),
                                                      {{"Content-Type", "application/json"}}}});
        }
        const QList<HttpResponse> answers = TestClient::sendConcurrently(batch);
        for (int i = 0; i < answers.size(); ++i) {
            if (i == 2)
                take(answers.at(i));
            else if (answers.at(i).status != 200)
                failure = u"a write failed: "_s + answers.at(i).describe();
        }
    }
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // Catch up, still alternating.
    for (int i = 0; i < 1000 && failure.isEmpty(); ++i) {
        TestClient &via = i % 2 ? *checkerB : *checkerA;
        const HttpResponse r = via.get(u"/v1/sync?since=%1&limit=7"_s.arg(cursor));
        take(r);
        if (!r.object().value(u"hasMore"_s).toBool())
            break;
    }
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // No gaps: what the small pages built equals a full pull through either process.
    for (TestClient *via : {checkerA.get(), checkerB.get()}) {
        Replica full;
        CY_CHECK(pullAll(*via, &full));
        for (const QString &entity : full.entityTypes())
            QVERIFY2(full.all(entity) == incremental.all(entity), qPrintable(u"entity %1 differs"_s.arg(entity)));
    }
    for (const QString &id : std::as_const(tickets))
        QVERIFY2(incremental.has(u"ticket"_s, id), qPrintable(u"ticket %1 was never pulled"_s.arg(id)));
}

void TestMultiProcess::signOutThroughOneEndsTheOther()
{
    TestClient viaA(m_a, m_server.caFile());
    const Tokens tokens = viaA.login(phone::tech1, demoPassword);
    QVERIFY(tokens.isValid());
    TestClient viaB(m_b, m_server.caFile());
    viaB.setBearer(tokens.accessToken);
    CY_CHECK(expectStatus(viaB.get(u"/v1/me"_s), 200));
    CY_CHECK(expectStatus(viaA.post(u"/v1/auth/logout"_s, {}), 204));
    QElapsedTimer t;
    t.start();
    HttpResponse r;
    while (t.elapsed() < 5000) {
        r = viaB.get(u"/v1/me"_s);
        if (r.status == 401)
            break;
        QTest::qWait(50);
    }
    CY_CHECK(expectError(r, {401}, {u"session_revoked"_s}));
    qInfo("the other process refused the ended session after %lld ms", static_cast<long long>(t.elapsed()));
    QVERIFY(t.elapsed() < 3000);
}

void TestMultiProcess::signInLimitsAreShared()
{
    // Five wrong passwords, three through one process and two through the other, lock the
    // account on both (the default limit is 5 failures).
    const QString phone = u"13800000003"_s;
    TestClient viaA(m_a, m_server.caFile()), viaB(m_b, m_server.caFile());
    for (int i = 0; i < 5; ++i) {
        HttpResponse r;
        (i % 2 ? viaB : viaA).login(phone, u"not-the-password"_s, &r);
        CY_CHECK(expectError(r, {401}, {u"invalid_credentials"_s}));
    }
    for (TestClient *via : {&viaA, &viaB}) {
        HttpResponse r;
        QVERIFY(!via->login(phone, demoPassword, &r).isValid());
        CY_CHECK(expectError(r, {429}, {u"rate_limited"_s}));
    }
}

QTEST_GUILESS_MAIN(TestMultiProcess)
#include "tst_multiprocess.moc"
