#include "testserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int kStartTimeoutMs = 20000;
constexpr int kCliTimeoutMs = 60000;

QString randomSuffix()
{
    QString s;
    for (int i = 0; i < 12; ++i)
        s += QChar(u"0123456789abcdef"[QRandomGenerator::global()->bounded(16)]);
    return s;
}

// Qt keeps connections by name; a unique one per call lets several servers run in one process.
class AdminConnection
{
public:
    explicit AdminConnection(const QUrl &url)
        : m_name(u"cy_admin_"_s + randomSuffix())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        QString name = url.path();
        if (name.startsWith(u'/'))
            name.remove(0, 1);
        db.setDatabaseName(name.isEmpty() ? u"postgres"_s : name);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~AdminConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        if (!m_open)
            return false;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    }
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString error() const { return m_error; }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

TestServer::TestServer(Backend b)
    : m_backend(b)
{
}

TestServer::~TestServer()
{
    stop();
}

TestServer::Backend TestServer::backendFromEnv()
{
    const QString name = qEnvironmentVariable("COURTYARD_TEST_BACKEND").trimmed().toLower();
    if (name == u"postgres"_s || name == u"postgresql"_s || name == u"pg"_s)
        return Backend::Postgres;
    if (!name.isEmpty() && name != u"sqlite"_s)
        qWarning("COURTYARD_TEST_BACKEND=%s is not sqlite or postgres; using sqlite", qPrintable(name));
    return Backend::Sqlite;
}

QString TestServer::backendName(Backend b)
{
    return b == Backend::Postgres ? u"postgres"_s : u"sqlite"_s;
}

QString TestServer::backendUnavailableReason(Backend b, bool *mustFail)
{
    if (mustFail)
        *mustFail = false;
    if (b != Backend::Postgres)
        return {};
    const bool required = qEnvironmentVariable("COURTYARD_REQUIRE_PG") == u"1"_s;
    QString why;
    if (qEnvironmentVariableIsEmpty("COURTYARD_TEST_PG_URL"))
        why = u"COURTYARD_TEST_PG_URL is not set (start one with scripts/pg-test.sh)"_s;
    else if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        why = u"the Qt QPSQL driver is not installed (libqt6sql6-psql)"_s;
    if (!why.isEmpty() && mustFail)
        *mustFail = required;
    return why;
}

