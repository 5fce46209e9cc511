#include "livehub.h"

#include "database.h"
#include "platformmodule.h"
#include "registry.h"
#include "revisions.h"
#include "scope.h"
#include "websocketconnection.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslSocket>

#include <array>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLive, "courtyard.live")

namespace Courtyard::Server {

namespace {

constexpr std::array<Role, 4> AllRoles{Role::Resident, Role::Agent, Role::Technician, Role::Manager};

const QByteArray PokeMessage = QByteArrayLiteral(R"({"type":"poke"})");
const QByteArray ReadyMessage = QByteArrayLiteral(R"({"type":"ready"})");

/// Close codes of the live channel: 4401 = the token was refused (like HTTP 401).
constexpr quint16 CloseUnauthorized = 4401;
constexpr quint16 ClosePolicy = 1008;

/// The error code of a refusal's JSON body ("invalid_token", "token_expired", ...).
QByteArray refusalCode(const HttpReply &reply)
{
    const QString code = QJsonDocument::fromJson(reply.body).object().value(u"error"_s).toString();
    return code.isEmpty() ? QByteArrayLiteral("unauthorized") : code.toUtf8();
}

void addColumns(QStringList *into, const QStringList &columns)
{
    for (const QString &c : columns) {
        if (!into->contains(c))
            into->append(c);
    }
}

} // namespace

LiveHub::LiveHub(Database &db, const Registry &registry, Revisions &revisions, ApiServer &http, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_registry(registry)
    , m_revisions(revisions)
    , m_http(http)
{
    // The columns each entity's scopes read, split into the table's own and link tables.
    for (const EntitySpec &e : m_registry.entities()) {
        QStringList all;
        for (Role role : AllRoles)
            addColumns(&all, e.visibility(role).columns());
        QStringList own, linked;
        for (const QString &c : std::as_const(all))
            (m_db.hasTable(c) ? linked : own).append(c);
        m_columns.append(own);
        m_linked.append(linked);
    }
    for (Role role : AllRoles)
        addColumns(&m_tombstoneColumns, Tombstones::scopeFor(role).columns());

    m_processed = m_revisions.known();
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(CoalesceMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &LiveHub::processBatch);
    connect(&m_revisions, &Revisions::advanced, this, [this] {
        if (!m_batchTimer.isActive())
            m_batchTimer.start();
    });
    m_recheckTimer.setInterval(RecheckMs);
    connect(&m_recheckTimer, &QTimer::timeout, this, &LiveHub::recheckAll);
    m_recheckTimer.start();
}

LiveHub::~LiveHub()
{
    // The sockets go with the hub (they are its children); no signal reaches it meanwhile.
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->socket)
            disconnect(it->socket, nullptr, this, nullptr);
    }
}

void LiveHub::registerRoutes(ApiServer &http)
{
    http.upgrade(u"/v1/live"_s, [this](const Context &ctx, QSslSocket *socket, const QByteArray &pending) {
        accept(ctx, socket, pending);
    });
}

void LiveHub::accept(const Context &ctx, QSslSocket *socket, const QByteArray &pending)
{
    auto *ws = new WebSocketConnection(socket, pending, this);
    connect(ws, &WebSocketConnection::textReceived, this, [this, ws](const QByteArray &text) { onText(ws, text); });
    connect(ws, &WebSocketConnection::closed, this, [this, ws] { onClosed(ws); });
    // Only the hello's token counts: an Authorization header of the upgrade is not read.
    ctx->authorization.clear();
    m_clients.insert(ws, Client{ws, ctx, false, {}, {}});
    // The token belongs in the first message only: a URL lands in logs and proxies' histories.
    if (!ctx->query.isEmpty()) {
        qCInfo(lcLive).noquote() << "refused: a query in the upgrade URL from" << ctx->remote.toString();
        ws->close(ClosePolicy, "no query: send the token in the hello message");
        return;
    }
    QTimer::singleShot(HelloTimeoutMs, ws, [this, ws] {
        const auto it = m_clients.find(ws);
        if (it != m_clients.end() && !it->ready)
            ws->close(ClosePolicy, "hello expected");
    });
}

void LiveHub::onText(WebSocketConnection *ws, const QByteArray &text)
{
    const auto it = m_clients.find(ws);
    if (it == m_clients.end())
        return;
    QJsonParseError error;
    const QJsonObject message = QJsonDocument::fromJson(text, &error).object();
    const QString type = message.value(u"type"_s).toString();
    if (error.error != QJsonParseError::NoError || type.isEmpty()) {
        ws->close(ClosePolicy, "expected a JSON object with a type");
        return;
    }
    if (type != u"hello") {
        // The app only ever says hello (again, with a renewed token); anything else is ignored
        // once ready, and refused before.
        if (!it->ready)
            ws->close(ClosePolicy, "hello expected");
        return;
    }
    const QJsonValue token = message.value(u"token"_s);
    if (!token.isString() || token.toString().isEmpty() || token.toString().size() > 2048) {
        ws->close(CloseUnauthorized, "invalid_token");
        return;
    }
    const QString before = it->userId;
    it->ctx->authorization = "Bearer " + token.toString().toUtf8();
    if (!authenticate(*it))
        return;
    if (!before.isEmpty() && before != it->userId) {
        ws->close(ClosePolicy, "another account");
        return;
    }
    if (!it->ready) {
        it->ready = true;
        ws->sendText(ReadyMessage);
    }
}

