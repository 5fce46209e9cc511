// Hostile and malformed requests: each gets a JSON {"error": ...} answer and changes nothing
// that a following sync could show; SQL metacharacters are stored verbatim.
#include "servertestutil.h"

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString serialized(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void badRequests_data();
    void badRequests();
    void badRatings_data();
    void badRatings();
    void badReports_data();
    void badReports();
    void unknownRoutes_data();
    void unknownRoutes();
    void wrongMethods_data();
    void wrongMethods();
    void sqlMetacharactersStoredVerbatim_data();
    void sqlMetacharactersStoredVerbatim();
    void nulInText();
    void sqlInLogin_data();
    void sqlInLogin();

private:
    QByteArray command(const QString &type, const QJsonValue &payload) const;
    /// Neither the agent (whole estate) nor resident 1 sees any change since init().
    QString noChange();
    Actor &actor(const QString &name);

    TestServer m_server{TestServer::backendFromEnv()};
    Actors m_a;
    std::unique_ptr<SyncedView> m_agentView, m_residentView;
};

void TestBadInput::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
    CY_CHECK(m_a.loginAll(m_server, {QString(phone::resident1), QString(phone::agent), QString(phone::tech1)}));
    m_agentView = std::make_unique<SyncedView>(m_a.agent.client.get());
    m_residentView = std::make_unique<SyncedView>(m_a.resident1.client.get());
}

void TestBadInput::init()
{
    CY_CHECK(m_agentView->pull());
    CY_CHECK(m_residentView->pull());
}

void TestBadInput::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(3000);
}

void TestBadInput::cleanupTestCase()
{
    m_server.stop();
}

Actor &TestBadInput::actor(const QString &name)
{
    return name == u"agent"_s ? m_a.agent : m_a.resident1;
}

QByteArray TestBadInput::command(const QString &type, const QJsonValue &payload) const
{
    return json({{u"id"_s, TestClient::newId()}, {u"type"_s, type}, {u"payload"_s, payload}});
}

QString TestBadInput::noChange()
{
    for (SyncedView *view : {m_agentView.get(), m_residentView.get()}) {
        const qint64 before = view->cursor();
        QJsonArray fresh;
        const QString f = view->pull(&fresh);
        if (!f.isEmpty())
            return u"sync after the bad request failed: "_s + f;
        if (!fresh.isEmpty() || view->cursor() != before)
            return u"the bad request changed data (cursor %1 -> %2): %3"_s.arg(before).arg(view->cursor()).arg(
                serialized(fresh).left(600));
    }
    return {};
}

