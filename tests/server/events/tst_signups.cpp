// Sign-ups on the real server (docs/EVENTS.md "The decision rules"): 200 residents sign up for
// a 50-person event at once over 200 HTTPS connections with random party sizes (fixed seed);
// never more than 50 people hold places, every decision matches a plain model of the rule
// replayed in the server's arrival order, positions are that order; random cancellations
// promote the queue as far as the places allow; in offer mode a decline passes on and
// expired offers (the server's clock moved with libfaketime) pass on through the job.
// Also the smaller-party rule with skipAhead, the refusals, and the residents' feed items.
#include "eventtestutil.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace cy;
using namespace evt;

namespace {

/// The rule, written plainly from docs/EVENTS.md, to replay what the server decided.
struct Model
{
    struct Party
    {
        QString id;
        int size = 0;
        QString state;
    };
    int capacity = 0;
    bool skipAhead = false;
    bool offers = false;
    QList<Party> parties; ///< in arrival order

    int held() const
    {
        int n = 0;
        for (const Party &p : parties)
            n += (p.state == u"confirmed" || p.state == u"offered") ? p.size : 0;
        return n;
    }
    bool waiting() const
    {
        return std::any_of(parties.cbegin(), parties.cend(), [](const Party &p) { return p.state == u"waitlisted"; });
    }
    void arrive(const QString &id, int size)
    {
        const bool fits = held() + size <= capacity && (!waiting() || skipAhead);
        parties.append({id, size, fits ? u"confirmed"_s : u"waitlisted"_s});
    }
    void promote()
    {
        int left = capacity - held();
        for (Party &p : parties) {
            if (p.state != u"waitlisted")
                continue;
            if (p.size <= left) {
                p.state = offers ? u"offered"_s : u"confirmed"_s;
                left -= p.size;
            } else if (!skipAhead) {
                break;
            }
        }
    }
    Party *find(const QString &id)
    {
        for (Party &p : parties) {
            if (p.id == id)
                return &p;
        }
        return nullptr;
    }
    void set(const QString &id, const QString &state)
    {
        find(id)->state = state;
        promote();
    }
};

} // namespace

class TestSignups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void concurrentSignupsNeverOverfill();
    void cancellationsPromoteInOrder();
    void smallerPartySkipsAheadOnlyWhenAllowed();
    void refusals();
    void changesAndCancellationReachTheResidents();
    void offersPassOnWhenDeclinedOrExpired();

private:
    QString publish(const QJsonObject &payload);
    /// Compares the server's sign-ups of @p eventId with @p model (same ids, states, order)
    /// and checks positions, the event's counts and that no more than capacity is held.
    QString agrees(const QString &eventId, const Model &model);
    TestClient &owner(const QString &signupId) { return *m_clients.at(m_ownerOf.value(signupId)); }

    TestServer m_server{TestServer::backendFromEnv()};
    std::unique_ptr<TestClient> m_manager;
    std::unique_ptr<SyncedView> m_office; ///< the manager's view, pulled as it goes
    std::vector<std::unique_ptr<TestClient>> m_clients;
    QStringList m_userIds;
    QHash<QString, int> m_ownerOf; ///< sign-up id → index of its resident
    QString m_bigEvent;
    Model m_big;
};

void TestSignups::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    m_manager = std::make_unique<TestClient>(m_server);
    QVERIFY(m_manager->login(phone::manager, demoPassword).isValid());
    m_office = std::make_unique<SyncedView>(m_manager.get());
    CY_CHECK(m_office->pull());
    CY_CHECK(makeResidents(m_server, 200, &m_clients, &m_userIds));
}

void TestSignups::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestSignups::cleanupTestCase()
{
    m_server.stop();
}

QString TestSignups::publish(const QJsonObject &payload)
{
    const QString id = payload.value(u"eventId"_s).toString();
    if (const QString f = applied(runCommand(*m_manager, u"event.save"_s, payload)); !f.isEmpty())
        return f;
    return applied(runCommand(*m_manager, u"event.publish"_s, {{u"eventId"_s, id}}));
}

