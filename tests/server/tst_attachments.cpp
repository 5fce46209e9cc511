// PUT/GET /v1/attachments/{sha256}: content addressing, types, size limit, who may fetch,
// and paths that try to leave the attachment store.
#include "servertestutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

constexpr qsizetype kMaxAttachment = 8 * 1024 * 1024;

QString attachmentPath(const QString &hash)
{
    return u"/v1/attachments/"_s + hash;
}

// Every file and directory under \a root except the database's own files, which change with
// any request.
QSet<QString> fileNames(const QString &root)
{
    QSet<QString> names;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (name.startsWith(u"courtyard.db"_s) || name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s)
            || name.endsWith(u"-journal"_s))
            continue;
        names.insert(QDir(root).relativeFilePath(path));
    }
    return names;
}

} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void storeThenRepeat_data();
    void storeThenRepeat();
    void hashMismatch();
    void wrongType_data();
    void wrongType();
    void sizeLimit();
    void ownerGetsIt();
    void otherResidentGetsNotFound();
    void staffGetItOnceATicketUsesIt();
    void unknownHashNotFound();
    void pathTricks_data();
    void pathTricks();

private:
    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
};

void TestAttachments::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server, {QString(phone::resident1), QString(phone::resident2), QString(phone::agent),
                                     QString(phone::manager), QString(phone::tech1)}));
}

void TestAttachments::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestAttachments::cleanupTestCase()
{
    m_server.stop();
}

void TestAttachments::storeThenRepeat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("png") << makePng(uniqueSeed()) << QByteArray("image/png");
    QTest::newRow("jpeg") << makeJpeg(uniqueSeed()) << QByteArray("image/jpeg");
}

void TestAttachments::storeThenRepeat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    const QString hash = sha256Hex(bytes);
    const QJsonObject expected{{u"sha256"_s, hash}, {u"size"_s, bytes.size()}, {u"contentType"_s, QString::fromLatin1(contentType)}};

    const HttpResponse first = m_a.resident1->put(attachmentPath(hash), bytes, contentType);
    CY_CHECK(expectStatus(first, 201));
    QCOMPARE(first.object(), expected);
    const HttpResponse again = m_a.resident1->put(attachmentPath(hash), bytes, contentType);
    CY_CHECK(expectStatus(again, 200));
    QCOMPARE(again.object(), expected);
}

void TestAttachments::hashMismatch()
{
    const QByteArray bytes = makePng(uniqueSeed());
    const QString claimed = sha256Hex(makePng(uniqueSeed()));
    CY_CHECK(expectError(m_a.resident1->put(attachmentPath(claimed), bytes, "image/png"), {400}, {u"hash_mismatch"_s}));
    CY_CHECK(expectError(m_a.resident1->get(attachmentPath(claimed)), {404}, {u"not_found"_s}));
    CY_CHECK(expectError(m_a.resident1->get(attachmentPath(sha256Hex(bytes))), {404}, {u"not_found"_s}));
}

void TestAttachments::wrongType_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType"); // empty: no Content-Type header at all
    const QByteArray png = makePng(uniqueSeed());
    QTest::newRow("PNG sent as text/plain") << png << QByteArray("text/plain");
    QTest::newRow("text sent as image/png") << nonce(u"not an image"_s).toUtf8() << QByteArray("image/png");
    QTest::newRow("text sent as image/jpeg") << nonce(u"not an image"_s).toUtf8() << QByteArray("image/jpeg");
    QTest::newRow("PNG sent as image/jpeg") << makePng(uniqueSeed()) << QByteArray("image/jpeg");
    QTest::newRow("JPEG sent as image/png") << makeJpeg(uniqueSeed()) << QByteArray("image/png");
    QTest::newRow("GIF") << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 13) + nonce(u"g"_s).toUtf8()
                         << QByteArray("image/gif");
    QTest::newRow("SVG") << (u"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><!--%1--></svg>"_s
                                 .arg(nonce(u"s"_s))
                                 .toUtf8())
                         << QByteArray("image/svg+xml");
    QTest::newRow("HTML sent as image/png") << (u"<html><script>alert(1)</script>%1</html>"_s.arg(nonce(u"h"_s)).toUtf8())
                                            << QByteArray("image/png");
    QTest::newRow("no Content-Type") << makePng(uniqueSeed()) << QByteArray();
}

