// Tickets and the door on the real server (docs/EVENTS.md "Tickets", "checkin.record"): a
// confirmed sign-up's ticket verifies offline with the estate's synced key through the shared
// EventTicket code, a tampered byte or another estate's key fails; the server refuses a bad
// ticket, another event's and a party larger than the ticket; two staff phones checking in the
// same ticket at once end with one check-in, both told who was first; undo; walk-ins after the
// start fill what is left; turnout and attendees.
#include "eventtestutil.h"

#include "events/ticket.h"

using namespace Qt::StringLiterals;
using namespace cy;
using namespace evt;
using Courtyard::Events::Ticket;
namespace Keys = Courtyard::Events::TicketKeys;

class TestCheckins : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void ticketVerifiesOffline();
    void serverRefusesBadTickets();
    void twoPhonesOneCheckIn();
    void undoThenCheckInFromTheList();
    void walkInsFillWhatIsLeft();
    void turnoutAndAttendees();

private:
    QString signUp(Actor &who, const QString &eventId, int party, QJsonObject *data);
    QByteArray keyOf(TestClient &office, const QString &estateId);
    QJsonObject checkin(const QJsonObject &extra) const;

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
    Actor m_foreign;
    QString m_eventA, m_eventB, m_signupA, m_ticketA, m_ticketB, m_waitlisted;
};

void TestCheckins::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server, {phone::resident1, phone::resident2, phone::agent, phone::manager, phone::tech1}));
    CY_CHECK(foreignActor(m_server, u"13900000078"_s, u"manager"_s, &m_foreign));
    m_eventA = TestClient::newId();
    m_eventB = TestClient::newId();
    for (const auto &[id, extra] : {std::pair{m_eventA, QJsonObject{{u"walkInsAllowed"_s, true}, {u"capacity"_s, 6}}},
                                    std::pair{m_eventB, QJsonObject{{u"capacity"_s, 2}}}}) {
        CY_CHECK(applied(runCommand(*m_a.manager, u"event.save"_s, eventPayload(id, 6, extra))));
        CY_CHECK(applied(runCommand(*m_a.manager, u"event.publish"_s, {{u"eventId"_s, id}})));
    }
    QJsonObject data;
    CY_CHECK(signUp(m_a.resident1, m_eventA, 3, &data));
    m_signupA = data.value(u"id"_s).toString();
    m_ticketA = data.value(u"ticket"_s).toString();
    CY_CHECK(signUp(m_a.resident2, m_eventB, 2, &data));
    m_ticketB = data.value(u"ticket"_s).toString();
    CY_CHECK(signUp(m_a.resident1, m_eventB, 1, &data));
    QCOMPARE(data.value(u"state"_s).toString(), u"waitlisted"_s);
    QVERIFY(data.value(u"ticket"_s).isNull()); // no ticket without a place
    m_waitlisted = data.value(u"id"_s).toString();
    QVERIFY(!m_ticketA.isEmpty() && !m_ticketB.isEmpty());
    // The foreign estate gets a key of its own with its first event.
    const QJsonObject far{{u"eventId"_s, TestClient::newId()}, {u"estateId"_s, u"est-far"_s}};
    QJsonObject farEvent = eventPayload(far.value(u"eventId"_s).toString(), 5);
    farEvent.insert(u"estateId"_s, u"est-far"_s);
    CY_CHECK(applied(runCommand(*m_foreign, u"event.save"_s, farEvent)));
    CY_CHECK(applied(runCommand(*m_foreign, u"event.publish"_s, {{u"eventId"_s, farEvent.value(u"eventId"_s)}})));
}

void TestCheckins::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestCheckins::cleanupTestCase()
{
    m_server.stop();
}

QString TestCheckins::signUp(Actor &who, const QString &eventId, int party, QJsonObject *data)
{
    const Command c = runCommand(*who, u"signup.create"_s,
                                 {{u"signupId"_s, TestClient::newId()}, {u"eventId"_s, eventId}, {u"partySize"_s, party}});
    *data = c.data();
    return applied(c);
}

