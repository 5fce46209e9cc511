#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace Courtyard::Server {

/**
 * The server's end of one WebSocket (RFC 6455) after the front answered the upgrade with
 * 101: frames in and out over the socket it takes over. Small on purpose — the live channel
 * only exchanges short JSON texts:
 *
 * - Client frames must be masked, carry no RSV bits and a known opcode; control frames are
 *   final and at most 125 bytes; continuations only inside a fragmented message. A message
 *   (all its fragments) may hold at most maxMessage() bytes: a frame header announcing more
 *   closes with 1009 before its payload is read. Text must be UTF-8 (1007); binary is refused
 *   (1003); any other breach closes with 1002.
 * - Ping is answered with pong; every ~30 s the server pings; when nothing at all was heard
 *   for 60 s the socket is closed (1001).
 * - Close handshake: a client's close is echoed and the socket ended; close() sends ours and
 *   waits up to 2 s for the answer, then aborts. At most 64 KiB may wait unsent: a peer that
 *   does not read is cut off.
 *
 * The object owns the socket (parent) and deletes itself (deleteLater) once the socket is
 * gone; closed() comes first, exactly once.
 */
class WebSocketConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxMessage = 4096;
    static constexpr int PingIntervalMs = 30'000;
    static constexpr int SilenceLimitMs = 60'000;
    static constexpr int CloseWaitMs = 2'000;
    static constexpr qint64 MaxUnsent = 64 * 1024;

    /// Takes @p socket (re-parents it); @p pending: bytes already read after the request head.
    WebSocketConnection(QTcpSocket *socket, const QByteArray &pending, QObject *parent = nullptr);
    ~WebSocketConnection() override;

    void setMaxMessage(int bytes) { m_maxMessage = bytes; }
    [[nodiscard]] int maxMessage() const { return m_maxMessage; }
    /// Test hook: the ping and silence periods.
    void setTimeouts(int pingMs, int silenceMs);

    /// Sends one text message; false when the connection is closing or the peer does not read.
    bool sendText(const QByteArray &utf8);
    /// Starts the close handshake with @p code and a short @p reason (at most 123 bytes).
    void close(quint16 code, const QByteArray &reason = {});
    [[nodiscard]] bool isOpen() const { return m_state == State::Open; }
    [[nodiscard]] qint64 bytesToWrite() const;

Q_SIGNALS:
    void textReceived(const QByteArray &utf8);
    /// The connection ended (by either side, or the network); @p code as sent or received
    /// (1006 when the socket just dropped).
    void closed(quint16 code, const QByteArray &reason);

private:
    enum class State { Open, Closing, Closed };
    void onReadyRead();
    /// Parses whole frames from m_in; false once the connection is failing.
    bool parseFrames();
    void handleFrame(quint8 opcode, bool fin, QByteArray payload);
    void writeFrame(quint8 opcode, const QByteArray &payload);
    void fail(quint16 code, const char *reason);
    void finish(quint16 code, const QByteArray &reason);

    QPointer<QTcpSocket> m_socket;
    QByteArray m_in;
    QByteArray m_message;      ///< fragments of the message being assembled
    quint8 m_messageOpcode = 0; ///< 0 when no fragmented message is open
    int m_maxMessage = DefaultMaxMessage;
    State m_state = State::Open;
    quint16 m_closeCode = 1006;
    QByteArray m_closeReason;
    QTimer m_pingTimer;
    QTimer m_silenceTimer;
    QTimer m_closeTimer;
    bool m_finished = false;
    bool m_discard = false; ///< after a protocol failure: input is dropped
};

} // namespace Courtyard::Server
