#include "faultproxy.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <numeric>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFaultProxy, "courtyard.test.faultproxy", QtWarningMsg)

namespace {

constexpr char RecordChangeCipherSpec = 0x14;
constexpr char RecordAlert = 0x15;
constexpr char RecordHandshake = 0x16;
constexpr char RecordApplicationData = 0x17;
constexpr int RecordHeader = 5;

// TLS 1.3 session tickets follow the client's Finished at once (OpenSSL writes them in one go);
// without any, the first request waits SettleMaxMs.
constexpr int SettleQuietMs = 10;
constexpr int SettleMaxMs = 250;
// A truncated response is cut once the server has been quiet this long.
constexpr int ResponseQuietMs = 30;

// Acknowledges what was read at once. A sender that writes a request or response in several
// pieces without TCP_NODELAY (QNetworkAccessManager does: headers, then the body) otherwise
// waits for the proxy's delayed ACK, ~40 ms, on every exchange; the proxy is not to add that.
void ackNow(QTcpSocket *socket)
{
#ifdef Q_OS_LINUX
    const int one = 1;
    if (socket->socketDescriptor() >= 0)
        ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    Q_UNUSED(socket);
#endif
}

int recordLength(const QByteArray &buf, qsizetype at)
{
    return (uchar(buf.at(at + 3)) << 8) | uchar(buf.at(at + 4));
}

// The TLS version the ServerHello at the start of \a buf selects: 0x0304 for TLS 1.3 (the
// supported_versions extension), else its legacy version; 0 while more bytes are needed,
// -1 when \a buf does not start with a handshake record.
int serverHelloVersion(const QByteArray &buf)
{
    if (buf.size() < RecordHeader)
        return 0;
    if (buf.at(0) != RecordHandshake)
        return -1;
    const int length = recordLength(buf, 0);
    if (buf.size() < RecordHeader + length)
        return 0;
    const QByteArray hs = buf.mid(RecordHeader, length);
    // type(1) length(3) legacy_version(2) random(32) session_id(1+n) cipher(2) compression(1)
    if (hs.size() < 39 || hs.at(0) != 0x02)
        return -1;
    const int legacy = (uchar(hs.at(4)) << 8) | uchar(hs.at(5));
    qsizetype p = 38;
    p += 1 + uchar(hs.at(p));
    p += 2 + 1;
    if (p + 2 > hs.size())
        return legacy;
    const qsizetype end = qMin<qsizetype>(hs.size(), p + 2 + ((uchar(hs.at(p)) << 8) | uchar(hs.at(p + 1))));
    p += 2;
    while (p + 4 <= end) {
        const int type = (uchar(hs.at(p)) << 8) | uchar(hs.at(p + 1));
        const int len = (uchar(hs.at(p + 2)) << 8) | uchar(hs.at(p + 3));
        if (type == 43 && len == 2 && p + 6 <= end)
            return (uchar(hs.at(p + 4)) << 8) | uchar(hs.at(p + 5));
        p += 4 + len;
    }
    return legacy;
}

} // namespace

/// One proxied connection: the client's socket, the socket to the server, and where the
/// current exchange stands.
class FaultProxyLink : public QObject
{
public:
    FaultProxyLink(FaultProxy *proxy, QTcpSocket *client);
    void close(bool graceful);

private:
    enum class Phase { Handshake, Settle, Application, Closed };
    enum class Turn { Idle, Request, Response };

    void fromClient();
    void fromServer();
    void handshakeFromClient();
    void handshakeFromServer(const QByteArray &bytes);
    void endSettle();
    void requestBytes(const QByteArray &bytes);
    void responseBytes(const QByteArray &bytes);
    void flushHeldResponse();
    void truncateHeldResponse();
    void toServer(const QByteArray &bytes);
    void toClient(const QByteArray &bytes);
    void serverGone();
    void clientGone();
    [[nodiscard]] bool holdingResponse() const;

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_server;
    Phase m_phase = Phase::Handshake;
    Turn m_turn = Turn::Idle;
    FaultProxy::Draw m_draw;
    int m_tlsVersion = 0;
    bool m_clientFinishedSeen = false;
    bool m_serverConnected = false;
    QByteArray m_up;          // client bytes not forwarded yet
    QByteArray m_serverHello; // server bytes until the ServerHello is read
    QByteArray m_heldDown;    // response bytes held back (Delay, TruncateResponse)
    bool m_delayOver = false;
    QTimer m_settleTimer;
    QElapsedTimer m_settleClock;
    bool m_ticketSeen = false;
    QTimer m_responseTimer;
};

