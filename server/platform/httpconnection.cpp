#include "httpconnection.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSslSocket>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace Courtyard::Server {

namespace {

/// What TLS may buffer for us: small, so a sender faster than we read is held back by TCP.
constexpr qint64 kReadBuffer = 64 * 1024;
/// A closing connection gets this long to take its last answer.
constexpr int kCloseGraceMs = 2'000;
/// After an early refusal (413, 401, 404 before the body), a body of at most this many
/// bytes is read and dropped, so that a client still sending it gets to read the answer
/// instead of a reset; a larger one is never read: the connection closes at once.
constexpr qint64 kMaxDrain = 16 * 1024 * 1024;
/// Longest chunk-size line (hex digits and extensions) and trailer section we read.
constexpr qsizetype kMaxChunkLine = 1024;
constexpr int kMaxTrailerLines = 16;

} // namespace

HttpConnection::HttpConnection(ApiServer *server, QSslSocket *socket)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
{
    socket->setParent(this);
    socket->setReadBufferSize(kReadBuffer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
    connect(socket, &QSslSocket::readyRead, this, &HttpConnection::pump);
    connect(socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
    });
    // The TLS handshake and the first head share the header timeout.
    m_timer.start(m_server->limits().headerTimeoutMs);
}

void HttpConnection::timedOut()
{
    if (!m_socket)
        return;
    switch (m_state) {
    case State::Head:
        if (m_idle || !m_socket->isEncrypted() || m_buffer.isEmpty()) {
            m_socket->abort(); // nothing was asked: nothing to answer
            return;
        }
        refuse(408, u"request_timeout"_s, u"The request head did not arrive in time."_s);
        return;
    case State::Body:
        refuse(408, u"request_timeout"_s, u"The body stopped arriving."_s);
        return;
    case State::Waiting:
        return;
    case State::Closing:
        if (m_drainLeft > 0) { // the answer is out; stop waiting for the rest of the body
            m_drainLeft = 0;
            m_socket->disconnectFromHost();
            m_timer.start(kCloseGraceMs);
            return;
        }
        m_socket->abort();
        return;
    }
}

void HttpConnection::pump()
{
    if (m_pumping || !m_socket)
        return;
    m_pumping = true;
    while (m_state == State::Closing && m_drainLeft > 0 && m_socket && m_socket->bytesAvailable() > 0) {
        m_drainLeft -= m_socket->read(qMin(m_drainLeft, kReadBuffer)).size();
        if (m_drainLeft <= 0)
            m_socket->disconnectFromHost();
    }
    while (m_socket && (m_state == State::Head || m_state == State::Body)) {
        if (m_socket->bytesAvailable() > 0)
            m_buffer += m_socket->read(kReadBuffer);
        if (!step() && (!m_socket || m_socket->bytesAvailable() == 0))
            break;
    }
    m_pumping = false;
}

bool HttpConnection::step()
{
    if (m_state == State::Head)
        return readHead();
    if (m_state == State::Body)
        return readBody();
    return false;
}