QString TestServer::serverBinary()
{
    const QString fromEnv = qEnvironmentVariable("COURTYARD_SERVER_BIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef COURTYARD_SERVER_BIN
    return QString::fromUtf8(COURTYARD_SERVER_BIN);
#else
    return u"courtyard-server"_s;
#endif
}

bool TestServer::fail(const QString &why)
{
    m_error = why;
    qWarning().noquote() << "TestServer:" << why;
    return false;
}

bool TestServer::start(const QStringList &extraServeArgs)
{
    stop();
    m_error.clear();
    m_log.clear();
    m_setupLog.clear();

    m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/courtyard-test-XXXXXX"_s);
    if (!m_tempDir->isValid())
        return fail(u"cannot create a temporary directory: "_s + m_tempDir->errorString());
    if (qEnvironmentVariable("COURTYARD_TEST_KEEP") == u"1"_s) {
        m_tempDir->setAutoRemove(false);
        qInfo().noquote() << "TestServer: keeping" << m_tempDir->path();
    }
    // A directory that does not exist yet: init is to create it (mode 0700) itself.
    m_stateDir = m_tempDir->path() + u"/state"_s;

    QStringList initArgs{u"init"_s, u"--state"_s, m_stateDir, u"--port"_s, u"0"_s};
    if (m_backend == Backend::Postgres) {
        if (!createDatabase())
            return false;
        initArgs << u"--db-driver"_s << u"postgres"_s << u"--db-url"_s << m_dbUrl;
    }
    if (!m_fixture.isEmpty() && !loadFixture())
        return false;
    QString out;
    int rc = runCli(initArgs, {}, &out);
    m_setupLog += out;
    if (rc != 0)
        return fail(u"`init` exited with %1:\n%2"_s.arg(rc).arg(out));
    rc = runCli({u"seed-demo"_s, u"--state"_s, m_stateDir}, {}, &out);
    m_setupLog += out;
    if (rc != 0)
        return fail(u"`seed-demo` exited with %1:\n%2"_s.arg(rc).arg(out));
    return launchServe(extraServeArgs, {});
}

bool TestServer::restart(const QStringList &extraServeArgs, const QStringList &extraEnvironment)
{
    if (m_stateDir.isEmpty() || !m_tempDir)
        return fail(u"restart() before start()"_s);
    stopServe();
    m_error.clear();
    return launchServe(extraServeArgs, extraEnvironment);
}

int TestServer::runCliWhileStopped(const QStringList &args, const QByteArray &stdinData, QString *output)
{
    if (m_stateDir.isEmpty() || !m_tempDir)
        return -1;
    stopServe();
    const int code = runCli(args, stdinData, output);
    m_error.clear();
    return launchServe({}, {}) ? code : -1;
}

bool TestServer::whileStopped(const std::function<bool()> &step)
{
    if (m_stateDir.isEmpty() || !m_tempDir)
        return false;
    stopServe();
    const bool ok = step();
    m_error.clear();
    return launchServe({}, {}) && ok;
}

bool TestServer::launchServe(const QStringList &extraServeArgs, const QStringList &extraEnvironment)
{
    // The log keeps earlier runs; only this run's listening line counts.
    const qsizetype logStart = m_log.size();
    m_process = new QProcess;
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"COURTYARD_STATE"_s);
    for (const QString &entry : extraEnvironment) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq > 0)
            env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    m_process->setProcessEnvironment(env);
    QObject::connect(m_process, &QProcess::readyRead, m_process, [this] { drainOutput(); });

    const QStringList args = QStringList{u"serve"_s, u"--state"_s, m_stateDir, u"--port"_s, u"0"_s}
                             + extraServeArgs;
    m_process->start(binary(), args);
    if (!m_process->waitForStarted(kStartTimeoutMs))
        return fail(u"cannot start %1: %2"_s.arg(binary(), m_process->errorString()));

    static const QRegularExpression listening(
        u"courtyard-server listening on (https://[^\\s]+)"_s);
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        drainOutput();
        const QRegularExpressionMatch m = listening.match(m_log, logStart);
        if (m.hasMatch()) {
            QUrl url(m.captured(1));
            url.setPath(QString());
            m_baseUrl = url;
            if (!url.isValid() || url.port() <= 0)
                return fail(u"unparsable listening line: "_s + m.captured(0));
            return true;
        }
        if (m_process->state() == QProcess::NotRunning) {
            drainOutput();
            return fail(u"`serve` exited (code %1) before listening:\n%2"_s
                            .arg(m_process->exitCode())
                            .arg(m_log));
        }
        m_process->waitForReadyRead(50);
    }
    const QString why = u"`serve` printed no listening line within %1 ms:\n%2"_s.arg(kStartTimeoutMs).arg(m_log);
    stopServe();
    return fail(why);
}

void TestServer::drainOutput()
{
    if (m_process)
        m_log += QString::fromUtf8(m_process->readAll());
}

void TestServer::stopServe()
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    if (p->state() != QProcess::NotRunning) {
        p->terminate();
        if (!p->waitForFinished(5000)) {
            qWarning("TestServer: server did not stop on SIGTERM within 5 s; killing it");
            p->kill();
            p->waitForFinished(5000);
        }
    }
    drainOutput();
    QObject::disconnect(p, nullptr, nullptr, nullptr);
    m_process = nullptr;
    delete p;
    m_baseUrl = QUrl();
}

