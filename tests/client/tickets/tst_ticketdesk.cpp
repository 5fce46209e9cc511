// TicketDesk, TicketDetail, StaffListModel and PhotoTray on a real account store (SQLite), with
// no server: what a person does is saved at once with its optimistic effect, refused locally
// when the rules forbid it, and shown with its pending state, SLA clock and refusal.

#include "media/attachmentqueue.h"
#include "store/entityrepository.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "media/photopipeline.h"
#include "media/phototray.h"
#include "tickets/stafflistmodel.h"
#include "tickets/ticketdesk.h"
#include "tickets/ticketdetail.h"
#include "tickets/ticketsla.h"
#include "estate/estatedirectory.h"
#include "testmodules.h"
#include "viewer.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;
using Courtyard::Role;

namespace {

constexpr qint64 Minute = 60'000;
const qint64 T0 = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject order(const QString &id, const QString &status, const QString &createdBy, const QString &assignee = {},
                  const QString &kind = u"repair"_s)
{
    return QJsonObject{{u"id"_s, id},
                       {u"estateId"_s, u"est-1"_s},
                       {u"unitId"_s, u"unit-a"_s},
                       {u"kind"_s, kind},
                       {u"category"_s, u"plumbing"_s},
                       {u"description"_s, u"Leak under the sink"_s},
                       {u"status"_s, status},
                       {u"priority"_s, u"normal"_s},
                       {u"assigneeId"_s, assignee.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(assignee)},
                       {u"assigneeName"_s, QJsonValue::Null},
                       {u"pooled"_s, false},
                       {u"onBehalf"_s, false},
                       {u"createdBy"_s, createdBy},
                       {u"createdAt"_s, iso(T0)},
                       {u"updatedAt"_s, iso(T0)},
                       {u"responseDueAt"_s, iso(T0 + 30 * Minute)},
                       {u"resolveDueAt"_s, iso(T0 + 8 * 60 * Minute)},
                       {u"acceptedAt"_s, QJsonValue::Null},
                       {u"resolvedAt"_s, QJsonValue::Null},
                       {u"photos"_s, QJsonArray()}};
}


QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestTicketDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<AttachmentQueue> m_attachments;
    qint64 m_now = T0;

    std::vector<std::unique_ptr<Viewer>> m_viewers;
    std::vector<std::unique_ptr<EstateDirectory>> m_directories;

    /// Who acts: kept until the case ends (desks and details refer to it).
    Viewer &viewer(const QString &id, Role role)
    {
        m_viewers.push_back(std::make_unique<Viewer>(
            id, role, QStringList{u"est-1"_s}, role == Role::Resident ? QStringList{u"unit-a"_s} : QStringList{}));
        return *m_viewers.back();
    }

    std::unique_ptr<TicketDesk> desk(const Viewer &v)
    {
        m_directories.push_back(std::make_unique<EstateDirectory>(*m_store, v));
        auto d = std::make_unique<TicketDesk>(*m_store, *m_attachments, v, m_dir.filePath(u"media"_s),
                                              *m_directories.back());
        d->setClock([this] { return m_now; });
        return d;
    }

    void put(const QString &entity, const QJsonObject &data)
    {
        LocalStore::Transaction tx(*m_store);
        QVERIFY(EntityRepository(*m_store).put(entity, data, 1));
        QVERIFY(tx.commit());
    }

    int outboxRows()
    {
        QSqlQuery q = m_store->prepared(u"SELECT COUNT(*) FROM outbox"_s);
        return m_store->exec(q) && q.next() ? q.value(0).toInt() : -1;
    }

