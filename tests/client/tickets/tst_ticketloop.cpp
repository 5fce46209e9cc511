// The repair loop end to end: three apps' cores (resident, agent, technicians) with their own
// stores, outboxes and sync engines, against the real courtyard-server over HTTPS. The resident
// reports offline, the agent dispatches, the technician checks in and resolves offline, the
// resident rates, the order closes — and what the server refuses is refused with its reason.

#include "../clientcore.h"

#include "media/apiattachmenttransport.h"
#include "media/attachmentqueue.h"
#include "media/attachmentuploader.h"
#include "store/entityrepository.h"
#include "store/outbox.h"
#include "media/photopipeline.h"
#include "tickets/ticketdesk.h"
#include "tickets/ticketdetail.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketsla.h"
#include "estate/estatedirectory.h"
#include "viewer.h"

#include "testclient.h"
#include "testserver.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;
using cytest::Core;

namespace {

constexpr qint64 Minute = 60'000;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// One person's app: its core, upload queue and TicketDesk, signed in as that person.
struct Party
{
    Party(const QString &dir, const TestServer &server, const QString &phone)
        : core(dir, {}, server.baseUrl(), server.caFile())
        , server(server.baseUrl())
    {
        QJsonObject user;
        id = core.login(phone, &user);
        if (id.isEmpty() || !core.openStore(dir, id))
            return;
        attachments = std::make_unique<AttachmentQueue>(core.store);
        transport = std::make_unique<ApiAttachmentTransport>(&core.api);
        uploader = std::make_unique<AttachmentUploader>(attachments.get(), transport.get());
        core.engine->uploadAttachmentsWith(uploader.get());
        QStringList estates;
        QStringList units;
        for (const QJsonValue &e : user.value(u"estates"_s).toArray())
            estates << e.toObject().value(u"id"_s).toString();
        for (const QJsonValue &u : user.value(u"units"_s).toArray())
            units << u.toObject().value(u"id"_s).toString();
        viewer.set(id, user.value(u"name"_s).toString(),
                   Courtyard::roleFromName(user.value(u"role"_s).toString()).value_or(Courtyard::Role::Resident),
                   estates, units);
        mediaDir = dir + u"/media"_s;
        QDir().mkpath(mediaDir);
        directory = std::make_unique<EstateDirectory>(core.store, viewer);
        desk = std::make_unique<TicketDesk>(core.store, *attachments, viewer, mediaDir, *directory);
        desk->setClock([this] { return QDateTime::currentMSecsSinceEpoch() + clockOffset; });
    }

    bool sync()
    {
        bool ok = false;
        return core.cycle(&ok) && ok;
    }
    void goOffline() { core.api.setBaseUrl(cytest::unreachableUrl()); }
    void goOnline() { core.api.setBaseUrl(server); }

    std::optional<QJsonObject> ticket(const QString &id) { return EntityRepository(core.store).get(u"ticket"_s, id); }

    QList<QJsonObject> events(const QString &ticketId) { return TicketRepository(core.store).events(ticketId); }

    /// A real photo, processed as the app does it, in this party's media folder.
    QString photo(const QColor &colour)
    {
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(colour);
        const QString source = QFileInfo(mediaDir).absolutePath() + u"/source-"_s + colour.name().mid(1) + u".png"_s;
        image.save(source);
        return PhotoPipeline::processFile(source, mediaDir, PhotoLimits()).photo.sha256;
    }

    Core core;
    Viewer viewer;
    QUrl server;
    QString id;
    QString mediaDir;
    qint64 clockOffset = 0;
    std::unique_ptr<AttachmentQueue> attachments;
    std::unique_ptr<ApiAttachmentTransport> transport;
    std::unique_ptr<AttachmentUploader> uploader;
    std::unique_ptr<EstateDirectory> directory;
    std::unique_ptr<TicketDesk> desk;
};

QStringList eventActions(const QList<QJsonObject> &events)
{
    QStringList out;
    for (const QJsonObject &e : events)
        out << (e.value(u"type"_s).toString() == u"status" ? e.value(u"toStatus"_s).toString() : e.value(u"type"_s).toString());
    return out;
}

} // namespace

