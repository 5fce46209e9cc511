// bench_live: N live clients of a running courtyard-server (see bench/live-bench.sh).
//
//   bench_live --base https://127.0.0.1:PORT --ca ca.pem --tokens FILE --clients N
//              [--writer-token T --unit UNIT --rounds R]   latency: R changes, each timed
//              [--idle SECONDS]                              memory: connect, then hold
//
// Every client has a WebSocket to /v1/live (hello with a token from FILE, round-robin) and an
// HTTPS connection of its own (QNetworkAccessManager) for /v1/sync. In latency mode the writer
// submits a ticket; each client, on its poke, pulls from its cursor and notes when the change
// is there. Prints one JSON line: poke and visible latencies (p50, p95, max, ms) over all
// clients and rounds, and how many clients missed a round.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_clock;

struct Client
{
    QWebSocket socket;
    QNetworkAccessManager nam;
    QString token;
    qint64 cursor = 0;
    bool ready = false;
    bool pulling = false;
    bool again = false;
    // Per round: when the poke came and when the change was seen (ms on g_clock), -1 = not yet.
    qint64 pokeAt = -1;
    qint64 seenAt = -1;
    bool watcher = true;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addOptions({{u"base"_s, u"server base URL"_s, u"url"_s},
                    {u"ca"_s, u"CA certificate (PEM)"_s, u"file"_s},
                    {u"tokens"_s, u"access tokens, one a line"_s, u"file"_s},
                    {u"clients"_s, u"live clients"_s, u"n"_s, u"500"_s},
                    {u"writer-token"_s, u"the writer's access token"_s, u"token"_s},
                    {u"unit"_s, u"the writer's unit"_s, u"id"_s},
                    {u"rounds"_s, u"changes to time"_s, u"n"_s, u"20"_s},
                    {u"cursor"_s, u"the clients' starting cursor"_s, u"rev"_s, u"0"_s},
                    {u"watchers"_s, u"clients (of --clients) that see the change: the first ones"_s, u"n"_s},
                    {u"bystander-tokens"_s, u"tokens of the other clients (who cannot see it)"_s, u"file"_s},
                    {u"pace-us"_s, u"microseconds between two connection attempts"_s, u"us"_s, u"250"_s},
                    {u"idle"_s, u"connect, then hold this many seconds (memory mode)"_s, u"s"_s}});
    cli.process(app);
    g_clock.start();

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(cli.value(u"ca"_s)));
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    const QUrl base(cli.value(u"base"_s));
    QUrl wss = base;
    wss.setScheme(u"wss"_s);
    wss.setPath(u"/v1/live"_s);

    auto readTokens = [](const QString &path) {
        QStringList tokens;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return tokens;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                tokens << QString::fromLatin1(line.trimmed());
        }
        return tokens;
    };
    const QStringList tokens = readTokens(cli.value(u"tokens"_s));
    const QStringList bystanderTokens = readTokens(cli.value(u"bystander-tokens"_s));
    const int n = cli.value(u"clients"_s).toInt();
    const int watchers = cli.isSet(u"watchers"_s) ? cli.value(u"watchers"_s).toInt() : n;
    if (tokens.isEmpty() || (watchers < n && bystanderTokens.isEmpty())) {
        std::fprintf(stderr, "bench_live: no tokens\n");
        return 2;
    }
    const int paceUs = cli.value(u"pace-us"_s).toInt();
    QMap<int, int> closeCodes;
    const qint64 startCursor = cli.value(u"cursor"_s).toLongLong();
    std::vector<std::unique_ptr<Client>> clients;
    int ready = 0, closed = 0;
    int round = -1;
    qint64 roundStart = 0;
    QString roundTicket;
    std::function<void(Client *)> pull;

    auto request = [&](const QString &path, const QString &token) {
        QNetworkRequest r(QUrl(base.toString() + path));
        r.setSslConfiguration(ssl);
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        return r;
    };
    pull = [&](Client *c) {
        if (c->pulling) {
            c->again = true;
            return;
        }
        c->pulling = true;
        QNetworkReply *reply = c->nam.get(request(u"/v1/sync?since=%1"_s.arg(c->cursor), c->token));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, c, reply] {
            reply->deleteLater();
            c->pulling = false;
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->error() == QNetworkReply::NoError) {
                c->cursor = page.value(u"cursor"_s).toInteger(c->cursor);
                for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
                    if (c->seenAt < 0 && !roundTicket.isEmpty() && v.toObject().value(u"id"_s).toString() == roundTicket)
                        c->seenAt = g_clock.elapsed();
                }
                if (page.value(u"hasMore"_s).toBool())
                    c->again = true;
            }
            if (c->again) {
                c->again = false;
                pull(c);
            }
        });
    };

    for (int i = 0; i < n; ++i) {
        auto c = std::make_unique<Client>();
        Client *raw = c.get();
        raw->watcher = i < watchers;
        raw->token = raw->watcher ? tokens.at(i % tokens.size()) : bystanderTokens.at(i % bystanderTokens.size());
        raw->cursor = startCursor;
        raw->socket.setSslConfiguration(ssl);
        QObject::connect(&raw->socket, &QWebSocket::connected, &raw->socket, [raw] {
            raw->socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"hello"_s},
                                                                                    {u"token"_s, raw->token}})
                                                              .toJson(QJsonDocument::Compact)));
        });
        QObject::connect(&raw->socket, &QWebSocket::textMessageReceived, &raw->socket, [&, raw](const QString &text) {
            if (text.contains(u"\"ready\""_s)) {
                if (!raw->ready)
                    ++ready;
                raw->ready = true;
            } else if (text.contains(u"\"poke\""_s)) {
                if (raw->pokeAt < 0 && round >= 0)
                    raw->pokeAt = g_clock.elapsed();
                pull(raw);
            }
        });
        QObject::connect(&raw->socket, &QWebSocket::disconnected, &raw->socket, [&, raw] {
            ++closed;
            ++closeCodes[int(raw->socket.closeCode())];
        });
        QNetworkRequest r(wss);
        r.setSslConfiguration(ssl);
        // Spread the handshakes a little, as phones would.
        QTimer::singleShot(int(qint64(i) * paceUs / 1000), &raw->socket, [raw, r] { raw->socket.open(r); });
        clients.push_back(std::move(c));
    }

    QElapsedTimer wait;
    wait.start();
    while (ready + closed < n && wait.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    std::fprintf(stderr, "bench_live: %d of %d clients ready (%d closed) after %lld ms\n", ready, n, closed,
                 wait.elapsed());
    for (auto it = closeCodes.cbegin(); it != closeCodes.cend(); ++it)
        std::fprintf(stderr, "bench_live:   %d closed with %d\n", it.value(), it.key());
    if (ready < n && !cli.isSet(u"idle"_s))
        return 1;

    if (cli.isSet(u"idle"_s)) {
        std::printf("READY %d\n", ready);
        std::fflush(stdout);
        const int closedBefore = closed;
        QTimer::singleShot(cli.value(u"idle"_s).toInt() * 1000, &app, &QCoreApplication::quit);
        app.exec();
        std::printf("{\"clients\":%d,\"ready\":%d,\"closedWhileIdle\":%d}\n", n, ready, closed - closedBefore);
        return ready == n && closed == 0 ? 0 : 1;
    }

    // Every client's HTTPS connection opened and its cursor current before timing.
    for (auto &c : clients)
        pull(c.get());
    wait.restart();
    while (wait.elapsed() < 60000
           && std::any_of(clients.begin(), clients.end(), [](const auto &c) { return c->pulling; }))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    QNetworkAccessManager writerNam;
    const QString writer = cli.value(u"writer-token"_s);
    const QString unit = cli.value(u"unit"_s);
    const int rounds = cli.value(u"rounds"_s).toInt();
    std::vector<double> pokeMs, visibleMs;
    int missed = 0, bystanderPokes = 0;
    for (round = 0; round < rounds; ++round) {
        for (auto &c : clients)
            c->pokeAt = c->seenAt = -1;
        roundTicket = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject command{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                  {u"type"_s, u"ticket.submit"_s},
                                  {u"payload"_s, QJsonObject{{u"ticketId"_s, roundTicket},
                                                             {u"kind"_s, u"repair"_s},
                                                             {u"category"_s, u"plumbing"_s},
                                                             {u"description"_s, u"live bench %1"_s.arg(round)},
                                                             {u"unitId"_s, unit}}}};
        QNetworkRequest r = request(u"/v1/commands"_s, writer);
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        roundStart = g_clock.elapsed();
        QNetworkReply *reply = writerNam.post(r, QJsonDocument(command).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply] {
            if (reply->error() != QNetworkReply::NoError)
                std::fprintf(stderr, "bench_live: the command failed: %s\n", qPrintable(reply->errorString()));
            reply->deleteLater();
        });
        wait.restart();
        while (wait.elapsed() < 10000
               && std::any_of(clients.begin(), clients.end(), [](const auto &c) { return c->watcher && c->seenAt < 0; }))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        for (auto &c : clients) {
            if (!c->watcher) {
                bystanderPokes += c->pokeAt >= 0 ? 1 : 0;
                continue;
            }
            if (c->seenAt < 0) {
                ++missed;
                continue;
            }
            visibleMs.push_back(double(c->seenAt - roundStart));
            if (c->pokeAt >= 0)
                pokeMs.push_back(double(c->pokeAt - roundStart));
        }
        std::fprintf(stderr, "bench_live: round %d: all seen after %lld ms\n", round, wait.elapsed());
        // Let the server settle between changes.
        wait.restart();
        while (wait.elapsed() < 500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    std::printf("{\"clients\":%d,\"watchers\":%d,\"bystanderPokes\":%d,\"rounds\":%d,\"samples\":%zu,\"missed\":%d,"
                "\"pokeP50\":%.1f,\"pokeP95\":%.1f,\"pokeMax\":%.1f,"
                "\"visibleP50\":%.1f,\"visibleP95\":%.1f,\"visibleMax\":%.1f,\"closed\":%d}\n",
                n, watchers, bystanderPokes, rounds, visibleMs.size(), missed, percentile(pokeMs, 0.5), percentile(pokeMs, 0.95),
                percentile(pokeMs, 1.0), percentile(visibleMs, 0.5), percentile(visibleMs, 0.95),
                percentile(visibleMs, 1.0), closed);
    return missed == 0 ? 0 : 1;
}
