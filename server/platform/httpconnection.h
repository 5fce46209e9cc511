#pragma once

#include "apiserver.h"
#include "httphead.h"

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

class QSslSocket;

namespace Courtyard::Server {

/// Hands each accepted descriptor to the ApiServer, which checks the caps and starts TLS.
class HttpListener : public QTcpServer
{
    Q_OBJECT
public:
    explicit HttpListener(ApiServer *server)
        : QTcpServer(server)
        , m_server(server)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_server->accept(descriptor); }

private:
    ApiServer *m_server;
};

/**
 * One HTTPS connection, read strictly by RFC 9112, one request at a time.
 *
 * The head is read up to Limits::maxHeadBytes within Limits::headerTimeoutMs (from the
 * accept, or from the first byte of a later request), checked by parseHead(), then routed by
 * the ApiServer before any body byte is read: a declared length over the route's limit is
 * answered 413 and the connection closed unread; a chunked body is counted as it arrives and
 * cut at the limit. While a request is with its handler nothing more is read (the socket's
 * read buffer is small, so TCP holds a fast sender back): answers leave in request order.
 * A refusal of the framing answers 400 and closes. An idle keep-alive connection closes
 * after Limits::idleTimeoutMs.
 */
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(ApiServer *server, QSslSocket *socket);

    /// Writes the answer of the current request (RequestContext::respond calls it).
    void answer(const RequestContext &ctx, const HttpReply &reply);

private:
    enum class State { Head, Body, Waiting, Closing };
    enum class Chunk { Size, Data, DataEnd, Trailer };

    /// Reads what arrived and works through it until it needs more bytes or waits.
    void pump();
    /// One step of the work; false when it needs more bytes (or must stop).
    bool step();
    bool readHead();
    bool readBody();
    /// The next bytes of a chunked body; false when more are needed.
    bool readChunked();
    void bodyDone();
    /// Answers an error and closes (the rest of the stream is never read).
    void refuse(int status, const QString &code, const QString &message);
    void write(const HttpReply &reply, bool headOnly, bool close);
    void closeAfterWrite();
    void timedOut();
    void switchProtocols(const Context &ctx);

    ApiServer *m_server;
    QSslSocket *m_socket;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; ///< bytes of m_buffer already searched for the end of the head
    State m_state = State::Head;
    bool m_pumping = false;
    bool m_idle = false; ///< waiting for the next request (the idle timeout runs)
    bool m_keepAlive = true;
    Http::Head m_head;
    Context m_ctx;
    qint64 m_bodyLeft = 0;
    Chunk m_chunk = Chunk::Size;
    qint64 m_chunkLeft = 0;
    int m_trailerLines = 0;
    qint64 m_drain = 0;     ///< body bytes still to come when the request was refused early
    qint64 m_drainLeft = 0; ///< of those, what is read and dropped before closing
    QTimer m_timer;
};

} // namespace Courtyard::Server
