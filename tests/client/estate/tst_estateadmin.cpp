// The estate's administration from the manager's phone, against the real courtyard-server
// over HTTPS: settings and a unit's area changed offline are kept, sent once and synced; a
// units file is checked (its problems by line), then applied; a staff account is created and
// deactivated, and what the server refuses comes back with its reason.

#include "../clientcore.h"

#include "estate/auditlogmodel.h"
#include "estate/estatedesk.h"
#include "estate/estatelistmodel.h"
#include "estate/unitimport.h"
#include "media/attachmentqueue.h"
#include "store/entityrepository.h"
#include "store/outbox.h"
#include "viewer.h"

#include "testclient.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;
using cytest::Core;

namespace {

const QString ManagerPhone = u"13900000009"_s; // 赵敏, est-1

/// The manager's app core with its EstateDesk.
struct Manager
{
    Manager(const QString &dir, const TestServer &server)
        : core(dir, {}, server.baseUrl(), server.caFile())
        , server(server.baseUrl())
    {
        QJsonObject user;
        id = core.login(ManagerPhone, &user);
        if (id.isEmpty() || !core.openStore(dir, id))
            return;
        QStringList estates;
        for (const QJsonValue &e : user.value(u"estates"_s).toArray())
            estates << e.toObject().value(u"id"_s).toString();
        viewer.set(id, user.value(u"name"_s).toString(), Courtyard::Role::Manager, estates, {});
        attachments = std::make_unique<AttachmentQueue>(core.store);
        desk = std::make_unique<EstateDesk>(core.store, *attachments, viewer, dir + u"/media"_s);
    }

    bool sync()
    {
        bool ok = false;
        return core.cycle(&ok) && ok;
    }
    void goOffline() { core.api.setBaseUrl(cytest::unreachableUrl()); }
    void goOnline() { core.api.setBaseUrl(server); }
    QJsonObject record(const QString &entity, const QString &id)
    {
        return EntityRepository(core.store).get(entity, id).value_or(QJsonObject());
    }

    Core core;
    Viewer viewer;
    QUrl server;
    QString id;
    std::unique_ptr<AttachmentQueue> attachments;
    std::unique_ptr<EstateDesk> desk;
};

} // namespace

