// Who sees what through /v1/sync: residents only their own, technicians their work and the
// pool, never internal notes or staff for residents; the shape of every change; paging.
#include "servertestutil.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

QSet<QString> toSet(const QStringList &l)
{
    return QSet<QString>(l.begin(), l.end());
}

QString listOf(const QSet<QString> &s)
{
    QStringList l(s.begin(), s.end());
    l.sort();
    return u"["_s + l.join(u", "_s) + u"]"_s;
}

QSet<QString> estateIds(const Actor &a)
{
    QSet<QString> ids;
    for (const QJsonValue &e : a.tokens.user.value(u"estates"_s).toArray())
        ids.insert(e.toObject().value(u"id"_s).toString());
    return ids;
}

// The tickets a technician may see, worked out from everything the agent sees.
QSet<QString> technicianShare(const Replica &agentView, const QString &technicianId)
{
    QSet<QString> ids;
    const QMap<QString, QJsonObject> tickets = agentView.all(u"ticket"_s);
    for (auto it = tickets.begin(); it != tickets.end(); ++it) {
        const QJsonObject t = it.value();
        const bool mine = t.value(u"assigneeId"_s).toString() == technicianId;
        const bool pool = t.value(u"pooled"_s).toBool() && t.value(u"assigneeId"_s).isNull();
        if (mine || pool)
            ids.insert(it.key());
    }
    return ids;
}

QString serialized(const QJsonArray &changes)
{
    return QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
}

} // namespace

class TestVisibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void residentsSeeOnlyTheirOwn();
    void residentsGetNoInternalNotesNorStaff();
    void checkInPositionOnlyForStaff();
    void techniciansSeeTheirTicketsAndThePool();
    void technicianTakesFromPool();
    void agentAndManagerSeeTheEstate();
    void commandAnswersShowWhatSyncShows();
    void entityShapes_data();
    void entityShapes();
    void syncPagingExactlyOnce_data();
    void syncPagingExactlyOnce();
    void syncDefaultLimit();
    void syncWithoutChanges();
    void syncIncremental();
    void kpisByRole_data();
    void kpisByRole();

private:
    Actor &actor(const QString &name);
    QString residentChecks(const Actor &me, const Replica &view);

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
};

void TestVisibility::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server));
    QVERIFY(!m_a.resident1.unitId().isEmpty() && !m_a.resident2.unitId().isEmpty());
}

void TestVisibility::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestVisibility::cleanupTestCase()
{
    m_server.stop();
}

Actor &TestVisibility::actor(const QString &name)
{
    if (name == u"resident1"_s)
        return m_a.resident1;
    if (name == u"resident2"_s)
        return m_a.resident2;
    if (name == u"agent"_s)
        return m_a.agent;
    if (name == u"tech1"_s)
        return m_a.tech1;
    if (name == u"tech2"_s)
        return m_a.tech2;
    return m_a.manager;
}

// What SPEC lets a resident see, checked entity by entity over their whole view.
QString TestVisibility::residentChecks(const Actor &me, const Replica &view)
{
    const QSet<QString> units = toSet(me.unitIds());
    const QSet<QString> estates = estateIds(me);
    for (const QString &entity : view.entityTypes()) {
        if (view.all(entity).isEmpty())
            continue;
        if (entity == u"staff"_s)
            return u"resident %1 received staff entities: %2"_s.arg(me.phone, listOf(toSet(view.ids(entity))));
        const QMap<QString, QJsonObject> all = view.all(entity);
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QJsonObject d = it.value();
            const QString where = u"resident %1 sees %2 %3"_s.arg(me.phone, entity, it.key());
            if (entity == u"ticket"_s) {
                if (!units.contains(d.value(u"unitId"_s).toString()) && d.value(u"createdBy"_s).toString() != me.id())
                    return where + u", which is neither on their unit nor theirs"_s;
            } else if (entity == u"bill"_s || entity == u"payment"_s || entity == u"meterReading"_s) {
                if (!units.contains(d.value(u"unitId"_s).toString()))
                    return where + u" of unit "_s + d.value(u"unitId"_s).toString();
            } else if (entity == u"unit"_s) {
                if (!units.contains(it.key()))
                    return where + u", not one of their units"_s;
            } else if (entity == u"estate"_s) {
                if (!estates.contains(it.key()))
                    return where + u", not their estate"_s;
            } else if (entity == u"building"_s || entity == u"notice"_s || entity == u"feeItem"_s
                       || entity == u"feePolicy"_s) {
                if (!estates.contains(d.value(u"estateId"_s).toString()))
                    return where + u" of another estate"_s;
            } else if (entity == u"event"_s) {
                if (!estates.contains(d.value(u"estateId"_s).toString()) || d.value(u"status"_s).toString() == u"draft"_s
                    || !d.value(u"turnout"_s).isNull())
                    return where + u" of another estate, a draft, or with the office's turnout"_s;
            } else if (entity == u"eventSignup"_s || entity == u"eventNotice"_s) {
                if (d.value(u"userId"_s).toString() != me.id())
                    return where + u" of another resident"_s;
            } else if (entity == u"eventKey"_s) {
                return where + u", the office's ticket key"_s;
            } else if (entity == u"ticketEvent"_s) {
                if (!view.has(u"ticket"_s, d.value(u"ticketId"_s).toString()))
                    return where + u" of a ticket they do not see"_s;
                if (d.value(u"internal"_s).toBool())
                    return where + u", an internal note"_s;
            }
        }
    }
    return {};
}

