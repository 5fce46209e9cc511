// The office's fee desk against the real courtyard-server over HTTPS (the demo estate's year
// of bills): a payment recorded offline is kept with a provisional receipt number, sent
// through FaultProxy while it breaks exchanges, applied exactly once, and then shows the
// server's receipt number; a command the server refuses comes back with its reason; a reading
// lower than the meter's last is refused on the phone before anything is queued; the arrears
// list computed on the phone from the synced bills equals GET /v1/estates/{id}/arrears.

#include "../clientcore.h"

#include "faultproxy.h"
#include "fees/feearrears.h"
#include "fees/feedesk.h"
#include "fees/feestaffledger.h"
#include "fees/feestaffwords.h"
#include "media/attachmentqueue.h"
#include "store/entityrepository.h"
#include "store/outbox.h"
#include "viewer.h"

#include "testclient.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;
using cytest::Core;

namespace {

const QString AgentPhone = cytest::AgentPhone; // est-1's front desk
const QString ManagerPhone = u"13900000009"_s;

/// A staff phone's core with its FeeDesk.
struct Phone
{
    Phone(const QString &dir, const TestServer &server, const QString &phone, Courtyard::Role role)
        : core(dir, {}, server.baseUrl(), server.caFile())
        , server(server.baseUrl())
    {
        QJsonObject user;
        id = core.login(phone, &user);
        if (id.isEmpty() || !core.openStore(dir, id))
            return;
        QStringList estates;
        for (const QJsonValue &e : user.value(u"estates"_s).toArray())
            estates << e.toObject().value(u"id"_s).toString();
        viewer.set(id, user.value(u"name"_s).toString(), role, estates, {});
        attachments = std::make_unique<AttachmentQueue>(core.store);
        desk = std::make_unique<FeeDesk>(core.store, *attachments, viewer, dir + u"/media"_s);
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
    int pending() { return Outbox(core.store).pendingCount(); }

    Core core;
    Viewer viewer;
    QUrl server;
    QString id;
    std::unique_ptr<AttachmentQueue> attachments;
    std::unique_ptr<FeeDesk> desk;
};

/// A unit of est-1 that owes something on @p phone, or "".
QString owingUnit(LocalStore &store, int skip = 0)
{
    QSqlQuery q = store.prepared(u"SELECT DISTINCT unit_id FROM bills WHERE estate_id = 'est-1'"
                                 " AND status IN ('unpaid', 'partly_paid') ORDER BY unit_id"_s);
    if (!store.exec(q))
        return {};
    while (q.next()) {
        const QString unit = q.value(0).toString();
        if (!FeeStaffLedger::outstanding(store, unit).isEmpty() && skip-- == 0)
            return unit;
    }
    return {};
}

} // namespace

class TestFeeDesk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Phone> m_agent;

