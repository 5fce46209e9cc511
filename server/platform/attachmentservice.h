#pragma once

#include "apiserver.h"

namespace Courtyard::Server {

class Database;
class Registry;

/// Photos, stored once under their SHA-256: PUT checks the hash, the type and the size;
/// GET serves them to whoever uploaded them or may see a record that shows them (the links
/// modules make with Attachments::link, read by each entity's scope).
class AttachmentService
{
public:
    AttachmentService(Database &db, const Registry &registry, const QString &directory);
    bool prepare(QString *error);
    void registerRoutes(ApiServer &server);

private:
    void put(const Context &ctx);
    void get(const Context &ctx);
    [[nodiscard]] QString pathFor(const QString &sha256) const;
    [[nodiscard]] bool mayRead(const Principal &who, const QString &sha256);

    Database &m_db;
    const Registry &m_registry;
    QString m_dir;
};

} // namespace Courtyard::Server