QByteArray TestCheckins::keyOf(TestClient &office, const QString &estateId)
{
    Replica view;
    if (const QString f = pullAll(office, &view); !f.isEmpty())
        qWarning().noquote() << f;
    for (const QJsonObject &k : view.all(u"eventKey"_s)) {
        if (k.value(u"estateId"_s).toString() == estateId && k.value(u"algorithm"_s).toString() == u"Ed25519"_s)
            return Keys::fromBase64Url(k.value(u"publicKey"_s).toString());
    }
    return {};
}

QJsonObject TestCheckins::checkin(const QJsonObject &extra) const
{
    QJsonObject p{{u"checkinId"_s, TestClient::newId()}, {u"eventId"_s, m_eventA},
                  {u"at"_s, iso(QDateTime::currentDateTimeUtc().addSecs(-5))}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    return p;
}

void TestCheckins::ticketVerifiesOffline()
{
    const QByteArray key = keyOf(*m_a.agent, demoEstate);
    const QByteArray farKey = keyOf(*m_foreign, u"est-far"_s);
    QCOMPARE(key.size(), 32);
    QCOMPARE(farKey.size(), 32);
    QVERIFY(key != farKey);
    Ticket t;
    QVERIFY(Keys::verify(m_ticketA, key, &t));
    QCOMPARE(t.signupId, m_signupA);
    QCOMPARE(t.eventId, m_eventA);
    QCOMPARE(t.partySize, 3);
    QVERIFY(m_ticketA.startsWith(u"CYT1."_s));
    // Any byte changed fails: the party size, an id, the signature.
    QString party = m_ticketA;
    party.replace(u".3."_s, u".4."_s);
    QVERIFY(party != m_ticketA);
    QVERIFY(!Keys::verify(party, key));
    for (int i : {5, int(m_ticketA.size()) - 3}) {
        QString tampered = m_ticketA;
        tampered[i] = tampered.at(i) == u'A' ? u'B' : u'A';
        QVERIFY2(!Keys::verify(tampered, key), qPrintable(u"byte %1 changed still verifies"_s.arg(i)));
    }
    // Another estate's key does not make this estate's tickets.
    QVERIFY(!Keys::verify(m_ticketA, farKey));
    QVERIFY(!Ticket::parse(u"CYT2."_s + m_ticketA.mid(5)));
    QVERIFY(!Keys::verify(u"not a ticket"_s, key));
    // Residents never get the key, staff of another estate not this one's.
    Replica resident;
    CY_CHECK(pullAll(*m_a.resident1, &resident));
    QVERIFY(resident.all(u"eventKey"_s).isEmpty());
    QVERIFY(keyOf(*m_foreign, demoEstate).isEmpty());
}

void TestCheckins::serverRefusesBadTickets()
{
    QString tampered = m_ticketA;
    tampered.replace(u".3."_s, u".4."_s);
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"checkin.record"_s, checkin({{u"ticket"_s, tampered}})), {400}, {u"bad_ticket"_s}));
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"checkin.record"_s, checkin({{u"ticket"_s, m_ticketB}})), {409}, {u"wrong_event"_s}));
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"checkin.record"_s, checkin({{u"ticket"_s, m_ticketA}, {u"people"_s, 4}})), {400},
                            {u"party_too_large"_s}));
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"checkin.record"_s,
                                       checkin({{u"eventId"_s, m_eventB}, {u"signupId"_s, m_waitlisted}})),
                            {409}, {u"not_confirmed"_s}));
    CY_CHECK(expectRejected(runCommand(*m_a.agent, u"checkin.record"_s, checkin({{u"ticket"_s, m_ticketA}, {u"signupId"_s, m_signupA}})),
                            {400}, {u"validation_failed"_s}));
    // Nothing of it was stored.
    Replica office;
    CY_CHECK(pullAll(*m_a.manager, &office));
    QVERIFY(office.get(u"eventSignup"_s, m_signupA).value(u"checkIn"_s).isNull());
}