    /// The payments the server has with this device receipt number (a fresh manager's phone).
    QList<QJsonObject> serverPayments(const QString &deviceReceiptNo)
    {
        Phone fresh(m_dir.filePath(u"fresh-%1"_s.arg(QDateTime::currentMSecsSinceEpoch())), *m_server, ManagerPhone,
                    Courtyard::Role::Manager);
        if (!fresh.sync())
            return {};
        QList<QJsonObject> out;
        QSqlQuery q = fresh.core.store.prepared(u"SELECT data FROM payments"_s);
        if (!fresh.core.store.exec(q))
            return {};
        while (q.next()) {
            const QJsonObject p = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            if (p.value(u"deviceReceiptNo"_s).toString() == deviceReceiptNo)
                out << p;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        COURTYARD_REQUIRE_TEST_BACKEND();
        m_server = std::make_unique<TestServer>(TestServer::backendFromEnv());
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QVERIFY(m_dir.isValid());
        m_agent = std::make_unique<Phone>(m_dir.filePath(u"agent"_s), *m_server, AgentPhone, Courtyard::Role::Agent);
        QVERIFY(m_agent->desk);
        QVERIFY(m_agent->sync());
        QVERIFY2(!owingUnit(m_agent->core.store).isEmpty(), "the demo estate has bills owed");
    }

    void init() { m_agent->goOnline(); }

    void cleanupTestCase()
    {
        m_agent.reset();
        if (m_server)
            m_server->stop();
    }

    void paymentFormChecks()
    {
        Phone &a = *m_agent;
        const QString unit = owingUnit(a.core.store);
        QVariantMap form{{u"unitId"_s, unit}, {u"amount"_s, u"12.345"_s}, {u"method"_s, u"cash"_s}};
        QVERIFY(a.desk->checkPayment(form).contains(u"amount"_s)); // a third decimal
        form[u"amount"_s] = u"0"_s;
        QVERIFY(a.desk->checkPayment(form).contains(u"amount"_s));
        form[u"amount"_s] = u"1,234.50"_s;
        form[u"method"_s] = u"cheque"_s;
        QVERIFY(a.desk->checkPayment(form).contains(u"method"_s));
        form[u"method"_s] = u"wechat"_s;
        QVERIFY(a.desk->checkPayment(form).isEmpty());
        const int before = a.pending();
        form[u"amount"_s] = u"abc"_s;
        QVERIFY(a.desk->recordPayment(form).isEmpty());
        QVERIFY(!a.desk->lastError().isEmpty());
        QCOMPARE(a.pending(), before); // nothing queued
        // A picked bill is paid first; the rest of a large amount is credit.
        const QList<Courtyard::Fees::Outstanding> owed = FeeStaffLedger::outstanding(a.core.store, unit);
        const Courtyard::Fees::Outstanding &last = owed.constLast();
        form[u"amount"_s] = u"100000"_s;
        form[u"billIds"_s] = QStringList{last.billId};
        const QVariantMap preview = a.desk->previewPayment(form);
        const QVariantList allocations = preview.value(u"allocations"_s).toList();
        QCOMPARE(allocations.size(), 1);
        QCOMPARE(allocations.first().toMap().value(u"billId"_s).toString(), last.billId);
        QCOMPARE(allocations.first().toMap().value(u"amountFen"_s).toLongLong(), last.owedFen);
        QCOMPARE(preview.value(u"creditFen"_s).toLongLong(), 10000000 - last.owedFen);
    }

    /// The manager's switch for agents and the collection figures: off when the synced policy does
    /// not say, sent as a bool in feePolicy.set, and read back from the policy kept here.
    void policyCarriesAgentsSeeCollection()
    {
        Phone m(m_dir.filePath(u"manager-policy"_s), *m_server, ManagerPhone, Courtyard::Role::Manager);
        QVERIFY(m.desk);
        QVERIFY(m.sync());
        m.goOffline(); // the command stays queued: its payload is what is checked
        QVariantMap form = m.desk->policyForm(u"est-1"_s);
        QCOMPARE(form.value(u"agentsSeeCollection"_s).toBool(), false);
        form.insert(u"agentsSeeCollection"_s, true);
        QVERIFY(m.desk->checkPolicy(form).isEmpty());
        const QString command = m.desk->setPolicy(form);
        QVERIFY2(!command.isEmpty(), qPrintable(m.desk->lastError()));
        const std::optional<Outbox::Entry> entry = Outbox(m.core.store).entry(command);
        QVERIFY(entry);
        QCOMPARE(entry->type, u"feePolicy.set"_s);
        QVERIFY(entry->payload.value(u"agentsSeeCollection"_s).isBool());
        QCOMPARE(entry->payload.value(u"agentsSeeCollection"_s).toBool(), true);
        QCOMPARE(m.desk->policyForm(u"est-1"_s).value(u"agentsSeeCollection"_s).toBool(), true);
        // Switched off again: false is sent, not left out.
        form.insert(u"agentsSeeCollection"_s, false);
        const std::optional<Outbox::Entry> off = Outbox(m.core.store).entry(m.desk->setPolicy(form));
        QVERIFY(off);
        QVERIFY(off->payload.value(u"agentsSeeCollection"_s).isBool());
        QCOMPARE(off->payload.value(u"agentsSeeCollection"_s).toBool(), false);
    }

    /// Only a promise to pay asks for its day, on the phone's form and in the outcome choices.
    void promiseNeedsItsDay()
    {
        QVERIFY(FeeDesk::needsDate(u"promised"_s));
        for (const QString &outcome : {u"none"_s, u"refused"_s, u"not_reached"_s})
            QVERIFY(!FeeDesk::needsDate(outcome));
        const QVariantList choices = FeeStaffWords::choices(u"outcome"_s);
        QCOMPARE(choices.size(), 4);
        for (const QVariant &c : choices)
            QCOMPARE(c.toMap().value(u"needsDate"_s).toBool(), c.toMap().value(u"id"_s).toString() == u"promised"_s);
        Phone &a = *m_agent;
        const QString unit = owingUnit(a.core.store);
        const QDate suggested = QDate::fromString(a.desk->suggestedPromiseDate(unit), Qt::ISODate);
        QCOMPARE(suggested, FeeStaffLedger::estateToday(a.core.store, u"est-1"_s, QDateTime::currentMSecsSinceEpoch()).addDays(7));
        QVERIFY(a.desk->checkReminder({{u"unitId"_s, unit}, {u"channel"_s, u"phone"_s}, {u"outcome"_s, u"promised"_s},
                                       {u"promisedDate"_s, suggested.toString(Qt::ISODate)}})
                    .isEmpty());
    }

    void offlinePaymentLandsOnceThroughFaults()
    {
        Phone &a = *m_agent;
        const QString unit = owingUnit(a.core.store);
        const QList<Courtyard::Fees::Outstanding> owedBefore = FeeStaffLedger::outstanding(a.core.store, unit);
        QVERIFY(!owedBefore.isEmpty());
        const qint64 oldest = owedBefore.first().owedFen;

        a.goOffline();
        const QString command = a.desk->recordPayment({{u"unitId"_s, unit}, {u"amount"_s, u"12.34"_s}, {u"method"_s, u"cash"_s}});
        QVERIFY2(!command.isEmpty(), qPrintable(a.desk->lastError()));
        const QString paymentId = a.desk->lastRecordId();
        // Kept on the phone at once, with the phone's provisional receipt number.
        QJsonObject payment = a.record(u"payment"_s, paymentId);
        const QString device = payment.value(u"deviceReceiptNo"_s).toString();
        QVERIFY2(QRegularExpression(u"^[2-9A-Z]{4}-\\d{6}$"_s).match(device).hasMatch(), qPrintable(device));
        QVERIFY(payment.value(u"receiptNo"_s).toString().isEmpty());
        QCOMPARE(payment.value(u"amountFen"_s).toInteger(), 1234);
        // The bill owes less on the phone already.
        QCOMPARE(FeeStaffLedger::outstanding(a.core.store, unit).first().owedFen, oldest - std::min<qint64>(oldest, 1234));
        QVERIFY(!a.sync());
        QCOMPARE(a.pending(), 1);
        // The next payment gets another number.
        QVERIFY(a.desk->peekDeviceReceiptNo() != device);

        // Back online through a proxy that breaks a third of the exchanges after the request
        // reached the server: the command is sent again and must not land twice.
        FaultProxy proxy;
        proxy.setSeed(20261202);
        proxy.setFaultRate(0.35);
        proxy.setEnabledFaults({FaultProxy::Fault::DropAfterRequest, FaultProxy::Fault::DropMidResponse,
                                FaultProxy::Fault::TruncateResponse});
        QVERIFY2(proxy.start(m_server->baseUrl()), qPrintable(proxy.errorString()));
        QVERIFY(a.core.api.setBaseUrl(proxy.url()));
        for (int i = 0; i < 40 && a.pending() > 0; ++i) {
            bool ok = false;
            (void)a.core.cycle(&ok);
        }
        proxy.setFaultRate(0);
        QVERIFY(a.sync());
        QCOMPARE(a.pending(), 0);
        qInfo().noquote() << u"proxy: %1"_s.arg(proxy.summary());
        QVERIFY(proxy.faulted() > 0);
        a.goOnline();
        QVERIFY2(Outbox(a.core.store).entry(command)->state == u"applied"_s,
                 qPrintable(Outbox(a.core.store).entry(command)->errorCode + u": "_s + Outbox(a.core.store).entry(command)->errorMessage));

        // The server's receipt number replaces the provisional one; the device number stays.
        payment = a.record(u"payment"_s, paymentId);
        QVERIFY2(QRegularExpression(u"^R\\d{6}-\\d{6}$"_s).match(payment.value(u"receiptNo"_s).toString()).hasMatch(),
                 qPrintable(payment.value(u"receiptNo"_s).toString()));
        QCOMPARE(payment.value(u"deviceReceiptNo"_s).toString(), device);
        // Exactly once on the server.
        const QList<QJsonObject> landed = serverPayments(device);
        QCOMPARE(landed.size(), 1);
        QCOMPARE(landed.first().value(u"amountFen"_s).toInteger(), 1234);
        QCOMPARE(landed.first().value(u"id"_s).toString(), paymentId);
    }

    void refusalComesBackWithReason()
    {
        Phone &a = *m_agent;
        // An agent may not reverse a payment: the phone queues it, the server refuses it.
        QSqlQuery q = a.core.store.prepared(u"SELECT id FROM payments LIMIT 1"_s);
        QVERIFY(a.core.store.exec(q) && q.next());
        const QString paymentId = q.value(0).toString();
        q.finish();
        const QString command = a.desk->reversePayment(paymentId, u"转账被退回"_s);
        QVERIFY2(!command.isEmpty(), qPrintable(a.desk->lastError()));
        QVERIFY(!a.record(u"payment"_s, paymentId).value(u"reversed"_s).toObject().isEmpty()); // shown at once
        QVERIFY(a.sync());
        const std::optional<Outbox::Entry> entry = Outbox(a.core.store).entry(command);
        QVERIFY(entry);
        QCOMPARE(entry->state, u"rejected"_s);
        QCOMPARE(entry->errorCode, u"forbidden"_s);
        QVERIFY(!entry->errorMessage.isEmpty());
        // The server's state is back on the phone.
        QVERIFY(a.record(u"payment"_s, paymentId).value(u"reversed"_s).toObject().isEmpty());
        // A reason is required before anything is queued.
        const int before = a.pending();
        QVERIFY(a.desk->reversePayment(paymentId, u"  "_s).isEmpty());
        QCOMPARE(a.pending(), before);
    }

    void readingLowerThanLastRefusedOnPhone()
    {
        Phone &a = *m_agent;
        const QString unit = owingUnit(a.core.store, 1);
        QVariantMap form{{u"unitId"_s, unit}, {u"meter"_s, u"water"_s}, {u"value"_s, u"9000.5"_s}};
        const qint64 last = FeeStaffLedger::lastValue(FeeStaffLedger::lastReading(a.core.store, unit, u"water"_s));
        QVERIFY(last < 900050);
        QVERIFY2(!a.desk->recordReading(form).isEmpty(), qPrintable(a.desk->lastError()));
        QVERIFY(a.sync());
        QCOMPARE(FeeStaffLedger::lastValue(FeeStaffLedger::lastReading(a.core.store, unit, u"water"_s)), 900050);

        const int before = a.pending();
        form[u"value"_s] = u"8999"_s;
        QVERIFY(a.desk->checkReading(form).contains(u"value"_s));
        QVERIFY(a.desk->recordReading(form).isEmpty());
        QVERIFY(!a.desk->lastError().isEmpty());
        QCOMPARE(a.pending(), before); // refused before anything was queued
        // A new meter starts again from its own start figure.
        form[u"replacement"_s] = true;
        form[u"start"_s] = u"0"_s;
        form[u"value"_s] = u"3.2"_s;
        QVERIFY(a.desk->checkReading(form).isEmpty());
        QVERIFY(!a.desk->recordReading(form).isEmpty());
        QVERIFY(a.sync());
        QCOMPARE(a.pending(), 0);
    }

    void arrearsListEqualsServerRoute()
    {
        Phone &a = *m_agent;
        QVERIFY(a.sync());
        TestClient client(*m_server);
        QVERIFY(client.login(AgentPhone, cytest::DemoPassword).isValid());
        const HttpResponse r = client.get(u"/v1/estates/est-1/arrears"_s);
        QCOMPARE(r.status, 200);
        QHash<QString, QJsonObject> server;
        for (const QJsonValue &v : r.object().value(u"units"_s).toArray())
            server.insert(v[u"unitId"_s].toString(), v.toObject());
        QVERIFY(!server.isEmpty());

        const QDate today = FeeStaffLedger::estateToday(a.core.store, u"est-1"_s, QDateTime::currentMSecsSinceEpoch());
        const QList<FeeStaffLedger::UnitArrears> local = FeeStaffLedger::arrears(a.core.store, u"est-1"_s, {}, today);
        QCOMPARE(local.size(), server.size());
        int warnings = 0;
        for (const FeeStaffLedger::UnitArrears &u : local) {
            const QJsonObject s = server.value(u.unitId);
            QVERIFY2(!s.isEmpty(), qPrintable(u.unitId));
            QCOMPARE(u.owedFen, s.value(u"owedFen"_s).toInteger());
            QCOMPARE(u.daysOverdue, s.value(u"daysOverdue"_s).toInt());
            QCOMPARE(u.monthsOverdue, s.value(u"monthsOverdue"_s).toInt());
            QCOMPARE(u.warning, s.value(u"warning"_s).toBool());
            const QJsonArray buckets = s.value(u"buckets"_s).toArray();
            for (int b = 0; b < 4; ++b)
                QCOMPARE(u.buckets[b], buckets.at(b).toInteger());
            warnings += u.warning ? 1 : 0;
        }

        // The list model shows the same, sorted as asked.
        FeeArrearsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&a.core.store);
        model.setEstateId(u"est-1"_s);
        model.reload();
        QCOMPARE(model.rowCount(), int(local.size()));
        QTRY_COMPARE(model.warningCount(), warnings);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row - 1), FeeArrearsModel::OwedFenRole).toLongLong()
                    >= model.data(model.index(row), FeeArrearsModel::OwedFenRole).toLongLong());
        model.setSort(u"age"_s);
        model.reload();
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row - 1), FeeArrearsModel::DaysOverdueRole).toInt()
                    >= model.data(model.index(row), FeeArrearsModel::DaysOverdueRole).toInt());
    }

    void reminderLoggedOnce()
    {
        Phone &a = *m_agent;
        const QString unit = owingUnit(a.core.store);
        QVariantMap form{{u"unitId"_s, unit}, {u"channel"_s, u"phone"_s}, {u"outcome"_s, u"promised"_s}};
        QVERIFY(a.desk->checkReminder(form).contains(u"promisedDate"_s)); // promised: by when?
        form[u"promisedDate"_s] = u"2026-12-20"_s;
        QVERIFY2(!a.desk->logReminder(form).isEmpty(), qPrintable(a.desk->lastError()));
        const QString id = a.desk->lastRecordId();
        QVERIFY(a.sync());
        QCOMPARE(a.pending(), 0);
        const QJsonObject reminder = a.record(u"reminder"_s, id);
        QCOMPARE(reminder.value(u"outcome"_s).toString(), u"promised"_s);
        QCOMPARE(reminder.value(u"promisedDate"_s).toString(), u"2026-12-20"_s);
    }
};

QTEST_MAIN(TestFeeDesk)
#include "tst_feedesk.moc"
