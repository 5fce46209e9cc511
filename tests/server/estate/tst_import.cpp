// The unit import (POST /v1/estates/{estateId}/units/import and `import-units`): every kind
// of bad row with its line and nothing written, GB18030 and BOM files, idempotent re-import,
// updates, the limits, and who may import.
#include "servertestutil.h"

#include <QStringDecoder>
#include <QTemporaryDir>

#include <iconv.h>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

const QString Header = u"building,number,floor,area\n"_s;

/// What an import may have changed: the units, their newest revision, the store's head and
/// the audit entries of imports.
struct StoreState
{
    qint64 units = 0;
    qint64 maxRev = 0;
    qint64 head = 0;
    qint64 audits = 0;
    bool operator==(const StoreState &o) const
    {
        return units == o.units && maxRev == o.maxRev && head == o.head && audits == o.audits;
    }
};

QByteArray toGb18030(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    if (cd == iconv_t(-1))
        return {};
    QByteArray out(utf8.size() * 2 + 8, '\0');
    char *src = const_cast<char *>(utf8.constData());
    size_t srcLeft = size_t(utf8.size());
    char *dst = out.data();
    size_t dstLeft = size_t(out.size());
    const size_t done = iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    if (done == size_t(-1))
        return {};
    out.truncate(dst - out.constData());
    return out;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void badRows_data();
    void badRows();
    void manyProblemsAreCapped();
    void nothingHalfAppliedWhenTheLastRowIsBad();
    void gb18030File();
    void utf8BomFileWithCrLf();
    void quotedCellsAndDefaults();
    void reimportChangesNothing();
    void secondFileUpdatesAndAdds();
    void dryRunWritesNothing();
    void sizeLimit();
    void rowLimit();
    void whoMayImport_data();
    void whoMayImport();
    void wrongContentType();
    void commandLine();

private:
    StoreState state();
    HttpResponse importCsv(TestClient &client, const QByteArray &csv, bool dryRun = false,
                           const QString &estateId = demoEstate);
    /// 422 import_invalid whose problems include one at @p line whose reason contains @p reason.
    QString expectProblem(const HttpResponse &r, int line, const QString &reason);
    QString unitField(const QString &building, const QString &number, const QString &column);
    QString writeFile(const QString &name, const QByteArray &bytes);

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
    Actor m_otherManager;
    QTemporaryDir m_files;
};

void TestImport::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server));
    // A second estate with a building and its own manager, for the foreign-estate rows.
    QString error;
    QVERIFY2(m_server.execSql(u"INSERT INTO estates (id, name, address, dispatch_mode, rev)"
                              " VALUES ('est-2', 'Second Estate', 'Elsewhere 1', 'assign', 0)"_s, &error),
             qPrintable(error));
    QVERIFY2(m_server.execSql(u"INSERT INTO buildings (id, estate_id, name, rev) VALUES ('bld-2-1', 'est-2', 'A', 0)"_s, &error),
             qPrintable(error));
    QString out;
    QCOMPARE(m_server.runCli({u"create-user"_s, u"--phone"_s, u"13900000088"_s, u"--name"_s, u"Other Manager"_s, u"--role"_s,
                              u"manager"_s, u"--estate"_s, u"est-2"_s, u"--state"_s, m_server.stateDir()},
                             "Kx7-import-Qz92!\n", &out),
             0);
    m_otherManager.phone = u"13900000088"_s;
    m_otherManager.client = std::make_unique<TestClient>(m_server);
    m_otherManager.tokens = m_otherManager.client->login(m_otherManager.phone, u"Kx7-import-Qz92!"_s);
    QVERIFY(!m_otherManager.tokens.accessToken.isEmpty());
    QVERIFY(m_files.isValid());
}

void TestImport::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestImport::cleanupTestCase()
{
    m_server.stop();
}

StoreState TestImport::state()
{
    StoreState s;
    s.units = m_server.querySql(u"SELECT COUNT(*) FROM units"_s).toLongLong();
    s.maxRev = m_server.querySql(u"SELECT MAX(rev) FROM units"_s).toLongLong();
    s.head = m_server.querySql(u"SELECT rev FROM revision_head WHERE id = 1"_s).toLongLong();
    s.audits = m_server.querySql(u"SELECT COUNT(*) FROM audit_log WHERE action = 'units.import'"_s).toLongLong();
    return s;
}

