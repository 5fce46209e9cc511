#pragma once

// One start of an app's core for the client suites: token store (file), network, API client,
// the account's store and the sync engine — real objects over real files, talking to the real
// courtyard-server. Header-only, shared by the suites under tests/client.

#include "apiclient.h"
#include "apijob.h"
#include "sync/connectivitywatcher.h"
#include "auth/filetokenstore.h"
#include "store/localstore.h"
#include "testmodules.h"
#include "sync/syncengine.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

#include <memory>

namespace cytest {

using namespace Courtyard::Client;

inline const QString DemoPassword = QStringLiteral("courtyard-demo");
inline const QString ResidentPhone = QStringLiteral("13800000001");  // 王芳, unit-1-1-0301
inline const QString Resident2Phone = QStringLiteral("13800000002");
inline const QString AgentPhone = QStringLiteral("13900000001");
inline const QString TechPhone = QStringLiteral("13900000002");      // usr-tech-1
inline const QString Tech2Phone = QStringLiteral("13900000003");     // usr-tech-2

/// A loopback port that was free a moment ago: nothing answers there.
inline QUrl unreachableUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
}

/**
 * Destroying it is what an app restart does to the core.
 */
struct Core
{
    Core(const QString &dir, const QString &userId, const QUrl &server, const QString &ca)
        : tokens(dir + QStringLiteral("/tokens.json"))
        , api(&nam, &tokens)
    {
        api.setBaseUrl(server);
        api.addTrustedCaFile(ca);
        if (!userId.isEmpty())
            openStore(dir, userId);
    }

    bool openStore(const QString &dir, const QString &userId)
    {
        QString error;
        if (!store.open(LocalStore::accountPath(dir, userId), catalog(), &error)) {
            qWarning("store: %s", qPrintable(error));
            return false;
        }
        engine = std::make_unique<SyncEngine>(&api, &store);
        engine->setConnectivityWatcher(&watcher);
        engine->setDebounce(std::chrono::milliseconds(50));
        return true;
    }

    /// Signs in; returns the user id (the whole user object in *user when given).
    QString login(const QString &phone, QJsonObject *user = nullptr)
    {
        QJsonObject who;
        bool done = false;
        ApiJob *job = api.login(phone, DemoPassword);
        QObject::connect(job, &ApiJob::finished, job, [&] {
            done = true;
            who = job->data().value(QStringLiteral("user")).toObject();
        });
        (void)QTest::qWaitFor([&] { return done; }, 30000);
        if (user)
            *user = who;
        return who.value(QStringLiteral("id")).toString();
    }

    /// Starts the engine (or asks for a sync) and waits for the end of one cycle.
    bool cycle(bool *ok, int timeoutMs = 60000)
    {
        QSignalSpy finished(engine.get(), &SyncEngine::cycleFinished);
        if (engine->isStarted())
            engine->syncNow();
        else
            engine->start();
        if (!finished.wait(timeoutMs))
            return false;
        *ok = finished.first().first().toBool();
        return true;
    }

    QNetworkAccessManager nam;
    FileTokenStore tokens;
    ApiClient api;
    LocalStore store;
    ConnectivityWatcher watcher;
    std::unique_ptr<SyncEngine> engine;
};

} // namespace cytest
