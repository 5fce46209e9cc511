#pragma once

#include "apiserver.h"

#include <QJsonObject>

namespace Courtyard::Server {

class Database;
class Revisions;

/// GET /v1/sync: everything that changed since a cursor, in revision order, in pages,
/// filtered to what the caller's role and estates reach, deletions as tombstones.
class SyncService
{
public:
    SyncService(Database &db, Revisions &revisions);
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
    Revisions &m_revisions;
};

} // namespace Courtyard::Server