FaultProxyLink::FaultProxyLink(FaultProxy *proxy, QTcpSocket *client)
    : QObject(proxy)
    , m_proxy(proxy)
    , m_client(client)
    , m_server(new QTcpSocket(this))
{
    m_client->setParent(this);
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_settleTimer.setSingleShot(true);
    m_responseTimer.setSingleShot(true);
    connect(&m_settleTimer, &QTimer::timeout, this, [this] {
        if (m_phase != Phase::Settle)
            return;
        if (m_ticketSeen || m_settleClock.elapsed() >= SettleMaxMs)
            endSettle();
        else
            m_settleTimer.start(SettleQuietMs);
    });
    connect(&m_responseTimer, &QTimer::timeout, this, [this] {
        if (m_draw.fault == FaultProxy::Fault::Delay)
            flushHeldResponse();
        else if (m_draw.fault == FaultProxy::Fault::TruncateResponse)
            truncateHeldResponse();
    });
    connect(m_client, &QTcpSocket::readyRead, this, &FaultProxyLink::fromClient);
    connect(m_client, &QTcpSocket::disconnected, this, &FaultProxyLink::clientGone);
    connect(m_client, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            clientGone();
    });
    connect(m_server, &QTcpSocket::connected, this, [this] {
        m_serverConnected = true;
        m_server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        fromClient();
    });
    connect(m_server, &QTcpSocket::readyRead, this, &FaultProxyLink::fromServer);
    connect(m_server, &QTcpSocket::disconnected, this, &FaultProxyLink::serverGone);
    connect(m_server, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            serverGone();
    });
    m_server->connectToHost(proxy->m_targetHost, proxy->m_targetPort);
}

void FaultProxyLink::fromClient()
{
    if (m_phase == Phase::Closed || !m_serverConnected)
        return;
    m_up += m_client->readAll();
    ackNow(m_client);
    if (m_up.isEmpty())
        return;
    if (m_phase == Phase::Handshake)
        handshakeFromClient();
    if (m_phase == Phase::Application && !m_up.isEmpty()) {
        const QByteArray bytes = std::exchange(m_up, {});
        requestBytes(bytes);
    }
    // In Settle the request waits in m_up.
}

void FaultProxyLink::handshakeFromClient()
{
    if (!m_clientFinishedSeen && m_up.at(0) != RecordHandshake && m_tlsVersion == 0
        && m_up.at(0) != RecordChangeCipherSpec && m_up.at(0) != RecordAlert) {
        // Not TLS: every byte is application data.
        m_phase = Phase::Application;
        return;
    }
    // Whole records only, so that each is forwarded or held as a unit.
    while (m_up.size() >= RecordHeader) {
        const int length = recordLength(m_up, 0);
        if (m_up.size() < RecordHeader + length)
            return;
        if (m_up.at(0) == RecordApplicationData) {
            if (m_tlsVersion == 0x0304 && !m_clientFinishedSeen) {
                // TLS 1.3: the client's first encrypted record is its Finished.
                m_clientFinishedSeen = true;
                toServer(m_up.left(RecordHeader + length)); // still Handshake: not request bytes
                m_up.remove(0, RecordHeader + length);
                m_phase = Phase::Settle;
                m_settleClock.start();
                m_settleTimer.start(SettleQuietMs);
                return;
            }
            m_phase = Phase::Application;
            return;
        }
        toServer(m_up.left(RecordHeader + length));
        m_up.remove(0, RecordHeader + length);
    }
}

void FaultProxyLink::endSettle()
{
    m_phase = Phase::Application;
    if (!m_up.isEmpty()) {
        const QByteArray bytes = std::exchange(m_up, {});
        requestBytes(bytes);
    }
}

void FaultProxyLink::requestBytes(const QByteArray &bytes)
{
    if (m_turn != Turn::Request) {
        if (holdingResponse()) {
            // A new request while a response is held: let the held one go first.
            m_responseTimer.stop();
            flushHeldResponse();
        }
        m_turn = Turn::Request;
        m_draw = m_proxy->draw();
        m_delayOver = false;
        qCDebug(lcFaultProxy) << "exchange" << FaultProxy::faultName(m_draw.fault);
        if (m_draw.fault == FaultProxy::Fault::DropBeforeRequest) {
            // Some of the request, never all of it.
            toServer(bytes.left(qsizetype(m_draw.param * double(bytes.size()))));
            close(false);
            return;
        }
    }
    toServer(bytes);
}

void FaultProxyLink::fromServer()
{
    if (m_phase == Phase::Closed)
        return;
    const QByteArray bytes = m_server->readAll();
    ackNow(m_server);
    if (bytes.isEmpty())
        return;
    switch (m_phase) {
    case Phase::Handshake:
        handshakeFromServer(bytes);
        return;
    case Phase::Settle:
        m_ticketSeen = true;
        m_settleTimer.start(SettleQuietMs);
        toClient(bytes);
        return;
    case Phase::Application:
        responseBytes(bytes);
        return;
    case Phase::Closed:
        return;
    }
}

