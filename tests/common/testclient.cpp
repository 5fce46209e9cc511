#include "testclient.h"
#include "testserver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRequestTimeoutMs = 30000;

QString excerpt(const QByteArray &bytes, int max = 300)
{
    const bool binary = std::any_of(bytes.begin(), bytes.begin() + qMin<qsizetype>(bytes.size(), max), [](char c) {
        return (uchar(c) < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\x7f';
    });
    if (binary)
        return u"<%1 bytes of binary data>"_s.arg(bytes.size());
    QString s = QString::fromUtf8(bytes.left(max));
    if (bytes.size() > max)
        s += u"…(%1 bytes)"_s.arg(bytes.size());
    return s;
}

bool hasHeader(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void parseJson(HttpResponse &r)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    if (err.error == QJsonParseError::NoError)
        r.json = doc;
}

// Parses a complete HTTP/1.1 response out of \a buf; false while more bytes are needed.
bool parseRawResponse(const QByteArray &buf, bool closed, HttpResponse &r)
{
    const qsizetype headEnd = buf.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = buf.left(headEnd).split('\n');
    const QList<QByteArray> statusParts = lines.value(0).trimmed().split(' ');
    r.status = statusParts.value(1).toInt();
    r.headers.clear();
    qsizetype contentLength = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        r.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0 && value.toLower().contains("chunked"))
            chunked = true;
    }
    const QByteArray rest = buf.mid(headEnd + 4);
    if (chunked) {
        QByteArray body;
        qsizetype pos = 0;
        for (;;) {
            const qsizetype eol = rest.indexOf("\r\n", pos);
            if (eol < 0)
                return closed;
            bool ok = false;
            const qsizetype size = rest.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok)
                return true;
            if (size == 0) {
                r.body = body;
                return true;
            }
            if (rest.size() < eol + 2 + size + 2)
                return closed;
            body += rest.mid(eol + 2, size);
            pos = eol + 2 + size + 2;
        }
    }
    if (contentLength >= 0) {
        if (rest.size() < contentLength)
            return closed;
        r.body = rest.left(contentLength);
        return true;
    }
    r.body = rest;
    return closed;
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpResponse::error() const
{
    return json.object().value(u"error"_s).toString();
}

bool HttpResponse::isJsonError() const
{
    return json.isObject() && json.object().value(u"error"_s).isString() && !error().isEmpty();
}

QString HttpResponse::describe() const
{
    QString answer = status ? QString::number(status) : u"no HTTP answer (%1)"_s.arg(transportError);
    return u"%1 -> %2 %3"_s.arg(request, answer, excerpt(body));
}

QString Tokens::userId() const
{
    return user.value(u"id"_s).toString();
}

TestClient::TestClient(const TestServer &server)
    : TestClient(server.baseUrl(), server.caFile())
{
}

TestClient::TestClient(const QUrl &baseUrl, const QString &caFile)
    : m_nam(std::make_unique<QNetworkAccessManager>())
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_baseUrl(baseUrl)
{
    // setCaCertificates() also turns off on-demand loading of the system roots: only the
    // test CA is trusted.
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (ca.isEmpty())
        qWarning().noquote() << "TestClient: no CA certificate in" << caFile;
    m_ssl.setCaCertificates(ca);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

TestClient::~TestClient() = default;

QString TestClient::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

QUrl TestClient::urlFor(const QString &path) const
{
    return m_baseUrl.resolved(QUrl(path));
}

HttpResponse TestClient::get(const QString &path, const HttpHeaders &headers)
{
    return send("GET", path, {}, headers);
}

HttpResponse TestClient::post(const QString &path, const QJsonObject &body, const HttpHeaders &headers)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", headers);
}

HttpResponse TestClient::postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType,
                                 const HttpHeaders &headers)
{
    HttpHeaders h = headers;
    if (!contentType.isEmpty() && !hasHeader(h, "Content-Type"))
        h.append({"Content-Type", contentType});
    return send("POST", path, body, h);
}

