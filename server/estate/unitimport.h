#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Courtyard::Server {

class Database;
class Registry;

/**
 * The unit import: a CSV of an estate's units (building, number, floor, area and optionally
 * purpose and status), from the console (`courtyard-server import-units --estate E FILE`)
 * and from the staff app (POST /v1/estates/{estateId}/units/import, managers only).
 *
 * Every row is checked before anything is written; one bad row and nothing is. A clean
 * file is applied in one revisioned transaction: new units are added, existing ones (by
 * building and number) get what differs, unchanged rows keep their revision, nothing is
 * deleted. So the same file imported twice changes nothing the second time.
 */
namespace UnitImport {

inline constexpr qint64 MaxBytes = 10 * 1024 * 1024;
inline constexpr int MaxRows = 50000;
/// Problems listed in one answer; problemCount tells how many there were in all.
inline constexpr int MaxProblems = 200;
inline constexpr int NumberMax = 32;

struct Problem
{
    int line = 0; ///< 1-based; the header is line 1
    QString reason;
};

struct Result
{
    enum class Status { Applied, Invalid, TooLarge, NoEstate, Failed };
    Status status = Status::Failed;
    int rows = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    bool dryRun = false;
    QString encoding;          ///< "UTF-8" or "GB18030", as detected
    QString message;           ///< for everything but Applied
    QList<Problem> problems;   ///< at most MaxProblems
    int problemCount = 0;
};

struct Request
{
    QString estateId;
    QByteArray bytes;
    bool dryRun = false;
    QString actorId; ///< empty for the console
    QString address; ///< the client's address; empty for the console
    qint64 now = 0;
};

/// Checks and (unless a dry run) applies one file.
Result run(Database &db, const Request &request);

/// The console command and the route, from EstateModule::registerWith.
void registerWith(Registry &registry);

} // namespace UnitImport
} // namespace Courtyard::Server
