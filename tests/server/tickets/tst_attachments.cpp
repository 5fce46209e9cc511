// PUT/GET /v1/attachments/{sha256}: content addressing, types, size limit, bytes that must
// decode as the declared type, who may fetch, and paths that try to leave the attachment store.
#include "servertestutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QtEndian>

#include <array>

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

quint32 crc32(const QByteArray &data)
{
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return be32(quint32(data.size())) + type + data + be32(crc32(type + data));
}

// A well-formed greyscale PNG of w x h black pixels (its IDAT compresses to little), with
// \a seed in a text chunk so each is new to the server.
QByteArray blackPng(quint32 w, quint32 h, quint32 seed)
{
    QByteArray ihdr = be32(w) + be32(h);
    ihdr += char(8); // bit depth
    ihdr += char(0); // greyscale
    ihdr += QByteArray(3, '\0');
    const QByteArray rows(qsizetype(h) * (qsizetype(w) + 1), '\0'); // filter byte 0, then black
    const QByteArray idat = qCompress(rows, 9).mid(4);
    return QByteArray::fromHex("89504e470d0a1a0a") + pngChunk("IHDR", ihdr)
           + pngChunk("tEXt", QByteArray("Comment\0", 8) + QByteArray::number(seed)) + pngChunk("IDAT", idat) + pngChunk("IEND", {});
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
    void mustDecode_data();
    void mustDecode();
    void decodableStillStored();
    void ownerGetsIt();
    void otherResidentGetsNotFound();
    void staffGetItOnceATicketUsesIt();
    void notePhotosFollowTheNote();
    void notePhotoMustBeTheAuthors();
    void resolvePhotosAndSignature();
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
                                     QString(phone::manager), QString(phone::tech1), QString(phone::tech2)}));
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

void TestAttachments::mustDecode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString invalid = u"invalid_image"_s;
    const QByteArray script = "<html><script>alert(1)</script><!--" + nonce(u"h"_s).toUtf8() + "--></html>";
    // What the finding showed: a JPEG's first bytes, then a page.
    QTest::newRow("HTML after FF D8 FF") << QByteArray("\xFF\xD8\xFF") + script << QByteArray("image/jpeg") << 422 << invalid;
    QTest::newRow("HTML between a JPEG's SOI/APP0 and EOI")
        << QByteArray("\xFF\xD8\xFF\xE0") + script + "\xFF\xD9" << QByteArray("image/jpeg") << 422 << invalid;
    const QByteArray jpeg = makeJpeg(uniqueSeed());
    QTest::newRow("JPEG without its end") << jpeg.chopped(2) << QByteArray("image/jpeg") << 422 << invalid;
    QTest::newRow("JPEG cut in its scan") << jpeg.chopped(4) << QByteArray("image/jpeg") << 422 << invalid;
    QTest::newRow("JPEG cut in its header") << jpeg.left(jpeg.size() / 2) << QByteArray("image/jpeg") << 422 << invalid;
    QTest::newRow("JPEG with a page after it") << makeJpeg(uniqueSeed()) + script << QByteArray("image/jpeg") << 422 << invalid;
    QByteArray corrupt = makeJpeg(uniqueSeed());
    corrupt.replace(corrupt.indexOf("\xFF\xC0"), 2, "\xFF\xFE"); // the frame header becomes a comment
    QTest::newRow("JPEG without a frame") << corrupt << QByteArray("image/jpeg") << 422 << invalid;
    const QByteArray png = makePng(uniqueSeed());
    QTest::newRow("PNG without IEND") << png.chopped(12) << QByteArray("image/png") << 422 << invalid;
    QTest::newRow("PNG cut in IDAT") << png.left(png.size() - 20) + png.right(12) << QByteArray("image/png") << 422
                                     << invalid;
    QTest::newRow("PNG with a page after it") << makePng(uniqueSeed()) + script << QByteArray("image/png") << 422
                                              << invalid;
    QTest::newRow("PNG signature, then a page") << QByteArray("\x89PNG\r\n\x1A\n") + script + png.right(12)
                                                << QByteArray("image/png") << 422 << invalid;
    // Well-formed, but too large to decode: a side over 12,000 pixels, or over 40 megapixels.
    QTest::newRow("PNG 12001 x 1") << blackPng(12001, 1, uniqueSeed()) << QByteArray("image/png") << 422
                                   << u"image_too_large"_s;
    QTest::newRow("PNG 7000 x 7000 (49 MP)") << blackPng(7000, 7000, uniqueSeed()) << QByteArray("image/png") << 422
                                             << u"image_too_large"_s;
}

void TestAttachments::mustDecode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString hash = sha256Hex(bytes);
    const HttpResponse r = m_a.resident1->put(attachmentPath(hash), bytes, contentType);
    QCOMPARE(r.status, status);
    QCOMPARE(r.error(), code);
    QVERIFY2(!r.object().value(u"message"_s).toString().isEmpty(), qPrintable(r.describe()));
    // Nothing was kept: not readable, no row, no file.
    CY_CHECK(expectError(m_a.resident1->get(attachmentPath(hash)), {404}, {u"not_found"_s}));
    QCOMPARE(m_server.querySql(u"SELECT COUNT(*) FROM attachments WHERE sha256 = '%1'"_s.arg(hash)).toInt(), 0);
    QVERIFY(!QFile::exists(QDir(m_server.stateDir()).filePath(u"attachments/%1/%2"_s.arg(hash.left(2), hash))));
}