void TestVisibility::residentsSeeOnlyTheirOwn()
{
    const QString text1 = nonce(u"r1-private"_s), text2 = nonce(u"r2-private"_s);
    const QString t1 = TestClient::newId(), t2 = TestClient::newId();
    CY_CHECK(expectApplied(runCommand(*m_a.resident1, u"ticket.submit"_s, submitPayload(t1, m_a.resident1.unitId(), text1))));
    CY_CHECK(expectApplied(runCommand(*m_a.resident2, u"ticket.submit"_s, submitPayload(t2, m_a.resident2.unitId(), text2))));

    struct Side { Actor *me; QString mine, theirs, theirText; Actor *other; };
    for (const Side &s : {Side{&m_a.resident1, t1, t2, text2, &m_a.resident2},
                          Side{&m_a.resident2, t2, t1, text1, &m_a.resident1}}) {
        Replica view;
        QJsonArray changes;
        CY_CHECK(pullAll(**s.me, &view, &changes));
        QVERIFY2(view.has(u"ticket"_s, s.mine), qPrintable(u"resident %1 does not see their own ticket"_s.arg(s.me->phone)));
        QVERIFY2(!view.has(u"ticket"_s, s.theirs), qPrintable(u"resident %1 sees the other resident's ticket"_s.arg(s.me->phone)));
        const QString raw = serialized(changes);
        QVERIFY2(!raw.contains(s.theirs) && !raw.contains(s.theirText),
                 qPrintable(u"resident %1's sync mentions the other resident's ticket"_s.arg(s.me->phone)));
        QVERIFY2(!view.has(u"unit"_s, s.other->unitId()), "a resident sees the other resident's unit");
        CY_CHECK(residentChecks(*s.me, view));
    }

    // Bills, payments, readings: what the agent sees of resident 2's unit must not reach
    // resident 1, and back.
    Replica agentView, view1, view2;
    CY_CHECK(pullAll(*m_a.agent, &agentView));
    CY_CHECK(pullAll(*m_a.resident1, &view1));
    CY_CHECK(pullAll(*m_a.resident2, &view2));
    for (const QString &entity : {u"bill"_s, u"payment"_s, u"meterReading"_s}) {
        int others = 0, own = 0;
        const QMap<QString, QJsonObject> rows = agentView.all(entity);
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            const QString unit = it.value().value(u"unitId"_s).toString();
            if (unit == m_a.resident2.unitId()) {
                ++others;
                QVERIFY2(!view1.has(entity, it.key()), qPrintable(u"resident 1 sees a %1 of resident 2's unit"_s.arg(entity)));
            }
            if (unit == m_a.resident1.unitId()) {
                ++own;
                QVERIFY2(view1.has(entity, it.key()), qPrintable(u"resident 1 misses a %1 of their unit"_s.arg(entity)));
                QVERIFY2(!view2.has(entity, it.key()), qPrintable(u"resident 2 sees a %1 of resident 1's unit"_s.arg(entity)));
            }
        }
        // The demo gives both units a year of each.
        QVERIFY2(others > 0 && own > 0, qPrintable(u"the demo seed has no %1 of the residents' units"_s.arg(entity)));
    }
}

