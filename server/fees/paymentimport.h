#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Courtyard::Server {

class Database;
class Registry;
struct ServerConfig;

/**
 * The payment import: a bank's or payment provider's CSV of payments (bill number, amount in
 * yuan, paid time, the provider's transaction id, optionally method and payer), from the
 * console (`courtyard-server import-payments --estate E FILE`) and from the staff app
 * (POST /v1/estates/{estateId}/payments/import, managers only).
 *
 * Every row becomes a payment of source "import" against its bill, through the same
 * recordPayment as an agent's (partial payments and credit included). A row whose provider
 * and transaction id were seen before changes nothing and is counted as a duplicate. One bad
 * row (an unknown bill, a malformed amount or time, undecodable bytes) and nothing is applied:
 * the whole file runs in one transaction, and a dry run rolls it back.
 */
namespace PaymentImport {

inline constexpr qint64 MaxBytes = 10 * 1024 * 1024;
inline constexpr int MaxRows = 100000;
inline constexpr int MaxProblems = 200;

struct Problem
{
    int line = 0;    ///< 1-based; the header is line 1
    QString code;    ///< unknown_bill, bad_amount, bad_time, bad_method, missing_txn, encoding, …
    QString message;
};

struct Report
{
    enum class Status { Applied, Invalid, TooLarge, NoEstate, Failed };
    Status status = Status::Failed;
    int rows = 0;
    int applied = 0;
    int duplicates = 0;
    qint64 totalFen = 0; ///< what the applied rows paid (or would pay, in a dry run)
    bool dryRun = false;
    QString encoding;
    QString message;
    QList<Problem> problems; ///< at most MaxProblems
    int problemCount = 0;
};

struct Request
{
    QString estateId;
    QByteArray bytes;
    QString provider;
    bool dryRun = false;
    QString actorId; ///< empty for the console
    QString address;
    qint64 now = 0;
};

Report run(Database &db, const ServerConfig &config, const Registry &registry, const Request &request);

} // namespace PaymentImport
} // namespace Courtyard::Server