void TestAttachments::decodableStillStored()
{
    // The largest picture accepted, and the small photos an app sends.
    for (const auto &[bytes, type] : {std::pair{blackPng(12000, 1, uniqueSeed()), QByteArray("image/png")},
                                      std::pair{blackPng(6000, 6000, uniqueSeed()), QByteArray("image/png")},
                                      std::pair{makePng(uniqueSeed()), QByteArray("image/png")},
                                      std::pair{makeJpeg(uniqueSeed()), QByteArray("image/jpeg")}}) {
        const QString hash = sha256Hex(bytes);
        CY_CHECK(expectStatus(m_a.resident1->put(attachmentPath(hash), bytes, type), 201));
        const HttpResponse r = m_a.resident1->get(attachmentPath(hash));
        CY_CHECK(expectStatus(r, 200));
        QVERIFY2(r.body == bytes, "the stored bytes differ from the uploaded ones");
    }
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

void TestAttachments::notePhotosFollowTheNote()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::OnSite, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    const QByteArray hidden = makeJpeg(uniqueSeed());
    const QByteArray shown = makePng(uniqueSeed());
    CY_CHECK(expectStatus(m_a.tech1->put(attachmentPath(sha256Hex(hidden)), hidden, "image/jpeg"), 201));
    CY_CHECK(expectStatus(m_a.tech1->put(attachmentPath(sha256Hex(shown)), shown, "image/png"), 201));

    // An internal note's photo: staff who see the order may fetch it, its resident may not.
    const Command internal = runCommand(*m_a.tech1, u"ticket.note"_s,
                                        {{u"ticketId"_s, ticketId}, {u"text"_s, u"corroded inside the wall"_s},
                                         {u"internal"_s, true}, {u"photos"_s, QJsonArray{sha256Hex(hidden)}}});
    CY_CHECK(expectApplied(internal, u"on_site"_s));
    for (Actor *staff : {&m_a.agent, &m_a.manager, &m_a.tech1})
        CY_CHECK(expectStatus((*staff)->get(attachmentPath(sha256Hex(hidden))), 200));
    CY_CHECK(expectError(m_a.resident1->get(attachmentPath(sha256Hex(hidden))), {404}, {u"not_found"_s}));
    CY_CHECK(expectError(m_a.tech2->get(attachmentPath(sha256Hex(hidden))), {404}, {u"not_found"_s}));

    // A plain note's photo: the resident gets it, and sees it on the timeline entry.
    CY_CHECK(expectApplied(runCommand(*m_a.tech1, u"ticket.note"_s,
                                      {{u"ticketId"_s, ticketId}, {u"text"_s, u"the new valve"_s},
                                       {u"photos"_s, QJsonArray{sha256Hex(shown)}}})));
    const HttpResponse r = m_a.resident1->get(attachmentPath(sha256Hex(shown)));
    CY_CHECK(expectStatus(r, 200));
    QVERIFY(r.body == shown);
    CY_CHECK(expectError(m_a.resident2->get(attachmentPath(sha256Hex(shown))), {404}, {u"not_found"_s}));
    Replica residentView, staffView;
    CY_CHECK(pullAll(*m_a.resident1, &residentView));
    CY_CHECK(pullAll(*m_a.agent, &staffView));
    const QList<QJsonObject> residentNotes = ticketEvents(residentView, ticketId, u"note"_s);
    QCOMPARE(residentNotes.size(), 1);
    QCOMPARE(residentNotes.constFirst().value(u"photos"_s).toArray(), QJsonArray{sha256Hex(shown)});
    const QList<QJsonObject> staffNotes = ticketEvents(staffView, ticketId, u"note"_s);
    QCOMPARE(staffNotes.size(), 2);
    QSet<QString> photosSeen;
    for (const QJsonObject &n : staffNotes) {
        for (const QJsonValue &h : n.value(u"photos"_s).toArray())
            photosSeen.insert(h.toString());
    }
    QCOMPARE(photosSeen, (QSet<QString>{sha256Hex(hidden), sha256Hex(shown)}));
    // The order's own photos are what the resident sent, not the notes'.
    QCOMPARE(residentView.get(u"ticket"_s, ticketId).value(u"photos"_s).toArray(), QJsonArray());

    // Shown later in a plain note, the photo is the resident's to see after all.
    CY_CHECK(expectApplied(runCommand(*m_a.tech1, u"ticket.note"_s,
                                      {{u"ticketId"_s, ticketId}, {u"text"_s, u"what was behind the tiles"_s},
                                       {u"photos"_s, QJsonArray{sha256Hex(hidden)}}})));
    CY_CHECK(expectStatus(m_a.resident1->get(attachmentPath(sha256Hex(hidden))), 200));
    // ...and a later internal note with it does not hide it again.
    CY_CHECK(expectApplied(runCommand(*m_a.agent, u"ticket.note"_s,
                                      {{u"ticketId"_s, ticketId}, {u"text"_s, u"noted"_s}, {u"internal"_s, true}})));
    CY_CHECK(expectStatus(m_a.resident1->get(attachmentPath(sha256Hex(hidden))), 200));
}