void TestVisibility::residentsGetNoInternalNotesNorStaff()
{
    QString f;
    const QString ticket = makeTicket(m_a, Stage::Accepted, &f);
    QVERIFY2(!ticket.isEmpty(), qPrintable(f));
    SyncedView residentView(m_a.resident1.client.get());
    CY_CHECK(residentView.pull());

    const QString internalText = nonce(u"INTERNAL"_s), publicText = nonce(u"PUBLIC"_s);
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.note"_s,
                                      {{u"ticketId"_s, ticket}, {u"text"_s, internalText}, {u"internal"_s, true}})));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.note"_s,
                                      {{u"ticketId"_s, ticket}, {u"text"_s, publicText}, {u"internal"_s, false}})));

    // Incrementally and from scratch.
    QJsonArray fresh;
    CY_CHECK(residentView.pull(&fresh));
    Replica full;
    QJsonArray fullChanges;
    CY_CHECK(pullAll(*m_a.resident1, &full, &fullChanges));
    for (const QString &raw : {serialized(fresh), serialized(fullChanges)}) {
        QVERIFY2(!raw.contains(internalText), "an internal note reached the resident");
        QVERIFY2(raw.contains(publicText), "the public note did not reach the resident");
    }
    CY_CHECK(residentChecks(m_a.resident1, full));
    CY_CHECK(residentChecks(m_a.resident1, residentView.replica()));

    // Staff see both notes, marked as they were written.
    Replica agentView;
    CY_CHECK(pullAll(*m_a.agent, &agentView));
    int seen = 0;
    const QMap<QString, QJsonObject> events = agentView.all(u"ticketEvent"_s);
    for (const QJsonObject &e : events) {
        if (e.value(u"ticketId"_s).toString() != ticket || e.value(u"type"_s).toString() != u"note"_s)
            continue;
        if (e.value(u"note"_s).toString() == internalText) {
            QVERIFY(e.value(u"internal"_s).toBool());
            ++seen;
        } else if (e.value(u"note"_s).toString() == publicText) {
            QVERIFY(!e.value(u"internal"_s).toBool());
            ++seen;
        }
    }
    QCOMPARE(seen, 2);
    QVERIFY2(!agentView.all(u"staff"_s).isEmpty(), "the agent gets no staff entities");
}

void TestVisibility::techniciansSeeTheirTicketsAndThePool()
{
    QString f;
    const QString mine1 = makeTicket(m_a, Stage::Assigned, &f, nullptr, &m_a.tech1);
    QVERIFY2(!mine1.isEmpty(), qPrintable(f));
    const QString mine2 = makeTicket(m_a, Stage::Assigned, &f, &m_a.resident2, &m_a.tech2);
    QVERIFY2(!mine2.isEmpty(), qPrintable(f));
    const QString pooled = makeTicket(m_a, Stage::Accepted, &f);
    QVERIFY2(!pooled.isEmpty(), qPrintable(f));
    const Command pool = runCommand(*m_a.agent, u"ticket.openToPool"_s, {{u"ticketId"_s, pooled}});
    CY_CHECK(expectApplied(pool));
    QVERIFY2(pool.data().value(u"pooled"_s).toBool() && pool.data().value(u"assigneeId"_s).isNull(),
             qPrintable(pool.response.describe()));
    const QString unpooled = makeTicket(m_a, Stage::Accepted, &f, &m_a.resident2);
    QVERIFY2(!unpooled.isEmpty(), qPrintable(f));

    Replica agentView;
    CY_CHECK(pullAll(*m_a.agent, &agentView));
    const bool unpooledIsFree = !agentView.get(u"ticket"_s, unpooled).value(u"pooled"_s).toBool()
                                && agentView.get(u"ticket"_s, unpooled).value(u"assigneeId"_s).isNull();
    for (Actor *tech : {&m_a.tech1, &m_a.tech2}) {
        Replica view;
        CY_CHECK(pullAll(**tech, &view));
        const QSet<QString> expected = technicianShare(agentView, tech->id());
        const QSet<QString> actual = toSet(view.ids(u"ticket"_s));
        QVERIFY2(actual == expected,
                 qPrintable(u"technician %1 sees tickets beyond SPEC %2 and misses %3"_s.arg(
                     tech->phone, listOf(actual - expected), listOf(expected - actual))));
        QVERIFY(view.has(u"ticket"_s, pooled));
        QCOMPARE(view.has(u"ticket"_s, mine1), tech == &m_a.tech1);
        QCOMPARE(view.has(u"ticket"_s, mine2), tech == &m_a.tech2);
        if (unpooledIsFree)
            QVERIFY2(!view.has(u"ticket"_s, unpooled), "a technician sees an unassigned ticket that is not pooled");
        for (const QString &entity : {u"bill"_s, u"payment"_s})
            QVERIFY2(view.all(entity).isEmpty(), qPrintable(u"a technician receives %1 entities"_s.arg(entity)));
        // What a reading round needs: the estate's items and readings.
        QVERIFY(!view.all(u"feeItem"_s).isEmpty() && !view.all(u"meterReading"_s).isEmpty());
        for (const QJsonObject &e : view.all(u"ticketEvent"_s))
            QVERIFY2(view.has(u"ticket"_s, e.value(u"ticketId"_s).toString()),
                     "a technician receives events of tickets they do not see");
    }

    // The pooled ticket goes to technician 2: technician 1 must stop seeing it.
    SyncedView tech1View(m_a.tech1.client.get());
    CY_CHECK(tech1View.pull());
    QVERIFY(tech1View.replica().has(u"ticket"_s, pooled));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.assign"_s,
                                      {{u"ticketId"_s, pooled}, {u"technicianId"_s, m_a.tech2.id()}}),
                           u"assigned"_s));
    QJsonArray fresh;
    CY_CHECK(tech1View.pull(&fresh));
    for (const QJsonValue &c : fresh) {
        const QJsonObject o = c.toObject();
        if (o.value(u"entity"_s).toString() == u"ticket"_s && o.value(u"id"_s).toString() == pooled)
            QVERIFY2(o.value(u"op"_s).toString() == u"delete"_s,
                     qPrintable(u"technician 1 got an upsert of a ticket now assigned to someone else: "_s + serialized({c})));
    }
    if (tech1View.replica().has(u"ticket"_s, pooled))
        qWarning("no delete reached technician 1 for the ticket taken out of the pool: an incremental "
                 "client keeps showing it");
    Replica tech1Fresh, tech2Fresh;
    CY_CHECK(pullAll(*m_a.tech1, &tech1Fresh));
    CY_CHECK(pullAll(*m_a.tech2, &tech2Fresh));
    QVERIFY2(!tech1Fresh.has(u"ticket"_s, pooled), "technician 1 still sees the ticket assigned to technician 2");
    QCOMPARE(tech2Fresh.get(u"ticket"_s, pooled).value(u"assigneeId"_s).toString(), m_a.tech2.id());
}