bool HttpConnection::readHead()
{
    const Http::Limits &limits = m_server->limits();
    if (m_buffer.isEmpty())
        return false;
    if (m_idle) {
        // The first byte of a new request: from now on its head must arrive in time.
        m_idle = false;
        m_timer.start(limits.headerTimeoutMs);
    }
    const auto end = Http::findHeadEnd(m_buffer, limits, m_scanned);
    if (const auto *refusal = std::get_if<Http::Refusal>(&end)) {
        refuse(refusal->status, refusal->code, refusal->message);
        return false;
    }
    const qsizetype headEnd = std::get<qsizetype>(end);
    if (headEnd == 0) {
        m_scanned = m_buffer.size();
        return false;
    }
    auto parsed = Http::parseHead(QByteArrayView(m_buffer).first(headEnd), limits);
    m_buffer.remove(0, headEnd);
    m_scanned = 0;
    if (const auto *refusal = std::get_if<Http::Refusal>(&parsed)) {
        refuse(refusal->status, refusal->code, refusal->message);
        return false;
    }
    m_head = std::move(std::get<Http::Head>(parsed));
    m_keepAlive = m_head.keepAlive;
    m_ctx = m_server->begin(m_head, m_socket->peerAddress());
    m_ctx->m_connection = this;
    const bool hasBody = m_head.chunked || m_head.contentLength > 0;
    if (m_ctx->m_refusal) {
        // Refused from the head alone (no route, not signed in, too large): the body, if
        // any, is never read, so the connection cannot go on after the answer.
        if (hasBody) {
            m_keepAlive = false;
            m_drain = m_head.chunked ? kMaxDrain : m_head.contentLength;
        }
        m_state = State::Waiting;
        m_timer.stop();
        // A copy: the answer resets m_ctx while respond() still runs.
        const Context ctx = m_ctx;
        HttpReply refusal = std::move(*ctx->m_refusal);
        ctx->m_refusal.reset();
        ctx->respond(std::move(refusal));
        return m_state == State::Head;
    }
    if (m_ctx->m_upgrade >= 0) {
        if (hasBody) {
            m_ctx->m_upgrade = -1;
            refuse(400, u"bad_request"_s, u"An upgrade request has no body."_s);
            return false;
        }
        switchProtocols(m_ctx);
        return false;
    }
    if (!hasBody) {
        bodyDone();
        return m_state == State::Head;
    }
    if (m_head.expectContinue)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_state = State::Body;
    m_bodyLeft = m_head.contentLength;
    m_chunk = Chunk::Size;
    m_trailerLines = 0;
    m_timer.start(limits.bodyTimeoutMs);
    return true;
}

bool HttpConnection::readBody()
{
    if (m_buffer.isEmpty())
        return false;
    // Any byte is progress: the pause allowed starts again.
    m_timer.start(m_server->limits().bodyTimeoutMs);
    if (m_head.chunked)
        return readChunked();
    const qsizetype take = qsizetype(qMin<qint64>(m_bodyLeft, m_buffer.size()));
    m_ctx->body.append(m_buffer.constData(), take);
    m_buffer.remove(0, take);
    m_bodyLeft -= take;
    if (m_bodyLeft > 0)
        return false;
    bodyDone();
    return m_state == State::Head;
}

bool HttpConnection::readChunked()
{
    for (;;) {
        switch (m_chunk) {
        case Chunk::Size: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                if (m_buffer.size() > kMaxChunkLine || m_buffer.contains('\n'))
                    refuse(400, u"bad_request"_s, u"A chunk size line is malformed."_s);
                return false;
            }
            QByteArrayView line = QByteArrayView(m_buffer).first(eol);
            if (const qsizetype semi = line.indexOf(';'); semi >= 0)
                line = line.first(semi); // chunk extensions are ignored
            bool ok = line.size() > 0 && line.size() <= 15;
            for (const char c : line)
                ok = ok && std::isxdigit(static_cast<unsigned char>(c));
            if (!ok) {
                refuse(400, u"bad_request"_s, u"A chunk size is not a hexadecimal number."_s);
                return false;
            }
            m_chunkLeft = line.toLongLong(nullptr, 16);
            m_buffer.remove(0, eol + 2);
            if (m_ctx->body.size() + m_chunkLeft > m_ctx->m_maxBody) {
                m_drain = kMaxDrain;
                refuse(413, u"payload_too_large"_s, u"The body is larger than %1 bytes."_s.arg(m_ctx->m_maxBody));
                return false;
            }
            m_chunk = m_chunkLeft == 0 ? Chunk::Trailer : Chunk::Data;
            break;
        }
        case Chunk::Data: {
            const qsizetype take = qsizetype(qMin<qint64>(m_chunkLeft, m_buffer.size()));
            m_ctx->body.append(m_buffer.constData(), take);
            m_buffer.remove(0, take);
            m_chunkLeft -= take;
            if (m_chunkLeft > 0)
                return false;
            m_chunk = Chunk::DataEnd;
            break;
        }
        case Chunk::DataEnd:
            if (m_buffer.size() < 2)
                return false;
            if (!m_buffer.startsWith("\r\n")) {
                refuse(400, u"bad_request"_s, u"A chunk does not end with CRLF."_s);
                return false;
            }
            m_buffer.remove(0, 2);
            m_chunk = Chunk::Size;
            break;
        case Chunk::Trailer: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                if (m_buffer.size() > kMaxChunkLine || m_buffer.contains('\n'))
                    refuse(400, u"bad_request"_s, u"A trailer line is malformed."_s);
                return false;
            }
            m_buffer.remove(0, eol + 2);
            if (eol == 0) { // the blank line ends the message; trailer fields are dropped
                bodyDone();
                return m_state == State::Head;
            }
            if (++m_trailerLines > kMaxTrailerLines) {
                refuse(431, u"headers_too_large"_s, u"Too many trailer lines."_s);
                return false;
            }
            break;
        }
        }
    }
}