void TestServer::stop()
{
    for (QProcess *p : std::as_const(m_extra)) {
        p->terminate();
        if (!p->waitForFinished(5000))
            p->kill();
        p->waitForFinished(2000);
        delete p;
    }
    m_extra.clear();
    stopServe();
    if (!m_snapshotName.isEmpty() && m_backend == Backend::Postgres) {
        AdminConnection admin(m_adminUrl);
        admin.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_snapshotName));
    }
    m_snapshotName.clear();
    dropDatabase();
    m_tempDir.reset();
}

QUrl TestServer::baseUrl() const
{
    return m_baseUrl;
}

QString TestServer::caFile() const
{
    return m_stateDir.isEmpty() ? QString() : m_stateDir + u"/ca.pem"_s;
}

QString TestServer::stateDir() const
{
    return m_stateDir;
}

QString TestServer::errorString() const
{
    return m_error;
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 TestServer::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QString TestServer::log(int settleMs)
{
    if (m_process && settleMs > 0) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < settleMs && m_process->state() == QProcess::Running)
            m_process->waitForReadyRead(int(qMax<qint64>(1, settleMs - t.elapsed())));
    }
    drainOutput();
    return m_log;
}

int TestServer::runCli(const QStringList &args, const QByteArray &stdinData, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"COURTYARD_STATE"_s);
    p.setProcessEnvironment(env);
    p.start(binary(), args);
    if (!p.waitForStarted(kCliTimeoutMs)) {
        if (output)
            *output = u"cannot start %1: %2"_s.arg(binary(), p.errorString());
        return -1;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(kCliTimeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    const QString text = u"$ courtyard-server %1\n"_s.arg(args.join(u' ')) + QString::fromUtf8(p.readAll());
    if (output)
        *output = text;
    if (!finished)
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool TestServer::createDatabase()
{
    const QString adminUrl = qEnvironmentVariable("COURTYARD_TEST_PG_URL");
    if (adminUrl.isEmpty())
        return fail(u"COURTYARD_TEST_PG_URL is not set"_s);
    m_adminUrl = QUrl(adminUrl);
    if (!m_adminUrl.isValid() || m_adminUrl.host().isEmpty())
        return fail(u"COURTYARD_TEST_PG_URL is not a postgresql:// URL"_s);

    AdminConnection admin(m_adminUrl);
    if (!admin.isOpen())
        return fail(u"cannot connect to COURTYARD_TEST_PG_URL: "_s + admin.error());
    const QString name = u"cy_t_"_s + randomSuffix();
    if (!admin.exec(u"CREATE DATABASE "_s + name))
        return fail(u"CREATE DATABASE %1 failed: %2"_s.arg(name, admin.error()));
    m_dbName = name;
    QUrl url = m_adminUrl;
    url.setPath(u"/"_s + name);
    m_dbUrl = url.toString();
    return true;
}

void TestServer::dropDatabase()
{
    if (m_dbName.isEmpty())
        return;
    AdminConnection admin(m_adminUrl);
    // WITH (FORCE): a server killed hard may leave connections behind for a moment.
    if (!admin.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_dbName)))
        qWarning().noquote() << "TestServer: could not drop" << m_dbName << admin.error();
    m_dbName.clear();
    m_dbUrl.clear();
}

QUrl TestServer::addProcess(const QStringList &extraServeArgs)
{
    auto *p = new QProcess;
    p->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"COURTYARD_STATE"_s);
    p->setProcessEnvironment(env);
    p->start(binary(), QStringList{u"serve"_s, u"--state"_s, m_stateDir, u"--port"_s, u"0"_s} + extraServeArgs);
    m_extra.append(p);
    static const QRegularExpression listening(u"courtyard-server listening on (https://[^\\s]+)"_s);
    QString out;
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired() && p->state() != QProcess::NotRunning) {
        p->waitForReadyRead(50);
        out += QString::fromUtf8(p->readAll());
        const QRegularExpressionMatch m = listening.match(out);
        if (m.hasMatch()) {
            // Its later output goes to the log with the first process's.
            QObject::connect(p, &QProcess::readyRead, p, [this, p] { m_log += QString::fromUtf8(p->readAll()); });
            m_log += out;
            QUrl url(m.captured(1));
            url.setPath(QString());
            return url;
        }
    }
    fail(u"a second `serve` did not start:\n"_s + out);
    return {};
}