void TestBadInput::badRequests_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QStringList>("codes");

    const QString unit = m_a.resident1.unitId();
    const QJsonObject valid = submitPayload(TestClient::newId(), unit);
    auto with = [&](const QString &key, const QJsonValue &v) {
        QJsonObject p = submitPayload(TestClient::newId(), unit);
        p.insert(key, v);
        return p;
    };
    const QList<int> s400{400};
    const QStringList invalidJson{u"invalid_json"_s};
    const QStringList invalidOrValidation{u"invalid_json"_s, u"validation_failed"_s};
    const QStringList validation{u"validation_failed"_s};
    const QByteArray appJson("application/json");
    auto post = [&](const char *name, const QString &path, const QByteArray &body, const QList<int> &statuses,
                    const QStringList &codes, const QByteArray &type = "application/json", const QString &who = u"resident1"_s) {
        QTest::newRow(name) << who << QByteArray("POST") << path << body << type << statuses << codes;
    };
    const QString commands = u"/v1/commands"_s;

    post("malformed JSON", commands, "{\"id\": \"abc\", \"type\": ", s400, invalidJson);
    post("trailing garbage", commands, command(u"ticket.submit"_s, valid) + " xyz", s400, invalidJson);
    post("not UTF-8", commands, "{\"id\": \"\xff\xfe\", \"type\": \"ticket.submit\", \"payload\": {}}", s400, invalidOrValidation);
    post("JSON array", commands, "[" + command(u"ticket.submit"_s, valid) + "]", s400, invalidOrValidation);
    post("JSON string", commands, "\"ticket.submit\"", s400, invalidOrValidation);
    post("JSON null", commands, "null", s400, invalidOrValidation);
    post("empty body", commands, "", s400, invalidOrValidation);
    post("deeply nested", commands, QByteArray(5000, '[') + QByteArray(5000, ']'), s400, invalidOrValidation);
    post("oversize (70 KiB)", commands,
         command(u"ticket.submit"_s, with(u"description"_s, QString(70 * 1024, u'x'))), {413}, {u"payload_too_large"_s});
    post("description is a number", commands, command(u"ticket.submit"_s, with(u"description"_s, 42)), s400, validation);
    post("ticketId is a number", commands, command(u"ticket.submit"_s, with(u"ticketId"_s, 7)), s400, validation);
    post("unitId is an object", commands, command(u"ticket.submit"_s, with(u"unitId"_s, QJsonObject{{u"id"_s, unit}})), s400,
         validation);
    post("payload is a string", commands, command(u"ticket.submit"_s, u"payload"_s), s400, validation);
    post("payload missing", commands, json({{u"id"_s, TestClient::newId()}, {u"type"_s, u"ticket.submit"_s}}), s400, validation);
    post("type is a number", commands, json({{u"id"_s, TestClient::newId()}, {u"type"_s, 3}, {u"payload"_s, valid}}), s400,
         validation);
    post("unknown command type", commands, command(u"ticket.explode"_s, valid), s400, {u"unknown_command"_s});
    post("command id not a UUID", commands,
         json({{u"id"_s, u"abc"_s}, {u"type"_s, u"ticket.submit"_s}, {u"payload"_s, valid}}), s400, validation);
    post("command id path trick", commands,
         json({{u"id"_s, u"../../etc/passwd"_s}, {u"type"_s, u"ticket.submit"_s}, {u"payload"_s, valid}}), s400, validation);
    post("command id missing", commands, json({{u"type"_s, u"ticket.submit"_s}, {u"payload"_s, valid}}), s400, validation);
    post("ticketId path trick", commands, command(u"ticket.submit"_s, with(u"ticketId"_s, u"../../x"_s)), s400, validation);
    post("ticketId with %2e%2e", commands, command(u"ticket.submit"_s, with(u"ticketId"_s, u"%2e%2e%2fx"_s)), s400, validation);
    post("unitId path trick", commands, command(u"ticket.submit"_s, with(u"unitId"_s, u"../unit-1-1-0301"_s)), {400, 403, 404},
         {});
    post("photo path trick", commands, command(u"ticket.submit"_s, with(u"photos"_s, QJsonArray{u"../../etc/passwd"_s})), s400,
         validation);
    post("unknown top-level field", commands,
         json({{u"id"_s, TestClient::newId()}, {u"type"_s, u"ticket.submit"_s}, {u"payload"_s, valid}, {u"as"_s, u"agent"_s}}),
         s400, {u"unknown_field"_s, u"validation_failed"_s});
    post("text/plain body", commands, command(u"ticket.submit"_s, valid), {400, 415}, {}, "text/plain");

    const QString login = u"/v1/auth/login"_s;
    post("login: malformed JSON", login, "{\"phone\": ", s400, invalidJson);
    post("login: JSON array", login, "[\"13800000001\", \"courtyard-demo\"]", s400, invalidOrValidation);
    post("login: oversize (70 KiB)", login,
         json({{u"phone"_s, QString(phone::resident1)}, {u"password"_s, QString(70 * 1024, u'p')}}), {413},
         {u"payload_too_large"_s});
    post("login: phone is a number", login, "{\"phone\": 13800000001, \"password\": \"courtyard-demo\"}", s400, validation);
    post("login: no password", login, json({{u"phone"_s, QString(phone::resident1)}}), s400, validation);
    post("refresh: malformed JSON", u"/v1/auth/refresh"_s, "{\"refreshToken\": ", s400, invalidJson);
    post("refresh: token is a number", u"/v1/auth/refresh"_s, "{\"refreshToken\": 12345}", {400, 401}, {});

    auto get = [&](const char *name, const QString &path, const QList<int> &statuses, const QStringList &codes,
                   const QString &who = u"resident1"_s) {
        QTest::newRow(name) << who << QByteArray("GET") << path << QByteArray() << QByteArray() << statuses << codes;
    };
    get("sync since=-1", u"/v1/sync?since=-1"_s, s400, validation);
    get("sync since=abc", u"/v1/sync?since=abc"_s, s400, validation);
    get("sync since=1.5", u"/v1/sync?since=1.5"_s, s400, validation);
    get("sync since overflows", u"/v1/sync?since=99999999999999999999999"_s, s400, validation);
    get("sync since with SQL", u"/v1/sync?since=0%3B%20DROP%20TABLE%20tickets"_s, s400, validation);
    get("sync limit=0", u"/v1/sync?since=0&limit=0"_s, s400, validation);
    get("sync limit=1001", u"/v1/sync?since=0&limit=1001"_s, s400, validation);
    get("sync limit=abc", u"/v1/sync?since=0&limit=abc"_s, s400, validation);
    get("kpis without estateId", u"/v1/kpis"_s, s400, validation, u"agent"_s);
    get("kpis with a path trick", u"/v1/kpis?estateId=..%2Fest-1"_s, {400, 403, 404}, {}, u"agent"_s);
    get("kpis of an unknown estate", u"/v1/kpis?estateId=est-999"_s, {403, 404}, {}, u"agent"_s);
    get("attachment with a bad hash", u"/v1/attachments/xyz"_s, {400, 404}, {});
}

