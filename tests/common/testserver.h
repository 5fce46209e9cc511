#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <QVariant>

#include <functional>
#include <memory>

class QProcess;
class QTemporaryDir;

/// A real courtyard-server for one test: `init`, `seed-demo` and `serve` in a fresh temporary
/// state directory (and, for Postgres, a fresh database that stop() drops again).
///
/// The serve process's stdout and stderr (its request log) are collected for the whole run and
/// can be inspected with log(), e.g. to assert that no secret was ever logged.
class TestServer
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit TestServer(Backend b = Backend::Sqlite);
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    /// Prepares the state (init + seed-demo) and starts `serve --port 0 <extraServeArgs>`;
    /// returns once the server printed its "listening on" line (at most 20 s).
    bool start(const QStringList &extraServeArgs = {});
    /// Stops the server, drops the Postgres database and removes the state directory.
    void stop();
    /// "https://HOST:PORT" as printed by the server (no "/v1").
    [[nodiscard]] QUrl baseUrl() const;
    /// The CA certificate (PEM) the server's certificate is issued by.
    [[nodiscard]] QString caFile() const;
    [[nodiscard]] QString stateDir() const;
    [[nodiscard]] QString errorString() const;

    /// Backend named by env COURTYARD_TEST_BACKEND (sqlite, the default, or postgres).
    [[nodiscard]] static Backend backendFromEnv();
    [[nodiscard]] static QString backendName(Backend b);
    /// Empty when \a b can run here; else why not, with *mustFail set when skipping is not
    /// allowed (COURTYARD_REQUIRE_PG=1). Used by COURTYARD_REQUIRE_TEST_BACKEND().
    [[nodiscard]] static QString backendUnavailableReason(Backend b, bool *mustFail);
    /// The server executable (env COURTYARD_SERVER_BIN overrides the built one).
    [[nodiscard]] static QString serverBinary();

    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] qint64 pid() const;
    /// The postgresql:// URL of this server's database (empty for SQLite).
    [[nodiscard]] QString databaseUrl() const { return m_dbUrl; }

    /// Restarts only the serve process on the same state and database, e.g. under a shifted
    /// clock: \a extraEnvironment entries ("NAME=value") are added to the server's environment.
    bool restart(const QStringList &extraServeArgs = {}, const QStringList &extraEnvironment = {});

    /// Everything every serve process of this server wrote to stdout and stderr so far. Waits
    /// \a settleMs first so that lines written just after a response arrive too.
    [[nodiscard]] QString log(int settleMs = 0);
    /// What init and seed-demo printed.
    [[nodiscard]] QString setupLog() const { return m_setupLog; }

    /// Stops serve, runs the CLI command (like runCli) on the same state, starts serve again:
    /// commands such as create-user and set-duty write while no server holds the store.
    /// Returns the command's exit code, -1 when serve did not come back.
    int runCliWhileStopped(const QStringList &args, const QByteArray &stdinData = {}, QString *output = nullptr);
    /// Stops serve, runs @p step on the stopped state (e.g. copies the database file from a
    /// backup, the way an operator restores one), starts serve again. False when @p step fails
    /// or serve does not come back (its port may change: read baseUrl() again).
    bool whileStopped(const std::function<bool()> &step);
    /// Runs `<bin> <args>` to completion (60 s at most); returns its exit code, -1 on failure.
    int runCli(const QStringList &args, const QByteArray &stdinData = {}, QString *output = nullptr);

    /// Before start(): the database begins as this SQL file (statements ending in ";\n"),
    /// e.g. a store written by an older server, which `init` then migrates.
    void setFixture(const QString &sqlFile) { m_fixture = sqlFile; }

    /// The executable this server runs (the built courtyard-server unless set before start()).
    void setBinary(const QString &path) { m_binary = path; }
    [[nodiscard]] QString binary() const { return m_binary.isEmpty() ? serverBinary() : m_binary; }

    /// Starts one more `serve` process on the same state and database (another port), as a
    /// company runs several behind a load balancer; returns its base URL, or an empty URL.
    /// The extra processes stop with stop().
    QUrl addProcess(const QStringList &extraServeArgs = {});

    /// Runs SQL on the server's database directly (what an operator or a fault would do);
    /// false with *error on failure. On SQLite it opens the file beside the running server.
    bool execSql(const QString &sql, QString *error = nullptr);
    /// The first column of the first row of @p sql, or an invalid QVariant.
    QVariant querySql(const QString &sql);
    /// A copy of the database as it is now (serve is stopped for it and started again),
    /// for restoreSnapshot(): what a backup is.
    bool snapshotDatabase();
    /// Puts the snapshot back in place of the database (serve stopped and started again):
    /// the server restored from its backup.
    bool restoreSnapshot();

private:
    bool createDatabase();
    void dropDatabase();
    bool launchServe(const QStringList &extraServeArgs, const QStringList &extraEnvironment);
    void stopServe();
    void drainOutput();
    bool fail(const QString &why);

    bool loadFixture();
    bool withDatabase(const std::function<bool(class QSqlDatabase &)> &work, QString *error);

    Backend m_backend;
    QString m_binary;
    QString m_fixture;
    QList<QProcess *> m_extra;
    QString m_snapshotName; ///< Postgres: the snapshot's database; SQLite: its file
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_stateDir;
    QProcess *m_process = nullptr;
    QUrl m_baseUrl;
    QString m_error;
    QString m_log;
    QString m_setupLog;
    QString m_dbName;
    QString m_dbUrl;
    QUrl m_adminUrl;
};

/// Skips (or, with COURTYARD_REQUIRE_PG=1, fails) the calling test when the backend chosen by
/// COURTYARD_TEST_BACKEND cannot run here. Call it first in initTestCase().
#define COURTYARD_REQUIRE_TEST_BACKEND()                                                           \
    do {                                                                                           \
        bool cyMustFail_ = false;                                                                  \
        const QString cyWhy_ =                                                                     \
            TestServer::backendUnavailableReason(TestServer::backendFromEnv(), &cyMustFail_);      \
        if (!cyWhy_.isEmpty()) {                                                                   \
            if (cyMustFail_)                                                                       \
                QFAIL(qPrintable(cyWhy_));                                                         \
            QSKIP(qPrintable(cyWhy_));                                                             \
        }                                                                                          \
    } while (false)
