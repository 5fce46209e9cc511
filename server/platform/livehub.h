#pragma once

#include "apiserver.h"
#include "principal.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariant>

#include <memory>

namespace Courtyard::Server {

class Database;
class Registry;
class Revisions;
class WebSocketConnection;

/**
 * Live updates (GET /v1/live, a WebSocket on the HTTPS port): tells connected apps "pull
 * now" when a change they may see was committed — by this process or, through Revisions,
 * by any other on the same store. A poke carries no data; what the app may read is decided
 * by its pull as always.
 *
 * - The access token comes in the first message, `{"type":"hello","token":"…"}`, within 10 s
 *   (never in the URL: an upgrade with a query is closed with 1008). It is checked like a
 *   request's bearer token; a refusal closes with 4401 and the error code as reason
 *   (`invalid_token`, `token_expired`, `session_revoked`). The server answers
 *   `{"type":"ready"}`; the app then pulls once (what changed while it was away).
 * - Every second each socket's token is checked again, so a revoked session's socket (on any
 *   process: revocations travel through the store) or an expired token closes with 4401, and
 *   the principal (role, estates, units) follows the account.
 * - Whom to poke: when the head advances from H0 to H1, the hub reads the rows of every
 *   synced entity and the tombstones with H0 < rev <= H1 — only the columns their scopes read —
 *   and pokes each client for whom one of those rows matches its role's scope (the same
 *   Scope the pull filters by, read in C++). That is exactly "a pull since H0 would bring
 *   something", except for scopes through a link table (a colleague's estates), which count
 *   as matching any client with an estate: a few extra pokes, never a missed one. More than
 *   MaxRowsPerBatch rows at once poke everyone.
 * - `{"type":"poke"}` is sent at most once per batch (advances within CoalesceMs are one).
 */
class LiveHub : public QObject
{
    Q_OBJECT
public:
    static constexpr int HelloTimeoutMs = 10'000;
    static constexpr int RecheckMs = 1'000;
    static constexpr int MaxRowsPerBatch = 2'000;
    /// Advances that arrive together are read as one batch after this delay.
    static constexpr int CoalesceMs = 10;

    LiveHub(Database &db, const Registry &registry, Revisions &revisions, ApiServer &http, QObject *parent = nullptr);
    ~LiveHub() override;

    /// Registers GET /v1/live on @p http (the front hands the upgraded socket over).
    void registerRoutes(ApiServer &http);

    [[nodiscard]] int connectionCount() const { return int(m_clients.size()); }

private:
    struct Client
    {
        QPointer<WebSocketConnection> socket;
        Context ctx;
        bool ready = false;
        QString userId;
        QString sessionId;
    };
    /// One changed row: its entity's index (-1: a tombstone) and the scope columns' values.
    struct Row
    {
        int entity = -1;
        QHash<QString, QVariant> values;
    };

    void accept(const Context &ctx, QSslSocket *socket, const QByteArray &pending);
    void onText(WebSocketConnection *socket, const QByteArray &text);
    void onClosed(WebSocketConnection *socket);
    void recheckAll();
    /// Checks the client's current token; false (and closes the socket) when it is refused.
    bool authenticate(Client &client);
    void processBatch();
    [[nodiscard]] bool readRows(qint64 from, qint64 to, QList<Row> *rows, bool *overflow);
    [[nodiscard]] bool mayChange(const Principal &p, const QList<Row> &rows) const;
    void poke(Client &client);

    Database &m_db;
    const Registry &m_registry;
    Revisions &m_revisions;
    ApiServer &m_http;
    QHash<WebSocketConnection *, Client> m_clients;
    /// Per entity (by index in the registry): the real columns its scopes read, and the
    /// pseudo-columns of link tables (answered "any of the viewer's estates").
    QList<QStringList> m_columns;
    QList<QStringList> m_linked;
    QStringList m_tombstoneColumns;
    qint64 m_processed = 0;
    QTimer m_batchTimer;
    QTimer m_recheckTimer;
};

} // namespace Courtyard::Server