void TestBadInput::badRequests()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QList<int>, statuses);
    QFETCH(QStringList, codes);
    HttpHeaders headers;
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    // Login and refresh are sent without a bearer, like a client would.
    if (path.startsWith(u"/v1/auth/"_s))
        headers.append({QByteArray("Authorization"), QByteArray()});
    const HttpResponse r = actor(who)->send(method, path, body, headers);
    QVERIFY2(statuses.contains(r.status), qPrintable(u"unexpected status: "_s + r.describe()));
    CY_CHECK(expectError(r, {r.status}, codes));
    CY_CHECK(noChange());
}

void TestBadInput::badRatings_data()
{
    QTest::addColumn<QJsonObject>("rating");
    QTest::newRow("overall as a string") << QJsonObject{{u"overall"_s, u"5"_s}, {u"speed"_s, 5}, {u"service"_s, 5}};
    QTest::newRow("overall 6") << QJsonObject{{u"overall"_s, 6}, {u"speed"_s, 5}, {u"service"_s, 5}};
    QTest::newRow("overall 0") << QJsonObject{{u"overall"_s, 0}, {u"speed"_s, 5}, {u"service"_s, 5}};
    QTest::newRow("overall 4.5") << QJsonObject{{u"overall"_s, 4.5}, {u"speed"_s, 5}, {u"service"_s, 5}};
    QTest::newRow("speed missing") << QJsonObject{{u"overall"_s, 5}, {u"service"_s, 5}};
    QTest::newRow("service null") << QJsonObject{{u"overall"_s, 5}, {u"speed"_s, 5}, {u"service"_s, QJsonValue::Null}};
    QTest::newRow("comment a number") << QJsonObject{{u"overall"_s, 5}, {u"speed"_s, 5}, {u"service"_s, 5}, {u"comment"_s, 1}};
}