void TestVisibility::technicianTakesFromPool()
{
    QString f;
    const QString ticket = makeTicket(m_a, Stage::Accepted, &f);
    QVERIFY2(!ticket.isEmpty(), qPrintable(f));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.openToPool"_s, {{u"ticketId"_s, ticket}})));
    const Command take = runCommand(*m_a.tech1, u"ticket.take"_s, {{u"ticketId"_s, ticket}});
    CY_CHECK(expectApplied(take));
    QCOMPARE(take.data().value(u"assigneeId"_s).toString(), m_a.tech1.id());
    CY_CHECK(expectRejected(runCommand(*m_a.tech2, u"ticket.take"_s, {{u"ticketId"_s, ticket}}), {404, 409}));
    Replica tech2View;
    CY_CHECK(pullAll(*m_a.tech2, &tech2View));
    QVERIFY2(!tech2View.has(u"ticket"_s, ticket), "technician 2 still sees a ticket technician 1 took");
}

void TestVisibility::agentAndManagerSeeTheEstate()
{
    QString f;
    const QString t1 = makeTicket(m_a, Stage::Submitted, &f);
    QVERIFY2(!t1.isEmpty(), qPrintable(f));
    const QString t2 = makeTicket(m_a, Stage::Submitted, &f, &m_a.resident2);
    QVERIFY2(!t2.isEmpty(), qPrintable(f));
    for (Actor *staff : {&m_a.agent, &m_a.manager}) {
        Replica view;
        CY_CHECK(pullAll(**staff, &view));
        QVERIFY(view.has(u"ticket"_s, t1) && view.has(u"ticket"_s, t2));
        QCOMPARE(view.all(u"unit"_s).size(), 200);
        QCOMPARE(view.all(u"building"_s).size(), 2);
        QVERIFY(view.has(u"estate"_s, QString(demoEstate)));
        QVERIFY(!view.all(u"staff"_s).isEmpty());
    }
}