void TestAttachments::wrongType()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    const QString hash = sha256Hex(bytes);
    const HttpResponse r = contentType.isEmpty()
                               ? m_a.resident1->raw("PUT", attachmentPath(hash).toLatin1(), bytes)
                               : m_a.resident1->put(attachmentPath(hash), bytes, contentType);
    CY_CHECK(expectError(r, {415}, {u"unsupported_media_type"_s}));
    CY_CHECK(expectError(m_a.resident1->get(attachmentPath(hash)), {404}, {u"not_found"_s}));
}

void TestAttachments::sizeLimit()
{
    const QByteArray largest = makePng(uniqueSeed(), kMaxAttachment);
    QCOMPARE(largest.size(), kMaxAttachment);
    CY_CHECK(expectStatus(m_a.resident1->put(attachmentPath(sha256Hex(largest)), largest, "image/png"), 201));

    const QByteArray tooLarge = makePng(uniqueSeed(), kMaxAttachment + 1);
    const QString hash = sha256Hex(tooLarge);
    CY_CHECK(expectError(m_a.resident1->put(attachmentPath(hash), tooLarge, "image/png"), {413}, {u"payload_too_large"_s}));
    CY_CHECK(expectError(m_a.resident1->get(attachmentPath(hash)), {404}, {u"not_found"_s}));
}

void TestAttachments::ownerGetsIt()
{
    for (const auto &[bytes, type] : {std::pair{makePng(uniqueSeed()), QByteArray("image/png")},
                                      std::pair{makeJpeg(uniqueSeed()), QByteArray("image/jpeg")}}) {
        const QString hash = sha256Hex(bytes);
        CY_CHECK(expectStatus(m_a.resident1->put(attachmentPath(hash), bytes, type), 201));
        const HttpResponse r = m_a.resident1->get(attachmentPath(hash));
        CY_CHECK(expectStatus(r, 200));
        QCOMPARE(r.header("Content-Type"), type);
        QVERIFY2(r.body == bytes, "the stored bytes differ from the uploaded ones");
    }
}

void TestAttachments::otherResidentGetsNotFound()
{
    const QByteArray bytes = makePng(uniqueSeed());
    const QString hash = sha256Hex(bytes);
    CY_CHECK(expectStatus(m_a.resident1->put(attachmentPath(hash), bytes, "image/png"), 201));
    const HttpResponse r = m_a.resident2->get(attachmentPath(hash));
    CY_CHECK(expectError(r, {404}, {u"not_found"_s}));
    QVERIFY(!r.body.contains(bytes));
}

void TestAttachments::staffGetItOnceATicketUsesIt()
{
    const QByteArray bytes = makeJpeg(uniqueSeed());
    const QString hash = sha256Hex(bytes);
    CY_CHECK(expectStatus(m_a.resident1->put(attachmentPath(hash), bytes, "image/jpeg"), 201));
    const QString ticketId = TestClient::newId();
    QJsonObject payload = submitPayload(ticketId, m_a.resident1.unitId());
    payload.insert(u"photos"_s, QJsonArray{hash});
    const Command c = runCommand(*m_a.resident1, u"ticket.submit"_s, payload);
    CY_CHECK(expectApplied(c));
    QCOMPARE(c.data().value(u"photos"_s).toArray(), QJsonArray{hash});

    for (Actor *staff : {&m_a.agent, &m_a.manager}) {
        const HttpResponse r = (*staff)->get(attachmentPath(hash));
        CY_CHECK(expectStatus(r, 200));
        QVERIFY(r.body == bytes);
        QCOMPARE(r.header("Content-Type"), QByteArray("image/jpeg"));
    }
    CY_CHECK(expectError(m_a.resident2->get(attachmentPath(hash)), {404}, {u"not_found"_s}));

    // The technician sent to do the job sees the photos of it.
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.accept"_s, {{u"ticketId"_s, ticketId}})));
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.assign"_s, {{u"ticketId"_s, ticketId}, {u"technicianId"_s, m_a.tech1.id()}})));
    const HttpResponse tech = m_a.tech1->get(attachmentPath(hash));
    CY_CHECK(expectStatus(tech, 200));
    QVERIFY(tech.body == bytes);
}

void TestAttachments::unknownHashNotFound()
{
    CY_CHECK(expectError(m_a.resident1->get(attachmentPath(sha256Hex(nonce(u"never"_s).toUtf8()))), {404}, {u"not_found"_s}));
}