void TestBadInput::badRatings()
{
    QFETCH(QJsonObject, rating);
    QString f;
    const QString ticketId = makeTicket(m_a, Stage::Resolved, &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    CY_CHECK(m_agentView->pull());
    CY_CHECK(m_residentView->pull());
    rating.insert(u"ticketId"_s, ticketId);
    CY_CHECK(expectRejected(runCommand(*m_a.resident1, u"ticket.confirm"_s, rating), {400}, {u"validation_failed"_s}));
    CY_CHECK(noChange());
    QCOMPARE(m_agentView->replica().get(u"ticket"_s, ticketId).value(u"status"_s).toString(), u"resolved"_s);
}

void TestBadInput::badReports_data()
{
    // Resolve reports, note photos, dispatch and conversion with something wrong: each is a
    // 400 validation_failed and changes nothing.
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("stage"); // resident 1's ticket, worked by technician 1
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("extra");
    auto parts = [](int count, const QJsonValue &name, const QJsonValue &quantity) {
        QJsonArray list;
        for (int i = 0; i < count; ++i)
            list.append(QJsonObject{{u"name"_s, name}, {u"quantity"_s, quantity}});
        return list;
    };
    auto resolve = [&](const char *name, const QJsonObject &extra) {
        QJsonObject payload{{u"summary"_s, u"done"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            payload.insert(it.key(), it.value());
        QTest::newRow(name) << u"tech1"_s << int(Stage::OnSite) << u"ticket.resolve"_s << payload;
    };
    QJsonArray sevenPhotos;
    for (int i = 0; i < 7; ++i)
        sevenPhotos.append(sha256Hex(QByteArray::number(i)));
    resolve("21 parts", {{u"parts"_s, parts(21, u"valve"_s, 1)}});
    resolve("part quantity 0", {{u"parts"_s, parts(1, u"valve"_s, 0)}});
    resolve("part quantity 10000", {{u"parts"_s, parts(1, u"valve"_s, 10000)}});
    resolve("part quantity 1.5", {{u"parts"_s, parts(1, u"valve"_s, 1.5)}});
    resolve("part quantity as text", {{u"parts"_s, parts(1, u"valve"_s, u"2"_s)}});
    resolve("part name of 65", {{u"parts"_s, parts(1, QString(65, u'x'), 1)}});
    resolve("part name empty", {{u"parts"_s, parts(1, u"  "_s, 1)}});
    resolve("part without a name", {{u"parts"_s, QJsonArray{QJsonObject{{u"quantity"_s, 1}}}}});
    resolve("part with an unknown field",
            {{u"parts"_s, QJsonArray{QJsonObject{{u"name"_s, u"valve"_s}, {u"quantity"_s, 1}, {u"price"_s, 3}}}}});
    resolve("parts not a list", {{u"parts"_s, u"valve"_s}});
    resolve("a part that is not an object", {{u"parts"_s, QJsonArray{u"valve"_s}}});
    resolve("minutes negative", {{u"minutesWorked"_s, -1}});
    resolve("minutes 100001", {{u"minutesWorked"_s, 100001}});
    resolve("minutes 12.5", {{u"minutesWorked"_s, 12.5}});
    resolve("signature not a hash", {{u"signature"_s, u"scribble.png"_s}});
    resolve("signature never uploaded", {{u"signature"_s, sha256Hex(nonce(u"sig"_s).toUtf8())}});
    resolve("seven photos", {{u"photos"_s, sevenPhotos}});
    resolve("a photo never uploaded", {{u"photos"_s, QJsonArray{sha256Hex(nonce(u"photo"_s).toUtf8())}}});
    resolve("no summary", {{u"summary"_s, QJsonValue::Null}});
    QTest::newRow("note with seven photos") << u"tech1"_s << int(Stage::OnSite) << u"ticket.note"_s
                                           << QJsonObject{{u"text"_s, u"see"_s}, {u"photos"_s, sevenPhotos}};
    QTest::newRow("note with a photo never uploaded")
        << u"resident1"_s << int(Stage::Submitted) << u"ticket.note"_s
        << QJsonObject{{u"text"_s, u"see"_s}, {u"photos"_s, QJsonArray{sha256Hex(nonce(u"photo"_s).toUtf8())}}};
    QTest::newRow("note photos as one hash") << u"resident1"_s << int(Stage::Submitted) << u"ticket.note"_s
                                            << QJsonObject{{u"text"_s, u"see"_s}, {u"photos"_s, sha256Hex("x")}};
    QTest::newRow("assign to nobody") << u"agent"_s << int(Stage::Accepted) << u"ticket.assign"_s << QJsonObject();
    QTest::newRow("assign to someone and round-robin")
        << u"agent"_s << int(Stage::Accepted) << u"ticket.assign"_s
        << QJsonObject{{u"technicianId"_s, u"usr-tech-1"_s}, {u"roundRobin"_s, true}};
    QTest::newRow("round-robin false") << u"agent"_s << int(Stage::Accepted) << u"ticket.assign"_s
                                      << QJsonObject{{u"roundRobin"_s, false}};
    QTest::newRow("round-robin as text") << u"agent"_s << int(Stage::Accepted) << u"ticket.assign"_s
                                        << QJsonObject{{u"roundRobin"_s, u"yes"_s}};
    QTest::newRow("assign to a resident") << u"agent"_s << int(Stage::Accepted) << u"ticket.assign"_s
                                         << QJsonObject{{u"technicianId"_s, u"usr-res-2"_s}};
    QTest::newRow("convert to no category") << u"agent"_s << int(Stage::Submitted) << u"ticket.convert"_s << QJsonObject();
    QTest::newRow("convert to an unknown category") << u"agent"_s << int(Stage::Submitted) << u"ticket.convert"_s
                                                   << QJsonObject{{u"category"_s, u"magic"_s}};
    QTest::newRow("convert with a kind") << u"agent"_s << int(Stage::Submitted) << u"ticket.convert"_s
                                        << QJsonObject{{u"category"_s, u"other"_s}, {u"kind"_s, u"repair"_s}};
}

void TestBadInput::badReports()
{
    QFETCH(QString, who);
    QFETCH(int, stage);
    QFETCH(QString, type);
    QFETCH(QJsonObject, extra);
    QString f;
    const QString ticketId = makeTicket(m_a, Stage(stage), &f);
    QVERIFY2(!ticketId.isEmpty(), qPrintable(f));
    CY_CHECK(m_agentView->pull());
    CY_CHECK(m_residentView->pull());
    const QJsonObject before = m_agentView->replica().get(u"ticket"_s, ticketId);
    QJsonObject payload = extra;
    payload.insert(u"ticketId"_s, ticketId);
    const Command c = runCommand(*m_a.byName(who), type, payload);
    CY_CHECK(expectRejected(c, {400}, {u"validation_failed"_s, u"unknown_field"_s}));
    QVERIFY2(!c.response.object().value(u"message"_s).toString().isEmpty(), qPrintable(c.response.describe()));
    CY_CHECK(noChange());
    QCOMPARE(m_agentView->replica().get(u"ticket"_s, ticketId), before);
}

void TestBadInput::unknownRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QList<int>>("statuses");
    const QList<int> nf{404};
    QTest::newRow("GET /v1/nope") << QByteArray("GET") << QByteArray("/v1/nope") << nf;
    QTest::newRow("GET /nope") << QByteArray("GET") << QByteArray("/nope") << nf;
    QTest::newRow("GET /") << QByteArray("GET") << QByteArray("/") << nf;
    QTest::newRow("GET /v2/health") << QByteArray("GET") << QByteArray("/v2/health") << nf;
    QTest::newRow("GET /v1/health/extra") << QByteArray("GET") << QByteArray("/v1/health/extra") << nf;
    QTest::newRow("POST /v1/ticket") << QByteArray("POST") << QByteArray("/v1/ticket") << nf;
    QTest::newRow("GET /v1/attachments") << QByteArray("GET") << QByteArray("/v1/attachments") << QList<int>{404, 405};
    QTest::newRow("GET /v1/me/../../etc/passwd") << QByteArray("GET") << QByteArray("/v1/me/../../etc/passwd") << nf;
    QTest::newRow("GET /v1/%2e%2e/%2e%2e/etc/passwd") << QByteArray("GET") << QByteArray("/v1/%2e%2e/%2e%2e/etc/passwd")
                                                     << nf;
}

void TestBadInput::unknownRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QList<int>, statuses);
    const HttpResponse r = m_a.resident1->raw(method, target, method == "POST" ? QByteArray("{}") : QByteArray(),
                                              method == "POST" ? QByteArray("application/json") : QByteArray());
    QVERIFY2(statuses.contains(r.status), qPrintable(u"unexpected status: "_s + r.describe()));
    CY_CHECK(expectError(r, {r.status}, {u"not_found"_s, u"method_not_allowed"_s}));
    if (r.status == 404)
        QCOMPARE(r.error(), u"not_found"_s);
    QVERIFY2(!r.body.contains("root:"), qPrintable(r.describe()));
    CY_CHECK(noChange());
}