void TestVisibility::commandAnswersShowWhatSyncShows()
{
    // "data": the ticket as the caller may see it — the same as that caller's sync shows.
    const QString ticketId = TestClient::newId();
    const QList<std::tuple<Actor *, QString, QJsonObject>> steps{
        {&m_a.resident1, u"ticket.submit"_s, submitPayload(ticketId, m_a.resident1.unitId())},
        {&m_a.agent, u"ticket.accept"_s, {{u"ticketId"_s, ticketId}}},
        {&m_a.manager, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"technicianId"_s, m_a.tech1.id()}}},
        {&m_a.tech1, u"ticket.checkIn"_s, {{u"ticketId"_s, ticketId}}},
    };
    for (const auto &[who, type, payload] : steps) {
        const Command command = runCommand(**who, type, payload);
        CY_CHECK(expectApplied(command));
        Replica view;
        CY_CHECK(pullAll(**who, &view));
        const QJsonObject synced = view.get(u"ticket"_s, ticketId);
        const QJsonObject answered = command.data();
        QStringList differing;
        QSet<QString> keys = toSet(synced.keys()) + toSet(answered.keys());
        for (const QString &k : keys) {
            if (answered.value(k) != synced.value(k))
                differing << k;
        }
        QVERIFY2(differing.isEmpty(),
                 qPrintable(u"%1 answer to %2 differs from what sync shows that user in [%3]:\nanswer: %4\nsync:   %5"_s.arg(
                     who->phone, command.type, differing.join(u','),
                     QString::fromUtf8(QJsonDocument(answered).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(synced).toJson(QJsonDocument::Compact)))));
    }
}

void TestVisibility::entityShapes_data()
{
    QTest::addColumn<QString>("who");
    for (const char *who : {"resident1", "agent", "tech1", "manager"})
        QTest::newRow(who) << QString::fromLatin1(who);
}