void TestCheckins::twoPhonesOneCheckIn()
{
    // The agent's and the manager's phones scan the same ticket; both send at once.
    const QJsonObject fromAgent = checkin({{u"ticket"_s, m_ticketA}, {u"people"_s, 3}});
    const QJsonObject fromManager = checkin({{u"ticket"_s, m_ticketA}, {u"people"_s, 3}});
    auto request = [](const QJsonObject &payload) {
        const QJsonObject body{{u"id"_s, TestClient::newId()}, {u"type"_s, u"checkin.record"_s}, {u"payload"_s, payload}};
        return HttpRequest{"POST", u"/v1/commands"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
                           {{"Content-Type", "application/json"}}};
    };
    const QList<HttpResponse> answers = TestClient::sendConcurrently(
        {{m_a.agent.client.get(), request(fromAgent)}, {m_a.manager.client.get(), request(fromManager)}});
    QStringList firsts;
    for (const HttpResponse &r : answers) {
        QVERIFY2(r.status == 200 && r.object().value(u"status"_s).toString() == u"applied"_s, qPrintable(r.describe()));
        firsts << r.object().value(u"data"_s).toObject().value(u"checkIn"_s).toObject().value(u"id"_s).toString();
    }
    // Both phones are told the same first check-in: one sees its own, the other who was first.
    QCOMPARE(firsts.at(0), firsts.at(1));
    const QStringList mine{fromAgent.value(u"checkinId"_s).toString(), fromManager.value(u"checkinId"_s).toString()};
    QVERIFY(mine.contains(firsts.at(0)));
    const int winner = int(mine.indexOf(firsts.at(0)));
    const QJsonObject shown = answers.at(1 - winner).object().value(u"data"_s).toObject().value(u"checkIn"_s).toObject();
    QCOMPARE(shown.value(u"by"_s).toString(), winner == 0 ? m_a.agent.id() : m_a.manager.id());
    QVERIFY(!shown.value(u"byName"_s).toString().isEmpty());
    QVERIFY(!shown.value(u"at"_s).toString().isEmpty());
    // A third scan later, also answered with the first.
    const Command again = runCommand(*m_a.agent, u"checkin.record"_s, checkin({{u"ticket"_s, m_ticketA}}));
    CY_CHECK(applied(again));
    QCOMPARE(again.data().value(u"checkIn"_s).toObject().value(u"id"_s).toString(), firsts.at(0));
    QCOMPARE(m_server.querySql(u"SELECT COUNT(*) FROM event_checkins WHERE signup_id = '%1'"_s.arg(m_signupA)).toInt(), 1);
}

void TestCheckins::undoThenCheckInFromTheList()
{
    const QString by = m_server.querySql(u"SELECT by_user FROM event_checkins WHERE signup_id = '%1'"_s.arg(m_signupA)).toString();
    // The agent may undo only their own; a manager anybody's.
    if (by != m_a.agent.id())
        CY_CHECK(expectRejected(runCommand(*m_a.agent, u"checkin.undo"_s, {{u"signupId"_s, m_signupA}}), {403}, {u"forbidden"_s}));
    CY_CHECK(applied(runCommand(*m_a.manager, u"checkin.undo"_s, {{u"signupId"_s, m_signupA}})));
    CY_CHECK(expectRejected(runCommand(*m_a.manager, u"checkin.undo"_s, {{u"signupId"_s, m_signupA}}), {409}, {u"not_checked_in"_s}));
    // Found by name on the list: checked in by the sign-up id, two of the three came.
    const Command c = runCommand(*m_a.agent, u"checkin.record"_s, checkin({{u"signupId"_s, m_signupA}, {u"people"_s, 2}}));
    CY_CHECK(applied(c));
    QCOMPARE(c.data().value(u"checkIn"_s).toObject().value(u"people"_s).toInt(), 2);
    QCOMPARE(c.data().value(u"checkIn"_s).toObject().value(u"by"_s).toString(), m_a.agent.id());
    QVERIFY(c.data().value(u"ticket"_s).isNull()); // staff never receive tickets
}