void HttpConnection::bodyDone()
{
    m_state = State::Waiting;
    m_timer.stop();
    // The handler gets its own reference: answering resets m_ctx, and a handler may still
    // read its context after it answered.
    const Context ctx = m_ctx;
    m_server->dispatch(ctx);
}

void HttpConnection::answer(const RequestContext &ctx, const HttpReply &reply)
{
    if (!m_socket || m_state == State::Closing || ctx.m_connection != this || m_ctx.get() != &ctx)
        return;
    const bool close = !m_keepAlive;
    write(reply, ctx.m_headOnly, close);
    m_ctx.reset();
    if (close) {
        closeAfterWrite();
        return;
    }
    m_state = State::Head;
    m_idle = true;
    m_timer.start(m_server->limits().idleTimeoutMs);
    // A pipelined request may already wait in the buffer; work on it outside this call
    // (the handler that answered may still be on the stack).
    QMetaObject::invokeMethod(this, &HttpConnection::pump, Qt::QueuedConnection);
}

void HttpConnection::write(const HttpReply &reply, bool headOnly, bool close)
{
    QByteArray out;
    out.reserve(256 + (headOnly ? 0 : reply.body.size()));
    out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + Http::reasonPhrase(reply.status) + "\r\n";
    if (!reply.body.isEmpty() || reply.status != 204)
        out += "Content-Type: " + reply.contentType + "\r\n";
    if (reply.status != 204)
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n"
           "X-Content-Type-Options: nosniff\r\n"
           "Strict-Transport-Security: max-age=31536000\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!headOnly)
        out += reply.body;
    m_socket->write(out);
}

void HttpConnection::refuse(int status, const QString &code, const QString &message)
{
    if (!m_socket || m_state == State::Closing)
        return;
    m_keepAlive = false;
    HttpReply reply = HttpReply::error(status, code, message);
    if (const Context ctx = m_ctx; ctx && !ctx->answered()) {
        // Logged like any answer, then written here (the request will never be complete).
        ctx->m_connection = nullptr;
        ctx->respond(reply);
    } else {
        qCInfo(lcHttp).noquote() << "-" << "-" << status << u"from=%1"_s.arg(m_socket->peerAddress().toString())
                                 << code;
    }
    m_ctx.reset();
    write(reply, false, true);
    closeAfterWrite();
}

void HttpConnection::closeAfterWrite()
{
    m_state = State::Closing;
    const qint64 unread = m_drain - m_buffer.size();
    m_buffer.clear();
    m_timer.start(kCloseGraceMs);
    if (m_drain > 0 && unread > 0 && unread <= kMaxDrain) {
        m_drainLeft = unread;
        QMetaObject::invokeMethod(this, &HttpConnection::pump, Qt::QueuedConnection);
        return;
    }
    m_socket->disconnectFromHost();
}

void HttpConnection::switchProtocols(const Context &ctx)
{
    const QByteArray accept =
        QCryptographicHash::hash(ctx->header("sec-websocket-key") + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                 QCryptographicHash::Sha1)
            .toBase64();
    m_socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Accept: "
                    + accept + "\r\n\r\n");
    m_timer.stop();
    m_state = State::Closing; // this object is done; the socket lives on without it
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    socket->setParent(nullptr);
    const QByteArray pending = std::exchange(m_buffer, {});
    ctx->m_answered = true;
    ctx->m_connection = nullptr;
    qCInfo(lcHttp).noquote() << ctx->method << ctx->path << 101 << u"from=%1"_s.arg(ctx->remote.toString());
    // ctx may be m_ctx itself (readHead passes it): keep the request alive past the reset.
    const Context keep = ctx;
    m_ctx.reset();
    m_server->handOver(keep, socket, pending);
    deleteLater();
}

} // namespace Courtyard::Server