    /// A real processed photo in the media folder; returns its sha256.
    QString photo(const QColor &colour)
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(colour);
        const QString source = m_dir.filePath(u"source-%1.png"_s.arg(colour.name().mid(1)));
        image.save(source);
        const auto result = PhotoPipeline::processFile(source, m_dir.filePath(u"media"_s), PhotoLimits());
        return result.photo.sha256;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<LocalStore>();
        QFile::remove(m_dir.filePath(u"store.db"_s));
        QVERIFY(m_store->open(m_dir.filePath(u"store.db"_s), cytest::catalog()));
        m_attachments = std::make_unique<AttachmentQueue>(*m_store);
        m_now = T0;
        put(u"building"_s, {{u"id"_s, u"bld-3"_s}, {u"estateId"_s, u"est-1"_s}, {u"name"_s, u"3栋"_s}});
        put(u"unit"_s, {{u"id"_s, u"unit-a"_s}, {u"estateId"_s, u"est-1"_s}, {u"buildingId"_s, u"bld-3"_s},
                        {u"number"_s, u"1202"_s}});
        put(u"staff"_s, {{u"id"_s, u"tech-1"_s}, {u"name"_s, u"李师傅"_s}, {u"role"_s, u"technician"_s},
                         {u"onDuty"_s, true}, {u"estateIds"_s, QJsonArray{u"est-1"_s}}});
        put(u"staff"_s, {{u"id"_s, u"tech-2"_s}, {u"name"_s, u"赵师傅"_s}, {u"role"_s, u"technician"_s},
                         {u"onDuty"_s, true}, {u"estateIds"_s, QJsonArray{u"est-1"_s}}});
        put(u"staff"_s, {{u"id"_s, u"tech-3"_s}, {u"name"_s, u"Off duty"_s}, {u"role"_s, u"technician"_s},
                         {u"onDuty"_s, false}, {u"estateIds"_s, QJsonArray{u"est-1"_s}}});
    }

    void cleanup()
    {
        m_directories.clear();
        m_viewers.clear();
        m_attachments.reset();
        m_store.reset();
    }

    void submitSavesTheRequestAndItsPhotosAtOnce()
    {
        auto resident = desk(viewer(u"res-1"_s, Role::Resident));
        const QString sha = photo(Qt::red);
        QVERIFY(!sha.isEmpty());
        QSignalSpy changed(m_store.get(), &LocalStore::changed);
        const QString id = resident->submit({{u"kind"_s, u"repair"_s},
                                             {u"category"_s, u"plumbing"_s},
                                             {u"description"_s, u"  Water drips from the ceiling  "_s},
                                             {u"unitId"_s, u"unit-a"_s},
                                             {u"photos"_s, QStringList{sha}},
                                             {u"visitFrom"_s, QDateTime::fromMSecsSinceEpoch(T0 + 60 * Minute)},
                                             {u"visitTo"_s, T0 + 180 * Minute},
                                             {u"contactPhone"_s, u"13800000001"_s}});
        QVERIFY2(!id.isEmpty(), qPrintable(resident->lastError()));
        QCOMPARE(changed.size(), 1); // one transaction: order, command and photo together

        const auto ticket = EntityRepository(*m_store).get(u"ticket"_s, id);
        QVERIFY(ticket);
        QCOMPARE(ticket->value(u"status"_s).toString(), u"submitted"_s);
        QCOMPARE(ticket->value(u"description"_s).toString(), u"Water drips from the ceiling"_s);
        QCOMPARE(ticket->value(u"createdBy"_s).toString(), u"res-1"_s);
        QCOMPARE(EntityRepository(*m_store).localPending(u"ticket"_s, id), 1);

        const auto entry = Outbox(*m_store).next();
        QVERIFY(!entry); // waits for its photo
        QCOMPARE(Outbox(*m_store).pendingCount(), 1);
        QCOMPARE(m_attachments->state(sha), AttachmentQueue::State::Pending);
        QVERIFY(m_attachments->markUploaded(sha));
        const auto ready = Outbox(*m_store).next();
        QVERIFY(ready);
        QCOMPARE(ready->type, u"ticket.submit"_s);
        QCOMPARE(ready->attachments, QStringList{sha});
        QCOMPARE(ready->payload.value(u"reportedAt"_s).toString(), iso(T0));
        QCOMPARE(ready->payload.value(u"visitFrom"_s).toString(), iso(T0 + 60 * Minute));
        QCOMPARE(ready->payload.value(u"photos"_s).toArray().size(), 1);

        // The detail shows it pending, with the report on its timeline.
        TicketDetail detail;
        detail.setViewer(&viewer(u"res-1"_s, Role::Resident));
        detail.setStore(m_store.get());
        detail.setTicketId(id);
        QVERIFY(detail.exists());
        QCOMPARE(detail.pending(), 1);
        QCOMPARE(detail.locationText(), u"3栋 1202"_s);
        QCOMPARE(detail.timeline().size(), 1);
        QVERIFY(detail.timeline().first().toMap().value(u"pending"_s).toBool());
        QCOMPARE(detail.timeline().first().toMap().value(u"action"_s).toString(), u"submit"_s);
        QCOMPARE(sorted(detail.actions()), sorted({u"cancel"_s, u"note"_s}));
    }

    void badFormsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QVariantMap>("form");
        const QVariantMap good{{u"kind"_s, u"repair"_s},
                               {u"category"_s, u"plumbing"_s},
                               {u"description"_s, u"Leak"_s},
                               {u"unitId"_s, u"unit-a"_s}};
        auto with = [&good](const QString &key, const QVariant &value) {
            QVariantMap f = good;
            if (value.isValid())
                f.insert(key, value);
            else
                f.remove(key);
            return f;
        };
        QTest::newRow("no kind") << with(u"kind"_s, {});
        QTest::newRow("unknown kind") << with(u"kind"_s, u"praise"_s);
        QTest::newRow("no category") << with(u"category"_s, {});
        QTest::newRow("blank description") << with(u"description"_s, u"   "_s);
        QTest::newRow("description too long") << with(u"description"_s, QString(2001, u'x'));
        QTest::newRow("nowhere") << with(u"unitId"_s, {});
        QTest::newRow("someone else's unit") << with(u"unitId"_s, u"unit-z"_s);
        QTest::newRow("window backwards") << [&] {
            QVariantMap f = good;
            f.insert(u"visitFrom"_s, T0 + 120 * Minute);
            f.insert(u"visitTo"_s, T0 + 60 * Minute);
            return f;
        }();
        QTest::newRow("half a window") << with(u"visitFrom"_s, T0 + 60 * Minute);
        QTest::newRow("bad phone") << with(u"contactPhone"_s, u"call me"_s);
        QTest::newRow("seven photos") << with(u"photos"_s, QStringList(7, QString(64, u'a')));
        QTest::newRow("photo not here") << with(u"photos"_s, QStringList{QString(64, u'b')});
    }

    void badFormsAreRefusedAndChangeNothing()
    {
        QFETCH(QVariantMap, form);
        auto resident = desk(viewer(u"res-1"_s, Role::Resident));
        QCOMPARE(resident->submit(form), QString());
        QVERIFY(!resident->lastError().isEmpty());
        QCOMPARE(outboxRows(), 0);
        QSqlQuery q = m_store->prepared(u"SELECT COUNT(*) FROM tickets"_s);
        QVERIFY(m_store->exec(q) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void actionsFollowTheRoleAndTheState_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("viewerId");
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("expected");
        const int resident = int(Role::Resident), agent = int(Role::Agent), tech = int(Role::Technician);
        QTest::newRow("owner, submitted") << u"submitted"_s << u"repair"_s << u"res-1"_s << resident
                                          << QStringList{u"cancel"_s, u"note"_s};
        QTest::newRow("owner, on site") << u"on_site"_s << u"repair"_s << u"res-1"_s << resident << QStringList{u"note"_s};
        QTest::newRow("owner, resolved") << u"resolved"_s << u"repair"_s << u"res-1"_s << resident
                                         << QStringList{u"confirm"_s, u"note"_s, u"reject"_s};
        QTest::newRow("owner, closed") << u"closed"_s << u"repair"_s << u"res-1"_s << resident << QStringList{u"note"_s};
        QTest::newRow("agent, submitted complaint")
            << u"submitted"_s << u"complaint"_s << u"agent-1"_s << agent
            << QStringList{u"accept"_s, u"assign"_s, u"cancel"_s, u"convert"_s, u"note"_s, u"openToPool"_s,
                           u"setPriority"_s};
        QTest::newRow("agent, on site") << u"on_site"_s << u"repair"_s << u"agent-1"_s << agent
                                        << QStringList{u"hold"_s, u"note"_s, u"setPriority"_s};
        QTest::newRow("assignee, assigned") << u"assigned"_s << u"repair"_s << u"tech-1"_s << tech
                                            << QStringList{u"checkIn"_s, u"hold"_s, u"note"_s};
        QTest::newRow("assignee, on site") << u"on_site"_s << u"repair"_s << u"tech-1"_s << tech
                                           << QStringList{u"hold"_s, u"note"_s, u"resolve"_s};
        QTest::newRow("assignee, on hold") << u"on_hold"_s << u"repair"_s << u"tech-1"_s << tech
                                           << QStringList{u"note"_s, u"resume"_s};
        QTest::newRow("other technician") << u"on_site"_s << u"repair"_s << u"tech-2"_s << tech << QStringList{};
    }

    void actionsFollowTheRoleAndTheState()
    {
        QFETCH(QString, status);
        QFETCH(QString, kind);
        QFETCH(QString, viewerId);
        QFETCH(int, role);
        QFETCH(QStringList, expected);
        const QJsonObject t = order(u"t-1"_s, status, u"res-1"_s, u"tech-1"_s, kind);
        QCOMPARE(sorted(TicketDesk::allowedActions(t, viewer(viewerId, Role(role)))), sorted(expected));
    }

    void thePoolIsForTechniciansToTake()
    {
        QJsonObject t = order(u"t-1"_s, u"accepted"_s, u"res-1"_s);
        t.insert(u"pooled"_s, true);
        QCOMPARE(TicketDesk::allowedActions(t, viewer(u"tech-2"_s, Role::Technician)), QStringList{u"take"_s});
        put(u"ticket"_s, t);
        auto tech = desk(viewer(u"tech-2"_s, Role::Technician));
        QVERIFY(!tech->take(u"t-1"_s).isEmpty());
        const auto after = EntityRepository(*m_store).get(u"ticket"_s, u"t-1"_s);
        QCOMPARE(after->value(u"status"_s).toString(), u"assigned"_s);
        QCOMPARE(after->value(u"assigneeId"_s).toString(), u"tech-2"_s);
        QCOMPARE(after->value(u"assigneeName"_s).toString(), u"赵师傅"_s);
        QCOMPARE(after->value(u"pooled"_s).toBool(), false);
    }

    void forbiddenActsAreRefusedBeforeTheyAreQueued()
    {
        put(u"ticket"_s, order(u"t-1"_s, u"assigned"_s, u"res-1"_s, u"tech-1"_s));
        auto resident = desk(viewer(u"res-1"_s, Role::Resident));
        auto other = desk(viewer(u"tech-2"_s, Role::Technician));
        auto tech = desk(viewer(u"tech-1"_s, Role::Technician));
        QCOMPARE(resident->accept(u"t-1"_s), QString());
        QCOMPARE(resident->confirm(u"t-1"_s, 5, 5, 5, {}), QString()); // not resolved yet
        QCOMPARE(other->checkIn(u"t-1"_s, {}), QString());             // not theirs
        QCOMPARE(tech->resolve(u"t-1"_s, {{u"summary"_s, u"done"_s}}), QString()); // not checked in
        QCOMPARE(tech->note(u"t-1"_s, u"   "_s, false), QString());
        QCOMPARE(resident->note(u"t-1"_s, u"internal?"_s, true), QString());
        QCOMPARE(resident->cancel(u"missing"_s, {}), QString());
        QVERIFY(!tech->lastError().isEmpty());
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(EntityRepository(*m_store).localPending(u"ticket"_s, u"t-1"_s), 0);
    }

    void aTechniciansDayOffline()
    {
        put(u"ticket"_s, order(u"t-1"_s, u"assigned"_s, u"res-1"_s, u"tech-1"_s));
        auto tech = desk(viewer(u"tech-1"_s, Role::Technician));
        m_now = T0 + 40 * Minute;
        QVERIFY(!tech->checkIn(u"t-1"_s, QVariantMap{{u"latitude"_s, 31.2}, {u"longitude"_s, 121.5},
                                                     {u"accuracyM"_s, 12.0}}).isEmpty());
        const QString sha = photo(Qt::blue);
        QVERIFY(!tech->note(u"t-1"_s, u"Valve seized"_s, true, {sha}).isEmpty());
        m_now = T0 + 95 * Minute;
        const QString signature = photo(Qt::white);
        QVERIFY2(!tech->resolve(u"t-1"_s, {{u"summary"_s, u"Replaced the valve"_s},
                                           {u"parts"_s, QVariantList{QVariantMap{{u"name"_s, u"Valve DN15"_s},
                                                                                 {u"quantity"_s, 1}}}},
                                           {u"minutesWorked"_s, 45},
                                           {u"signature"_s, signature}})
                     .isEmpty(),
                 qPrintable(tech->lastError()));
        // Bad reports are refused.
        QCOMPARE(tech->resolve(u"t-1"_s, {{u"summary"_s, u"x"_s},
                                         {u"parts"_s, QVariantList{QVariantMap{{u"name"_s, u""_s}, {u"quantity"_s, 1}}}}}),
                 QString());

        const auto t = EntityRepository(*m_store).get(u"ticket"_s, u"t-1"_s);
        QCOMPARE(t->value(u"status"_s).toString(), u"resolved"_s);
        QCOMPARE(t->value(u"onSiteAt"_s).toString(), iso(T0 + 40 * Minute));
        QCOMPARE(t->value(u"resolvedAt"_s).toString(), iso(T0 + 95 * Minute));
        QCOMPARE(t->value(u"minutesWorked"_s).toInt(), 45);
        QCOMPARE(EntityRepository(*m_store).localPending(u"ticket"_s, u"t-1"_s), 3);

        // The commands carry the device's times of the acts, in order.
        QSqlQuery q = m_store->prepared(u"SELECT type, payload, attachments FROM outbox ORDER BY seq"_s);
        QVERIFY(m_store->exec(q));
        QStringList types;
        QStringList payloads;
        QStringList attachments;
        while (q.next()) {
            types << q.value(0).toString();
            payloads << q.value(1).toString();
            attachments << q.value(2).toString();
        }
        QCOMPARE(types, (QStringList{u"ticket.checkIn"_s, u"ticket.note"_s, u"ticket.resolve"_s}));
        QVERIFY(payloads.at(0).contains(iso(T0 + 40 * Minute)));
        QVERIFY(payloads.at(0).contains(u"\"accuracyM\":12"_s));
        QVERIFY(payloads.at(1).contains(u"\"internal\":true"_s));
        QCOMPARE(attachments.at(1), sha);
        QCOMPARE(attachments.at(2), signature);

        // The timeline shows the three acts as pending, in order, with their device times.
        TicketDetail detail;
        detail.setViewer(&viewer(u"tech-1"_s, Role::Technician));
        detail.setStore(m_store.get());
        detail.setTicketId(u"t-1"_s);
        const QVariantList timeline = detail.timeline();
        QCOMPARE(timeline.size(), 3);
        QCOMPARE(timeline.at(0).toMap().value(u"action"_s).toString(), u"checkIn"_s);
        QCOMPARE(timeline.at(0).toMap().value(u"at"_s).toDateTime().toMSecsSinceEpoch(), T0 + 40 * Minute);
        QCOMPARE(timeline.at(1).toMap().value(u"photos"_s).toStringList(), QStringList{sha});
        QVERIFY(timeline.at(1).toMap().value(u"internal"_s).toBool());
        QCOMPARE(timeline.at(2).toMap().value(u"note"_s).toString(), u"Replaced the valve"_s);
        for (const QVariant &e : timeline)
            QVERIFY(e.toMap().value(u"pending"_s).toBool());
    }

    void aRefusalShowsOnTheOrderUntilDismissed()
    {
        put(u"ticket"_s, order(u"t-1"_s, u"submitted"_s, u"res-1"_s));
        auto resident = desk(viewer(u"res-1"_s, Role::Resident));
        const QString command = resident->cancel(u"t-1"_s, u"Fixed it myself"_s);
        QVERIFY(!command.isEmpty());
        TicketDetail detail;
        detail.setViewer(&viewer(u"res-1"_s, Role::Resident));
        detail.setStore(m_store.get());
        detail.setTicketId(u"t-1"_s);
        QCOMPARE(detail.ticket().toMap().value(u"status"_s).toString(), u"cancelled"_s);
        QVERIFY(detail.rejection().isNull());

        QSignalSpy changed(&detail, &TicketDetail::changed);
        QVERIFY(Outbox(*m_store).markRejected(command, 409, u"illegal_transition"_s,
                                              u"ticket.cancel is not possible while the request is on_site."_s, {}));
        QVERIFY(changed.wait(2000));
        QCOMPARE(detail.ticket().toMap().value(u"status"_s).toString(), u"submitted"_s); // rolled back
        QCOMPARE(detail.pending(), 0);
        const QVariantMap rejection = detail.rejection().toMap();
        QCOMPARE(rejection.value(u"code"_s).toString(), u"illegal_transition"_s);
        QVERIFY(rejection.value(u"message"_s).toString().contains(u"on_site"_s));
        QCOMPARE(rejection.value(u"action"_s).toString(), u"cancel"_s);
        QVERIFY(detail.dismissRejection());
        QVERIFY(detail.rejection().isNull());
    }

    void slaInPlainWords()
    {
        QJsonObject t = order(u"t-1"_s, u"submitted"_s, u"res-1"_s);
        TicketSla::Times times = TicketSla::timesOf(t);
        QCOMPARE(TicketSla::responseText(times, T0 + 10 * Minute), u"Answer due in 20 min"_s);
        QVERIFY(!TicketSla::isOverdue(times, T0 + 10 * Minute));
        QCOMPARE(TicketSla::responseText(times, T0 + 70 * Minute), u"Answer overdue by 40 min"_s);
        QVERIFY(TicketSla::isOverdue(times, T0 + 70 * Minute));

        t.insert(u"status"_s, u"assigned"_s);
        t.insert(u"acceptedAt"_s, iso(T0 + 12 * Minute));
        times = TicketSla::timesOf(t);
        QCOMPARE(TicketSla::responseText(times, T0 + 70 * Minute), u"Answered in 12 min · target 30 min"_s);
        QCOMPARE(TicketSla::resolveText(times, T0 + 70 * Minute), u"Fix due in 6 h 50 min"_s);
        QCOMPARE(TicketSla::headline(times, T0 + 70 * Minute), u"Fix due in 6 h 50 min"_s);
        QVERIFY(TicketSla::isOverdue(times, T0 + 9 * 60 * Minute));
        QCOMPARE(TicketSla::resolveText(times, T0 + 9 * 60 * Minute), u"Fix overdue by 1 h"_s);

        t.insert(u"status"_s, u"resolved"_s);
        t.insert(u"resolvedAt"_s, iso(T0 + 26 * 60 * Minute + 5 * Minute));
        times = TicketSla::timesOf(t);
        QCOMPARE(TicketSla::resolveText(times, T0 + 30 * 60 * Minute), u"Fixed in 1 d 2 h · target 8 h"_s);
        QVERIFY(!TicketSla::isOverdue(times, T0 + 30 * 60 * Minute)); // done: no longer flagged

        t.insert(u"status"_s, u"cancelled"_s);
        t.insert(u"acceptedAt"_s, QJsonValue::Null);
        t.insert(u"resolvedAt"_s, QJsonValue::Null);
        times = TicketSla::timesOf(t);
        QCOMPARE(TicketSla::responseText(times, T0 + 99 * Minute), QString());
        QCOMPARE(TicketSla::resolveText(times, T0 + 99 * Minute), QString());
    }

    void techniciansListedByDutyThenLoad()
    {
        put(u"ticket"_s, order(u"t-1"_s, u"assigned"_s, u"res-1"_s, u"tech-1"_s));
        put(u"ticket"_s, order(u"t-2"_s, u"on_site"_s, u"res-1"_s, u"tech-1"_s));
        put(u"ticket"_s, order(u"t-3"_s, u"closed"_s, u"res-1"_s, u"tech-2"_s));
        StaffListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStoreObject(m_store.get());
        model.setEstateId(u"est-1"_s);
        QCOMPARE(model.rowCount(), 3);
        auto at = [&model](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(at(0, StaffListModel::IdRole).toString(), u"tech-2"_s);
        QCOMPARE(at(0, StaffListModel::OpenCountRole).toInt(), 0);
        QCOMPARE(at(1, StaffListModel::IdRole).toString(), u"tech-1"_s);
        QCOMPARE(at(1, StaffListModel::OpenCountRole).toInt(), 2);
        QCOMPARE(at(2, StaffListModel::OnDutyRole).toBool(), false);

        // An assignment made here moves the load at once.
        auto agent = desk(viewer(u"agent-1"_s, Role::Agent));
        put(u"ticket"_s, order(u"t-4"_s, u"submitted"_s, u"res-1"_s));
        QVERIFY(!agent->assign(u"t-4"_s, u"tech-2"_s).isEmpty());
        QTRY_COMPARE(at(0, StaffListModel::OpenCountRole).toInt() + at(1, StaffListModel::OpenCountRole).toInt(), 3);
    }

    void photoTrayProcessesOffTheUiThread()
    {
        PhotoTray tray;
        tray.setOutputDir(m_dir.filePath(u"tray"_s));
        tray.setMaximum(2);
        QImage image(800, 600, QImage::Format_RGB32);
        image.fill(Qt::green);
        const QString a = m_dir.filePath(u"a.png"_s);
        QVERIFY(image.save(a));
        QFile garbage(m_dir.filePath(u"not-a-photo.jpg"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("definitely not a JPEG");
        garbage.close();

        QVERIFY(tray.add(QUrl::fromLocalFile(a)));
        QVERIFY(tray.isBusy());
        QTRY_VERIFY(!tray.isBusy());
        QCOMPARE(tray.hashes().size(), 1);
        const QString sha = tray.hashes().constFirst();
        QVERIFY(QFile::exists(QDir(m_dir.filePath(u"tray"_s)).filePath(sha + u".jpg"_s)));

        QVERIFY(tray.add(QUrl::fromLocalFile(a))); // the same photo again is kept once
        QTRY_VERIFY(!tray.isBusy());
        QCOMPARE(tray.rowCount(), 1);

        QSignalSpy refused(&tray, &PhotoTray::refused);
        QVERIFY(tray.add(QUrl::fromLocalFile(garbage.fileName())));
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(tray.rowCount(), 1);
        QVERIFY(!tray.lastError().isEmpty());
        QVERIFY(!tray.add(QUrl::fromLocalFile(m_dir.filePath(u"missing.png"_s))));

        QImage other(10, 10, QImage::Format_RGB32);
        other.fill(Qt::black);
        QVERIFY(other.save(m_dir.filePath(u"b.png"_s)));
        QVERIFY(tray.add(QUrl::fromLocalFile(m_dir.filePath(u"b.png"_s))));
        QTRY_VERIFY(!tray.isBusy());
        QVERIFY(tray.isFull());
        QVERIFY(!tray.add(QUrl::fromLocalFile(a)));
        tray.remove(0);
        QCOMPARE(tray.hashes().size(), 1);
    }

    // Defect 7 of issue 8: resume returned to a status guessed from the order's facts; after a
    // reassignment (still carrying the first technician's onSiteAt) it guessed "on site" and
    // offered Resolve, which the server refused. The server says where: heldFrom.
    void resumeReturnsToWhereTheServerSaysItWasHeld()
    {
        QJsonObject t = order(u"t-1"_s, u"on_hold"_s, u"res-1"_s, u"tech-2"_s);
        t.insert(u"onSiteAt"_s, iso(T0 + 20 * Minute)); // the colleague's, before the reassignment
        t.insert(u"heldFrom"_s, u"assigned"_s);
        t.insert(u"holdReason"_s, u"Waiting for parts"_s);
        put(u"ticket"_s, t);
        auto tech = desk(viewer(u"tech-2"_s, Role::Technician));
        QVERIFY2(!tech->resume(u"t-1"_s).isEmpty(), qPrintable(tech->lastError()));
        const auto after = EntityRepository(*m_store).get(u"ticket"_s, u"t-1"_s);
        QCOMPARE(after->value(u"status"_s).toString(), u"assigned"_s);
        QVERIFY(after->value(u"heldFrom"_s).isNull());
        QVERIFY(after->value(u"holdReason"_s).isNull());
        const QStringList actions = TicketDesk::allowedActions(*after, viewer(u"tech-2"_s, Role::Technician));
        QVERIFY(actions.contains(u"checkIn"_s));
        QVERIFY(!actions.contains(u"resolve"_s));

        // Held offline: the optimistic order remembers where it was, so resume works offline too.
        put(u"ticket"_s, order(u"t-2"_s, u"on_site"_s, u"res-1"_s, u"tech-2"_s));
        QVERIFY(!tech->hold(u"t-2"_s, u"Needs a part"_s).isEmpty());
        QCOMPARE(EntityRepository(*m_store).get(u"ticket"_s, u"t-2"_s)->value(u"heldFrom"_s).toString(), u"on_site"_s);
        QVERIFY(!tech->resume(u"t-2"_s).isEmpty());
        QCOMPARE(EntityRepository(*m_store).get(u"ticket"_s, u"t-2"_s)->value(u"status"_s).toString(), u"on_site"_s);

        // Without the server's word the desk does not guess.
        QJsonObject unknown = order(u"t-3"_s, u"on_hold"_s, u"res-1"_s, u"tech-2"_s);
        put(u"ticket"_s, unknown);
        QCOMPARE(tech->resume(u"t-3"_s), QString());
        QVERIFY(!tech->lastError().isEmpty());
    }

    // Defect 6 of issue 8: the timeline parsed the server's English notes; the server's own
    // steps now come as structured `detail`, said in the person's language.
    void theTimelineSaysWhatTheServerDid()
    {
        put(u"ticket"_s, order(u"t-1"_s, u"closed"_s, u"res-1"_s, u"tech-1"_s));
        auto event = [](const QString &id, const QString &type, const QString &from, const QString &to,
                        const QJsonValue &detail, qint64 at) {
            return QJsonObject{{u"id"_s, id}, {u"ticketId"_s, u"t-1"_s}, {u"type"_s, type},
                               {u"fromStatus"_s, from.isEmpty() ? QJsonValue() : QJsonValue(from)},
                               {u"toStatus"_s, to.isEmpty() ? QJsonValue() : QJsonValue(to)},
                               {u"actorName"_s, u"Courtyard"_s}, {u"actorRole"_s, u"system"_s},
                               {u"note"_s, QJsonValue::Null}, {u"internal"_s, false}, {u"at"_s, iso(at)},
                               {u"receivedAt"_s, iso(at)}, {u"photos"_s, QJsonArray()}, {u"detail"_s, detail}};
        };
        put(u"ticketEvent"_s, event(u"e1"_s, u"status"_s, u"accepted"_s, u"accepted"_s,
                                    QJsonObject{{u"kind"_s, u"priority"_s}, {u"from"_s, u"normal"_s}, {u"to"_s, u"urgent"_s}}, T0 + Minute));
        put(u"ticketEvent"_s, event(u"e2"_s, u"status"_s, u"accepted"_s, u"assigned"_s,
                                    QJsonObject{{u"kind"_s, u"roundRobin"_s}}, T0 + 2 * Minute));
        put(u"ticketEvent"_s, event(u"e3"_s, u"converted"_s, {}, {},
                                    QJsonObject{{u"kind"_s, u"convert"_s}, {u"from"_s, u"complaint"_s}, {u"to"_s, u"repair"_s}}, T0 + 3 * Minute));
        put(u"ticketEvent"_s, event(u"e4"_s, u"status"_s, u"resolved"_s, u"closed"_s,
                                    QJsonObject{{u"kind"_s, u"autoClose"_s}, {u"afterDays"_s, 7}}, T0 + 4 * Minute));
        put(u"ticketEvent"_s, event(u"e5"_s, u"status"_s, u"closed"_s, u"closed"_s,
                                    QJsonObject{{u"kind"_s, u"somethingNew"_s}}, T0 + 5 * Minute));
        put(u"ticketEvent"_s, event(u"e6"_s, u"status"_s, u"assigned"_s, u"on_site"_s, QJsonValue::Null, T0 + 6 * Minute));
        TicketDetail detail;
        detail.setViewer(&viewer(u"agent-1"_s, Role::Agent));
        detail.setStore(m_store.get());
        detail.setTicketId(u"t-1"_s);
        const QVariantList timeline = detail.timeline();
        QCOMPARE(timeline.size(), 6);
        auto entry = [&](int i) { return timeline.at(i).toMap(); };
        QCOMPARE(entry(0).value(u"action"_s).toString(), u"setPriority"_s);
        QCOMPARE(entry(0).value(u"note"_s).toString(), u"Normal → Urgent"_s);
        QCOMPARE(entry(1).value(u"action"_s).toString(), u"assigned"_s);
        QCOMPARE(entry(1).value(u"note"_s).toString(), u"Assigned by round-robin"_s);
        QCOMPARE(entry(2).value(u"action"_s).toString(), u"converted"_s);
        QCOMPARE(entry(2).value(u"note"_s).toString(), u"Complaint → Repair"_s);
        QCOMPARE(entry(3).value(u"action"_s).toString(), u"closed"_s);
        QCOMPARE(entry(3).value(u"note"_s).toString(), u"Closed automatically after 7 day(s) without an answer"_s);
        // A kind this build does not know is a plain step.
        QCOMPARE(entry(4).value(u"action"_s).toString(), u"update"_s);
        QVERIFY(entry(4).value(u"note"_s).isNull());
        QCOMPARE(entry(5).value(u"action"_s).toString(), u"on_site"_s);
    }

    // Defect 11 of issue 8: lengths are characters (code points), as the server counts them.
    void theFormCheckCountsCharactersAsTheServerDoes()
    {
        const QVariantMap good{{u"kind"_s, u"repair"_s}, {u"category"_s, u"plumbing"_s},
                               {u"description"_s, u"Leak"_s}, {u"unitId"_s, u"unit-a"_s}};
        QCOMPARE(TicketDesk::checkRequest(good, T0), QVariantMap());
        QVariantMap form = good;
        const QString emoji = QString::fromUtf8("\xF0\x9F\x92\xA7"); // 💧: two UTF-16 units, one character
        form.insert(u"description"_s, emoji.repeated(2000));
        QCOMPARE(TicketDesk::checkRequest(form, T0), QVariantMap());
        form.insert(u"description"_s, emoji.repeated(2001));
        QVERIFY(TicketDesk::checkRequest(form, T0).value(u"description"_s).toString().contains(u"2000"_s));
        form.insert(u"description"_s, u"Leak "_s + QChar(0xD83D)); // an unpaired surrogate
        QVERIFY(TicketDesk::checkRequest(form, T0).contains(u"description"_s));
        // The phone rule is Formats::isContactPhone's: spaces and dashes allowed, 5 to 20.
        form = good;
        form.insert(u"contactPhone"_s, u"+86 138-0000-0001"_s);
        QCOMPARE(TicketDesk::checkRequest(form, T0), QVariantMap());
        form.insert(u"contactPhone"_s, u"138abc"_s);
        QVERIFY(TicketDesk::checkRequest(form, T0).contains(u"phone"_s));
        // Several problems at once, each on its field.
        const QVariantMap problems = TicketDesk::checkRequest({{u"placeKind"_s, u"common"_s}}, T0);
        QCOMPARE(problems.keys(), (QStringList{u"category"_s, u"description"_s, u"kind"_s, u"place"_s}));
        // submit() refuses with the same words.
        auto resident = desk(viewer(u"res-1"_s, Role::Resident));
        form.insert(u"contactPhone"_s, u"138abc"_s);
        QCOMPARE(resident->submit(form), QString());
        QCOMPARE(resident->lastError(), TicketDesk::checkRequest(form, T0).value(u"phone"_s).toString());
    }
};

QTEST_MAIN(TestTicketDesk)
#include "tst_ticketdesk.moc"