HttpResponse TestImport::importCsv(TestClient &client, const QByteArray &csv, bool dryRun, const QString &estateId)
{
    return client.postRaw(u"/v1/estates/%1/units/import%2"_s.arg(estateId, dryRun ? u"?dryRun=true"_s : QString()), csv,
                          "text/csv; charset=utf-8");
}

QString TestImport::expectProblem(const HttpResponse &r, int line, const QString &reason)
{
    if (const QString f = expectError(r, {422}, {u"import_invalid"_s}); !f.isEmpty())
        return f;
    const QJsonObject body = r.object();
    const QJsonArray problems = body.value(u"problems"_s).toArray();
    if (problems.isEmpty() || body.value(u"problemCount"_s).toInt() < problems.size() || body.value(u"message"_s).toString().isEmpty())
        return u"no problems, or a bad problemCount or message: %1"_s.arg(QString::fromUtf8(r.body));
    for (const QJsonValue &p : problems) {
        if (p[u"line"_s].toInt() == line && p[u"reason"_s].toString().contains(reason))
            return {};
    }
    return u"no problem on line %1 saying '%2': %3"_s.arg(line).arg(reason, QString::fromUtf8(r.body));
}

QString TestImport::unitField(const QString &building, const QString &number, const QString &column)
{
    return m_server
        .querySql(u"SELECT u.%1 FROM units u JOIN buildings b ON b.id = u.building_id"
                  " WHERE b.estate_id = 'est-1' AND b.name = '%2' AND u.number = '%3'"_s
                      .arg(column, building, number))
        .toString();
}

QString TestImport::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile f(m_files.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return f.fileName();
}

void TestImport::badRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");
    // Each file has good new rows beside the bad one, so a half-applied import would show.
    const QByteArray good = u"1号楼,B1-01,-1,12.50\n"_s.toUtf8();
    auto file = [&](const QString &rest) { return (Header + u"1号楼,B1-01,-1,12.50\n"_s + rest).toUtf8(); };
    QTest::newRow("missing column") << u"building,number,floor\n1号楼,B1-01,1\n"_s.toUtf8() << 1 << u"no column area"_s;
    QTest::newRow("unknown column") << u"building,number,floor,area,colour\n"_s.toUtf8() + good << 1 << u"unknown column 'colour'"_s;
    QTest::newRow("missing cell") << file(u"1号楼,B1-02,1,\n"_s) << 3 << u"missing cell: area"_s;
    QTest::newRow("short row") << file(u"1号楼,B1-02\n"_s) << 3 << u"missing cell: floor"_s;
    QTest::newRow("unknown building") << file(u"9号楼,B1-02,1,50\n"_s) << 3 << u"unknown building '9号楼'"_s;
    QTest::newRow("duplicate in file") << file(u"2号楼,X-1,1,50\n1号楼,B1-01,2,60\n"_s) << 4 << u"is on line 2 already"_s;
    QTest::newRow("area not a number") << file(u"1号楼,B1-02,1,abc\n"_s) << 3 << u"is not a number"_s;
    QTest::newRow("area with unit") << file(u"1号楼,B1-02,1,85.5㎡\n"_s) << 3 << u"is not a number"_s;
    QTest::newRow("area negative") << file(u"1号楼,B1-02,1,-5\n"_s) << 3 << u"is not a number"_s;
    QTest::newRow("area zero") << file(u"1号楼,B1-02,1,0.00\n"_s) << 3 << u"more than 0"_s;
    QTest::newRow("area three decimals") << file(u"1号楼,B1-02,1,85.123\n"_s) << 3 << u"more than two decimals"_s;
    QTest::newRow("floor not whole") << file(u"1号楼,B1-02,2.5,50\n"_s) << 3 << u"not a whole number"_s;
    QTest::newRow("unknown purpose") << (u"building,number,floor,area,purpose\n1号楼,B1-01,1,50,住宅\n1号楼,B1-02,1,50,garage\n"_s).toUtf8()
                                     << 3 << u"unknown purpose 'garage'"_s;
    QTest::newRow("unknown status") << (u"楼栋,房号,楼层,面积,状态\n1号楼,B1-01,1,50,空置\n1号楼,B1-02,1,50,sold\n"_s).toUtf8() << 3
                                    << u"unknown status 'sold'"_s;
    QTest::newRow("too many cells") << file(u"1号楼,B1-02,1,50,extra\n"_s) << 3 << u"too many cells"_s;
    QTest::newRow("unclosed quote") << file(u"1号楼,\"B1-02,1,50\n"_s) << 3 << u"not closed"_s;
    QTest::newRow("quote inside cell") << file(u"1号楼,B1\"02,1,50\n"_s) << 3 << u"a quote inside a cell"_s;
    // UTF-8 by its BOM; line 3 holds bytes that are text in neither encoding.
    QTest::newRow("wrong encoding") << QByteArray("\xEF\xBB\xBF") + file(u""_s) + QByteArray("\xFF\xFE,B1-02,1,50\n") << 3
                                    << u"not UTF-8 or GB18030 text"_s;
    QTest::newRow("UTF-16") << QByteArray("b\0u\0i\0l\0d\0", 10) + QByteArray("\n") << 1 << u"not UTF-8 or GB18030 text"_s;
    QTest::newRow("empty file") << QByteArray() << 1 << u"the file is empty"_s;
    QTest::newRow("blank lines only") << QByteArray("\r\n\n  \n") << 1 << u"the file is empty"_s;
    QTest::newRow("header only") << Header.toUtf8() << 1 << u"no rows"_s;
}