QString TestSignups::agrees(const QString &eventId, const Model &model)
{
    QString f;
    const QList<QJsonObject> signups = signupsOf(*m_office, eventId, &f);
    if (!f.isEmpty())
        return f;
    if (signups.size() != model.parties.size())
        return u"%1 sign-ups on the server, %2 in the model"_s.arg(signups.size()).arg(model.parties.size());
    int held = 0, position = 0, waitingPeople = 0;
    for (int i = 0; i < signups.size(); ++i) {
        const QJsonObject &s = signups.at(i);
        const Model::Party &p = model.parties.at(i);
        const QString state = s.value(u"state"_s).toString();
        if (s.value(u"id"_s).toString() != p.id || state != p.state || s.value(u"partySize"_s).toInt() != p.size)
            return u"arrival %1: the server has %2 (%3, party %4), the model %5 (%6, party %7)"_s.arg(i + 1)
                .arg(s.value(u"id"_s).toString(), state)
                .arg(s.value(u"partySize"_s).toInt())
                .arg(p.id, p.state)
                .arg(p.size);
        if (state == u"confirmed" || state == u"offered")
            held += p.size;
        const QJsonValue pos = s.value(u"position"_s);
        if (state == u"waitlisted") {
            waitingPeople += p.size;
            if (pos.toInt() != ++position)
                return u"waitlisted %1 has position %2, expected %3"_s.arg(p.id).arg(pos.toInt()).arg(position);
        } else if (!pos.isNull()) {
            return u"%1 (%2) has a position"_s.arg(p.id, state);
        }
        if ((state == u"offered") == s.value(u"offerExpiresAt"_s).isNull())
            return u"%1 (%2): offerExpiresAt is %3"_s.arg(p.id, state, s.value(u"offerExpiresAt"_s).toString());
    }
    if (held > model.capacity)
        return u"%1 people hold places of %2"_s.arg(held).arg(model.capacity);
    const QJsonObject e = eventOf(*m_office, eventId, &f);
    if (!f.isEmpty())
        return f;
    if (e.value(u"heldPeople"_s).toInt() != held || e.value(u"placesLeft"_s).toInt() != model.capacity - held
        || e.value(u"waitingParties"_s).toInt() != position || e.value(u"waitingPeople"_s).toInt() != waitingPeople)
        return u"the event's counts disagree with its sign-ups: "_s + QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact));
    return {};
}

void TestSignups::concurrentSignupsNeverOverfill()
{
    m_bigEvent = TestClient::newId();
    CY_CHECK(publish(eventPayload(m_bigEvent, 50)));
    QRandomGenerator random(20261202);
    QList<std::pair<TestClient *, HttpRequest>> requests;
    QHash<QString, int> partyOf;
    QStringList ids;
    for (int i = 0; i < 200; ++i) {
        const QString id = TestClient::newId();
        const int party = int(random.bounded(1, 5));
        partyOf.insert(id, party);
        m_ownerOf.insert(id, i);
        ids << id;
        const QJsonObject body{{u"id"_s, TestClient::newId()},
                               {u"type"_s, u"signup.create"_s},
                               {u"payload"_s, QJsonObject{{u"signupId"_s, id}, {u"eventId"_s, m_bigEvent}, {u"partySize"_s, party}}}};
        requests.append({m_clients.at(i).get(), HttpRequest{"POST", u"/v1/commands"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                            {{"Content-Type", "application/json"}}}});
    }
    const QList<HttpResponse> answers = TestClient::sendConcurrently(requests);
    QCOMPARE(answers.size(), 200);
    int confirmedPeople = 0;
    for (const HttpResponse &r : answers) {
        QVERIFY2(r.status == 200 && r.object().value(u"status"_s).toString() == u"applied"_s, qPrintable(r.describe()));
        const QJsonObject data = r.object().value(u"data"_s).toObject();
        const QString state = data.value(u"state"_s).toString();
        QVERIFY2(state == u"confirmed"_s || state == u"waitlisted"_s, qPrintable(r.describe()));
        // The owner gets the ticket of a confirmed place at once, nobody else's.
        QCOMPARE(data.value(u"ticket"_s).isString(), state == u"confirmed"_s);
        if (state == u"confirmed")
            confirmedPeople += data.value(u"partySize"_s).toInt();
    }
    QVERIFY2(confirmedPeople <= 50, qPrintable(u"%1 people confirmed"_s.arg(confirmedPeople)));

    // Replayed in the server's arrival order, the plain rule decides exactly as the server did.
    QString f;
    const QList<QJsonObject> signups = signupsOf(*m_office, m_bigEvent, &f);
    CY_CHECK(f);
    QCOMPARE(signups.size(), 200);
    m_big = Model{50, false, false, {}};
    for (int i = 0; i < signups.size(); ++i) {
        const QJsonObject &s = signups.at(i);
        QCOMPARE(s.value(u"seq"_s).toInteger(), qint64(i + 1)); // one counter, no gaps, no repeats
        QCOMPARE(s.value(u"partySize"_s).toInt(), partyOf.value(s.value(u"id"_s).toString()));
        m_big.arrive(s.value(u"id"_s).toString(), s.value(u"partySize"_s).toInt());
    }
    CY_CHECK(agrees(m_bigEvent, m_big));
    QVERIFY2(m_big.held() >= 47, "the event did not fill up (4 is the largest party)");
    QVERIFY(m_big.waiting());
}

