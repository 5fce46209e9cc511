#pragma once

#include <QJsonArray>
#include <QString>

namespace Courtyard::Server {

class Database;

/**
 * The audit log of administrative acts (accounts, roles, join codes, residents, imports,
 * settings, password resets): who, when, what and from which address. Every module writes
 * to it through record(); managers read it through GET /v1/audit (the estate module).
 * A summary never holds a password, a code or a whole phone number: callers pass masked
 * phones (Json::maskPhone) and name codes by their id.
 */
namespace AuditLog {

struct Entry
{
    QString estateId;   ///< the estate concerned; empty for an act on an account only
    QString actorId;    ///< who did it; empty for the console (CLI)
    QString action;     ///< e.g. "staff.deactivate", "joinCode.issue", "units.import"
    QString targetKind; ///< e.g. "user", "unit", "joinCode"
    QString targetId;
    QString summary;    ///< a short plain sentence, e.g. "Deactivated 张伟 (139****0002)"
    QString address;    ///< the client's address; empty for the console
};

/// Inside the caller's transaction (so the act and its record commit together).
bool record(Database &db, const Entry &entry, qint64 atMs);

struct Filter
{
    QStringList estateIds; ///< the reader's estates (required: never the whole log)
    QString estateId;      ///< one of them, or all of them when empty
    QString actorId;
    qint64 fromMs = 0;     ///< inclusive; 0 for no bound
    qint64 toMs = 0;       ///< exclusive; 0 for no bound
    qint64 beforeMs = 0;   ///< paging: entries strictly older than this (with beforeId)
    QString beforeId;
    int limit = 50;
};

/// Newest first: [{id, at, estateId, actorId, actorName, action, targetKind, targetId,
/// summary, address}]. Entries of the console (no actor) are included.
QJsonArray read(Database &db, const Filter &filter, bool *ok);

} // namespace AuditLog
} // namespace Courtyard::Server