void FaultProxyLink::handshakeFromServer(const QByteArray &bytes)
{
    if (m_tlsVersion == 0) {
        m_serverHello += bytes;
        m_tlsVersion = serverHelloVersion(m_serverHello);
        if (m_tlsVersion != 0)
            m_serverHello.clear();
    }
    toClient(bytes);
}

bool FaultProxyLink::holdingResponse() const
{
    return m_turn == Turn::Response && !m_delayOver
           && (m_draw.fault == FaultProxy::Fault::Delay || m_draw.fault == FaultProxy::Fault::TruncateResponse);
}

void FaultProxyLink::responseBytes(const QByteArray &bytes)
{
    using Fault = FaultProxy::Fault;
    if (m_turn == Turn::Idle) {
        toClient(bytes); // nothing was asked: an alert, a late ticket
        return;
    }
    if (m_turn == Turn::Request) {
        m_turn = Turn::Response;
        switch (m_draw.fault) {
        case Fault::DropAfterRequest:
            close(false);
            return;
        case Fault::DropMidResponse:
            // Some of the first chunk (at least one byte when it has two), never all of it.
            toClient(bytes.left(bytes.size() <= 1 ? 0 : 1 + qsizetype(m_draw.param * double(bytes.size() - 1))));
            close(false);
            return;
        case Fault::Delay: {
            const int span = m_proxy->m_delayMaxMs - m_proxy->m_delayMinMs;
            m_heldDown = bytes;
            m_responseTimer.start(m_proxy->m_delayMinMs + int(m_draw.param * double(span)));
            return;
        }
        case Fault::TruncateResponse:
            m_heldDown = bytes;
            m_responseTimer.start(ResponseQuietMs);
            return;
        case Fault::Pass:
        case Fault::DropBeforeRequest:
            break;
        }
        toClient(bytes);
        return;
    }
    if (holdingResponse()) {
        m_heldDown += bytes;
        if (m_draw.fault == Fault::TruncateResponse)
            m_responseTimer.start(ResponseQuietMs);
        return;
    }
    toClient(bytes);
}

void FaultProxyLink::flushHeldResponse()
{
    m_delayOver = true;
    toClient(std::exchange(m_heldDown, {}));
}

void FaultProxyLink::truncateHeldResponse()
{
    m_delayOver = true;
    const QByteArray held = std::exchange(m_heldDown, {});
    // Keep the records whole where there are several, so the client sees a short HTTP answer
    // rather than only a broken TLS record; else cut inside the only one.
    qsizetype keep = 0;
    qsizetype p = 0;
    while (p + RecordHeader <= held.size()) {
        const qsizetype next = p + RecordHeader + recordLength(held, p);
        if (next >= held.size())
            break;
        keep = next;
        p = next;
    }
    if (keep == 0)
        keep = qsizetype(m_draw.param * double(held.size()));
    toClient(held.left(keep));
    close(true);
}

void FaultProxyLink::toServer(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    m_proxy->m_bytesToServer += bytes.size();
    if (m_phase != Phase::Handshake)
        m_proxy->m_requestBytesToServer += bytes.size();
    m_server->write(bytes);
}

void FaultProxyLink::toClient(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    m_proxy->m_bytesToClient += bytes.size();
    m_client->write(bytes);
}

void FaultProxyLink::serverGone()
{
    if (m_phase == Phase::Closed)
        return;
    // Pass on what the server still sent, then its close.
    if (m_server->bytesAvailable() > 0)
        fromServer();
    if (m_phase == Phase::Closed)
        return;
    if (holdingResponse()) {
        m_responseTimer.stop();
        if (m_draw.fault == FaultProxy::Fault::TruncateResponse) {
            truncateHeldResponse();
            return;
        }
        flushHeldResponse();
    }
    close(true);
}

void FaultProxyLink::clientGone()
{
    if (m_phase == Phase::Closed)
        return;
    if (m_client->bytesAvailable() > 0)
        fromClient();
    if (m_phase == Phase::Closed)
        return;
    if (!m_up.isEmpty() && m_serverConnected)
        toServer(std::exchange(m_up, {}));
    close(true);
}

void FaultProxyLink::close(bool graceful)
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_settleTimer.stop();
    m_responseTimer.stop();
    // Bytes already handed over go out first; a drop means "nothing more", not "less than
    // was forwarded".
    for (QTcpSocket *s : {m_client, m_server}) {
        s->flush();
        if (graceful)
            s->disconnectFromHost();
        else
            s->abort();
    }
    m_proxy->linkClosed(this);
}

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
{
}

FaultProxy::~FaultProxy()
{
    stop();
}