bool LiveHub::authenticate(Client &client)
{
    Authenticator *auth = m_http.authenticator();
    if (!auth) {
        client.socket->close(CloseUnauthorized, "unauthorized");
        return false;
    }
    client.ctx->principal.reset();
    if (std::optional<HttpReply> refused = auth->authenticate(*client.ctx)) {
        client.ctx->authorization.clear();
        client.ctx->principal.reset();
        client.ready = false;
        client.socket->close(CloseUnauthorized, refusalCode(*refused));
        return false;
    }
    client.userId = client.ctx->principal->id;
    client.sessionId = client.ctx->sessionId;
    return true;
}

void LiveHub::recheckAll()
{
    // Revoked sessions (on any process) and expired tokens end here; the principal follows
    // the account (role, estates, units) as the pull's does.
    if (m_db.inTransaction())
        return;
    const QList<WebSocketConnection *> sockets = m_clients.keys();
    for (WebSocketConnection *ws : sockets) {
        const auto it = m_clients.find(ws);
        if (it != m_clients.end() && it->ready && it->socket && it->socket->isOpen())
            authenticate(*it);
    }
}

void LiveHub::onClosed(WebSocketConnection *ws)
{
    m_clients.remove(ws);
}

void LiveHub::processBatch()
{
    if (m_db.inTransaction()) {
        m_batchTimer.start();
        return;
    }
    const qint64 to = m_revisions.known();
    const qint64 from = m_processed;
    if (to <= from)
        return;
    m_processed = to;
    bool ready = false;
    for (const Client &c : std::as_const(m_clients))
        ready = ready || c.ready;
    if (!ready)
        return;
    QElapsedTimer took;
    took.start();
    QList<Row> rows;
    bool overflow = false;
    const bool read = readRows(from, to, &rows, &overflow);
    int poked = 0;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (!it->ready || !it->ctx->principal)
            continue;
        // Unread or too many rows: everyone pulls (a few extra pulls, never a missed change).
        if (!read || overflow || mayChange(*it->ctx->principal, rows)) {
            poke(*it);
            ++poked;
        }
    }
    qCDebug(lcLive).noquote() << u"revisions %1..%2: %3 rows, %4 of %5 sockets poked in %6 ms"_s.arg(from + 1).arg(to).arg(
        rows.size()).arg(poked).arg(m_clients.size()).arg(double(took.nsecsElapsed()) / 1e6, 0, 'f', 2);
}

bool LiveHub::readRows(qint64 from, qint64 to, QList<Row> *rows, bool *overflow)
{
    auto read = [&](int entity, const QString &table, const QStringList &columns) {
        const QString select = columns.isEmpty() ? u"rev"_s : columns.join(u", "_s);
        QSqlQuery &q = m_db.query(u"SELECT %1 FROM %2 WHERE rev > ? AND rev <= ? LIMIT ?"_s.arg(select, table));
        q.bindValue(0, from);
        q.bindValue(1, to);
        q.bindValue(2, MaxRowsPerBatch + 1 - int(rows->size()));
        if (!m_db.execPrepared(q))
            return false;
        while (q.next()) {
            Row row{entity, {}};
            for (int i = 0; i < columns.size(); ++i)
                row.values.insert(columns.at(i), q.value(i));
            rows->append(std::move(row));
        }
        q.finish();
        return true;
    };
    const QList<EntitySpec> &entities = m_registry.entities();
    for (int i = 0; i < entities.size(); ++i) {
        if (!read(i, entities.at(i).table, m_columns.at(i)))
            return false;
        if (rows->size() > MaxRowsPerBatch) {
            *overflow = true;
            return true;
        }
    }
    if (!read(-1, u"tombstones"_s, m_tombstoneColumns))
        return false;
    *overflow = rows->size() > MaxRowsPerBatch;
    return true;
}

bool LiveHub::mayChange(const Principal &p, const QList<Row> &rows) const
{
    const QList<EntitySpec> &entities = m_registry.entities();
    // The scopes of this role, made once per call (a scope is a small shared tree).
    QList<std::optional<Scope>> scopes(entities.size() + 1);
    for (const Row &row : rows) {
        const int slot = row.entity < 0 ? int(entities.size()) : row.entity;
        if (!scopes[slot])
            scopes[slot] = row.entity < 0 ? Tombstones::scopeFor(p.role) : entities.at(row.entity).visibility(p.role);
        const QStringList &linked = row.entity < 0 ? QStringList() : m_linked.at(row.entity);
        const bool visible = scopes[slot]->matches(p, [&](const QString &column) -> QVariant {
            if (linked.contains(column))
                return QVariant(p.estateIds); // a link table: counted as linked to the viewer's estates
            return row.values.value(column);
        });
        if (visible)
            return true;
    }
    return false;
}

void LiveHub::poke(Client &client)
{
    // 17 bytes; a peer that stops reading is cut off by the connection's unsent-bytes cap.
    if (client.socket)
        client.socket->sendText(PokeMessage);
}

} // namespace Courtyard::Server
