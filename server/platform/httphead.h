#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>
#include <variant>

namespace Courtyard::Server::Http {

/// What one connection may send and how long it may take (the `http/…` settings).
struct Limits
{
    int maxHeadBytes = 16 * 1024;   ///< request line + header lines (431 above)
    int maxHeaderCount = 100;       ///< header lines (431 above)
    int maxTargetBytes = 4096;      ///< the request-target (414 above)
    int headerTimeoutMs = 10'000;   ///< from the first byte (or the accept) to the end of the head
    int bodyTimeoutMs = 10'000;     ///< longest pause while a body arrives
    int idleTimeoutMs = 60'000;     ///< an idle keep-alive connection closes after this
    int maxConnections = 10'000;    ///< open connections of the process (WebSockets too)
    int maxConnectionsPerAddress = 256;
};

/// A request head that passed the RFC 9112 checks. Header names are lower-case.
struct Head
{
    QByteArray method;
    QByteArray target;
    bool http10 = false;
    QList<std::pair<QByteArray, QByteArray>> headers;
    qint64 contentLength = 0; ///< 0 when there is none
    bool chunked = false;
    bool keepAlive = true;
    bool expectContinue = false;

    /// The value of header @p lowerName ("" when absent; repeated ones joined by ", ").
    [[nodiscard]] QByteArray value(QByteArrayView lowerName) const;
    [[nodiscard]] bool hasToken(QByteArrayView lowerName, QByteArrayView token) const;
};

/// The value of header @p lowerName in @p headers ("" when absent; repeated ones joined by ", ").
[[nodiscard]] QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView lowerName);

/// Why a head is refused: the status, an error code for the JSON body, and a sentence.
struct Refusal
{
    int status = 400;
    QString code;
    QString message;
};

/// Where the head ends in @p buffer (the index after its blank line), 0 while it is
/// incomplete, or a refusal when what arrived so far already breaks a rule (a bare LF,
/// a head or target over the limits). @p from: bytes already scanned by an earlier call.
[[nodiscard]] std::variant<qsizetype, Refusal> findHeadEnd(QByteArrayView buffer, const Limits &limits,
                                                           qsizetype from = 0);

/// Parses a complete head (including its final CRLF CRLF) strictly: request line, header
/// syntax (no obs-fold, no space before the colon, no control bytes), framing headers
/// (one Content-Length, no Content-Length with Transfer-Encoding, only "chunked").
[[nodiscard]] std::variant<Head, Refusal> parseHead(QByteArrayView head, const Limits &limits);

/// The reason phrase of a status code.
[[nodiscard]] QByteArray reasonPhrase(int status);

} // namespace Courtyard::Server::Http
