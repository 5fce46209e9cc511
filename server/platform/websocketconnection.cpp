#include "websocketconnection.h"

#include <QStringDecoder>
#include <QTcpSocket>
#include <QtEndian>

namespace Courtyard::Server {

namespace {

enum Opcode : quint8 { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(bytes);
    return !decoder.hasError();
}

/// Codes a peer may send in a close frame (RFC 6455 §7.4).
bool isValidCloseCode(quint16 code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}

} // namespace

WebSocketConnection::WebSocketConnection(QTcpSocket *socket, const QByteArray &pending, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_in(pending)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &WebSocketConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] { finish(m_closeCode, m_closeReason); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            finish(m_closeCode, m_closeReason);
    });

    m_pingTimer.setInterval(PingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Open)
            writeFrame(Ping, {});
    });
    m_pingTimer.start();
    m_silenceTimer.setSingleShot(true);
    m_silenceTimer.setInterval(SilenceLimitMs);
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        // Not even an answer to our pings: the peer is gone or stuck.
        if (m_state == State::Open)
            close(1001, "nothing heard");
        else if (m_socket)
            m_socket->abort();
    });
    m_silenceTimer.start();
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
        finish(m_closeCode, m_closeReason);
    });

    if (socket->state() != QAbstractSocket::ConnectedState) {
        QTimer::singleShot(0, this, [this] { finish(1006, {}); });
        return;
    }
    if (!m_in.isEmpty() || socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &WebSocketConnection::onReadyRead);
}

WebSocketConnection::~WebSocketConnection() = default;

void WebSocketConnection::setTimeouts(int pingMs, int silenceMs)
{
    m_pingTimer.start(pingMs);
    m_silenceTimer.start(silenceMs);
}

qint64 WebSocketConnection::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

bool WebSocketConnection::sendText(const QByteArray &utf8)
{
    if (m_state != State::Open || !m_socket)
        return false;
    writeFrame(Text, utf8);
    return m_state == State::Open;
}

void WebSocketConnection::close(quint16 code, const QByteArray &reason)
{
    if (m_state != State::Open || !m_socket)
        return;
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian<quint16>(code, payload.data());
    payload += reason.left(123);
    writeFrame(Close, payload);
    m_state = State::Closing;
    m_closeCode = code;
    m_closeReason = reason.left(123);
    m_pingTimer.stop();
    m_in.clear();
    m_closeTimer.start(CloseWaitMs);
}

void WebSocketConnection::onReadyRead()
{
    if (!m_socket || m_state == State::Closed)
        return;
    const QByteArray fresh = m_socket->readAll();
    if (m_discard)
        return; // the framing was broken: nothing after it can be read
    if (!fresh.isEmpty() || !m_in.isEmpty())
        m_silenceTimer.start();
    m_in += fresh;
    parseFrames();
}

bool WebSocketConnection::parseFrames()
{
    while (m_state != State::Closed && m_socket) {
        const qsizetype have = m_in.size();
        if (have < 2)
            return true;
        const auto *b = reinterpret_cast<const quint8 *>(m_in.constData());
        const bool fin = b[0] & 0x80;
        const quint8 rsv = b[0] & 0x70;
        const quint8 opcode = b[0] & 0x0F;
        const bool masked = b[1] & 0x80;
        quint64 length = b[1] & 0x7F;
        qsizetype header = 2;
        if (rsv) {
            fail(1002, "reserved bits set");
            return false;
        }
        if (!masked) {
            fail(1002, "client frames must be masked");
            return false;
        }
        const bool control = opcode & 0x08;
        if (opcode != Continuation && opcode != Text && opcode != Binary && opcode != Close && opcode != Ping
            && opcode != Pong) {
            fail(1002, "unknown opcode");
            return false;
        }
        if (control && (!fin || length > 125)) {
            fail(1002, "bad control frame");
            return false;
        }
        if (length == 126) {
            if (have < 4)
                return true;
            length = qFromBigEndian<quint16>(b + 2);
            header = 4;
        } else if (length == 127) {
            if (have < 10)
                return true;
            length = qFromBigEndian<quint64>(b + 2);
            header = 10;
            if (length >> 63) {
                fail(1002, "bad length");
                return false;
            }
        }
        // Refused before the payload is read: a message may never outgrow the limit.
        if (!control && quint64(m_message.size()) + length > quint64(m_maxMessage)) {
            fail(1009, "message too big");
            return false;
        }
        if (have < header + 4 + qsizetype(length))
            return true;
        const quint8 *mask = b + header;
        QByteArray payload(qsizetype(length), Qt::Uninitialized);
        const quint8 *src = b + header + 4;
        for (qsizetype i = 0; i < qsizetype(length); ++i)
            payload[i] = char(src[i] ^ mask[i & 3]);
        m_in.remove(0, header + 4 + qsizetype(length));
        handleFrame(opcode, fin, std::move(payload));
    }
    return false;
}