void TestSignups::cancellationsPromoteInOrder()
{
    QVERIFY2(!m_bigEvent.isEmpty(), "needs concurrentSignupsNeverOverfill");
    QRandomGenerator random(7);
    for (int round = 0; round < 12; ++round) {
        // Mostly confirmed places, now and then someone leaving the queue.
        QList<const Model::Party *> pool;
        const bool leaveQueue = round % 4 == 3;
        for (const Model::Party &p : std::as_const(m_big.parties)) {
            if (p.state == (leaveQueue ? u"waitlisted"_s : u"confirmed"_s))
                pool << &p;
        }
        QVERIFY(!pool.isEmpty());
        const QString id = pool.at(int(random.bounded(qsizetype(pool.size()))))->id;
        const Command c = runCommand(owner(id), u"signup.cancel"_s, {{u"signupId"_s, id}});
        CY_CHECK(applied(c));
        QCOMPARE(c.data().value(u"state"_s).toString(), u"cancelled"_s);
        m_big.set(id, u"cancelled"_s);
    }
    CY_CHECK(agrees(m_bigEvent, m_big));
    // Whoever was promoted was told, in their own feed.
    Replica mine;
    int told = 0;
    for (const Model::Party &p : std::as_const(m_big.parties)) {
        if (p.state != u"confirmed")
            continue;
        CY_CHECK(pullAll(owner(p.id), &mine));
        for (const QJsonObject &n : mine.all(u"eventNotice"_s)) {
            if (n.value(u"eventId"_s).toString() == m_bigEvent && n.value(u"kind"_s).toString() == u"confirmed"_s)
                ++told;
        }
        mine = Replica();
    }
    QVERIFY2(told > 0, "no promoted resident was told");
}

void TestSignups::smallerPartySkipsAheadOnlyWhenAllowed()
{
    for (const bool skip : {false, true}) {
        const QString id = TestClient::newId();
        CY_CHECK(publish(eventPayload(id, 5, {{u"skipAhead"_s, skip}})));
        Model model{5, skip, false, {}};
        for (const auto &[who, party] : {std::pair{0, 4}, std::pair{1, 3}, std::pair{2, 1}}) {
            const QString signup = TestClient::newId();
            CY_CHECK(applied(runCommand(*m_clients.at(who), u"signup.create"_s,
                                              {{u"signupId"_s, signup}, {u"eventId"_s, id}, {u"partySize"_s, party}})));
            m_ownerOf.insert(signup, who);
            model.arrive(signup, party);
        }
        CY_CHECK(agrees(id, model));
        // The family of three waits either way; the single person passes it only when allowed.
        QCOMPARE(model.parties.at(1).state, u"waitlisted"_s);
        QCOMPARE(model.parties.at(2).state, skip ? u"confirmed"_s : u"waitlisted"_s);
    }
}

