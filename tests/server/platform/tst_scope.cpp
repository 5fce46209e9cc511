// One description of who sees what: a Scope renders the SQL a pull filters by and answers for
// one row in C++. Here both readings of every scope the features use, and of random ones
// built from every kind of condition, must pick the same rows — over random rows (NULLs
// included) and random principals, in SQLite and in PostgreSQL.
#include "database.h"
#include "platformmodule.h"
#include "principal.h"
#include "scope.h"
#include "serverconfig.h"
#include "ticketscope.h"
#include "testserver.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Courtyard;
using namespace Courtyard::Server;

namespace {

const QStringList Columns{u"estate_id"_s, u"unit_id"_s,   u"created_by"_s, u"assignee_id"_s, u"pooled"_s,
                          u"internal"_s,  u"owner_id"_s,  u"role"_s,       u"audience"_s,    u"user_id"_s,
                          u"except_user"_s};
const QStringList Estates{u"e1"_s, u"e2"_s, u"e3"_s};
const QStringList Units{u"u1"_s, u"u2"_s, u"u3"_s, u"u4"_s};
const QStringList People{u"p1"_s, u"p2"_s, u"p3"_s};

struct Row
{
    QString id;
    QHash<QString, QVariant> values;
    QStringList linkedEstates;
};

QVariant pick(QRandomGenerator &rng, const QStringList &from)
{
    // One in four is NULL.
    const int i = int(rng.bounded(from.size() + 1));
    return i == from.size() ? QVariant(QMetaType::fromType<QString>()) : QVariant(from.at(i));
}

} // namespace

class TestScope : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase();
    void featureScopesAgree_data() { backends(); }
    void featureScopesAgree();
    void randomScopesAgree_data() { backends(); }
    void randomScopesAgree();

private:
    static void backends();
    /// The rows and principals, in a database of @p backend (made on first use).
    void prepare(const QString &backend);
    void compare(const Scope &scope, const QString &what);

    QList<Principal> m_principals;
    QList<Row> m_rows;
    QString m_backend;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QStringList m_pgNames;
};

void TestScope::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void TestScope::cleanupTestCase()
{
    m_db.reset();
    if (m_pgNames.isEmpty())
        return;
    const QUrl url(qEnvironmentVariable("COURTYARD_TEST_PG_URL"));
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"scope-admin"_s);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setPassword(url.password());
        admin.setDatabaseName(url.path().mid(1));
        if (admin.open()) {
            for (const QString &name : std::as_const(m_pgNames))
                QSqlQuery(admin).exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"scope-admin"_s);
}

void TestScope::prepare(const QString &backend)
{
    if (m_db && m_backend == backend)
        return;
    m_db.reset();
    m_rows.clear();
    m_principals.clear();
    m_backend = backend;
    {
        ServerConfig config;
        m_dir = std::make_unique<QTemporaryDir>();
        config.stateDir = m_dir->path();
        config.dbPath = u"scope.db"_s;
        if (backend == u"postgres") {
            bool mustFail = false;
            const QString why = TestServer::backendUnavailableReason(TestServer::Backend::Postgres, &mustFail);
            if (!why.isEmpty()) {
                if (mustFail)
                    QFAIL(qPrintable(why));
                QSKIP(qPrintable(why));
            }
            // A database of its own, dropped at the end.
            QUrl url(qEnvironmentVariable("COURTYARD_TEST_PG_URL"));
            {
                QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"scope-admin"_s);
                admin.setHostName(url.host());
                admin.setPort(url.port(5432));
                admin.setUserName(url.userName());
                admin.setPassword(url.password());
                admin.setDatabaseName(url.path().mid(1));
                QVERIFY(admin.open());
                m_pgNames << u"cy_scope_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
                QVERIFY(QSqlQuery(admin).exec(u"CREATE DATABASE "_s + m_pgNames.constLast()));
                admin.close();
            }
            QSqlDatabase::removeDatabase(u"scope-admin"_s);
            url.setPath(u"/"_s + m_pgNames.constLast());
            config.dbDriver = u"postgres"_s;
            config.dbUrl = url;
        }
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(config, &error), qPrintable(error));
        QStringList defs;
        for (const QString &c : Columns)
            defs << (c == u"pooled" || c == u"internal" ? c + u" INTEGER"_s : c + u" TEXT"_s);
        QVERIFY(m_db->execDirect(u"CREATE TABLE rows (id TEXT PRIMARY KEY, %1)"_s.arg(defs.join(u", "_s))));
        QVERIFY(m_db->execDirect(u"CREATE TABLE links (row_id TEXT NOT NULL, estate TEXT NOT NULL)"_s));
        QRandomGenerator rng(20261201);
        for (int i = 0; i < 400; ++i) {
            Row r;
            r.id = u"r%1"_s.arg(i);
            r.values[u"estate_id"_s] = pick(rng, Estates);
            r.values[u"unit_id"_s] = pick(rng, Units);
            r.values[u"created_by"_s] = pick(rng, People);
            r.values[u"assignee_id"_s] = pick(rng, People);
            r.values[u"pooled"_s] = rng.bounded(4) == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(int(rng.bounded(2)));
            r.values[u"internal"_s] = int(rng.bounded(2));
            r.values[u"owner_id"_s] = pick(rng, People);
            r.values[u"role"_s] = pick(rng, {u"resident"_s, u"agent"_s, u"technician"_s, u"manager"_s});
            r.values[u"audience"_s] = pick(rng, {u"all"_s, u"user"_s, u"role:technician"_s, u"role:agent"_s});
            r.values[u"user_id"_s] = pick(rng, People);
            r.values[u"except_user"_s] = pick(rng, People);
            for (const QString &e : Estates) {
                if (rng.bounded(3) == 0)
                    r.linkedEstates << e;
            }
            QStringList marks;
            QVariantList values{r.id};
            for (const QString &c : Columns) {
                marks << u"?"_s;
                values << r.values.value(c);
            }
            QVERIFY(m_db->exec(u"INSERT INTO rows (id, %1) VALUES (?, %2)"_s.arg(Columns.join(u", "_s), marks.join(u", "_s)), values));
            for (const QString &e : std::as_const(r.linkedEstates))
                QVERIFY(m_db->exec(u"INSERT INTO links (row_id, estate) VALUES (?, ?)"_s, {r.id, e}));
            m_rows << r;
        }
        for (int i = 0; i < 60; ++i) {
            Principal p;
            p.id = People.at(int(rng.bounded(People.size())));
            p.role = Role(rng.bounded(4));
            for (const QString &e : Estates) {
                if (rng.bounded(2))
                    p.estateIds << e;
            }
            for (const QString &u : Units) {
                if (rng.bounded(2))
                    p.unitIds << u;
            }
            m_principals << p;
        }
    }
}