void TestImport::badRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const StoreState before = state();
    CY_CHECK(expectProblem(importCsv(*m_a.manager, csv), line, reason));
    // A dry run reports the same.
    CY_CHECK(expectProblem(importCsv(*m_a.manager, csv, true), line, reason));
    QCOMPARE(state(), before);
    QVERIFY(unitField(u"1号楼"_s, u"B1-01"_s, u"id"_s).isEmpty());
}

void TestImport::manyProblemsAreCapped()
{
    QString csv = Header;
    for (int i = 0; i < 250; ++i)
        csv += u"1号楼,C-%1,1,x\n"_s.arg(i);
    const StoreState before = state();
    const HttpResponse r = importCsv(*m_a.manager, csv.toUtf8());
    CY_CHECK(expectProblem(r, 2, u"is not a number"_s));
    CY_CHECK(expectProblem(r, 201, u"is not a number"_s));
    QCOMPARE(r.object().value(u"problems"_s).toArray().size(), 200);
    QCOMPARE(r.object().value(u"problemCount"_s).toInt(), 250);
    QCOMPARE(state(), before);
}

void TestImport::nothingHalfAppliedWhenTheLastRowIsBad()
{
    QString csv = Header;
    for (int i = 0; i < 500; ++i)
        csv += u"2号楼,H-%1,%2,%3.25\n"_s.arg(i).arg(i % 20 + 1).arg(60 + i % 100);
    // An existing unit's new area too, which must not be written either.
    csv += u"1号楼,1-0301,3,999.99\n"_s;
    csv += u"2号楼,H-last,1,0\n"_s;
    const QString oldArea = unitField(u"1号楼"_s, u"1-0301"_s, u"area_centi_sqm"_s);
    const StoreState before = state();
    CY_CHECK(expectProblem(importCsv(*m_a.manager, csv.toUtf8()), 503, u"more than 0"_s));
    QCOMPARE(state(), before);
    QCOMPARE(unitField(u"1号楼"_s, u"1-0301"_s, u"area_centi_sqm"_s), oldArea);
    QVERIFY(unitField(u"2号楼"_s, u"H-0"_s, u"id"_s).isEmpty());
}

