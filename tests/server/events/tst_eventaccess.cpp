// Who may do what with events, on the real server (docs/EVENTS.md "Commands", "Routes"): every
// events command and route × resident, technician, agent and manager of the demo estate and
// the manager, agent and technician of another estate (to whom everything of est-1 is "not
// found"); a resident's own sign-up only by them; another building's event refused; and what
// sync gives each role: a resident only their own sign-ups and feed items and the counts of
// the estate's published events, never a draft, the ticket key or another resident's name.
#include "eventtestutil.h"

using namespace Qt::StringLiterals;
using namespace cy;
using namespace evt;

class TestEventAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void commands_data();
    void commands();
    void routes_data();
    void routes();
    void otherBuildingsAndEstates();
    void residentsSeeCountsNotPeople();

private:
    Actor &actor(const QString &name);
    /// A payload for @p type that @p who could apply now (fresh events and sign-ups).
    QJsonObject payloadFor(const QString &type, const QString &who);
    QString newEvent(const QJsonObject &extra = {}, bool publish = true);

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
    Actor m_farManager, m_farAgent, m_farTech;
    QString m_started; ///< a started event with walk-ins
    QString m_open;    ///< a published event with sign-up open
};

void TestEventAccess::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server, {phone::resident1, phone::resident2, phone::agent, phone::manager, phone::tech1}));
    CY_CHECK(foreignActor(m_server, u"13900000078"_s, u"manager"_s, &m_farManager));
    CY_CHECK(foreignActor(m_server, u"13900000077"_s, u"agent"_s, &m_farAgent));
    CY_CHECK(foreignActor(m_server, u"13900000076"_s, u"technician"_s, &m_farTech));
    m_open = newEvent();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_started = newEvent({{u"walkInsAllowed"_s, true}, {u"capacity"_s, 1000}, {u"startsAt"_s, iso(now.addSecs(-60))},
                          {u"endsAt"_s, iso(now.addSecs(3600))}, {u"signupOpensAt"_s, iso(now.addSecs(-7200))},
                          {u"signupClosesAt"_s, iso(now.addSecs(-120))}});
    QVERIFY(!m_open.isEmpty() && !m_started.isEmpty());
}

void TestEventAccess::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestEventAccess::cleanupTestCase()
{
    m_server.stop();
}

Actor &TestEventAccess::actor(const QString &name)
{
    if (name == u"farManager")
        return m_farManager;
    if (name == u"farAgent")
        return m_farAgent;
    if (name == u"farTech")
        return m_farTech;
    return m_a.byName(name);
}

QString TestEventAccess::newEvent(const QJsonObject &extra, bool publish)
{
    const QString id = TestClient::newId();
    if (!applied(runCommand(*m_a.manager, u"event.save"_s, eventPayload(id, 1000, extra))).isEmpty()
        || (publish && !applied(runCommand(*m_a.manager, u"event.publish"_s, {{u"eventId"_s, id}})).isEmpty()))
        return {};
    return id;
}

QJsonObject TestEventAccess::payloadFor(const QString &type, const QString &who)
{
    // A resident1 sign-up (confirmed: the events have room) for the commands on one.
    auto signup = [this](const QString &eventId) {
        const QString id = TestClient::newId();
        const Command c = runCommand(*m_a.resident1, u"signup.create"_s, {{u"signupId"_s, id}, {u"eventId"_s, eventId}, {u"partySize"_s, 1}});
        if (!applied(c).isEmpty())
            qWarning().noquote() << c.response.describe();
        return id;
    };
    if (type == u"event.save")
        return eventPayload(TestClient::newId(), 20);
    if (type == u"event.publish")
        return {{u"eventId"_s, newEvent({}, false)}};
    if (type == u"event.cancel")
        return {{u"eventId"_s, newEvent()}};
    if (type == u"signup.create")
        return {{u"signupId"_s, TestClient::newId()}, {u"eventId"_s, newEvent()}, {u"partySize"_s, 2}};
    if (type == u"signup.cancel")
        return {{u"signupId"_s, signup(newEvent())}};
    if (type == u"offer.decline" || type == u"offer.accept") {
        // resident1 gets an offer: a one-place event in offer mode, someone else leaves it.
        const QString eventId = newEvent({{u"capacity"_s, 1}, {u"waitlistMode"_s, u"offer"_s}});
        const QString theirs = TestClient::newId();
        runCommand(*m_a.resident2, u"signup.create"_s, {{u"signupId"_s, theirs}, {u"eventId"_s, eventId}, {u"partySize"_s, 1}});
        const QString mine = signup(eventId);
        runCommand(*m_a.resident2, u"signup.cancel"_s, {{u"signupId"_s, theirs}});
        return {{u"signupId"_s, mine}};
    }
    // One sign-up per resident and event: a fresh event for each row.
    if (type == u"checkin.record") {
        const QString eventId = newEvent();
        return {{u"checkinId"_s, TestClient::newId()}, {u"eventId"_s, eventId}, {u"signupId"_s, signup(eventId)}};
    }
    if (type == u"checkin.undo") {
        // Checked in by the actor when they may, else by the manager.
        const QString eventId = newEvent();
        const QString s = signup(eventId);
        Actor &by = (who == u"agent" || who == u"manager") ? actor(who) : m_a.manager;
        const Command c = runCommand(*by, u"checkin.record"_s, {{u"checkinId"_s, TestClient::newId()}, {u"eventId"_s, eventId}, {u"signupId"_s, s}});
        if (!applied(c).isEmpty())
            qWarning().noquote() << c.response.describe();
        return {{u"signupId"_s, s}};
    }
    if (type == u"walkin.record")
        return {{u"walkinId"_s, TestClient::newId()}, {u"eventId"_s, m_started}, {u"people"_s, 1}};
    return {};
}