void TestAttachments::notePhotoMustBeTheAuthors()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::OnSite, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    // Resident 1 uploaded it: the technician may not put it on a note, its uploader may.
    const QByteArray bytes = makePng(uniqueSeed());
    CY_CHECK(expectStatus(m_a.resident1->put(attachmentPath(sha256Hex(bytes)), bytes, "image/png"), 201));
    const Command c = runCommand(*m_a.tech1, u"ticket.note"_s,
                                 {{u"ticketId"_s, ticketId}, {u"text"_s, u"borrowed"_s}, {u"photos"_s, QJsonArray{sha256Hex(bytes)}}});
    CY_CHECK(expectRejected(c, {400}, {u"validation_failed"_s}));
    Replica view;
    CY_CHECK(pullAll(*m_a.agent, &view));
    QVERIFY(ticketEvents(view, ticketId, u"note"_s).isEmpty());
    CY_CHECK(expectApplied(runCommand(*m_a.resident1, u"ticket.note"_s,
                                      {{u"ticketId"_s, ticketId}, {u"text"_s, u"mine"_s}, {u"photos"_s, QJsonArray{sha256Hex(bytes)}}})));
    CY_CHECK(expectStatus(m_a.tech1->get(attachmentPath(sha256Hex(bytes))), 200));
    CY_CHECK(expectError(m_a.tech2->get(attachmentPath(sha256Hex(bytes))), {404}, {u"not_found"_s}));
}

void TestAttachments::resolvePhotosAndSignature()
{
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::OnSite, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    const QByteArray signature = makePng(uniqueSeed());
    const QByteArray after = makeJpeg(uniqueSeed());
    const QString sig = sha256Hex(signature), photo = sha256Hex(after);
    CY_CHECK(expectStatus(m_a.tech1->put(attachmentPath(sig), signature, "image/png"), 201));
    CY_CHECK(expectStatus(m_a.tech1->put(attachmentPath(photo), after, "image/jpeg"), 201));
    // A signature the resident uploaded is not the technician's to attach.
    const QByteArray foreign = makePng(uniqueSeed());
    CY_CHECK(expectStatus(m_a.resident1->put(attachmentPath(sha256Hex(foreign)), foreign, "image/png"), 201));
    CY_CHECK(expectRejected(runCommand(*m_a.tech1, u"ticket.resolve"_s,
                                       {{u"ticketId"_s, ticketId}, {u"summary"_s, u"x"_s}, {u"signature"_s, sha256Hex(foreign)}}),
                            {400}, {u"validation_failed"_s}));

    const QJsonArray parts{QJsonObject{{u"name"_s, u"角阀"_s}, {u"quantity"_s, 2}}};
    const Command c = runCommand(*m_a.tech1, u"ticket.resolve"_s,
                                 {{u"ticketId"_s, ticketId}, {u"summary"_s, u"replaced both angle valves"_s},
                                  {u"parts"_s, parts}, {u"minutesWorked"_s, 45}, {u"signature"_s, sig},
                                  {u"photos"_s, QJsonArray{photo}}});
    CY_CHECK(expectApplied(c, u"resolved"_s));
    QCOMPARE(c.data().value(u"signature"_s).toString(), sig);
    QCOMPARE(c.data().value(u"parts"_s).toArray(), parts);
    QCOMPARE(c.data().value(u"minutesWorked"_s).toInt(), 45);

    for (Actor *viewer : {&m_a.resident1, &m_a.agent}) {
        for (const auto &[hash, bytes] : {std::pair{sig, signature}, std::pair{photo, after}}) {
            const HttpResponse r = (*viewer)->get(attachmentPath(hash));
            CY_CHECK(expectStatus(r, 200));
            QVERIFY(r.body == bytes);
        }
    }
    for (const QString &hash : {sig, photo})
        CY_CHECK(expectError(m_a.resident2->get(attachmentPath(hash)), {404}, {u"not_found"_s}));
    Replica view;
    CY_CHECK(pullAll(*m_a.resident1, &view));
    const QList<QJsonObject> steps = ticketEvents(view, ticketId, u"status"_s);
    const auto resolved = std::find_if(steps.begin(), steps.end(),
                                       [](const QJsonObject &e) { return e.value(u"toStatus"_s) == u"resolved"_s; });
    QVERIFY(resolved != steps.end());
    QCOMPARE(resolved->value(u"photos"_s).toArray(), QJsonArray{photo});
    QCOMPARE(view.get(u"ticket"_s, ticketId).value(u"signature"_s).toString(), sig);
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
