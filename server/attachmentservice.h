#pragma once

#include "apiserver.h"

namespace Courtyard::Server {

class Database;

/// Photos, stored once under their SHA-256: PUT checks the hash, the type and the size;
/// GET serves them to whoever uploaded them or may see an order that shows them.
class AttachmentService
{
public:
    AttachmentService(Database &db, const QString &directory);
    bool prepare(QString *error);
    void registerRoutes(ApiServer &server);

private:
    void put(const Context &ctx);
    void get(const Context &ctx);
    [[nodiscard]] QString pathFor(const QString &sha256) const;
    [[nodiscard]] bool mayRead(const Principal &who, const QString &sha256);

    Database &m_db;
    QString m_dir;
};

} // namespace Courtyard::Server