void TestBadInput::wrongMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    const QString attachment = u"/v1/attachments/"_s + sha256Hex("x");
    const QList<std::pair<const char *, QString>> rows{
        {"DELETE", u"/v1/health"_s},    {"POST", u"/v1/health"_s},     {"GET", u"/v1/commands"_s},
        {"PUT", u"/v1/commands"_s},     {"DELETE", u"/v1/commands"_s}, {"GET", u"/v1/auth/login"_s},
        {"PUT", u"/v1/auth/login"_s},   {"GET", u"/v1/auth/refresh"_s}, {"PATCH", u"/v1/sync"_s},
        {"POST", u"/v1/sync"_s},        {"DELETE", u"/v1/me"_s},        {"POST", attachment},
        {"DELETE", attachment},         {"POST", u"/v1/kpis?estateId=est-1"_s},
    };
    for (const auto &[method, path] : rows)
        QTest::addRow("%s %s", method, qPrintable(path.left(30))) << QByteArray(method) << path;
}

void TestBadInput::wrongMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const bool hasBody = method == "POST" || method == "PUT" || method == "PATCH";
    const HttpResponse r = m_a.resident1->send(method, path, hasBody ? QByteArray("{}") : QByteArray(),
                                               hasBody ? HttpHeaders{{"Content-Type", "application/json"}} : HttpHeaders{});
    CY_CHECK(expectError(r, {405, 404}, {u"method_not_allowed"_s, u"not_found"_s}));
    QCOMPARE(r.error(), r.status == 405 ? u"method_not_allowed"_s : u"not_found"_s);
    CY_CHECK(noChange());
}