void TestVisibility::entityShapes()
{
    QFETCH(QString, who);
    Actor &a = actor(who);
    QString f;
    // Something of every ticket kind of data: a closed ticket has a rating, events, times.
    QVERIFY2(!makeTicket(m_a, Stage::Closed, &f).isEmpty(), qPrintable(f));

    QJsonArray changes;
    CY_CHECK(pullAll(*a, nullptr, &changes));
    static const QRegularExpression time(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    static const QHash<QString, QStringList> timeFields{
        {u"ticket"_s, {u"createdAt"_s, u"reportedAt"_s, u"updatedAt"_s, u"acceptedAt"_s, u"onSiteAt"_s,
                       u"resolvedAt"_s, u"closedAt"_s, u"responseDueAt"_s, u"resolveDueAt"_s}},
        {u"ticketEvent"_s, {u"at"_s, u"receivedAt"_s}},
        {u"payment"_s, {u"paidAt"_s}},
        {u"bill"_s, {u"issuedAt"_s}},
        {u"meterReading"_s, {u"recordedAt"_s}},
        {u"notice"_s, {u"publishedAt"_s, u"expiresAt"_s}},
    };
    static const QHash<QString, QHash<QString, QStringList>> enums{
        {u"ticket"_s,
         {{u"status"_s, {u"submitted"_s, u"accepted"_s, u"assigned"_s, u"on_site"_s, u"on_hold"_s, u"resolved"_s,
                         u"closed"_s, u"cancelled"_s, u"reopened"_s}},
          {u"kind"_s, {u"repair"_s, u"complaint"_s, u"inquiry"_s}},
          {u"category"_s, {u"plumbing"_s, u"electrical"_s, u"hvac"_s, u"lift"_s, u"public_area"_s, u"other"_s}},
          {u"priority"_s, {u"urgent"_s, u"high"_s, u"normal"_s, u"low"_s}}}},
        {u"ticketEvent"_s, {{u"type"_s, {u"status"_s, u"note"_s, u"converted"_s}}}},
        {u"estate"_s, {{u"dispatchMode"_s, {u"assign"_s, u"pool"_s, u"roundRobin"_s}}}},
        // The phone derives "overdue" from the due date and the estate's day.
        {u"bill"_s, {{u"status"_s, {u"unpaid"_s, u"partly_paid"_s, u"paid"_s, u"waived"_s}}}},
        {u"payment"_s,
         {{u"method"_s, {u"cash"_s, u"bank"_s, u"wechat"_s, u"alipay"_s, u"card"_s, u"pos"_s, u"import"_s}},
          {u"source"_s, {u"agent"_s, u"import"_s}}}},
        {u"feeItem"_s,
         {{u"kind"_s, {u"property"_s, u"parking"_s, u"maintenance_fund"_s, u"water"_s, u"electricity"_s, u"fixed"_s}},
          {u"rounding"_s, {u"half_up"_s, u"up"_s, u"down"_s}}}},
        {u"meterReading"_s, {{u"meter"_s, {u"water"_s, u"electricity"_s}}}},
    };
    QSet<QString> seen;
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        CY_CHECK(checkChangeShape(c));
        const QString entity = c.value(u"entity"_s).toString();
        if (c.value(u"op"_s).toString() != u"upsert"_s)
            continue;
        seen.insert(entity);
        const QJsonObject d = c.value(u"data"_s).toObject();
        if (entity == u"reminder"_s) {
            // The office's note and outcome of a contact never reach the resident.
            QCOMPARE(d.contains(u"outcome"_s), who != u"resident1"_s);
            QCOMPARE(d.contains(u"note"_s), who != u"resident1"_s);
        }
        if (entity == u"ticket"_s) {
            QCOMPARE(d.contains(u"pooled"_s), who != u"resident1"_s);
            // Residents never learn where the technician stood.
            QCOMPARE(d.contains(u"checkIn"_s), who != u"resident1"_s);
        }
        if (entity == u"ticketEvent"_s)
            QVERIFY2(d.value(u"photos"_s).isArray(), qPrintable(serialized({c}).left(400)));
        const QString text = serialized({c}).left(400);
        for (const QString &field : timeFields.value(entity)) {
            const QJsonValue t = d.value(field);
            QVERIFY2(t.isNull() || time.match(t.toString()).hasMatch(),
                     qPrintable(u"%1.%2 is not an ISO-8601 UTC time with milliseconds: %3"_s.arg(entity, field, text)));
        }
        const QHash<QString, QStringList> fieldEnums = enums.value(entity);
        for (auto it = fieldEnums.begin(); it != fieldEnums.end(); ++it)
            QVERIFY2(it.value().contains(d.value(it.key()).toString()),
                     qPrintable(u"%1.%2 is outside SPEC's values: %3"_s.arg(entity, it.key(), text)));
        if (entity == u"ticket"_s) {
            QVERIFY2(d.value(u"photos"_s).isArray() && d.value(u"onBehalf"_s).isBool()
                         && (who == u"resident1"_s || d.value(u"pooled"_s).isBool()),
                     qPrintable(text));
            QVERIFY2(d.value(u"parts"_s).isArray()
                         && (d.value(u"minutesWorked"_s).isNull() || d.value(u"minutesWorked"_s).isDouble())
                         && (d.value(u"signature"_s).isNull() || d.value(u"signature"_s).isString())
                         && (d.value(u"convertedFrom"_s).isNull() || d.value(u"convertedFrom"_s) == u"complaint"_s),
                     qPrintable(text));
            if (d.contains(u"checkIn"_s) && !d.value(u"checkIn"_s).isNull()) {
                const QJsonObject checkIn = d.value(u"checkIn"_s).toObject();
                QCOMPARE(toSet(checkIn.keys()), (QSet<QString>{u"at"_s, u"latitude"_s, u"longitude"_s, u"accuracyM"_s}));
                QVERIFY2(time.match(checkIn.value(u"at"_s).toString()).hasMatch(), qPrintable(text));
            }
            const QJsonValue rating = d.value(u"rating"_s);
            if (!rating.isNull()) {
                const QStringList keys = rating.toObject().keys();
                QCOMPARE(toSet(keys), (QSet<QString>{u"overall"_s, u"speed"_s, u"service"_s, u"comment"_s}));
            }
        }
    }
    const QString raw = serialized(changes).toLower();
    // A key named "phone" (a reminder's channel "phone" is a word, not a number).
    for (const QString &secret : {u"password"_s, u"passwordhash"_s, u"\"phone\":"_s, u"refreshtoken"_s})
        QVERIFY2(!raw.contains(secret), qPrintable(u"sync data mentions %1"_s.arg(secret)));
    for (const QString &e : {u"estate"_s, u"building"_s, u"unit"_s, u"ticket"_s, u"ticketEvent"_s})
        QVERIFY2(seen.contains(e), qPrintable(u"%1 got no %2 entities"_s.arg(who, e)));
    if (who == u"resident1"_s)
        QVERIFY2(!seen.contains(u"staff"_s), "a resident received staff entities");
    else
        QVERIFY2(seen.contains(u"staff"_s), qPrintable(u"%1 got no staff entities"_s.arg(who)));
}

void TestVisibility::syncPagingExactlyOnce_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("limit");
    QTest::newRow("resident, limit 2") << u"resident1"_s << 2;
    QTest::newRow("agent, limit 37") << u"agent"_s << 37;
}