void WebSocketConnection::handleFrame(quint8 opcode, bool fin, QByteArray payload)
{
    switch (opcode) {
    case Ping:
        if (m_state == State::Open)
            writeFrame(Pong, payload);
        return;
    case Pong:
        return; // heard: the silence timer already restarted
    case Close: {
        quint16 code = 1005; // none given
        QByteArray reason;
        if (payload.size() == 1) {
            fail(1002, "bad close frame");
            return;
        }
        if (payload.size() >= 2) {
            code = qFromBigEndian<quint16>(payload.constData());
            reason = payload.mid(2);
            if (!isValidCloseCode(code) || !isValidUtf8(reason)) {
                fail(1002, "bad close frame");
                return;
            }
        }
        if (m_state == State::Open) {
            // Echo the peer's close, then end the connection.
            QByteArray answer;
            if (code != 1005) {
                answer.resize(2);
                qToBigEndian<quint16>(code, answer.data());
            }
            writeFrame(Close, answer);
            m_closeCode = code;
            m_closeReason = reason;
        }
        m_state = State::Closing;
        m_in.clear();
        if (m_socket)
            m_socket->disconnectFromHost();
        m_closeTimer.start(CloseWaitMs);
        return;
    }
    case Binary:
    case Text:
        if (m_messageOpcode != 0) {
            fail(1002, "a new message inside a fragmented one");
            return;
        }
        m_messageOpcode = opcode;
        m_message = std::move(payload);
        break;
    case Continuation:
        if (m_messageOpcode == 0) {
            fail(1002, "continuation without a message");
            return;
        }
        m_message += payload;
        break;
    }
    if (!fin)
        return;
    const quint8 kind = m_messageOpcode;
    QByteArray message = std::move(m_message);
    m_message.clear();
    m_messageOpcode = 0;
    if (kind == Binary) {
        fail(1003, "text messages only");
        return;
    }
    if (!isValidUtf8(message)) {
        fail(1007, "text is not UTF-8");
        return;
    }
    if (m_state == State::Open)
        Q_EMIT textReceived(message);
}

void WebSocketConnection::writeFrame(quint8 opcode, const QByteArray &payload)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_socket->bytesToWrite() > MaxUnsent) {
        // The peer does not read: nothing more is queued for it.
        m_socket->abort();
        return;
    }
    QByteArray frame;
    frame.reserve(payload.size() + 10);
    frame.append(char(0x80 | opcode));
    const qsizetype n = payload.size();
    if (n < 126) {
        frame.append(char(n));
    } else if (n <= 0xFFFF) {
        frame.append(char(126));
        char len[2];
        qToBigEndian<quint16>(quint16(n), len);
        frame.append(len, 2);
    } else {
        frame.append(char(127));
        char len[8];
        qToBigEndian<quint64>(quint64(n), len);
        frame.append(len, 8);
    }
    frame.append(payload);
    m_socket->write(frame);
}

void WebSocketConnection::fail(quint16 code, const char *reason)
{
    // What follows a broken frame (or one refused from its header) cannot be framed again:
    // send our close, stop reading and end the connection once the close frame is out.
    m_in.clear();
    m_message.clear();
    m_messageOpcode = 0;
    m_discard = true;
    if (m_state == State::Open) {
        close(code, reason);
        if (m_socket)
            m_socket->disconnectFromHost();
    } else if (m_socket) {
        m_socket->abort();
    }
}

void WebSocketConnection::finish(quint16 code, const QByteArray &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    m_state = State::Closed;
    m_pingTimer.stop();
    m_silenceTimer.stop();
    m_closeTimer.stop();
    Q_EMIT closed(code, reason);
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    deleteLater();
}

} // namespace Courtyard::Server