class TestTicketLoop : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Party> m_resident;
    std::unique_ptr<Party> m_neighbour;
    std::unique_ptr<Party> m_agent;
    std::unique_ptr<Party> m_tech;
    std::unique_ptr<Party> m_tech2;

    /// A raw command from @p phone's own session, as a hostile or outdated client would send it.
    HttpResponse raw(const QString &phone, const QString &type, const QJsonObject &payload)
    {
        TestClient client(*m_server);
        if (!client.login(phone, cytest::DemoPassword).isValid())
            return {};
        return client.command(type, payload);
    }

    QString newRequest(const QString &description, const QString &kind = u"repair"_s)
    {
        const QString id = m_resident->desk->submit({{u"kind"_s, kind},
                                                     {u"category"_s, u"plumbing"_s},
                                                     {u"description"_s, description},
                                                     {u"unitId"_s, u"unit-1-1-0301"_s}});
        return m_resident->sync() ? id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        COURTYARD_REQUIRE_TEST_BACKEND();
        m_server = std::make_unique<TestServer>(TestServer::backendFromEnv());
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QVERIFY(m_dir.isValid());
        m_resident = std::make_unique<Party>(m_dir.filePath(u"resident"_s), *m_server, cytest::ResidentPhone);
        m_neighbour = std::make_unique<Party>(m_dir.filePath(u"neighbour"_s), *m_server, cytest::Resident2Phone);
        m_agent = std::make_unique<Party>(m_dir.filePath(u"agent"_s), *m_server, cytest::AgentPhone);
        m_tech = std::make_unique<Party>(m_dir.filePath(u"tech"_s), *m_server, cytest::TechPhone);
        m_tech2 = std::make_unique<Party>(m_dir.filePath(u"tech2"_s), *m_server, cytest::Tech2Phone);
        for (Party *p : {m_resident.get(), m_neighbour.get(), m_agent.get(), m_tech.get(), m_tech2.get()}) {
            QVERIFY(p->desk);
            QVERIFY(p->sync());
        }
    }

    void init()
    {
        // Each case starts connected, with true clocks, whatever the previous one left.
        for (Party *p : {m_resident.get(), m_neighbour.get(), m_agent.get(), m_tech.get(), m_tech2.get()}) {
            p->goOnline();
            p->clockOffset = 0;
        }
    }

    void cleanupTestCase()
    {
        m_resident.reset();
        m_neighbour.reset();
        m_agent.reset();
        m_tech.reset();
        m_tech2.reset();
        if (m_server)
            m_server->stop();
    }

    void theWholeLoop()
    {
        // 1. The resident reports a leak with a photo, with no signal.
        m_resident->goOffline();
        const QString leakPhoto = m_resident->photo(Qt::darkCyan);
        const QString id = m_resident->desk->submit({{u"kind"_s, u"repair"_s},
                                                     {u"category"_s, u"plumbing"_s},
                                                     {u"description"_s, u"卫生间天花板漏水"_s},
                                                     {u"unitId"_s, u"unit-1-1-0301"_s},
                                                     {u"photos"_s, QStringList{leakPhoto}},
                                                     {u"contactPhone"_s, u"13800000001"_s}});
        QVERIFY2(!id.isEmpty(), qPrintable(m_resident->desk->lastError()));
        QVERIFY(!m_resident->sync()); // no network: kept, pending
        QCOMPARE(m_resident->ticket(id)->value(u"status"_s).toString(), u"submitted"_s);
        QCOMPARE(EntityRepository(m_resident->core.store).localPending(u"ticket"_s, id), 1);
        m_resident->goOnline();
        QVERIFY(m_resident->sync());
        QCOMPARE(EntityRepository(m_resident->core.store).localPending(u"ticket"_s, id), 0);
        QVERIFY(!m_resident->ticket(id)->value(u"responseDueAt"_s).toString().isEmpty()); // the server's SLA

        // 2. The agent accepts, makes it urgent and assigns it to a technician.
        QVERIFY(m_agent->sync());
        QVERIFY(m_agent->ticket(id));
        QVERIFY(!m_agent->desk->accept(id).isEmpty());
        QVERIFY(!m_agent->desk->setPriority(id, u"urgent"_s).isEmpty());
        QVERIFY(!m_agent->desk->note(id, u"Owner is travelling; call first"_s, true).isEmpty());
        QVERIFY(!m_agent->desk->assign(id, m_tech->id).isEmpty());
        QVERIFY(m_agent->sync());
        const QJsonObject dispatched = *m_agent->ticket(id);
        QCOMPARE(dispatched.value(u"status"_s).toString(), u"assigned"_s);
        QCOMPARE(dispatched.value(u"assigneeId"_s).toString(), m_tech->id);
        const qint64 created = TicketSla::parseTime(dispatched.value(u"createdAt"_s).toString());
        QCOMPARE(TicketSla::parseTime(dispatched.value(u"responseDueAt"_s).toString()) - created, 15 * Minute);

        // 3. The technician checks in and resolves in a basement with no signal.
        QVERIFY(m_tech->sync());
        QCOMPARE(m_tech->ticket(id)->value(u"status"_s).toString(), u"assigned"_s);
        m_tech->goOffline();
        // The acts happen after the assignment and a while before the signal comes back: here
        // a second and a half. (A time before the assignment is refused: tst_lifecycle.)
        QTest::qWait(1500);
        m_tech->clockOffset = -1000;
        const qint64 clockBefore = QDateTime::currentMSecsSinceEpoch() + m_tech->clockOffset;
        QVERIFY(!m_tech->desk->checkIn(id, QVariantMap{{u"latitude"_s, 31.23}, {u"longitude"_s, 121.47},
                                                      {u"accuracyM"_s, 8.5}}).isEmpty());
        // The time of the act as the phone recorded it (its clock, a second before the signal).
        const qint64 checkedInAt = TicketSla::parseTime(m_tech->ticket(id)->value(u"onSiteAt"_s).toString());
        QVERIFY(checkedInAt >= clockBefore && checkedInAt <= clockBefore + 5000);
        const QString pipePhoto = m_tech->photo(Qt::darkYellow);
        QVERIFY(!m_tech->desk->note(id, u"Cracked joint above the ceiling"_s, false, {pipePhoto}).isEmpty());
        m_tech->clockOffset = -500;
        const QString signature = m_tech->photo(Qt::white);
        QVERIFY2(!m_tech->desk->resolve(id, {{u"summary"_s, u"Replaced the joint, ceiling dry"_s},
                                             {u"parts"_s, QVariantList{QVariantMap{{u"name"_s, u"PPR elbow 20"_s},
                                                                                   {u"quantity"_s, 2}}}},
                                             {u"minutesWorked"_s, 25},
                                             {u"signature"_s, signature}})
                     .isEmpty(),
                 qPrintable(m_tech->desk->lastError()));
        QVERIFY(!m_tech->sync());
        QCOMPARE(m_tech->ticket(id)->value(u"status"_s).toString(), u"resolved"_s); // shown at once
        m_tech->goOnline();
        QVERIFY(m_tech->sync());
        QCOMPARE(m_tech->core.engine->needsAttentionCount(), 0);
        const QJsonObject resolved = *m_tech->ticket(id);
        QCOMPARE(resolved.value(u"status"_s).toString(), u"resolved"_s);
        QCOMPARE(TicketSla::parseTime(resolved.value(u"onSiteAt"_s).toString()), checkedInAt); // device time
        QCOMPARE(resolved.value(u"minutesWorked"_s).toInt(), 25);
        QCOMPARE(resolved.value(u"signature"_s).toString(), signature);
        QCOMPARE(resolved.value(u"parts"_s).toArray().first().toObject().value(u"quantity"_s).toInt(), 2);
        QCOMPARE(resolved.value(u"checkIn"_s).toObject().value(u"accuracyM"_s).toDouble(), 8.5);
        // The server kept its receipt time beside the device's time of the act.
        bool sawCheckIn = false;
        for (const QJsonObject &e : m_tech->events(id)) {
            if (e.value(u"toStatus"_s).toString() != u"on_site")
                continue;
            sawCheckIn = true;
            QCOMPARE(TicketSla::parseTime(e.value(u"at"_s).toString()), checkedInAt);
            QVERIFY(TicketSla::parseTime(e.value(u"receivedAt"_s).toString()) >= checkedInAt + 900);
        }
        QVERIFY(sawCheckIn);

        // 4. The resident sees the fix (never the internal note, never the coordinates) and rates it.
        QVERIFY(m_resident->sync());
        const QJsonObject seen = *m_resident->ticket(id);
        QCOMPARE(seen.value(u"status"_s).toString(), u"resolved"_s);
        QVERIFY(!seen.contains(u"checkIn"_s) || seen.value(u"checkIn"_s).isNull());
        const QList<QJsonObject> residentEvents = m_resident->events(id);
        for (const QJsonObject &e : residentEvents)
            QVERIFY2(!e.value(u"internal"_s).toBool(), "an internal note reached the resident");
        QVERIFY(eventActions(residentEvents).contains(u"note"_s)); // the technician's own note
        TicketDetail detail;
        detail.setStore(&m_resident->core.store);
        detail.setViewer(&m_resident->viewer);
        detail.setTicketId(id);
        QVERIFY(detail.actions().contains(u"confirm"_s));
        QVERIFY(detail.actions().contains(u"reject"_s));
        QVERIFY(detail.resolveText().startsWith(u"Fixed in"_s));
        // The technician's photo is visible to the resident; the fix's signature too.
        TestClient residentClient(*m_server);
        QVERIFY(residentClient.login(cytest::ResidentPhone, cytest::DemoPassword).isValid());
        QCOMPARE(residentClient.get(u"/v1/attachments/"_s + pipePhoto).status, 200);

        QVERIFY(!m_resident->desk->confirm(id, 5, 4, 5, u"谢谢李师傅"_s).isEmpty());
        QVERIFY(m_resident->sync());
        const QJsonObject closed = *m_resident->ticket(id);
        QCOMPARE(closed.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(closed.value(u"rating"_s).toObject().value(u"speed"_s).toInt(), 4);

        // 5. The office sees the rating; the timeline tells the whole story in order.
        QVERIFY(m_agent->sync());
        QCOMPARE(m_agent->ticket(id)->value(u"rating"_s).toObject().value(u"overall"_s).toInt(), 5);
        const QStringList story = eventActions(m_agent->events(id));
        for (const QString &step : {u"submitted"_s, u"accepted"_s, u"assigned"_s, u"on_site"_s, u"resolved"_s, u"closed"_s})
            QVERIFY2(story.contains(step), qPrintable(story.join(u',')));
        QVERIFY(story.indexOf(u"on_site"_s) < story.indexOf(u"resolved"_s));
        QVERIFY(story.indexOf(u"resolved"_s) < story.indexOf(u"closed"_s));

        // Rating twice is refused, by the desk and by the server.
        QCOMPARE(m_resident->desk->confirm(id, 1, 1, 1, {}), QString());
        const HttpResponse twice = raw(cytest::ResidentPhone, u"ticket.confirm"_s,
                                       {{u"ticketId"_s, id}, {u"overall"_s, 1}, {u"speed"_s, 1}, {u"service"_s, 1}});
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.object().value(u"error"_s).toString(), u"illegal_transition"_s);
    }

    void theServerRefusesWhatIsNotYours()
    {
        const QString id = newRequest(u"Dripping tap"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(m_agent->sync());
        QVERIFY(!m_agent->desk->assign(id, m_tech->id).isEmpty());
        QVERIFY(m_agent->sync());

        // A neighbour cannot close or cancel someone else's order: it does not exist for them.
        HttpResponse r = raw(cytest::Resident2Phone, u"ticket.cancel"_s, {{u"ticketId"_s, id}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"not_found"_s);
        // Another technician cannot resolve an order that is not theirs.
        r = raw(cytest::Tech2Phone, u"ticket.resolve"_s, {{u"ticketId"_s, id}, {u"summary"_s, u"done"_s}});
        QCOMPARE(r.status, 404);
        // The assignee cannot resolve before checking in on site.
        r = raw(cytest::TechPhone, u"ticket.resolve"_s, {{u"ticketId"_s, id}, {u"summary"_s, u"done"_s}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"illegal_transition"_s);
        // A resident cannot confirm an order that is not resolved, nor write internal notes.
        r = raw(cytest::ResidentPhone, u"ticket.confirm"_s,
                {{u"ticketId"_s, id}, {u"overall"_s, 5}, {u"speed"_s, 5}, {u"service"_s, 5}});
        QCOMPARE(r.status, 409);
        r = raw(cytest::ResidentPhone, u"ticket.note"_s, {{u"ticketId"_s, id}, {u"text"_s, u"x"_s}, {u"internal"_s, true}});
        QCOMPARE(r.status, 403);
        // A technician does not dispatch.
        r = raw(cytest::TechPhone, u"ticket.assign"_s, {{u"ticketId"_s, id}, {u"technicianId"_s, m_tech2->id}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value(u"error"_s).toString(), u"forbidden"_s);

        // None of it changed the order.
        QVERIFY(m_agent->sync());
        QCOMPARE(m_agent->ticket(id)->value(u"status"_s).toString(), u"assigned"_s);
        QCOMPARE(m_agent->ticket(id)->value(u"assigneeId"_s).toString(), m_tech->id);
    }

    void aStaleActIsRefusedAndShownWithItsReason()
    {
        const QString id = newRequest(u"Light out on the stairs"_s);
        QVERIFY(m_agent->sync());
        QVERIFY(!m_agent->desk->assign(id, m_tech->id).isEmpty());
        QVERIFY(m_agent->sync());
        QVERIFY(m_tech->sync());
        QVERIFY(m_tech->ticket(id));

        // The technician checks in offline while the office hands the order to a colleague.
        m_tech->clockOffset = 0;
        m_tech->goOffline();
        QVERIFY(!m_tech->desk->checkIn(id, QVariant()).isEmpty()); // no GPS fix: still checks in
        QVERIFY(!m_agent->desk->assign(id, m_tech2->id).isEmpty());
        QVERIFY(m_agent->sync());
        m_tech->goOnline();
        QVERIFY(m_tech->sync());

        const QList<Outbox::Entry> refused = Outbox(m_tech->core.store).needsAttention();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().type, u"ticket.checkIn"_s);
        QCOMPARE(refused.first().errorCode, u"not_found"_s);
        QVERIFY(!refused.first().errorMessage.isEmpty());
        QVERIFY(!m_tech->ticket(id)); // no longer theirs: gone from their phone, the reason stays
        QVERIFY(m_tech2->sync());
        QCOMPARE(m_tech2->ticket(id)->value(u"status"_s).toString(), u"assigned"_s);
        QVERIFY(Outbox(m_tech->core.store).dismiss(refused.first().id));
    }

    void poolRoundRobinAndConversion()
    {
        // Open to the pool: a technician takes it (抢单).
        const QString pooled = newRequest(u"Door closer broken"_s);
        QVERIFY(m_agent->sync());
        QVERIFY(!m_agent->desk->openToPool(pooled).isEmpty());
        QVERIFY(m_agent->sync());
        QVERIFY(m_tech2->sync());
        QVERIFY(m_tech2->ticket(pooled));
        QVERIFY(TicketDesk::allowedActions(*m_tech2->ticket(pooled), m_tech2->desk->viewer()).contains(u"take"_s));
        QVERIFY(!m_tech2->desk->take(pooled).isEmpty());
        QVERIFY(m_tech2->sync());
        QCOMPARE(m_tech2->ticket(pooled)->value(u"assigneeId"_s).toString(), m_tech2->id);
        QVERIFY(m_tech->sync());
        QVERIFY(!m_tech->ticket(pooled)); // taken by a colleague: gone from the pool

        // Round-robin: the server picks a technician on duty.
        const QString robin = newRequest(u"Noisy pump"_s);
        QVERIFY(m_agent->sync());
        QVERIFY(!m_agent->desk->assignRoundRobin(robin).isEmpty());
        QVERIFY(m_agent->sync());
        const QJsonObject picked = *m_agent->ticket(robin);
        QCOMPARE(picked.value(u"status"_s).toString(), u"assigned"_s);
        QVERIFY(!picked.value(u"assigneeId"_s).toString().isEmpty());

        // A complaint becomes a repair order, keeping its photo.
        const QString photo = m_resident->photo(Qt::magenta);
        const QString complaint = m_resident->desk->submit({{u"kind"_s, u"complaint"_s},
                                                            {u"category"_s, u"other"_s},
                                                            {u"description"_s, u"楼道灯一直不亮"_s},
                                                            {u"unitId"_s, u"unit-1-1-0301"_s},
                                                            {u"photos"_s, QStringList{photo}}});
        QVERIFY(!complaint.isEmpty());
        QVERIFY(m_resident->sync());
        QVERIFY(m_agent->sync());
        QVERIFY(!m_agent->desk->convert(complaint, u"electrical"_s).isEmpty());
        QVERIFY(m_agent->sync());
        QCOMPARE(m_agent->core.engine->needsAttentionCount(), 0);
        const QJsonObject converted = *m_agent->ticket(complaint);
        QCOMPARE(converted.value(u"kind"_s).toString(), u"repair"_s);
        QCOMPARE(converted.value(u"category"_s).toString(), u"electrical"_s);
        QCOMPARE(converted.value(u"photos"_s).toArray(), QJsonArray{photo});
        QCOMPARE(m_agent->desk->convert(complaint, u"plumbing"_s), QString()); // only complaints convert
    }

    void anOrderLoggedForAResidentEndsWithACallBack()
    {
        const QString id = m_agent->desk->submit({{u"kind"_s, u"repair"_s},
                                                  {u"category"_s, u"electrical"_s},
                                                  {u"description"_s, u"电话报修：客厅插座没电"_s},
                                                  {u"unitId"_s, u"unit-1-1-0301"_s},
                                                  {u"contactPhone"_s, u"13800000001"_s}});
        QVERIFY2(!id.isEmpty(), qPrintable(m_agent->desk->lastError()));
        QVERIFY(!m_agent->desk->assign(id, m_tech->id).isEmpty());
        QVERIFY(m_agent->sync());
        QCOMPARE(m_agent->core.engine->needsAttentionCount(), 0);
        QVERIFY(m_agent->ticket(id)->value(u"onBehalf"_s).toBool());
        QVERIFY(m_tech->sync());
        QVERIFY(!m_tech->desk->checkIn(id, QVariant()).isEmpty());
        QVERIFY(!m_tech->desk->resolve(id, {{u"summary"_s, u"Reset the breaker"_s}}).isEmpty());
        QVERIFY(m_tech->sync());

        // The resident sees it, but the office records the call-back instead of the rating.
        QVERIFY(m_resident->sync());
        QVERIFY(m_resident->ticket(id));
        QVERIFY(!TicketDesk::allowedActions(*m_resident->ticket(id), m_resident->desk->viewer()).contains(u"confirm"_s));
        QVERIFY(m_agent->sync());
        QVERIFY(TicketDesk::allowedActions(*m_agent->ticket(id), m_agent->desk->viewer()).contains(u"callBack"_s));
        QVERIFY(!m_agent->desk->callBack(id, u"回访：住户满意"_s).isEmpty());
        QVERIFY(m_agent->sync());
        QCOMPARE(m_agent->ticket(id)->value(u"status"_s).toString(), u"closed"_s);
    }
};

QTEST_GUILESS_MAIN(TestTicketLoop)
#include "tst_ticketloop.moc"