void TestSignups::refusals()
{
    const QString id = TestClient::newId();
    CY_CHECK(publish(eventPayload(id, 10, {{u"maxPartySize"_s, 2}})));
    TestClient &r = *m_clients.at(150);
    const QString first = TestClient::newId();
    CY_CHECK(applied(runCommand(r, u"signup.create"_s, {{u"signupId"_s, first}, {u"eventId"_s, id}, {u"partySize"_s, 2}})));
    // One active sign-up per resident and event; the refusal shows the one there is.
    const Command twice = runCommand(r, u"signup.create"_s, {{u"signupId"_s, TestClient::newId()}, {u"eventId"_s, id}, {u"partySize"_s, 1}});
    CY_CHECK(expectRejected(twice, {409}, {u"already_signed_up"_s}));
    QCOMPARE(twice.data().value(u"id"_s).toString(), first);
    CY_CHECK(expectRejected(runCommand(*m_clients.at(151), u"signup.create"_s,
                                       {{u"signupId"_s, TestClient::newId()}, {u"eventId"_s, id}, {u"partySize"_s, 3}}),
                            {400}, {u"party_too_large"_s}));
    CY_CHECK(expectRejected(runCommand(*m_clients.at(151), u"signup.create"_s,
                                       {{u"signupId"_s, TestClient::newId()}, {u"eventId"_s, id}, {u"partySize"_s, 0}}),
                            {400}, {u"validation_failed"_s}));
    // Not open yet, and closed.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString later = TestClient::newId(), closed = TestClient::newId();
    CY_CHECK(publish(eventPayload(later, 10, {{u"signupOpensAt"_s, iso(now.addSecs(3600))}})));
    CY_CHECK(publish(eventPayload(closed, 10, {{u"signupOpensAt"_s, iso(now.addSecs(-7200))}, {u"signupClosesAt"_s, iso(now.addSecs(-60))}})));
    CY_CHECK(expectRejected(runCommand(r, u"signup.create"_s, {{u"signupId"_s, TestClient::newId()}, {u"eventId"_s, later}, {u"partySize"_s, 1}}),
                            {409}, {u"not_open"_s}));
    CY_CHECK(expectRejected(runCommand(r, u"signup.create"_s, {{u"signupId"_s, TestClient::newId()}, {u"eventId"_s, closed}, {u"partySize"_s, 1}}),
                            {409}, {u"closed"_s}));
    // A cancelled sign-up may sign up again, at the back of the queue.
    CY_CHECK(applied(runCommand(r, u"signup.cancel"_s, {{u"signupId"_s, first}})));
    CY_CHECK(expectRejected(runCommand(r, u"signup.cancel"_s, {{u"signupId"_s, first}}), {409}, {u"not_active"_s}));
    const Command again = runCommand(r, u"signup.create"_s, {{u"signupId"_s, TestClient::newId()}, {u"eventId"_s, id}, {u"partySize"_s, 1}});
    CY_CHECK(applied(again));
    QCOMPARE(again.data().value(u"seq"_s).toInteger(), 2);
    // An offer to answer needs an offer.
    CY_CHECK(expectRejected(runCommand(r, u"offer.accept"_s, {{u"signupId"_s, again.data().value(u"id"_s).toString()}}), {409},
                            {u"no_offer"_s}));
    // Capacity never below the places held.
    CY_CHECK(expectRejected(runCommand(*m_manager, u"event.save"_s, eventPayload(m_bigEvent, 10)), {409}, {u"capacity_below_held"_s}));
}

void TestSignups::changesAndCancellationReachTheResidents()
{
    const QString id = TestClient::newId();
    QJsonObject payload = eventPayload(id, 2);
    CY_CHECK(publish(payload));
    QStringList signups;
    for (int who : {160, 161}) {
        const QString s = TestClient::newId();
        CY_CHECK(applied(runCommand(*m_clients.at(who), u"signup.create"_s, {{u"signupId"_s, s}, {u"eventId"_s, id}, {u"partySize"_s, 2}})));
        signups << s;
    }
    payload.insert(u"place"_s, u"社区活动中心二楼"_s);
    CY_CHECK(applied(runCommand(*m_manager, u"event.save"_s, payload)));
    CY_CHECK(applied(runCommand(*m_manager, u"event.cancel"_s, {{u"eventId"_s, id}, {u"reason"_s, u"台风预警"_s}})));
    CY_CHECK(expectRejected(runCommand(*m_manager, u"event.cancel"_s, {{u"eventId"_s, id}}), {409}, {u"event_cancelled"_s}));
    CY_CHECK(expectRejected(runCommand(*m_clients.at(162), u"signup.create"_s,
                                       {{u"signupId"_s, TestClient::newId()}, {u"eventId"_s, id}, {u"partySize"_s, 1}}),
                            {409}, {u"event_cancelled"_s}));
    for (int i = 0; i < 2; ++i) {
        Replica view;
        CY_CHECK(pullAll(*m_clients.at(160 + i), &view));
        QCOMPARE(view.get(u"eventSignup"_s, signups.at(i)).value(u"state"_s).toString(), u"cancelled"_s); // waitlisted too
        QStringList kinds;
        for (const QJsonObject &n : view.all(u"eventNotice"_s)) {
            if (n.value(u"eventId"_s).toString() != id)
                continue;
            kinds << n.value(u"kind"_s).toString();
            if (n.value(u"kind"_s).toString() == u"changed"_s)
                QCOMPARE(n.value(u"changes"_s).toArray(), QJsonArray{u"place"_s});
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{u"cancelled"_s, u"changed"_s}));
        QCOMPARE(view.get(u"event"_s, id).value(u"status"_s).toString(), u"cancelled"_s);
    }
}

