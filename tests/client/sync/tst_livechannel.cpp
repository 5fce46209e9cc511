// The live channel against the real courtyard-server: an office change reaches the resident's
// local store through the poke (not the one-minute poll); the socket closes in the background
// and while offline, and comes back in the foreground / online.
#include "apiclient.h"
#include "store/entityrepository.h"
#include "sync/livechannel.h"
#include "sync/syncengine.h"

#include "../clientcore.h"
#include "testclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

namespace {

QString statusOf(LocalStore &store, const QString &ticketId)
{
    const std::optional<QJsonObject> t = EntityRepository(store).get(u"ticket"_s, ticketId);
    return t ? t->value(u"status"_s).toString() : QString();
}

} // namespace

class TestLiveChannel : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<TestClient> m_agent;
    std::unique_ptr<TestClient> m_residentDevice;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_agent = std::make_unique<TestClient>(m_server);
        QVERIFY(m_agent->login(cytest::AgentPhone, cytest::DemoPassword).isValid());
        m_residentDevice = std::make_unique<TestClient>(m_server);
        QVERIFY(m_residentDevice->login(cytest::ResidentPhone, cytest::DemoPassword).isValid());
    }

    void cleanupTestCase()
    {
        m_agent.reset();
        m_residentDevice.reset();
        m_server.stop();
    }

    void liveUrlFollowsTheApi()
    {
        QCOMPARE(LiveChannel::liveUrl(QUrl(u"https://h.example:8443"_s)), QUrl(u"wss://h.example:8443/v1/live"_s));
        QCOMPARE(LiveChannel::liveUrl(QUrl(u"https://h.example/base/v1/"_s)), QUrl(u"wss://h.example/base/v1/live"_s));
    }

    void anOfficeChangeArrivesThroughThePoke()
    {
        QTemporaryDir dir;
        cytest::Core core(dir.path(), {}, m_server.baseUrl(), m_server.caFile());
        const QString userId = core.login(cytest::ResidentPhone);
        QVERIFY(!userId.isEmpty());
        QVERIFY(core.openStore(dir.path(), userId));
        bool ok = false;
        QVERIFY(core.cycle(&ok));
        QVERIFY(ok);
        LiveChannel live(&core.api, core.engine.get());
        QSignalSpy poked(&live, &LiveChannel::poked);
        live.start();
        QTRY_VERIFY_WITH_TIMEOUT(live.isConnected(), 10000);

        // The resident's order (sent from another device), in the store through a poke too.
        const QString ticketId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const HttpResponse submitted = m_residentDevice->command(
            u"ticket.submit"_s, {{u"ticketId"_s, ticketId},
                                 {u"kind"_s, u"repair"_s},
                                 {u"category"_s, u"plumbing"_s},
                                 {u"description"_s, u"live channel"_s},
                                 {u"unitId"_s, u"unit-1-1-0301"_s}});
        QCOMPARE(submitted.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(core.store, ticketId), u"submitted"_s, 2000);

        // The office accepts it: visible in the resident's store within a second.
        poked.clear();
        QElapsedTimer t;
        t.start();
        const HttpResponse accepted = m_agent->command(u"ticket.accept"_s, {{u"ticketId"_s, ticketId}});
        QCOMPARE(accepted.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(core.store, ticketId), u"accepted"_s, 5000);
        qInfo("office change visible in the resident's store after %lld ms", t.elapsed());
        QVERIFY(poked.count() >= 1);
    }

    void closedInTheBackgroundAndOffline()
    {
        QTemporaryDir dir;
        cytest::Core core(dir.path(), {}, m_server.baseUrl(), m_server.caFile());
        const QString userId = core.login(cytest::ResidentPhone);
        QVERIFY(core.openStore(dir.path(), userId));
        core.engine->start();
        LiveChannel live(&core.api, core.engine.get());
        QSignalSpy closed(&live, &LiveChannel::closed);
        live.start();
        QTRY_VERIFY_WITH_TIMEOUT(live.isConnected(), 10000);

        // The app goes to the background: the socket closes and stays closed.
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationSuspended);
        QVERIFY(!live.isForeground());
        QVERIFY(!live.isOpen());
        QVERIFY(!live.isConnected());
        QTest::qWait(1500);
        QVERIFY(!live.isOpen());
        // Back in front: it connects again.
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationActive);
        QTRY_VERIFY_WITH_TIMEOUT(live.isConnected(), 5000);

        // Offline: closed; online again: back.
        Q_EMIT core.watcher.wentOffline();
        QTRY_VERIFY_WITH_TIMEOUT(!live.isOpen(), 2000);
        QTest::qWait(500);
        QVERIFY(!live.isOpen());
        core.watcher.simulateOnline();
        QTRY_VERIFY_WITH_TIMEOUT(live.isConnected(), 5000);
    }

    void reconnectsWithBackoffWhenTheServerIsAway()
    {
        // A server of its own, stopped under the open channel: the socket drops and every
        // reconnect fails; the waits double (full jitter, here drawn at the top) and stay capped.
        TestServer other;
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        QTemporaryDir dir;
        cytest::Core core(dir.path(), {}, other.baseUrl(), other.caFile());
        const QString userId = core.login(cytest::ResidentPhone);
        QVERIFY(core.openStore(dir.path(), userId));
        core.engine->start();
        LiveChannel live(&core.api, core.engine.get());
        live.backoff().setRandom([] { return 0.999; });
        live.start();
        QTRY_VERIFY_WITH_TIMEOUT(live.isConnected(), 10000);
        QCOMPARE(live.backoff().failures(), 0);

        QSignalSpy closed(&live, &LiveChannel::closed);
        other.stop();
        QTRY_VERIFY_WITH_TIMEOUT(closed.count() >= 1, 5000);
        QVERIFY(!live.isConnected());
        // Tries at about 1 s and 1 + 2 s: three failures within ~4 s, each counted.
        QTRY_VERIFY_WITH_TIMEOUT(live.backoff().failures() >= 3, 8000);
        QVERIFY(closed.count() >= 3);
        QCOMPARE(live.backoff().currentCap(), std::chrono::milliseconds(4000));
        QVERIFY(live.backoff().maximum() == std::chrono::milliseconds(60000));
    }
};

QTEST_MAIN(TestLiveChannel)
#include "tst_livechannel.moc"