HttpResponse TestClient::put(const QString &path, const QByteArray &body, const QByteArray &contentType,
                             const HttpHeaders &headers)
{
    HttpHeaders h = headers;
    if (!contentType.isEmpty() && !hasHeader(h, "Content-Type"))
        h.append({"Content-Type", contentType});
    return send("PUT", path, body, h);
}

HttpResponse TestClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                              const HttpHeaders &headers)
{
    return sendConcurrently({{this, HttpRequest{method, path, body, headers}}}).value(0);
}

QString TestClient::describeRequest(const HttpRequest &request)
{
    return u"%1 %2 %3"_s.arg(QString::fromLatin1(request.method), request.path, excerpt(request.body, 200)).trimmed();
}

QNetworkReply *TestClient::start(const HttpRequest &request)
{
    QNetworkRequest req(urlFor(request.path));
    req.setSslConfiguration(m_ssl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_bearer.isEmpty() && !hasHeader(request.headers, "Authorization"))
        req.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
    for (const auto &h : request.headers)
        req.setRawHeader(h.first, h.second);

    const QByteArray &method = request.method;
    const QByteArray &body = request.body;
    if (method == "GET" && body.isEmpty())
        return m_nam->get(req);
    if (method == "POST")
        return m_nam->post(req, body);
    if (method == "PUT")
        return m_nam->put(req, body);
    if (method == "DELETE" && body.isEmpty())
        return m_nam->deleteResource(req);
    return m_nam->sendCustomRequest(req, method, body);
}

QList<HttpResponse> TestClient::sendConcurrently(const QList<std::pair<TestClient *, HttpRequest>> &requests)
{
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (const auto &[client, request] : requests)
        replies.emplace_back(client->start(request));

    bool timedOut = false;
    QEventLoop loop;
    auto pending = [&] {
        return std::any_of(replies.begin(), replies.end(), [](const auto &r) { return !r->isFinished(); });
    };
    for (const auto &r : replies)
        QObject::connect(r.get(), &QNetworkReply::finished, &loop, [&] {
            if (!pending())
                loop.quit();
        });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        for (const auto &r : replies)
            r->abort();
        loop.quit();
    });
    timer.start(kRequestTimeoutMs);
    if (pending())
        loop.exec();

    QList<HttpResponse> responses;
    for (size_t i = 0; i < replies.size(); ++i)
        responses << collect(replies[i].get(), describeRequest(requests[qsizetype(i)].second), timedOut);
    return responses;
}

HttpResponse TestClient::collect(QNetworkReply *reply, const QString &request, bool timedOut)
{
    HttpResponse r;
    r.request = request;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.headers = reply->rawHeaderPairs();
    r.body = reply->readAll();
    if (r.status == 0)
        r.transportError = timedOut ? u"timed out after %1 ms"_s.arg(kRequestTimeoutMs) : reply->errorString();
    parseJson(r);
    return r;
}

HttpResponse TestClient::raw(const QByteArray &method, const QByteArray &rawTarget, const QByteArray &body,
                             const QByteArray &contentType, const HttpHeaders &headers)
{
    HttpResponse r;
    r.request = u"%1 %2 (raw) %3"_s.arg(QString::fromLatin1(method), QString::fromLatin1(rawTarget),
                                         excerpt(body, 200)).trimmed();
    const QString host = m_baseUrl.host();
    const int port = m_baseUrl.port();
    QByteArray head = method + ' ' + rawTarget + " HTTP/1.1\r\n";
    head += "Host: " + host.toUtf8() + ':' + QByteArray::number(port) + "\r\n";
    if (!m_bearer.isEmpty() && !hasHeader(headers, "Authorization"))
        head += "Authorization: Bearer " + m_bearer.toUtf8() + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";

    QSslSocket socket;
    socket.setSslConfiguration(m_ssl);
    socket.connectToHostEncrypted(host, quint16(port));
    if (!socket.waitForEncrypted(kRequestTimeoutMs)) {
        r.transportError = u"TLS: "_s + socket.errorString();
        return r;
    }
    socket.write(head + body);
    QByteArray buf;
    QDeadlineTimer deadline(kRequestTimeoutMs);
    for (;;) {
        while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(1000)) { }
        buf += socket.readAll();
        const bool closed = socket.state() != QAbstractSocket::ConnectedState;
        if (parseRawResponse(buf, closed, r))
            break;
        if (closed || deadline.hasExpired()) {
            r.status = 0;
            r.transportError = closed ? u"connection closed: "_s + socket.errorString()
                                      : u"timed out"_s;
            r.body = buf;
            return r;
        }
        socket.waitForReadyRead(100);
    }
    socket.abort();
    parseJson(r);
    return r;
}