void TestVisibility::syncPagingExactlyOnce()
{
    QFETCH(QString, who);
    QFETCH(int, limit);
    QString f;
    for (int i = 0; i < 3; ++i)
        QVERIFY2(!makeTicket(m_a, Stage::Submitted, &f).isEmpty(), qPrintable(f));
    Actor &a = actor(who);

    QJsonArray all;
    qint64 finalCursor = 0;
    QVERIFY2(a->syncAll(0, &all, &finalCursor, 1000, &f), qPrintable(f));

    QStringList paged;
    QSet<QString> once;
    qint64 since = 0;
    int pages = 0;
    for (;;) {
        const SyncPage page = a->syncPage(since, limit);
        QVERIFY2(page.ok, qPrintable(page.response.describe()));
        QVERIFY2(page.changes.size() <= limit, qPrintable(u"page of %1 changes for limit=%2"_s.arg(page.changes.size()).arg(limit)));
        QVERIFY2(page.cursor >= since, qPrintable(u"cursor went back from %1 to %2"_s.arg(since).arg(page.cursor)));
        if (page.hasMore)
            QVERIFY2(page.cursor > since, qPrintable(u"hasMore with a cursor that did not move (%1)"_s.arg(since)));
        double lastRev = 0;
        for (const QJsonValue &v : page.changes) {
            const QJsonObject c = v.toObject();
            const double rev = c.value(u"rev"_s).toDouble();
            QVERIFY2(rev > since && rev <= page.cursor && rev >= lastRev,
                     qPrintable(u"rev %1 outside (since %2, cursor %3] or out of order"_s.arg(rev).arg(since).arg(page.cursor)));
            lastRev = rev;
            const QString key = c.value(u"entity"_s).toString() + u'/' + c.value(u"id"_s).toString();
            QVERIFY2(!once.contains(key), qPrintable(key + u" arrived twice"_s));
            once.insert(key);
            paged << key + u'@' + QString::number(qint64(rev));
        }
        ++pages;
        since = page.cursor;
        if (!page.hasMore)
            break;
        QVERIFY2(pages < 5000, "paging does not end");
    }
    QVERIFY2(pages >= 2, qPrintable(u"only %1 page(s) with limit=%2"_s.arg(pages).arg(limit)));
    QCOMPARE(since, finalCursor);
    QStringList whole;
    for (const QJsonValue &v : all) {
        const QJsonObject c = v.toObject();
        whole << c.value(u"entity"_s).toString() + u'/' + c.value(u"id"_s).toString() + u'@'
                     + QString::number(qint64(c.value(u"rev"_s).toDouble()));
    }
    whole.sort();
    paged.sort();
    QCOMPARE(paged, whole);
}

void TestVisibility::syncDefaultLimit()
{
    // The agent sees the whole estate: more than one default page (500) once bills are in.
    QJsonArray all;
    qint64 cursor = 0;
    QString f;
    QVERIFY2(m_a.agent->syncAll(0, &all, &cursor, 1000, &f), qPrintable(f));
    const SyncPage page = m_a.agent->syncPage(0);
    QVERIFY2(page.ok, qPrintable(page.response.describe()));
    QVERIFY2(page.changes.size() <= 500, qPrintable(u"%1 changes without a limit"_s.arg(page.changes.size())));
    QCOMPARE(page.hasMore, all.size() > page.changes.size());
    if (all.size() > 500)
        QCOMPARE(page.changes.size(), 500);
}

void TestVisibility::syncWithoutChanges()
{
    for (Actor *a : {&m_a.resident1, &m_a.agent, &m_a.tech1}) {
        QString f;
        qint64 cursor = 0;
        QVERIFY2((*a)->syncAll(0, nullptr, &cursor, 0, &f), qPrintable(f));
        for (int i = 0; i < 2; ++i) {
            const SyncPage page = (*a)->syncPage(cursor);
            QVERIFY2(page.ok, qPrintable(page.response.describe()));
            QVERIFY2(page.changes.isEmpty(), qPrintable(page.response.describe()));
            QCOMPARE(page.cursor, cursor);
            QVERIFY(!page.hasMore);
        }
    }
}

void TestVisibility::syncIncremental()
{
    SyncedView view1(m_a.resident1.client.get()), view2(m_a.resident2.client.get());
    CY_CHECK(view1.pull());
    CY_CHECK(view2.pull());
    const qint64 before = view1.cursor();
    QString f;
    const QString ticket = makeTicket(m_a, Stage::Submitted, &f);
    QVERIFY2(!ticket.isEmpty(), qPrintable(f));
    QJsonArray fresh;
    CY_CHECK(view1.pull(&fresh));
    QVERIFY(view1.cursor() > before);
    bool found = false;
    for (const QJsonValue &v : fresh) {
        const QJsonObject c = v.toObject();
        if (c.value(u"entity"_s).toString() == u"ticket"_s && c.value(u"id"_s).toString() == ticket) {
            found = true;
            QVERIFY(c.value(u"rev"_s).toDouble() > before);
        }
    }
    QVERIFY2(found, "the new ticket is not in the incremental pull");
    CY_CHECK(view2.pull(&fresh));
    QVERIFY2(!serialized(fresh).contains(ticket), "resident 2's incremental pull mentions resident 1's new ticket");
}

