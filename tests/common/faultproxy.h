#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QUrl>

#include <array>
#include <optional>

class QTcpServer;
class FaultProxyLink;

/**
 * A TCP proxy for tests that sits between a client and a server on loopback and breaks some
 * of the traffic on purpose, drawn from a seeded random generator.
 *
 * It forwards raw bytes, so TLS passes through untouched and the client still checks the real
 * server's certificate. To know where a request and its response begin it reads only the
 * plaintext TLS record headers and the ServerHello: the handshake always passes; after it,
 * bytes from the client start a request and the first bytes from the server after them start
 * its response. Each such request/response exchange (the first of a connection and every later
 * one on a kept-alive connection) gets one fault:
 *
 * - Pass: forwarded as is.
 * - DropBeforeRequest: only a prefix of the request reaches the server, then both sides are
 *   closed; the server never sees a whole request.
 * - DropAfterRequest: the whole request reaches the server; when its response starts, both
 *   sides are closed and no response byte reaches the client.
 * - DropMidResponse: a prefix of the response's first chunk reaches the client, then both
 *   sides are closed.
 * - Delay: the response is held back for a while (setDelayRange), then passes.
 * - TruncateResponse: the response is collected until the server goes quiet, then all but its
 *   tail is forwarded and the client side is closed gracefully (FIN, no TLS close_notify).
 *
 * With TLS 1.3 the proxy holds the first request of a connection back until the server's
 * post-handshake session tickets have gone by (10 ms after them, 250 ms at most without), so
 * they are not taken for the start of a response. Non-TLS streams are handled too (everything
 * is request/response turns). It runs in the thread that owns it, on its event loop.
 *
 * QNetworkAccessManager resends a request on a new connection by itself when one closes
 * before any of the response could be decrypted; see setBursts() for faults that get past it.
 */
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault { Pass, DropBeforeRequest, DropAfterRequest, DropMidResponse, Delay, TruncateResponse };
    Q_ENUM(Fault)
    static constexpr int FaultCount = 6;

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    /// Listens on 127.0.0.1 (a free port) and forwards every connection to \a target.
    bool start(const QHostAddress &targetHost, quint16 targetPort);
    /// Same, for the host and port of \a serverUrl (e.g. TestServer::baseUrl()).
    bool start(const QUrl &serverUrl);
    /// Stops listening and closes every open connection.
    void stop();
    [[nodiscard]] quint16 port() const;
    /// "https://127.0.0.1:PORT": the server's base URL, through the proxy.
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] QString errorString() const { return m_error; }

    /// Restarts the random sequence (faults and their parameters).
    void setSeed(quint64 seed);
    /// Share of exchanges (0..1) that get a fault other than Pass; 0 by default.
    void setFaultRate(double rate) { m_rate = rate; }
    [[nodiscard]] double faultRate() const { return m_rate; }
    /// The faults drawn from (uniformly) when an exchange is faulted; all but Pass by default.
    void setEnabledFaults(const QList<Fault> &faults) { m_enabled = faults; }
    /// Every exchange gets \a fault (self-tests); std::nullopt goes back to drawing.
    void setForcedFault(std::optional<Fault> fault) { m_forced = fault; }
    void setDelayRange(int minMs, int maxMs);
    /**
     * Makes some faults outages: with probability \a chance a breaking fault (not Delay) is
     * followed by \a minFollowing to \a maxFollowing more breaking faults on the next
     * exchanges. QNetworkAccessManager resends a request by itself (up to 3 times) when a
     * connection closes before any of the response could be read — which, as a response is
     * usually one TLS record, is every fault here — so only a run of faults reaches the
     * application. The rate still holds for all exchanges: fewer faults start. Off by default.
     */
    void setBursts(double chance, int minFollowing, int maxFollowing);

    /// Exchanges that got \a fault so far.
    [[nodiscard]] int count(Fault fault) const { return m_counts[size_t(fault)]; }
    /// Outages started (setBursts) and the exchanges they faulted after their first.
    [[nodiscard]] int bursts() const { return m_bursts; }
    [[nodiscard]] int burstExchanges() const { return m_burstExchanges; }
    /// Exchanges that got any fault but Pass.
    [[nodiscard]] int faulted() const;
    [[nodiscard]] int exchanges() const;
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] qint64 bytesToServer() const { return m_bytesToServer; }
    [[nodiscard]] qint64 bytesToClient() const { return m_bytesToClient; }
    /// Bytes that reached the server after the TLS handshake: requests (and closing alerts).
    /// Zero when a client refused the server before sending anything.
    [[nodiscard]] qint64 requestBytesToServer() const { return m_requestBytesToServer; }
    [[nodiscard]] int openConnections() const { return int(m_links.size()); }
    void resetCounters();
    /// "connections=… exchanges=… pass=… dropBeforeRequest=…" for test output.
    [[nodiscard]] QString summary() const;
    [[nodiscard]] static QString faultName(Fault fault);

private:
    friend class FaultProxyLink;

    struct Draw
    {
        Fault fault = Fault::Pass;
        double param = 0; ///< in [0, 1): where to cut, how long to wait
    };
    Draw draw();
    void onNewConnection();
    void linkClosed(FaultProxyLink *link);

    QTcpServer *m_server = nullptr;
    QHostAddress m_targetHost;
    quint16 m_targetPort = 0;
    QString m_error;
    QRandomGenerator m_rng{1};
    double m_rate = 0;
    QList<Fault> m_enabled{Fault::DropBeforeRequest, Fault::DropAfterRequest, Fault::DropMidResponse,
                           Fault::Delay, Fault::TruncateResponse};
    std::optional<Fault> m_forced;
    int m_delayMinMs = 50;
    int m_delayMaxMs = 300;
    double m_burstChance = 0;
    int m_burstMin = 0;
    int m_burstMax = 0;
    int m_burstLeft = 0;
    int m_bursts = 0;
    int m_burstExchanges = 0;
    std::array<int, FaultCount> m_counts{};
    int m_connections = 0;
    qint64 m_bytesToServer = 0;
    qint64 m_bytesToClient = 0;
    qint64 m_requestBytesToServer = 0;
    QList<FaultProxyLink *> m_links;
};