void TestSignups::offersPassOnWhenDeclinedOrExpired()
{
    const QString faketime = libFaketime();
    const QString id = TestClient::newId();
    CY_CHECK(publish(eventPayload(id, 4, {{u"waitlistMode"_s, u"offer"_s}, {u"offerHours"_s, 1}})));
    Model model{4, false, true, {}};
    // A and B fill the four places; C..G wait, in this order.
    const QList<int> parties{2, 2, 1, 2, 1, 2, 1};
    QStringList ids;
    for (int i = 0; i < parties.size(); ++i) {
        const QString s = TestClient::newId();
        m_ownerOf.insert(s, 100 + i);
        CY_CHECK(applied(runCommand(*m_clients.at(100 + i), u"signup.create"_s,
                                    {{u"signupId"_s, s}, {u"eventId"_s, id}, {u"partySize"_s, parties.at(i)}})));
        model.arrive(s, parties.at(i));
        ids << s;
    }
    CY_CHECK(agrees(id, model));
    auto cancel = [&](int i) {
        const QString f = applied(runCommand(owner(ids.at(i)), u"signup.cancel"_s, {{u"signupId"_s, ids.at(i)}}));
        model.set(ids.at(i), u"cancelled"_s);
        return f;
    };
    // A leaves: C (1) gets an offer; D (2) does not fit the one place left and holds the queue.
    CY_CHECK(cancel(0));
    CY_CHECK(agrees(id, model));
    QCOMPARE(model.find(ids.at(2))->state, u"offered"_s);
    QCOMPARE(model.find(ids.at(3))->state, u"waitlisted"_s);
    // B leaves: D and E get offers.
    CY_CHECK(cancel(1));
    CY_CHECK(agrees(id, model));
    QCOMPARE(model.find(ids.at(4))->state, u"offered"_s);
    // C declines: its place is one, F (2) does not fit, G behind it waits too.
    CY_CHECK(applied(runCommand(owner(ids.at(2)), u"offer.decline"_s, {{u"signupId"_s, ids.at(2)}})));
    model.set(ids.at(2), u"declined"_s);
    CY_CHECK(agrees(id, model));
    QCOMPARE(model.find(ids.at(5))->state, u"waitlisted"_s);

    if (faketime.isEmpty())
        QSKIP("libfaketime is not installed (Debian package faketime): cannot move the server's clock");
    // Two hours later the job (it runs at start) lets D's and E's offers lapse: F and G get them.
    QVERIFY2(m_server.restart(relaxedLoginLimits(), {u"LD_PRELOAD="_s + faketime, u"FAKETIME=+7200"_s,
                                                     u"FAKETIME_DONT_FAKE_MONOTONIC=1"_s}),
             qPrintable(m_server.errorString()));
    m_manager->setBaseUrl(m_server.baseUrl());
    QVERIFY(m_manager->login(phone::manager, demoPassword).isValid());
    for (int i : {3, 4})
        model.find(ids.at(i))->state = u"expired"_s;
    model.promote();
    QCOMPARE(model.find(ids.at(5))->state, u"offered"_s);
    QCOMPARE(model.find(ids.at(6))->state, u"offered"_s);
    // The job runs once at start; allow it a moment to finish before the store is read.
    QString failure;
    for (int attempt = 0; attempt < 50; ++attempt) {
        failure = agrees(id, model);
        if (failure.isEmpty())
            break;
        QTest::qWait(100);
    }
    CY_CHECK(failure);
    // D accepting after the expiry is refused, and shown the lapsed sign-up; D was told.
    auto late = std::make_unique<TestClient>(m_server);
    QVERIFY(late->login(residentPhone(103), residentPassword).isValid());
    const Command tooLate = runCommand(*late, u"offer.accept"_s, {{u"signupId"_s, ids.at(3)}});
    CY_CHECK(expectRejected(tooLate, {409}, {u"offer_expired"_s}));
    QCOMPARE(tooLate.data().value(u"state"_s).toString(), u"expired"_s);
    Replica dView;
    CY_CHECK(pullAll(*late, &dView));
    QStringList kinds;
    for (const QJsonObject &n : dView.all(u"eventNotice"_s)) {
        if (n.value(u"eventId"_s).toString() == id)
            kinds << n.value(u"kind"_s).toString();
    }
    kinds.sort();
    QCOMPARE(kinds, (QStringList{u"expired"_s, u"offered"_s}));
    // G takes its offer in time.
    auto g = std::make_unique<TestClient>(m_server);
    QVERIFY(g->login(residentPhone(106), residentPassword).isValid());
    const Command taken = runCommand(*g, u"offer.accept"_s, {{u"signupId"_s, ids.at(6)}});
    CY_CHECK(applied(taken));
    QCOMPARE(taken.data().value(u"state"_s).toString(), u"confirmed"_s);
    QVERIFY(taken.data().value(u"ticket"_s).isString());
}

QTEST_GUILESS_MAIN(TestSignups)
#include "tst_signups.moc"