void TestImport::gb18030File()
{
    // What a Chinese spreadsheet saves: Chinese header and values, GB18030 bytes, CRLF.
    const QString text = u"楼栋,房号,楼层,面积,用途,状态\r\n"
                         "1号楼,G-101,1,88.80,商铺,空置\r\n"
                         "2号楼,G-B1,-2,15,储藏,未交房\r\n"
                         "1号楼,G-102,1,0.29,办公,已入住\r\n"_s;
    const QByteArray bytes = toGb18030(text);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes != text.toUtf8());
    const QString asUtf8 = QStringDecoder(QStringConverter::Utf8)(bytes);
    QVERIFY(asUtf8.contains(QChar::ReplacementCharacter)); // so it is not UTF-8 by accident
    const StoreState before = state();
    const HttpResponse r = importCsv(*m_a.manager, bytes);
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object(), (QJsonObject{{u"rows"_s, 3}, {u"created"_s, 3}, {u"updated"_s, 0}, {u"unchanged"_s, 0}, {u"dryRun"_s, false}}));
    QCOMPARE(unitField(u"1号楼"_s, u"G-101"_s, u"area_centi_sqm"_s), u"8880"_s);
    QCOMPARE(unitField(u"1号楼"_s, u"G-101"_s, u"purpose"_s), u"shop"_s);
    QCOMPARE(unitField(u"1号楼"_s, u"G-101"_s, u"status"_s), u"vacant"_s);
    QCOMPARE(unitField(u"2号楼"_s, u"G-B1"_s, u"floor"_s), u"-2"_s);
    QCOMPARE(unitField(u"2号楼"_s, u"G-B1"_s, u"area_centi_sqm"_s), u"1500"_s);
    QCOMPARE(unitField(u"2号楼"_s, u"G-B1"_s, u"purpose"_s), u"storage"_s);
    QCOMPARE(unitField(u"2号楼"_s, u"G-B1"_s, u"status"_s), u"notHandedOver"_s);
    // Exactly 29 hundredths: no floating point on the way.
    QCOMPARE(unitField(u"1号楼"_s, u"G-102"_s, u"area_centi_sqm"_s), u"29"_s);
    QCOMPARE(unitField(u"1号楼"_s, u"G-102"_s, u"purpose"_s), u"office"_s);
    const StoreState after = state();
    QCOMPARE(after.units, before.units + 3);
    QCOMPARE(after.head, before.head + 3);
    QCOMPARE(after.audits, before.audits + 1);
    // The audit entry: who, what, from where; the console's have no actor.
    QCOMPARE(m_server.querySql(u"SELECT actor_id FROM audit_log WHERE action = 'units.import' ORDER BY at DESC LIMIT 1"_s).toString(),
             m_a.manager.id());
    QCOMPARE(m_server.querySql(u"SELECT summary FROM audit_log WHERE action = 'units.import' ORDER BY at DESC LIMIT 1"_s).toString(),
             u"Imported 3 rows: 3 created, 0 updated"_s);
    QVERIFY(!m_server.querySql(u"SELECT address FROM audit_log WHERE action = 'units.import' ORDER BY at DESC LIMIT 1"_s)
                 .toString()
                 .isEmpty());
}

void TestImport::utf8BomFileWithCrLf()
{
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + u"Building,Number,Floor,Area\r\n1号楼,U-1,5,101.5\r\n\r\n\r\n"_s.toUtf8();
    const HttpResponse r = importCsv(*m_a.manager, bytes);
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object().value(u"created"_s).toInt(), 1);
    QCOMPARE(unitField(u"1号楼"_s, u"U-1"_s, u"area_centi_sqm"_s), u"10150"_s);
    QCOMPARE(unitField(u"1号楼"_s, u"U-1"_s, u"purpose"_s), u"residential"_s);
    QCOMPARE(unitField(u"1号楼"_s, u"U-1"_s, u"status"_s), u"occupied"_s);
}

void TestImport::quotedCellsAndDefaults()
{
    // Columns in another order, quoted cells (a comma and a doubled quote in a number),
    // padding spaces, an empty optional cell.
    const QString csv = u"area , status,number,building,floor\n"
                        "\" 70.00 \",,\"Q,1\",1号楼,\"7\"\n"
                        "  66 ,vacant,\"Q\"\"2\",  1号楼 ,8\n"_s;
    const HttpResponse r = importCsv(*m_a.manager, csv.toUtf8());
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object().value(u"created"_s).toInt(), 2);
    QCOMPARE(unitField(u"1号楼"_s, u"Q,1"_s, u"area_centi_sqm"_s), u"7000"_s);
    QCOMPARE(unitField(u"1号楼"_s, u"Q,1"_s, u"status"_s), u"occupied"_s);
    QCOMPARE(unitField(u"1号楼"_s, u"Q\"2"_s, u"status"_s), u"vacant"_s);
    QCOMPARE(unitField(u"1号楼"_s, u"Q\"2"_s, u"floor"_s), u"8"_s);
}