bool FaultProxy::start(const QHostAddress &targetHost, quint16 targetPort)
{
    stop();
    m_targetHost = targetHost;
    m_targetPort = targetPort;
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

bool FaultProxy::start(const QUrl &serverUrl)
{
    QHostAddress host(serverUrl.host());
    if (host.isNull() && serverUrl.host() == u"localhost"_s)
        host = QHostAddress::LocalHost;
    if (host.isNull() || serverUrl.port() <= 0) {
        m_error = u"not a loopback URL with a port: "_s + serverUrl.toString();
        return false;
    }
    return start(host, quint16(serverUrl.port()));
}

void FaultProxy::stop()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    const QList<FaultProxyLink *> links = m_links;
    for (FaultProxyLink *link : links)
        link->close(false);
}

quint16 FaultProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FaultProxy::url() const
{
    QUrl u;
    u.setScheme(u"https"_s);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(port());
    return u;
}

void FaultProxy::setSeed(quint64 seed)
{
    m_rng.seed(quint32(seed ^ (seed >> 32)));
}

void FaultProxy::setDelayRange(int minMs, int maxMs)
{
    m_delayMinMs = qMax(0, minMs);
    m_delayMaxMs = qMax(m_delayMinMs, maxMs);
}

FaultProxy::Draw FaultProxy::draw()
{
    // Always three numbers per exchange, so one seed gives one sequence whatever the settings.
    const double roll = m_rng.generateDouble();
    const double burstRoll = m_rng.generateDouble();
    Draw d;
    d.param = m_rng.generateDouble();
    QList<Fault> breaking = m_enabled;
    breaking.removeAll(Fault::Delay);
    breaking.removeAll(Fault::Pass);
    if (m_forced) {
        d.fault = *m_forced;
    } else if (m_burstLeft > 0 && !breaking.isEmpty()) {
        --m_burstLeft;
        ++m_burstExchanges;
        d.fault = breaking.at(qMin(breaking.size() - 1, qsizetype(burstRoll * double(breaking.size()))));
    } else if (!m_enabled.isEmpty()) {
        // Bursts add faults of their own and are not rolled for; start fewer so that about
        // m_rate of all exchanges end up faulted: with E faults per start and s the chance to
        // start, the faulted share is s·E / (1 + s·(E − 1)).
        const double share = breaking.isEmpty() ? 0 : double(breaking.size()) / double(m_enabled.size());
        const double perStart = 1 + share * m_burstChance * (m_burstMin + m_burstMax) / 2.0;
        const double startRate = m_rate / (perStart - m_rate * (perStart - 1));
        if (roll < startRate) {
            d.fault = m_enabled.at(qMin(m_enabled.size() - 1, qsizetype(roll / startRate * double(m_enabled.size()))));
            if (d.fault != Fault::Delay && burstRoll < m_burstChance && m_burstMax > 0) {
                m_burstLeft = m_burstMin + int(d.param * double(m_burstMax - m_burstMin + 1));
                ++m_bursts;
            }
        }
    }
    ++m_counts[size_t(d.fault)];
    return d;
}

void FaultProxy::setBursts(double chance, int minFollowing, int maxFollowing)
{
    m_burstChance = qBound(0.0, chance, 1.0);
    m_burstMin = qMax(0, minFollowing);
    m_burstMax = qMax(m_burstMin, maxFollowing);
}

int FaultProxy::faulted() const
{
    return exchanges() - count(Fault::Pass);
}

int FaultProxy::exchanges() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), 0);
}

void FaultProxy::resetCounters()
{
    m_counts.fill(0);
    m_connections = 0;
    m_bytesToServer = 0;
    m_requestBytesToServer = 0;
    m_bytesToClient = 0;
}

QString FaultProxy::faultName(Fault fault)
{
    QString name = QString::fromLatin1(QMetaEnum::fromType<Fault>().valueToKey(int(fault)));
    if (!name.isEmpty())
        name[0] = name[0].toLower();
    return name;
}

QString FaultProxy::summary() const
{
    QString s = u"connections=%1 exchanges=%2 faulted=%3 (%4%) bursts=%5 (%6 exchanges)"_s.arg(m_connections)
                    .arg(exchanges())
                    .arg(faulted())
                    .arg(exchanges() ? 100.0 * faulted() / exchanges() : 0.0, 0, 'f', 1)
                    .arg(m_bursts)
                    .arg(m_burstExchanges);
    for (int f = 0; f < FaultCount; ++f)
        s += u" %1=%2"_s.arg(faultName(Fault(f))).arg(m_counts[size_t(f)]);
    return s;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_connections;
        m_links.append(new FaultProxyLink(this, client));
    }
}

void FaultProxy::linkClosed(FaultProxyLink *link)
{
    m_links.removeOne(link);
    link->deleteLater();
}
