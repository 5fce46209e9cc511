#pragma once

#include "apiserver.h"

namespace Courtyard::Server {

class Database;
class Registry;
class WriteLimiter;

/// Photos, stored once under their SHA-256: PUT checks the hash, the type and the size, and
/// stores only bytes that decode whole as the declared type (Qt's image reader, header
/// dimensions checked before any pixel is decoded); uploads are rate limited per user;
/// GET serves them to whoever uploaded them or may see a record that shows them (the links
/// modules make with Attachments::link, read by each entity's scope).
class AttachmentService
{
public:
    /// The largest picture accepted: pixels a side, pixels in all.
    static constexpr int MaxSide = 12000;
    static constexpr qint64 MaxPixels = 40'000'000;

    AttachmentService(Database &db, const Registry &registry, const QString &directory, WriteLimiter &limiter);
    bool prepare(QString *error);
    void registerRoutes(ApiServer &server);

private:
    void put(const Context &ctx);
    void get(const Context &ctx);
    [[nodiscard]] QString pathFor(const QString &sha256) const;
    [[nodiscard]] bool mayRead(const Principal &who, const QString &sha256);

    Database &m_db;
    const Registry &m_registry;
    WriteLimiter &m_limiter;
    QString m_dir;
};

} // namespace Courtyard::Server