void TestCheckins::walkInsFillWhatIsLeft()
{
    auto walkin = [this](const QString &eventId, int people) {
        return runCommand(*m_a.agent, u"walkin.record"_s,
                          {{u"walkinId"_s, TestClient::newId()}, {u"eventId"_s, eventId}, {u"people"_s, people}});
    };
    CY_CHECK(expectRejected(walkin(m_eventA, 1), {409}, {u"not_started"_s}));
    CY_CHECK(expectRejected(walkin(m_eventB, 1), {409}, {u"walkins_not_allowed"_s}));
    // The event begins (its start moved to a minute ago).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CY_CHECK(applied(runCommand(*m_a.manager, u"event.save"_s,
                                eventPayload(m_eventA, 6, {{u"walkInsAllowed"_s, true}, {u"startsAt"_s, iso(now.addSecs(-60))},
                                                           {u"endsAt"_s, iso(now.addSecs(3600))}, {u"signupOpensAt"_s, iso(now.addSecs(-7200))},
                                                           {u"signupClosesAt"_s, iso(now.addSecs(-120))}}))));
    // 6 places, 2 people checked in: 4 left at the door.
    CY_CHECK(applied(walkin(m_eventA, 3)));
    CY_CHECK(expectRejected(walkin(m_eventA, 2), {409}, {u"no_places"_s}));
    CY_CHECK(applied(walkin(m_eventA, 1)));
    CY_CHECK(expectRejected(runCommand(*m_a.resident1, u"walkin.record"_s,
                                       {{u"walkinId"_s, TestClient::newId()}, {u"eventId"_s, m_eventA}, {u"people"_s, 1}}),
                            {403}, {u"forbidden"_s}));
}

void TestCheckins::turnoutAndAttendees()
{
    const HttpResponse t = m_a.manager->get(u"/v1/events/%1/turnout"_s.arg(m_eventA));
    CY_CHECK(expectStatus(t, 200));
    const QJsonObject o = t.object();
    QCOMPARE(o.value(u"signedUpParties"_s).toInt(), 1);
    QCOMPARE(o.value(u"signedUpPeople"_s).toInt(), 3);
    QCOMPARE(o.value(u"checkedInParties"_s).toInt(), 1);
    QCOMPARE(o.value(u"checkedInPeople"_s).toInt(), 2);
    QCOMPARE(o.value(u"noShowParties"_s).toInt(), 0);
    QCOMPARE(o.value(u"walkInParties"_s).toInt(), 2);
    QCOMPARE(o.value(u"walkInPeople"_s).toInt(), 4);
    // The same figures ride on the office's event; the resident's event has none.
    Replica office, resident;
    CY_CHECK(pullAll(*m_a.agent, &office));
    CY_CHECK(pullAll(*m_a.resident1, &resident));
    QCOMPARE(office.get(u"event"_s, m_eventA).value(u"turnout"_s).toObject().value(u"walkInPeople"_s).toInt(), 4);
    QVERIFY(resident.get(u"event"_s, m_eventA).value(u"turnout"_s).isNull());
    // B: one confirmed party, nobody came: a no-show.
    const QJsonObject b = m_a.agent->get(u"/v1/events/%1/turnout"_s.arg(m_eventB)).object();
    QCOMPARE(b.value(u"noShowParties"_s).toInt(), 1);
    QCOMPARE(b.value(u"noShowPeople"_s).toInt(), 2);
    QCOMPARE(b.value(u"waitingParties"_s).toInt(), 1);

    const HttpResponse a = m_a.agent->get(u"/v1/events/%1/attendees"_s.arg(m_eventA));
    CY_CHECK(expectStatus(a, 200));
    const QJsonArray list = a.object().value(u"attendees"_s).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(u"userId"_s).toString(), m_a.resident1.id());
    QCOMPARE(list.at(0).toObject().value(u"people"_s).toInt(), 2);
    QCOMPARE(list.at(0).toObject().value(u"signupId"_s).toString(), m_signupA);
}

QTEST_GUILESS_MAIN(TestCheckins)
#include "tst_checkins.moc"
