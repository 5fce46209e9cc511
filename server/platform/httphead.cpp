#include "httphead.h"

using namespace Qt::StringLiterals;

namespace Courtyard::Server::Http {

namespace {

/// RFC 9110 tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

/// A field value may hold visible bytes, spaces, tabs and obs-text, never other controls.
bool isFieldValue(QByteArrayView s)
{
    return std::none_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && u != '\t') || u == 0x7f;
    });
}

QByteArrayView trimmed(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

Refusal bad(const QString &message)
{
    return Refusal{400, u"bad_request"_s, message};
}

} // namespace

QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView lowerName)
{
    QByteArray out;
    for (const auto &[name, v] : headers) {
        if (name == lowerName) {
            if (!out.isEmpty())
                out += ", ";
            out += v;
        }
    }
    return out;
}

QByteArray Head::value(QByteArrayView lowerName) const
{
    return headerValue(headers, lowerName);
}

bool Head::hasToken(QByteArrayView lowerName, QByteArrayView token) const
{
    const QList<QByteArray> parts = value(lowerName).split(',');
    return std::any_of(parts.begin(), parts.end(),
                       [&](const QByteArray &p) { return trimmed(p).compare(token, Qt::CaseInsensitive) == 0; });
}

std::variant<qsizetype, Refusal> findHeadEnd(QByteArrayView buffer, const Limits &limits, qsizetype from)
{
    // Every LF must follow a CR and every CR precede an LF: a bare one is refused at once,
    // since a proxy in front may split the stream elsewhere than we would.
    const qsizetype scan = qMin(buffer.size(), qsizetype(limits.maxHeadBytes) + 4);
    for (qsizetype i = qMax<qsizetype>(0, from - 4); i < scan; ++i) {
        const char c = buffer[i];
        if (c == '\n' && (i == 0 || buffer[i - 1] != '\r'))
            return bad(u"Line endings must be CRLF."_s);
        if (c == '\r' && i + 1 < buffer.size() && buffer[i + 1] != '\n')
            return bad(u"A CR must be followed by LF."_s);
        if (c == '\n' && i >= 3 && buffer[i - 2] == '\n') // CR LF CR LF
            return i + 1;
    }
    const qsizetype lineEnd = buffer.indexOf("\r\n");
    const qsizetype requestLine = lineEnd < 0 ? buffer.size() : lineEnd;
    if (requestLine > limits.maxTargetBytes + 32)
        return Refusal{414, u"uri_too_long"_s, u"The request target is longer than %1 bytes."_s.arg(limits.maxTargetBytes)};
    if (buffer.size() > limits.maxHeadBytes)
        return Refusal{431, u"headers_too_large"_s, u"The request head is larger than %1 bytes."_s.arg(limits.maxHeadBytes)};
    return qsizetype(0);
}

std::variant<Head, Refusal> parseHead(QByteArrayView head, const Limits &limits)
{
    // Leading empty lines before a request line are allowed by RFC 9112 2.2; we do not need them.
    if (!head.endsWith("\r\n\r\n"))
        return bad(u"The request head is incomplete."_s);
    head.chop(4);
    QList<QByteArrayView> lines;
    for (qsizetype from = 0;;) {
        const qsizetype at = head.indexOf("\r\n", from);
        if (at < 0) {
            lines.append(head.sliced(from));
            break;
        }
        lines.append(head.sliced(from, at - from));
        from = at + 2;
    }

    Head h;
    const QByteArrayView requestLine = lines.takeFirst();
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return bad(u"The request line must be: method, one space, target, one space, version."_s);
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method))
        return bad(u"The method is not a token."_s);
    if (target.size() > limits.maxTargetBytes)
        return Refusal{414, u"uri_too_long"_s, u"The request target is longer than %1 bytes."_s.arg(limits.maxTargetBytes)};
    if (target.isEmpty() || target.front() != '/'
        || std::any_of(target.begin(), target.end(), [](char c) { return quint8(c) <= 0x20 || quint8(c) >= 0x7f; }))
        return bad(u"The target must be an absolute path with an optional query."_s);
    if (version == "HTTP/1.0")
        h.http10 = true;
    else if (version != "HTTP/1.1")
        return Refusal{505, u"http_version_not_supported"_s, u"Only HTTP/1.1 (and 1.0) are served."_s};
    h.method = method.toByteArray();
    h.target = target.toByteArray();

    if (lines.size() > limits.maxHeaderCount)
        return Refusal{431, u"headers_too_large"_s, u"More than %1 header lines."_s.arg(limits.maxHeaderCount)};
    int lengths = 0;
    int encodings = 0;
    int hosts = 0;
    for (const QByteArrayView line : std::as_const(lines)) {
        if (line.isEmpty())
            return bad(u"An empty header line."_s);
        if (line.front() == ' ' || line.front() == '\t')
            return bad(u"Folded header lines (obs-fold) are not accepted."_s);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return bad(u"A header line without a name and a colon."_s);
        const QByteArrayView name = line.first(colon);
        if (!isToken(name))
            return bad(u"A header name is not a token (no space before the colon)."_s);
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return bad(u"A header value holds control characters."_s);
        QByteArray lower = name.toByteArray().toLower();
        if (lower == "content-length")
            ++lengths;
        else if (lower == "transfer-encoding")
            ++encodings;
        else if (lower == "host")
            ++hosts;
        h.headers.append({std::move(lower), value.toByteArray()});
    }
    if (hosts > 1)
        return bad(u"More than one Host header."_s);
    if (lengths > 1)
        return bad(u"More than one Content-Length header."_s);
    if (lengths && encodings)
        return bad(u"Content-Length and Transfer-Encoding together."_s);
    if (encodings) {
        // Only "chunked", once: any other coding (or a list) is a framing we do not speak.
        if (encodings > 1 || h.http10 || h.value("transfer-encoding").compare("chunked", Qt::CaseInsensitive) != 0)
            return bad(u"Only Transfer-Encoding: chunked is accepted."_s);
        h.chunked = true;
    }
    if (lengths) {
        const QByteArray v = h.value("content-length");
        if (v.isEmpty() || v.size() > 18 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return bad(u"Content-Length must be one decimal number."_s);
        h.contentLength = v.toLongLong();
    }
    h.keepAlive = h.http10 ? h.hasToken("connection", "keep-alive") : !h.hasToken("connection", "close");
    const QByteArray expect = h.value("expect");
    if (!expect.isEmpty()) {
        if (expect.compare("100-continue", Qt::CaseInsensitive) != 0)
            return Refusal{417, u"expectation_failed"_s, u"Only Expect: 100-continue is understood."_s};
        h.expectContinue = true;
    }
    return h;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 422: return "Unprocessable Content";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return status < 300 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
}

} // namespace Courtyard::Server::Http