bool TestServer::withDatabase(const std::function<bool(QSqlDatabase &)> &work, QString *error)
{
    const QString name = u"cy_direct_"_s + randomSuffix();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_backend == Backend::Postgres ? u"QPSQL"_s : u"QSQLITE"_s, name);
        if (m_backend == Backend::Postgres) {
            const QUrl url(m_dbUrl);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            db.setPassword(url.password());
        } else {
            db.setDatabaseName(m_stateDir + u"/courtyard.db"_s);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        }
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            ok = work(db);
            if (!ok && error && error->isEmpty())
                *error = db.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool TestServer::execSql(const QString &sql, QString *error)
{
    return withDatabase(
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (q.exec(sql))
                return true;
            if (error)
                *error = q.lastError().text();
            return false;
        },
        error);
}

QVariant TestServer::querySql(const QString &sql)
{
    QVariant result;
    withDatabase(
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
            return true;
        },
        nullptr);
    return result;
}

bool TestServer::snapshotDatabase()
{
    stopServe();
    bool ok = false;
    if (m_backend == Backend::Postgres) {
        AdminConnection admin(m_adminUrl);
        m_snapshotName = m_dbName + u"_snap"_s;
        ok = admin.exec(u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(m_snapshotName, m_dbName));
        if (!ok)
            fail(u"cannot copy the database: "_s + admin.error());
    } else {
        // serve stopped cleanly: the WAL is checkpointed into the file.
        m_snapshotName = m_stateDir + u"/courtyard.db.snapshot"_s;
        QFile::remove(m_snapshotName);
        ok = QFile::copy(m_stateDir + u"/courtyard.db"_s, m_snapshotName);
    }
    return launchServe({}, {}) && ok;
}

bool TestServer::restoreSnapshot()
{
    if (m_snapshotName.isEmpty())
        return fail(u"restoreSnapshot() without snapshotDatabase()"_s);
    stopServe();
    bool ok = false;
    if (m_backend == Backend::Postgres) {
        AdminConnection admin(m_adminUrl);
        ok = admin.exec(u"DROP DATABASE %1 WITH (FORCE)"_s.arg(m_dbName))
             && admin.exec(u"ALTER DATABASE %1 RENAME TO %2"_s.arg(m_snapshotName, m_dbName));
        if (!ok)
            fail(u"cannot restore the database: "_s + admin.error());
    } else {
        const QString db = m_stateDir + u"/courtyard.db"_s;
        QFile::remove(db + u"-wal"_s);
        QFile::remove(db + u"-shm"_s);
        ok = QFile::remove(db) && QFile::rename(m_snapshotName, db);
    }
    m_snapshotName.clear();
    return launchServe({}, {}) && ok;
}

bool TestServer::loadFixture()
{
    QFile file(m_fixture);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read the fixture "_s + m_fixture);
    if (m_backend == Backend::Sqlite && !QDir().mkpath(m_stateDir))
        return fail(u"cannot make "_s + m_stateDir);
    QStringList statements;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u"--"_s) || line.trimmed().isEmpty())
            continue;
        statements << line;
    }
    QString error;
    const bool ok = withDatabase(
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            db.transaction();
            for (const QString &sql : std::as_const(statements)) {
                if (!q.exec(sql)) {
                    error = q.lastError().text() + u" in: "_s + sql.left(160);
                    db.rollback();
                    return false;
                }
            }
            return db.commit();
        },
        &error);
    return ok || fail(u"the fixture did not load: "_s + error);
}