Tokens TestClient::adopt(const HttpResponse &r, HttpResponse *response)
{
    Tokens t;
    if (r.status == 200) {
        const QJsonObject o = r.object();
        t.accessToken = o.value(u"accessToken"_s).toString();
        t.refreshToken = o.value(u"refreshToken"_s).toString();
        t.expiresIn = o.value(u"expiresIn"_s).toInt();
        t.user = o.value(u"user"_s).toObject();
        if (t.isValid())
            m_bearer = t.accessToken;
    }
    if (response)
        *response = r;
    return t;
}

Tokens TestClient::login(const QString &phone, const QString &password, HttpResponse *response)
{
    const HttpResponse r = post(u"/v1/auth/login"_s, QJsonObject{{u"phone"_s, phone}, {u"password"_s, password}},
                                {{"Authorization", {}}});
    return adopt(r, response);
}

Tokens TestClient::refresh(const QString &refreshToken, HttpResponse *response)
{
    const HttpResponse r = post(u"/v1/auth/refresh"_s, QJsonObject{{u"refreshToken"_s, refreshToken}},
                                {{"Authorization", {}}});
    return adopt(r, response);
}

SyncPage TestClient::syncPage(qint64 since, int limit)
{
    QString path = u"/v1/sync?since=%1"_s.arg(since);
    if (limit > 0)
        path += u"&limit=%1"_s.arg(limit);
    SyncPage page;
    page.response = get(path);
    const QJsonObject o = page.response.object();
    page.changes = o.value(u"changes"_s).toArray();
    const QJsonValue cursor = o.value(u"cursor"_s);
    page.cursor = cursor.isDouble() ? qint64(cursor.toDouble()) : -1;
    page.hasMore = o.value(u"hasMore"_s).toBool();
    page.ok = page.response.status == 200 && o.value(u"changes"_s).isArray() && cursor.isDouble()
              && o.value(u"hasMore"_s).isBool();
    return page;
}

bool TestClient::syncAll(qint64 since, QJsonArray *changes, qint64 *cursor, int limit, QString *failure)
{
    auto failWith = [&](const QString &why) {
        if (failure)
            *failure = why;
        return false;
    };
    qint64 at = since;
    for (int pages = 0; pages < 10000; ++pages) {
        const SyncPage page = syncPage(at, limit);
        if (!page.ok)
            return failWith(u"bad sync page: "_s + page.response.describe());
        if (changes) {
            for (const QJsonValue &c : page.changes)
                changes->append(c);
        }
        if (page.hasMore && page.cursor <= at)
            return failWith(u"sync cursor did not grow (since=%1, cursor=%2) while hasMore is true"_s
                                .arg(at)
                                .arg(page.cursor));
        at = page.cursor;
        if (!page.hasMore) {
            if (cursor)
                *cursor = at;
            return true;
        }
    }
    return failWith(u"sync did not end after 10000 pages"_s);
}

HttpResponse TestClient::command(const QString &type, const QJsonObject &payload, const QString &id)
{
    const QJsonObject body{{u"id"_s, id.isEmpty() ? newId() : id}, {u"type"_s, type}, {u"payload"_s, payload}};
    return post(u"/v1/commands"_s, body);
}