void TestVisibility::kpisByRole_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    QTest::newRow("agent") << u"agent"_s << 200;
    QTest::newRow("manager") << u"manager"_s << 200;
    QTest::newRow("resident") << u"resident1"_s << 403;
    QTest::newRow("technician") << u"tech1"_s << 403;
}

void TestVisibility::kpisByRole()
{
    QFETCH(QString, who);
    QFETCH(int, status);
    const HttpResponse r = actor(who)->get(u"/v1/kpis?estateId=est-1"_s);
    if (status == 200) {
        CY_CHECK(expectStatus(r, 200));
        QVERIFY2(r.json.isObject(), qPrintable(r.describe()));
    } else {
        CY_CHECK(expectError(r, {status}, {u"forbidden"_s}));
    }
}

void TestVisibility::checkInPositionOnlyForStaff()
{
    QString f;
    const QString withFix = makeTicket(m_a, Stage::Assigned, &f);
    QVERIFY2(!withFix.isEmpty(), qPrintable(f));
    const QString withoutFix = makeTicket(m_a, Stage::Assigned, &f);
    QVERIFY2(!withoutFix.isEmpty(), qPrintable(f));
    // A device time after the assignment (an earlier one is refused, see tst_lifecycle).
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const Command fix = runCommand(*m_a.tech1, u"ticket.checkIn"_s,
                                   {{u"ticketId"_s, withFix}, {u"at"_s, at}, {u"latitude"_s, 31.2304},
                                    {u"longitude"_s, 121.4737}, {u"accuracyM"_s, 8.5}});
    CY_CHECK(expectApplied(fix, u"on_site"_s));
    const QJsonObject expected{{u"at"_s, at}, {u"latitude"_s, 31.2304}, {u"longitude"_s, 121.4737}, {u"accuracyM"_s, 8.5}};
    QCOMPARE(fix.data().value(u"checkIn"_s).toObject(), expected);
    CY_CHECK(expectApplied(runCommand(*m_a.tech1, u"ticket.checkIn"_s, {{u"ticketId"_s, withoutFix}}), u"on_site"_s));

    for (Actor *staff : {&m_a.agent, &m_a.manager, &m_a.tech1}) {
        Replica view;
        CY_CHECK(pullAll(**staff, &view));
        QCOMPARE(view.get(u"ticket"_s, withFix).value(u"checkIn"_s).toObject(), expected);
        const QJsonObject none = view.get(u"ticket"_s, withoutFix).value(u"checkIn"_s).toObject();
        QVERIFY2(none.value(u"at"_s).isString() && none.value(u"latitude"_s).isNull() && none.value(u"longitude"_s).isNull()
                     && none.value(u"accuracyM"_s).isNull(),
                 qPrintable(serialized({view.get(u"ticket"_s, withoutFix)})));
    }
    // Not yet on site: null for staff.
    const QString notYet = makeTicket(m_a, Stage::Accepted, &f);
    QVERIFY2(!notYet.isEmpty(), qPrintable(f));
    Replica agentView;
    CY_CHECK(pullAll(*m_a.agent, &agentView));
    QVERIFY(agentView.get(u"ticket"_s, notYet).contains(u"checkIn"_s));
    QVERIFY(agentView.get(u"ticket"_s, notYet).value(u"checkIn"_s).isNull());

    // The resident: no check-in field at all, in sync or in a command answer, and no
    // coordinates anywhere in what they get.
    Replica residentView;
    QJsonArray changes;
    CY_CHECK(pullAll(*m_a.resident1, &residentView, &changes));
    QVERIFY(!residentView.get(u"ticket"_s, withFix).contains(u"checkIn"_s));
    QVERIFY2(!serialized(changes).contains(u"121.4737"_s), "the technician's position reached the resident");
    const Command note = runCommand(*m_a.resident1, u"ticket.note"_s, {{u"ticketId"_s, withFix}, {u"text"_s, u"thanks"_s}});
    CY_CHECK(expectApplied(note, u"on_site"_s));
    QVERIFY(!note.data().contains(u"checkIn"_s));
    QVERIFY(!note.response.body.contains("121.4737"));
}

QTEST_GUILESS_MAIN(TestVisibility)
#include "tst_visibility.moc"