class TestEstateAdmin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Manager> m_manager;

    /// The audit entries of @p action, read as the server has them (a fresh session).
    int auditCount(const QString &action)
    {
        TestClient client(*m_server);
        if (!client.login(ManagerPhone, cytest::DemoPassword).isValid())
            return -1;
        const HttpResponse r = client.get(u"/v1/audit?estateId=est-1&limit=200"_s);
        if (r.status != 200)
            return -1;
        int n = 0;
        for (const QJsonValue &e : r.object().value(u"entries"_s).toArray())
            n += e.toObject().value(u"action"_s).toString() == action ? 1 : 0;
        return n;
    }

    /// Waits for an import job's end.
    static bool settle(UnitImport &import)
    {
        return QTest::qWaitFor([&] { return !import.isBusy(); }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        COURTYARD_REQUIRE_TEST_BACKEND();
        m_server = std::make_unique<TestServer>(TestServer::backendFromEnv());
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QVERIFY(m_dir.isValid());
        m_manager = std::make_unique<Manager>(m_dir.filePath(u"manager"_s), *m_server);
        QVERIFY(m_manager->desk);
        QVERIFY(m_manager->sync());
        QVERIFY(!m_manager->record(u"estate"_s, u"est-1"_s).isEmpty());
    }

    void init() { m_manager->goOnline(); }

    void cleanupTestCase()
    {
        m_manager.reset();
        if (m_server)
            m_server->stop();
    }

    void offlineEditsAreSentOnce()
    {
        Manager &m = *m_manager;
        const QJsonObject unitBefore = m.record(u"unit"_s, u"unit-1-1-0301"_s);
        QVERIFY(!unitBefore.isEmpty());
        const int estateAudits = auditCount(u"estate.update"_s);
        QVERIFY(estateAudits >= 0);

        m.goOffline();
        const QString estateCommand =
            m.desk->updateEstate(u"est-1"_s, {{u"timeZone"_s, u"Asia/Urumqi"_s}, {u"ownerInvites"_s, true}});
        QVERIFY2(!estateCommand.isEmpty(), qPrintable(m.desk->lastError()));
        QVariantMap unit{{u"id"_s, u"unit-1-1-0301"_s},
                         {u"buildingId"_s, unitBefore.value(u"buildingId"_s).toString()},
                         {u"number"_s, unitBefore.value(u"number"_s).toString()},
                         {u"floor"_s, QString::number(unitBefore.value(u"floor"_s).toInt())},
                         {u"area"_s, u"89.57"_s},
                         {u"purpose"_s, u"residential"_s},
                         {u"status"_s, u"occupied"_s}};
        const QString unitCommand = m.desk->saveUnit(unit);
        QVERIFY2(!unitCommand.isEmpty(), qPrintable(m.desk->lastError()));
        // A refused form leaves nothing behind.
        unit[u"area"_s] = u"89.575"_s;
        QVERIFY(m.desk->saveUnit(unit).isEmpty());
        QVERIFY(!m.desk->lastError().isEmpty());

        // Kept on the phone and shown at once.
        QCOMPARE(Outbox(m.core.store).pendingCount(), 2);
        QCOMPARE(m.record(u"estate"_s, u"est-1"_s).value(u"timeZone"_s).toString(), u"Asia/Urumqi"_s);
        QCOMPARE(m.record(u"unit"_s, u"unit-1-1-0301"_s).value(u"areaCentiSqm"_s).toInteger(), 8957);
        QVERIFY(!m.sync()); // offline: nothing goes
        QCOMPARE(Outbox(m.core.store).pendingCount(), 2);

        m.goOnline();
        QVERIFY(m.sync());
        QCOMPARE(Outbox(m.core.store).pendingCount(), 0);
        QCOMPARE(Outbox(m.core.store).entry(estateCommand)->state, u"applied"_s);
        QCOMPARE(Outbox(m.core.store).entry(unitCommand)->state, u"applied"_s);
        QVERIFY(m.sync()); // a second cycle sends nothing again

        // The server has it, once: a fresh phone of the same manager reads it back.
        Manager fresh(m_dir.filePath(u"fresh"_s), *m_server);
        QVERIFY(fresh.sync());
        const QJsonObject estate = fresh.record(u"estate"_s, u"est-1"_s);
        QCOMPARE(estate.value(u"timeZone"_s).toString(), u"Asia/Urumqi"_s);
        QCOMPARE(estate.value(u"ownerInvites"_s).toBool(), true);
        QCOMPARE(fresh.record(u"unit"_s, u"unit-1-1-0301"_s).value(u"areaCentiSqm"_s).toInteger(), 8957);
        QCOMPARE(auditCount(u"estate.update"_s), estateAudits + 1);
    }

    void slaAndParking()
    {
        Manager &m = *m_manager;
        QVERIFY2(!m.desk->setSla(u"est-1"_s, u"urgent"_s, 30, 240).isEmpty(), qPrintable(m.desk->lastError()));
        QVERIFY(m.desk->setSla(u"est-1"_s, u"urgent"_s, 300, 240).isEmpty()); // resolve before response
        QVERIFY(!m.desk->saveParking({}, u"est-1"_s, u"B2-017"_s, u"unit-1-1-0301"_s).isEmpty());
        const QString space = m.desk->lastRecordId();
        QVERIFY(m.sync());
        QCOMPARE(m.record(u"slaPolicy"_s, u"est-1_urgent"_s).value(u"resolveMinutes"_s).toInt(), 240);
        QCOMPARE(m.record(u"parkingSpace"_s, space).value(u"unitId"_s).toString(), u"unit-1-1-0301"_s);

        EstateListModel spaces;
        QAbstractItemModelTester tester(&spaces, QAbstractItemModelTester::FailureReportingMode::QtTest);
        spaces.setStore(&m.core.store);
        spaces.setKind(u"parkingSpace"_s);
        spaces.setEstateId(u"est-1"_s);
        spaces.reload();
        const int all = spaces.rowCount(); // the demo's spaces and the new one
        QVERIFY(all >= 1);
        QVERIFY(!m.desk->removeParking(space).isEmpty());
        QTRY_COMPARE(spaces.rowCount(), all - 1); // gone at once, before the server has it
        QVERIFY(m.sync());
        QVERIFY(m.record(u"parkingSpace"_s, space).isEmpty());
    }

    void importUnits()
    {
        Manager &m = *m_manager;
        UnitImport import;
        import.setApi(&m.core.api);
        import.setEstateId(u"est-1"_s);

        // A file with problems: nothing changes, each problem names its line.
        import.checkBytes("building,number,floor,area\n1号楼,1-9901,99,88.50\n9号楼,9-0101,1,70\n1号楼,1-9902,99,70.555\n"_ba,
                          u"units.csv"_s);
        QVERIFY(settle(import));
        QCOMPARE(import.state(), u"invalid"_s);
        QVERIFY(!import.canApply());
        QStringList lines;
        for (const QVariant &p : import.problems())
            lines << p.toMap().value(u"text"_s).toString();
        QVERIFY2(lines.size() == 2, qPrintable(lines.join(u" | "_s)));
        QVERIFY2(lines.at(0).startsWith(u"Line 3: "_s) && lines.at(0).contains(u"9号楼"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"Line 4: "_s), qPrintable(lines.at(1)));

        // A good file: the dry run counts and changes nothing, then it is applied.
        const QByteArray good = "building,number,floor,area,purpose,status\n"
                                "1号楼,1-9901,99,88.50,residential,vacant\n"
                                "1号楼,1-9902,99,70.55,shop,notHandedOver\n"_ba;
        import.checkBytes(good, u"units.csv"_s);
        QVERIFY(settle(import));
        QCOMPARE(import.state(), u"checked"_s);
        QCOMPARE(import.rows(), 2);
        QCOMPARE(import.created(), 2);
        QVERIFY(import.canApply());
        QVERIFY(m.sync());
        EstateListModel units;
        units.setStore(&m.core.store);
        units.setKind(u"unit"_s);
        units.setSearch(u"1-990"_s);
        units.reload();
        QCOMPARE(units.rowCount(), 0); // a dry run writes nothing

        QSignalSpy applied(&import, &UnitImport::applied);
        import.apply();
        QVERIFY(settle(import));
        QCOMPARE(import.state(), u"applied"_s);
        QCOMPARE(applied.count(), 1);
        QVERIFY(m.sync());
        units.reload();
        QCOMPARE(units.rowCount(), 2);
        QCOMPARE(units.recordAt(0).value(u"areaCentiSqm"_s).toLongLong(), 8850);
        QCOMPARE(units.recordAt(1).value(u"areaCentiSqm"_s).toLongLong(), 7055);

        // Offline it says so.
        m.goOffline();
        import.checkBytes(good, u"units.csv"_s);
        QVERIFY(settle(import));
        QCOMPARE(import.state(), u"failed"_s);
        QVERIFY(import.errorText().contains(u"offline"_s));
    }

    void staffAccount()
    {
        Manager &m = *m_manager;
        const QVariantMap form{{u"name"_s, u"孙磊"_s}, {u"phone"_s, u"13900000077"_s}, {u"role"_s, u"technician"_s},
                               {u"estateIds"_s, QStringList{u"est-1"_s}}};
        const QString command = m.desk->saveStaff(form);
        QVERIFY2(!command.isEmpty(), qPrintable(m.desk->lastError()));
        const QString id = m.desk->lastRecordId();
        QVERIFY(m.sync());
        QCOMPARE(Outbox(m.core.store).entry(command)->state, u"applied"_s);
        QJsonObject staff = m.record(u"staff"_s, id);
        QCOMPARE(staff.value(u"name"_s).toString(), u"孙磊"_s);
        QCOMPARE(staff.value(u"active"_s).toBool(), true);
        QCOMPARE(staff.value(u"phoneMasked"_s).toString().contains(u"13900000077"_s), false);

        // The manager cannot deactivate themselves (the desk says so before any sending).
        QVERIFY(m.desk->deactivateStaff(m.id).isEmpty());
        QVERIFY(!m.desk->lastError().isEmpty());

        QVERIFY(!m.desk->deactivateStaff(id).isEmpty());
        QCOMPARE(m.record(u"staff"_s, id).value(u"active"_s).toBool(), false);
        QVERIFY(m.sync());
        QCOMPARE(m.record(u"staff"_s, id).value(u"active"_s).toBool(), false);
        QCOMPARE(auditCount(u"staff.deactivate"_s), 1);

        // Duty of a deactivated account is refused on the phone; reactivated, it is set.
        QVERIFY(m.desk->setDuty(id, true).isEmpty());
        QVERIFY(!m.desk->reactivateStaff(id).isEmpty());
        QVERIFY(!m.desk->setDuty(id, true).isEmpty());
        QVERIFY(m.sync());
        staff = m.record(u"staff"_s, id);
        QCOMPARE(staff.value(u"active"_s).toBool(), true);
        QCOMPARE(staff.value(u"onDuty"_s).toBool(), true);

        // A reset code for them is queued and sent once.
        const QString reset = m.desk->issueResetCode(id);
        QVERIFY(!reset.isEmpty());
        QVERIFY(m.sync());
        QCOMPARE(Outbox(m.core.store).entry(reset)->state, u"applied"_s);
    }

    void refusalComesBackWithItsReason()
    {
        // Two buildings cannot share a name: the phone cannot know every name (another
        // manager may have added it), so the server refuses and the outbox keeps why.
        Manager &m = *m_manager;
        const QString command = m.desk->saveBuilding({}, u"est-1"_s, u"1号楼"_s);
        QVERIFY(!command.isEmpty());
        QVERIFY(m.sync());
        const std::optional<Outbox::Entry> e = Outbox(m.core.store).entry(command);
        QVERIFY(e);
        QCOMPARE(e->state, u"rejected"_s);
        QVERIFY(!e->errorCode.isEmpty());
    }

    void auditLog()
    {
        Manager &m = *m_manager;
        AuditLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setApi(&m.core.api);
        log.setEstateId(u"est-1"_s);
        log.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!log.isLoading(), 30000);
        QVERIFY2(log.errorText().isEmpty(), qPrintable(log.errorText()));
        QVERIFY(log.rowCount() >= 5);
        // Newest first: the last act of this run (a reset code) leads.
        const QString first = log.data(log.index(0), AuditLogModel::LineRole).toString();
        QVERIFY2(first.contains(u" · "_s), qPrintable(first));
        QCOMPARE(log.data(log.index(0), AuditLogModel::WhoRole).toString(), m.viewer.name());

        // Filtered by a person who did nothing: empty.
        log.setActorId(u"usr-tech-2"_s);
        log.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!log.isLoading(), 30000);
        QCOMPARE(log.rowCount(), 0);

        m.goOffline();
        log.setActorId({});
        log.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!log.isLoading(), 30000);
        QVERIFY(!log.errorText().isEmpty());
    }
};

QTEST_MAIN(TestEstateAdmin)
#include "tst_estateadmin.moc"