void TestAttachments::pathTricks_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target"); // HASH, HASHUP, HASH63 and NAME are filled in
    const QList<std::pair<const char *, const char *>> puts{
        {"PUT ../ out of the store", "/v1/attachments/../../NAME"},
        {"PUT many ../ to the root", "/v1/attachments/../../../../../../../../NAME"},
        {"PUT %2e%2e%2f", "/v1/attachments/%2e%2e%2f%2e%2e%2fNAME"},
        {"PUT ..%2f", "/v1/attachments/..%2f..%2fNAME"},
        {"PUT ..%5c", "/v1/attachments/..%5c..%5cNAME"},
        {"PUT %2F-encoded absolute path", "/v1/attachments/%2Ftmp%2FNAME"},
        {"PUT uppercase hash", "/v1/attachments/HASHUP"},
        {"PUT short hash", "/v1/attachments/HASH63"},
        {"PUT long hash", "/v1/attachments/HASH0"},
        {"PUT hash/name", "/v1/attachments/HASH/NAME"},
        {"PUT hash%00", "/v1/attachments/HASH%00"},
        {"PUT hash%2f..%2fname", "/v1/attachments/HASH%2f..%2fNAME"},
    };
    for (const auto &[name, target] : puts)
        QTest::newRow(name) << QByteArray("PUT") << QByteArray(target);
    const QList<std::pair<const char *, const char *>> gets{
        {"GET ../ to the database", "/v1/attachments/../../courtyard.db"},
        {"GET ..%2f to the CA key", "/v1/attachments/..%2fca.key"},
        {"GET ..%2f..%2f to the CA key", "/v1/attachments/..%2f..%2fca.key"},
        {"GET %2e%2e%2f to the server key", "/v1/attachments/%2e%2e%2fserver.key"},
        {"GET %2e%2e%2f%2e%2e%2f to the server key", "/v1/attachments/%2e%2e%2f%2e%2e%2fserver.key"},
        {"GET %2F/etc/passwd", "/v1/attachments/%2Fetc%2Fpasswd"},
        {"GET uppercase hash", "/v1/attachments/HASHUP"},
    };
    for (const auto &[name, target] : gets)
        QTest::newRow(name) << QByteArray("GET") << QByteArray(target);
}

void TestAttachments::pathTricks()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    const QByteArray bytes = makePng(uniqueSeed());
    const QString hash = sha256Hex(bytes);
    const QString name = nonce(u"cy-evil"_s);
    if (method == "GET") {
        // Something real to find under the uppercase spelling.
        CY_CHECK(expectStatus(m_a.resident1->put(attachmentPath(hash), bytes, "image/png"), 201));
    }
    target.replace("HASHUP", hash.toUpper().toLatin1());
    target.replace("HASH63", hash.left(63).toLatin1());
    target.replace("HASH", hash.toLatin1());
    target.replace("NAME", name.toLatin1());

    const QString root = QDir(m_server.stateDir() + u"/.."_s).absolutePath();
    const QSet<QString> before = fileNames(root);
    const HttpResponse r = m_a.resident1->raw(method, target, method == "PUT" ? bytes : QByteArray(),
                                              method == "PUT" ? QByteArray("image/png") : QByteArray());
    QVERIFY2(r.status >= 400 && r.status < 500, qPrintable(u"expected a 4xx answer, got: "_s + r.describe()));
    QVERIFY2(r.isJsonError(), qPrintable(u"a 4xx without a JSON error body: "_s + r.describe()));
    QVERIFY2(!r.body.contains("PRIVATE KEY") && !r.body.contains("SQLite format") && !r.body.contains("root:"),
             qPrintable(r.describe()));

    const QSet<QString> after = fileNames(root);
    QVERIFY2(after == before, qPrintable(u"files appeared or vanished: +[%1] -[%2]"_s.arg(
                                  QStringList((after - before).values()).join(u", "_s),
                                  QStringList((before - after).values()).join(u", "_s))));
    for (const QString &where : {QDir::tempPath(), QDir::rootPath(), root})
        QVERIFY2(!QFile::exists(where + u'/' + name), qPrintable(u"the server wrote "_s + where + u'/' + name));
    if (method == "PUT")
        CY_CHECK(expectError(m_a.resident1->get(attachmentPath(hash)), {404}, {u"not_found"_s}));
}

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