void TestImport::reimportChangesNothing()
{
    QString csv = u"building,number,floor,area,purpose,status\n"_s;
    for (int i = 0; i < 50; ++i)
        csv += u"2号楼,R-%1,%2,%3.%4,residential,vacant\n"_s.arg(i).arg(i / 5 + 1).arg(70 + i).arg(i % 10);
    // The demo's own units as they are (area and floor unchanged, no purpose or status).
    csv += u"1号楼,1-0101,1,%1\n"_s.arg(QString::number(unitField(u"1号楼"_s, u"1-0101"_s, u"area_centi_sqm"_s).toLongLong() / 100.0, 'f', 2));
    HttpResponse r = importCsv(*m_a.manager, csv.toUtf8());
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object().value(u"created"_s).toInt(), 50);
    QCOMPARE(r.object().value(u"unchanged"_s).toInt(), 1);
    const StoreState first = state();
    r = importCsv(*m_a.manager, csv.toUtf8());
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object(), (QJsonObject{{u"rows"_s, 51}, {u"created"_s, 0}, {u"updated"_s, 0}, {u"unchanged"_s, 51}, {u"dryRun"_s, false}}));
    const StoreState second = state();
    QCOMPARE(second.units, first.units);
    QCOMPARE(second.maxRev, first.maxRev);
    QCOMPARE(second.head, first.head);
    QCOMPARE(second.audits, first.audits + 1); // the act is recorded, though it changed nothing
}

void TestImport::secondFileUpdatesAndAdds()
{
    CY_CHECK(expectStatus(importCsv(*m_a.manager, (Header + u"2号楼,S-1,1,50\n2号楼,S-2,1,60\n2号楼,S-3,1,70\n"_s).toUtf8()), 200));
    const QString revUntouched = unitField(u"2号楼"_s, u"S-3"_s, u"rev"_s);
    SyncedView office(m_a.manager.client.get());
    CY_CHECK(office.pull());
    const StoreState before = state();
    // S-1: new area; S-2: new status only (area as it is); S-3 as it is; S-4 new.
    const QString second = u"building,number,floor,area,status\n"
                           "2号楼,S-1,1,55.55,\n"
                           "2号楼,S-2,1,60.00,vacant\n"
                           "2号楼,S-3,1,70,\n"
                           "2号楼,S-4,2,80.08,notHandedOver\n"_s;
    const HttpResponse r = importCsv(*m_a.manager, second.toUtf8());
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object(), (QJsonObject{{u"rows"_s, 4}, {u"created"_s, 1}, {u"updated"_s, 2}, {u"unchanged"_s, 1}, {u"dryRun"_s, false}}));
    const StoreState after = state();
    QCOMPARE(after.units, before.units + 1);
    QCOMPARE(after.head, before.head + 3);
    QCOMPARE(unitField(u"2号楼"_s, u"S-1"_s, u"area_centi_sqm"_s), u"5555"_s);
    QCOMPARE(unitField(u"2号楼"_s, u"S-1"_s, u"status"_s), u"occupied"_s);
    QCOMPARE(unitField(u"2号楼"_s, u"S-2"_s, u"status"_s), u"vacant"_s);
    QCOMPARE(unitField(u"2号楼"_s, u"S-3"_s, u"rev"_s), revUntouched);
    QCOMPARE(unitField(u"2号楼"_s, u"S-4"_s, u"area_centi_sqm"_s), u"8008"_s);

    // The office's next pull brings exactly the three changed units, with the new areas.
    QJsonArray fresh;
    CY_CHECK(office.pull(&fresh));
    QMap<QString, QJsonObject> units;
    for (const QJsonValue &c : std::as_const(fresh)) {
        if (c[u"entity"_s].toString() == u"unit")
            units.insert(c[u"data"_s][u"number"_s].toString(), c[u"data"_s].toObject());
    }
    QCOMPARE(units.keys(), (QStringList{u"S-1"_s, u"S-2"_s, u"S-4"_s}));
    QCOMPARE(units[u"S-1"_s].value(u"areaCentiSqm"_s).toInteger(), 5555);
    QCOMPARE(units[u"S-4"_s].value(u"areaCentiSqm"_s).toInteger(), 8008);
    QCOMPARE(units[u"S-4"_s].value(u"floor"_s).toInt(), 2);
    // purpose and status are in the unit's JSON once the estate module sends them.
    if (units[u"S-2"_s].contains(u"status"_s)) {
        QCOMPARE(units[u"S-2"_s].value(u"status"_s).toString(), u"vacant"_s);
        QCOMPARE(units[u"S-4"_s].value(u"status"_s).toString(), u"notHandedOver"_s);
        QCOMPARE(units[u"S-4"_s].value(u"purpose"_s).toString(), u"residential"_s);
    }
}

