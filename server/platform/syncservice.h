#pragma once

#include "apiserver.h"

#include <QJsonObject>

namespace Courtyard::Server {

class Database;
class Registry;
class Revisions;

/// GET /v1/sync: everything that changed since a cursor, in revision order, in pages,
/// filtered to what the caller's role and estates reach (each registered entity's scope),
/// deletions as tombstones. A cursor beyond the store's newest revision (a store restored
/// from a backup) is answered with `reset`: the client starts over.
class SyncService
{
public:
    SyncService(Database &db, const Registry &registry, Revisions &revisions);
    void registerRoutes(ApiServer &server);

private:
    struct Change
    {
        qint64 rev = 0;
        QString entity;
        QString id;
        QJsonObject data; ///< empty for a delete
    };
    void pull(const Context &ctx);
    /// Up to `limit` changes after `since` from every source the principal may read.
    QList<Change> collect(const Principal &p, qint64 since, int limit);

    Database &m_db;
    const Registry &m_registry;
    Revisions &m_revisions;
};

} // namespace Courtyard::Server
