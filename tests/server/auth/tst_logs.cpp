// The server log against hostile input (finding 7 of issue 9): every field a client chooses
// that can reach a log line — the path, a command's type, a login phone, headers — is fed line
// breaks, NUL, other C0/C1 controls, DEL, U+2028/U+2029 and invalid UTF-8. One log call must
// stay one line: no forged line, no raw control character anywhere in the log.
#include "servertestutil.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace cy;

namespace {

/// The start of every line the server's log handler writes.
const QRegularExpression kLineStart(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (W |E |F )?[A-Za-z0-9_.]+: "_s);

/// What a forged line would start with: a timestamp no real line carries.
const QString kForgedStamp = u"1999-01-01T00:00:00.000Z courtyard.auth: "_s;

/// @p text with everything but plain printable ASCII percent-encoded, for a failure message.
QString shown(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding(" :/=.-_()[]"));
}

/// The first character in @p log that a log line must not carry raw, as "U+000A at 123", or empty.
QString rawControlIn(const QString &log)
{
    for (qsizetype i = 0; i < log.size(); ++i) {
        const char16_t c = log.at(i).unicode();
        const bool bad = (c < 0x20 && c != u'\n') || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                         || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                         || (log.at(i).isSurrogate()
                             && !(log.at(i).isHighSurrogate() && i + 1 < log.size() && log.at(i + 1).isLowSurrogate())
                             && !(log.at(i).isLowSurrogate() && i > 0 && log.at(i - 1).isHighSurrogate()));
        if (bad)
            return u"U+%1 at %2: …%3…"_s.arg(int(c), 4, 16, QChar(u'0')).arg(i).arg(shown(log.mid(qMax<qsizetype>(0, i - 80), 160)));
    }
    return {};
}

} // namespace

class TestLogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void hostileFieldsStayOnOneLine();

private:
    TestServer m_server{TestServer::backendFromEnv()};
};

void TestLogs::initTestCase()
{
    COURTYARD_REQUIRE_TEST_BACKEND();
    CY_CHECK(startServer(m_server, relaxedLoginLimits()));
}

void TestLogs::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << "server log (tail):\n" << m_server.log(100).right(4000).toUtf8().toPercentEncoding(" :/=.-_\n");
}

void TestLogs::cleanupTestCase()
{
    m_server.stop();
}

void TestLogs::hostileFieldsStayOnOneLine()
{
    TestClient anonymous(m_server);
    // Each injection starts a new "line" that pretends to be the server's own.
    const QByteArray forged = QUrl::toPercentEncoding(kForgedStamp);

    // 1. The path, no login needed: %0A, %0D, %00, ESC, DEL, C1 (NEL), U+2028, invalid UTF-8.
    const QList<QByteArray> paths{
        "/v1/health%0A" + forged + "FORGED-PATH-LF",
        "/v1/nothing%0D%0A" + forged + "FORGED-PATH-CRLF%00tail",
        "/v1/nothing%00%1B%5B2J%7F%C2%85%E2%80%A8%E2%80%A9" + forged + "FORGED-PATH-MIX",
        "/v1/nothing%FF%FE%C0%AF%0A" + forged + "FORGED-PATH-BADUTF8",
        "/v1/nothing%E2%80%AE" + forged + "FORGED-PATH-BIDI",
    };
    for (const QByteArray &path : paths) {
        const HttpResponse r = anonymous.raw("GET", path);
        QVERIFY2(r.status >= 400 && r.status < 500, qPrintable(r.describe()));
    }

    // 2. A login phone with control characters (refused, but the attempt is logged).
    for (const QString &phone : {u"1380000\n"_s + kForgedStamp + u"FORGED-PHONE"_s, u"13800000001\u0000\r\u2028"_s}) {
        HttpResponse r;
        anonymous.login(phone, u"whatever"_s, &r);
        CY_CHECK(expectError(r, {400, 401}));
    }

    // 3. Headers a client chooses: User-Agent, X-Forwarded-For (a front might log them), a
    //    garbled bearer token. HTTP forbids raw line breaks there, so the rest of the controls.
    const QByteArray controls = QByteArray("\x01\x1b[31m\x7f\x85\xc2\x85\xe2\x80\xa8\t", 14);
    {
        const HttpResponse r = anonymous.raw("GET", "/v1/health", {}, {},
                                             {{"User-Agent", "agent" + controls + "FORGED-UA"},
                                              {"X-Forwarded-For", "10.0.0.1" + controls + "FORGED-XFF"}});
        QVERIFY2(r.status == 200 || r.status == 400, qPrintable(r.describe()));
        const HttpResponse me = anonymous.raw("GET", "/v1/me", {}, {}, {{"Authorization", "Bearer v1." + controls + "FORGED-AUTH"}});
        QVERIFY2(me.status == 401 || me.status == 400, qPrintable(me.describe()));
    }

    // 4. A command's type (and, rejected, its id and payload) once signed in.
    TestClient resident(m_server);
    HttpResponse r;
    QVERIFY2(resident.login(QString(phone::resident1), QString(demoPassword), &r).isValid(), qPrintable(r.describe()));
    for (const QString &type : {u"x\n"_s + kForgedStamp + u"FORGED-TYPE-LF"_s,
                                u"x\r\n"_s + kForgedStamp + u"FORGED-TYPE-CRLF\u0000\u001b[2J\u007f\u0085\u2028"_s,
                                u"x\u2029"_s + kForgedStamp + u"FORGED-TYPE-PS"_s}) {
        const Command c = runCommand(resident, type, QJsonObject{{u"note"_s, u"a\nb"_s}});
        QVERIFY2(c.response.status >= 400 && c.response.status < 500, qPrintable(c.response.describe()));
    }
    {
        // A well-formed command name that names no command is logged as rejected, with a
        // payload full of controls beside it.
        const Command c = runCommand(resident, u"nothing.here"_s, QJsonObject{{u"x\n"_s + kForgedStamp, u"FORGED-PAYLOAD\u0000"_s}});
        QVERIFY2(c.response.status >= 400 && c.response.status < 500, qPrintable(c.response.describe()));
    }

    const QString log = m_server.log(500);
    // Not vacuous: the fields the server does log arrived, escaped.
    QVERIFY2(log.contains(u"FORGED-PATH-LF"_s), "the request log line of the hostile path is missing");
    // (A command's type is refused unless it is a command name before anything logs it.)

    const QStringList lines = log.split(u'\n');
    for (const QString &line : lines) {
        QVERIFY2(!line.startsWith(u"1999-"_s),
                 qPrintable(u"a forged line in the server log: "_s + shown(line)));
        if (line.contains(u"FORGED"_s)) {
            // A hostile field only ever appears inside one of the server's own lines.
            QVERIFY2(kLineStart.match(line).hasMatch() && line.indexOf(u"FORGED"_s) > kLineStart.match(line).capturedLength(),
                     qPrintable(u"a hostile field starts a line of its own: "_s + shown(line)));
        }
    }
    const QString raw = rawControlIn(log);
    QVERIFY2(raw.isEmpty(), qPrintable(u"a raw control character in the server log: "_s + raw));
    // And nothing a person typed as a secret: the phone of the signed-in resident.
    QVERIFY2(!log.contains(QString(phone::resident1)), "the server log holds a phone number");
}

QTEST_GUILESS_MAIN(TestLogs)
#include "tst_logs.moc"