void TestBadInput::sqlMetacharactersStoredVerbatim_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("drop table") << u"'); DROP TABLE tickets; --"_s;
    QTest::newRow("or 1=1") << u"\" OR 1=1 --"_s;
    QTest::newRow("delete users") << u"'; DELETE FROM users WHERE '1'='1"_s;
    QTest::newRow("bobby tables") << u"Robert'); DROP TABLE students;--"_s;
    QTest::newRow("wildcards and escapes") << u"% _ \\ \\' \\\" ` $1 ? :name @p"_s;
    QTest::newRow("stacked sleep") << u"1; SELECT pg_sleep(5); SELECT sqlite_version();"_s;
    QTest::newRow("quotes in Chinese") << u"王芳的水管 💧 'single' \"double\" 「引号」"_s;
    QTest::newRow("backslash-x00 text") << u"\\x00 \\0 \\u0000"_s;
    QTest::newRow("newline and tab") << u"line1\nline2\ttab end"_s;
}

void TestBadInput::sqlMetacharactersStoredVerbatim()
{
    QFETCH(QString, text);
    const int ticketsBefore = m_agentView->replica().all(u"ticket"_s).size();
    const QString ticketId = TestClient::newId();
    QJsonObject payload = submitPayload(ticketId, m_a.resident1.unitId(), text);
    payload.insert(u"contactPhone"_s, u"13800000001"_s);
    const Command c = runCommand(*m_a.resident1, u"ticket.submit"_s, payload);
    CY_CHECK(expectApplied(c));
    QCOMPARE(c.data().value(u"description"_s).toString(), text);
    CY_CHECK(expectApplied(runCommand(*m_a.resident1, u"ticket.note"_s, {{u"ticketId"_s, ticketId}, {u"text"_s, text}})));

    CY_CHECK(m_agentView->pull());
    QCOMPARE(m_agentView->replica().get(u"ticket"_s, ticketId).value(u"description"_s).toString(), text);
    QCOMPARE(m_agentView->replica().all(u"ticket"_s).size(), ticketsBefore + 1);
    Replica fresh;
    CY_CHECK(pullAll(*m_a.resident1, &fresh));
    QCOMPARE(fresh.get(u"ticket"_s, ticketId).value(u"description"_s).toString(), text);
    bool noteFound = false;
    for (const QJsonObject &e : fresh.all(u"ticketEvent"_s))
        noteFound = noteFound || (e.value(u"ticketId"_s).toString() == ticketId && e.value(u"note"_s).toString() == text);
    QVERIFY2(noteFound, "the note did not come back verbatim");
    // Users are intact.
    TestClient c2(m_server);
    HttpResponse r;
    QVERIFY2(c2.login(QString(phone::resident2), QString(demoPassword), &r).isValid(), qPrintable(r.describe()));
}

void TestBadInput::nulInText()
{
    const QString text = u"before"_s + QChar(0) + u"after"_s;
    const QString ticketId = TestClient::newId();
    const Command c = runCommand(*m_a.resident1, u"ticket.submit"_s, submitPayload(ticketId, m_a.resident1.unitId(), text));
    if (c.response.status == 200) {
        CY_CHECK(expectApplied(c));
        CY_CHECK(m_agentView->pull());
        QCOMPARE(m_agentView->replica().get(u"ticket"_s, ticketId).value(u"description"_s).toString(), text);
    } else {
        CY_CHECK(expectRejected(c, {400}, {u"validation_failed"_s}));
        CY_CHECK(noChange());
    }
}

void TestBadInput::sqlInLogin_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("password");
    QTest::newRow("or 1=1 both") << u"' OR '1'='1"_s << u"' OR '1'='1"_s;
    QTest::newRow("comment after phone") << u"13800000001' --"_s << u"x"_s;
    QTest::newRow("comment after phone, real password") << u"13800000001'--"_s << QString(demoPassword);
    QTest::newRow("union") << u"1' UNION SELECT * FROM users --"_s << u"x"_s;
}

void TestBadInput::sqlInLogin()
{
    QFETCH(QString, phone);
    QFETCH(QString, password);
    TestClient c(m_server);
    HttpResponse r;
    QVERIFY(!c.login(phone, password, &r).isValid());
    CY_CHECK(expectError(r, {400, 401}, {u"invalid_credentials"_s, u"validation_failed"_s}));
    CY_CHECK(noChange());
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