void TestEventAccess::commands_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    struct Rule
    {
        QString type;
        QStringList allowed;
        QStringList hidden; ///< of the demo estate, to whom the object is "not found"
    };
    // A resident's sign-up is theirs alone: to the other resident it does not exist.
    const QStringList own{u"resident2"_s};
    const QList<Rule> rules{
        {u"event.save"_s, {u"manager"_s}, {}},
        {u"event.publish"_s, {u"manager"_s}, {u"resident1"_s, u"resident2"_s}}, // a draft
        {u"event.cancel"_s, {u"manager"_s}, {}},
        {u"signup.create"_s, {u"resident1"_s, u"resident2"_s}, {}},
        {u"signup.cancel"_s, {u"resident1"_s}, own},
        {u"offer.accept"_s, {u"resident1"_s}, own},
        {u"offer.decline"_s, {u"resident1"_s}, own},
        {u"checkin.record"_s, {u"agent"_s, u"manager"_s}, {}},
        {u"checkin.undo"_s, {u"agent"_s, u"manager"_s}, own},
        {u"walkin.record"_s, {u"agent"_s, u"manager"_s}, {}},
    };
    for (const Rule &rule : rules) {
        for (const QString &who : {u"resident1"_s, u"resident2"_s, u"tech1"_s, u"agent"_s, u"manager"_s, u"farManager"_s,
                                   u"farAgent"_s, u"farTech"_s}) {
            const int status = who.startsWith(u"far"_s) || rule.hidden.contains(who) ? 404
                               : rule.allowed.contains(who)                            ? 200
                                                                                       : 403;
            QTest::addRow("%s by %s", qPrintable(rule.type), qPrintable(who)) << rule.type << who << status;
        }
    }
}

void TestEventAccess::commands()
{
    QFETCH(QString, type);
    QFETCH(QString, who);
    QFETCH(int, status);
    const QJsonObject payload = payloadFor(type, who);
    const Command c = runCommand(*actor(who), type, payload);
    if (status == 200)
        CY_CHECK(applied(c));
    else
        CY_CHECK(expectRejected(c, {status}, {status == 404 ? u"not_found"_s : u"forbidden"_s}));
}

void TestEventAccess::routes_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    for (const QString &route : {u"turnout"_s, u"attendees"_s}) {
        for (const QString &who : {u"resident1"_s, u"tech1"_s, u"agent"_s, u"manager"_s, u"farManager"_s, u"farAgent"_s,
                                   u"farTech"_s}) {
            const int status = who.startsWith(u"far"_s) ? 404 : (who == u"agent" || who == u"manager") ? 200 : 403;
            QTest::addRow("%s by %s", qPrintable(route), qPrintable(who)) << route << who << status;
        }
    }
}

void TestEventAccess::routes()
{
    QFETCH(QString, route);
    QFETCH(QString, who);
    QFETCH(int, status);
    const HttpResponse r = actor(who)->get(u"/v1/events/%1/%2"_s.arg(m_open, route));
    if (status == 200)
        CY_CHECK(expectStatus(r, 200));
    else
        CY_CHECK(expectError(r, {status}, {status == 404 ? u"not_found"_s : u"forbidden"_s}));
    // An event that does not exist is not found for everybody.
    CY_CHECK(expectError(actor(who)->get(u"/v1/events/%1/%2"_s.arg(TestClient::newId(), route)), {404}, {u"not_found"_s}));
}