void TestScope::compare(const Scope &scope, const QString &what)
{
    QFETCH(QString, backend);
    prepare(backend);
    if (QTest::currentTestFailed() || !m_db)
        return;
    for (const Principal &p : std::as_const(m_principals)) {
        const SqlFilter filter = scope.sql(p, u"r."_s);
        QSqlQuery &q = m_db->query(u"SELECT r.id FROM rows r WHERE %1 ORDER BY r.id"_s.arg(filter.where));
        for (int i = 0; i < filter.values.size(); ++i)
            q.bindValue(i, filter.values.at(i));
        QVERIFY2(m_db->execPrepared(q), qPrintable(what));
        QSet<QString> bySql;
        while (q.next())
            bySql.insert(q.value(0).toString());
        q.finish();
        QSet<QString> byCpp;
        for (const Row &r : std::as_const(m_rows)) {
            const bool match = scope.matches(p, [&r](const QString &column) -> QVariant {
                if (column == u"links")
                    return r.linkedEstates;
                return r.values.value(column);
            });
            if (match)
                byCpp.insert(r.id);
        }
        QVERIFY2(bySql == byCpp, qPrintable(u"%1 for %2 (%3): SQL picks %4 rows, C++ %5"_s.arg(what, p.id, roleName(p.role))
                                                 .arg(bySql.size())
                                                 .arg(byCpp.size())));
    }
}

void TestScope::featureScopesAgree()
{
    for (Role role : {Role::Resident, Role::Agent, Role::Technician, Role::Manager}) {
        compare(Tickets::orderScope(role), u"orders, "_s + roleName(role));
        compare(Tickets::eventScope(role), u"timeline, "_s + roleName(role));
        compare(Tombstones::scopeFor(role), u"tombstones, "_s + roleName(role));
    }
    compare(Scope::differs(u"role"_s, u"resident"_s) && Scope::linkedToEstates(u"links"_s, u"row_id"_s, u"estate"_s),
            u"colleagues"_s);
}

void TestScope::randomScopesAgree()
{
    QRandomGenerator rng(7);
    const QList<std::function<Scope()>> leaves{
        [] { return Scope::all(); },
        [] { return Scope::none(); },
        [] { return Scope::inEstates(u"estate_id"_s); },
        [] { return Scope::inUnits(u"unit_id"_s); },
        [] { return Scope::isMe(u"assignee_id"_s); },
        [] { return Scope::isNotMe(u"except_user"_s); },
        [] { return Scope::isNull(u"assignee_id"_s); },
        [] { return Scope::isTrue(u"pooled"_s); },
        [] { return Scope::isFalse(u"pooled"_s); },
        [] { return Scope::equals(u"audience"_s, u"all"_s); },
        [] { return Scope::differs(u"role"_s, u"agent"_s); },
        [] { return Scope::linkedToEstates(u"links"_s, u"row_id"_s, u"estate"_s); },
    };
    std::function<Scope(int)> grow = [&](int depth) -> Scope {
        if (depth == 0 || rng.bounded(3) == 0)
            return leaves.at(int(rng.bounded(leaves.size())))();
        return rng.bounded(2) ? grow(depth - 1) && grow(depth - 1) : grow(depth - 1) || grow(depth - 1);
    };
    for (int i = 0; i < 40; ++i)
        compare(grow(4), u"random scope %1"_s.arg(i));
}

QTEST_GUILESS_MAIN(TestScope)
#include "tst_scope.moc"