void TestImport::dryRunWritesNothing()
{
    const StoreState before = state();
    const QByteArray csv = (Header + u"2号楼,D-1,1,50\n1号楼,1-0102,1,1.01\n"_s).toUtf8();
    const HttpResponse r = importCsv(*m_a.manager, csv, true);
    CY_CHECK(expectStatus(r, 200));
    QCOMPARE(r.object(), (QJsonObject{{u"rows"_s, 2}, {u"created"_s, 1}, {u"updated"_s, 1}, {u"unchanged"_s, 0}, {u"dryRun"_s, true}}));
    QCOMPARE(state(), before);
    QVERIFY(unitField(u"2号楼"_s, u"D-1"_s, u"id"_s).isEmpty());
    QVERIFY(unitField(u"1号楼"_s, u"1-0102"_s, u"area_centi_sqm"_s) != u"101"_s);
    // Anything but true or false is refused.
    CY_CHECK(expectError(m_a.manager->postRaw(u"/v1/estates/est-1/units/import?dryRun=yes"_s, csv, "text/csv"), {400}));
}

void TestImport::sizeLimit()
{
    const StoreState before = state();
    // Just over 10 MiB of well-formed rows: refused by its size, before anything is read.
    QByteArray big = Header.toUtf8();
    const QByteArray row = "1号楼,Z-0000000000,1,50.00\n";
    while (big.size() <= 10 * 1024 * 1024)
        big += row;
    CY_CHECK(expectError(importCsv(*m_a.manager, big), {413}, {u"payload_too_large"_s}));
    QCOMPARE(state(), before);
    const QString file = writeFile(u"big.csv"_s, big);
    QVERIFY(!file.isEmpty());
    QString out;
    QVERIFY(m_server.runCli({u"import-units"_s, u"--estate"_s, demoEstate, file, u"--state"_s, m_server.stateDir()}, {}, &out) != 0);
    QVERIFY2(out.contains(u"larger than 10 MiB"_s), qPrintable(out));
    QCOMPARE(state(), before);
}

void TestImport::rowLimit()
{
    const StoreState before = state();
    QByteArray csv = Header.toUtf8();
    for (int i = 0; i < 50001; ++i)
        csv += "2号楼,L-" + QByteArray::number(i) + ",1,50\n";
    CY_CHECK(expectProblem(importCsv(*m_a.manager, csv), 50002, u"more than 50000 rows"_s));
    QCOMPARE(state(), before);
}

void TestImport::whoMayImport_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("estate");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    for (const QString &who : {u"resident1"_s, u"agent"_s, u"tech1"_s}) {
        QTest::addRow("%s own estate", qPrintable(who)) << who << QString(demoEstate) << 403 << u"forbidden"_s;
        QTest::addRow("%s other estate", qPrintable(who)) << who << u"est-2"_s << 403 << u"forbidden"_s;
    }
    QTest::newRow("manager other estate") << u"manager"_s << u"est-2"_s << 404 << u"not_found"_s;
    QTest::newRow("manager no estate") << u"manager"_s << u"est-none"_s << 404 << u"not_found"_s;
    QTest::newRow("other manager demo estate") << u"other"_s << QString(demoEstate) << 404 << u"not_found"_s;
    QTest::newRow("other manager own estate") << u"other"_s << u"est-2"_s << 200 << QString();
}