void TestEventAccess::otherBuildingsAndEstates()
{
    // An event for building 2 only: resident1 lives in building 1.
    const QString forB2 = newEvent({{u"buildingIds"_s, QJsonArray{u"bld-1-2"_s}}});
    QVERIFY(!forB2.isEmpty());
    CY_CHECK(expectRejected(runCommand(*m_a.resident1, u"signup.create"_s,
                                       {{u"signupId"_s, TestClient::newId()}, {u"eventId"_s, forB2}, {u"partySize"_s, 1}}),
                            {403}, {u"not_in_audience"_s}));
    CY_CHECK(applied(runCommand(*m_a.resident2, u"signup.create"_s,
                                {{u"signupId"_s, TestClient::newId()}, {u"eventId"_s, forB2}, {u"partySize"_s, 1}})));
    Replica one, two;
    CY_CHECK(pullAll(*m_a.resident1, &one));
    CY_CHECK(pullAll(*m_a.resident2, &two));
    QCOMPARE(one.get(u"event"_s, forB2).value(u"eligible"_s).toBool(), false);
    QCOMPARE(two.get(u"event"_s, forB2).value(u"eligible"_s).toBool(), true);
    // A building of another estate is not one to invite.
    CY_CHECK(expectRejected(runCommand(*m_a.manager, u"event.save"_s,
                                       eventPayload(TestClient::newId(), 5, {{u"buildingIds"_s, QJsonArray{u"bld-nowhere"_s}}})),
                            {404}, {u"unknown_building"_s}));
    // Another estate's published event does not exist for est-1's residents.
    QJsonObject far = eventPayload(TestClient::newId(), 5);
    far.insert(u"estateId"_s, u"est-far"_s);
    CY_CHECK(applied(runCommand(*m_farManager, u"event.save"_s, far)));
    CY_CHECK(applied(runCommand(*m_farManager, u"event.publish"_s, {{u"eventId"_s, far.value(u"eventId"_s)}})));
    CY_CHECK(expectRejected(runCommand(*m_a.resident1, u"signup.create"_s,
                                       {{u"signupId"_s, TestClient::newId()}, {u"eventId"_s, far.value(u"eventId"_s)}, {u"partySize"_s, 1}}),
                            {404}, {u"not_found"_s}));
    CY_CHECK(expectRejected(runCommand(*m_a.manager, u"event.save"_s, far), {404}, {u"not_found"_s}));
}

void TestEventAccess::residentsSeeCountsNotPeople()
{
    const QString draft = newEvent({}, false);
    CY_CHECK(applied(runCommand(*m_a.resident2, u"signup.create"_s,
                                {{u"signupId"_s, TestClient::newId()}, {u"eventId"_s, m_open}, {u"partySize"_s, 2}})));
    Replica r1, tech, office;
    CY_CHECK(pullAll(*m_a.resident1, &r1));
    CY_CHECK(pullAll(*m_a.tech1, &tech));
    CY_CHECK(pullAll(*m_a.manager, &office));
    QVERIFY(!r1.has(u"event"_s, draft));
    QVERIFY(office.has(u"event"_s, draft));
    QVERIFY(r1.all(u"eventKey"_s).isEmpty());
    QVERIFY(!office.all(u"eventKey"_s).isEmpty());
    for (const QString &entity : {u"event"_s, u"eventSignup"_s, u"eventNotice"_s, u"eventKey"_s})
        QVERIFY2(tech.all(entity).isEmpty(), qPrintable(entity));
    // resident1 sees only their own sign-ups; resident2's are counted in the event, not shown.
    const QString name2 = m_server.querySql(u"SELECT name FROM users WHERE id = '%1'"_s.arg(m_a.resident2.id())).toString();
    QVERIFY(!name2.isEmpty());
    int officeSignups = 0;
    for (const QJsonObject &s : r1.all(u"eventSignup"_s))
        QCOMPARE(s.value(u"userId"_s).toString(), m_a.resident1.id());
    for (const QJsonObject &s : office.all(u"eventSignup"_s))
        officeSignups += s.value(u"userId"_s).toString() == m_a.resident2.id() ? 1 : 0;
    QVERIFY(officeSignups > 0);
    QJsonArray changes;
    CY_CHECK(pullAll(*m_a.resident1, nullptr, &changes));
    const QByteArray raw = QJsonDocument(changes).toJson(QJsonDocument::Compact);
    QVERIFY2(!raw.contains(m_a.resident2.id().toUtf8()), "resident1 learned resident2's id");
    for (const QJsonObject &n : r1.all(u"eventNotice"_s))
        QCOMPARE(n.value(u"userId"_s).toString(), m_a.resident1.id());
    // The counts are there: the open event holds resident1's and resident2's places.
    QCOMPARE(r1.get(u"event"_s, m_open).value(u"heldPeople"_s).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestEventAccess)
#include "tst_eventaccess.moc"