void TestImport::whoMayImport()
{
    QFETCH(QString, who);
    QFETCH(QString, estate);
    QFETCH(int, status);
    QFETCH(QString, error);
    TestClient &client = who == u"other" ? *m_otherManager.client : *m_a.byName(who);
    // A building only est-2 has, so the file is valid there and unknown elsewhere.
    const QByteArray csv = (Header + u"A,W-1,1,50\n"_s).toUtf8();
    const StoreState before = state();
    const HttpResponse r = importCsv(client, csv, false, estate);
    if (status == 200) {
        CY_CHECK(expectStatus(r, 200));
        QCOMPARE(m_server.querySql(u"SELECT estate_id FROM units WHERE number = 'W-1'"_s).toString(), u"est-2"_s);
        return;
    }
    CY_CHECK(expectError(r, {status}, {error}));
    QCOMPARE(state(), before);
}

void TestImport::wrongContentType()
{
    const QByteArray csv = (Header + u"2号楼,T-1,1,50\n"_s).toUtf8();
    CY_CHECK(expectError(m_a.manager->postRaw(u"/v1/estates/est-1/units/import"_s, csv, "application/json"), {415}));
    TestClient anonymous(m_server);
    CY_CHECK(expectError(anonymous.postRaw(u"/v1/estates/est-1/units/import"_s, csv, "text/csv"), {401}));
}

void TestImport::commandLine()
{
    const QStringList state{u"--state"_s, m_server.stateDir()};
    const QString good = writeFile(u"good.csv"_s, toGb18030(u"楼栋,房号,楼层,面积\n2号楼,K-1,3,45.6\n2号楼,K-2,3,45.7\n"_s));
    const QString bad = writeFile(u"bad.csv"_s, (Header + u"2号楼,K-3,3,45\n7号楼,K-4,1,10\n2号楼,K-5,x,10\n"_s).toUtf8());
    QVERIFY(!good.isEmpty() && !bad.isEmpty());
    const StoreState before = this->state();
    QString out;
    QVERIFY(m_server.runCli(QStringList{u"import-units"_s, u"--estate"_s, demoEstate, bad} + state, {}, &out) != 0);
    QVERIFY2(out.contains(u"line 3: unknown building '7号楼'"_s), qPrintable(out));
    QVERIFY2(out.contains(u"line 4: floor 'x' is not a whole number"_s), qPrintable(out));
    QCOMPARE(this->state(), before);

    QCOMPARE(m_server.runCli(QStringList{u"import-units"_s, u"--estate"_s, demoEstate, u"--dry-run"_s, good} + state, {}, &out), 0);
    QVERIFY2(out.contains(u"2 rows, 2 created, 0 updated, 0 unchanged"_s), qPrintable(out));
    QCOMPARE(this->state(), before);

    QCOMPARE(m_server.runCli(QStringList{u"import-units"_s, u"--estate"_s, demoEstate, good} + state, {}, &out), 0);
    QVERIFY2(out.contains(u"imported: 2 rows, 2 created"_s), qPrintable(out));
    QCOMPARE(unitField(u"2号楼"_s, u"K-2"_s, u"area_centi_sqm"_s), u"4570"_s);
    const StoreState after = this->state();
    QCOMPARE(after.units, before.units + 2);
    QCOMPARE(after.audits, before.audits + 1);
    QVERIFY(m_server.querySql(u"SELECT actor_id FROM audit_log WHERE action = 'units.import' ORDER BY at DESC LIMIT 1"_s).isNull());

    // The same file again: nothing moves.
    QCOMPARE(m_server.runCli(QStringList{u"import-units"_s, u"--estate"_s, demoEstate, good} + state, {}, &out), 0);
    QVERIFY2(out.contains(u"0 created, 0 updated, 2 unchanged"_s), qPrintable(out));
    QCOMPARE(this->state().head, after.head);

    // Wrong use: no file, an unknown estate.
    QVERIFY(m_server.runCli(QStringList{u"import-units"_s, u"--estate"_s, demoEstate} + state, {}, &out) != 0);
    QVERIFY(m_server.runCli(QStringList{u"import-units"_s, u"--estate"_s, u"est-none"_s, good} + state, {}, &out) != 0);
    QVERIFY2(out.contains(u"no estate"_s), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
