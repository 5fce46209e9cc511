#pragma once

#include "tickets/ticketrules.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Courtyard::Server {

class Database;
struct Principal;

namespace Tickets {

/// What the commands need of an order's row.
struct Row
{
    QString id, estateId, unitId, createdBy, assigneeId, heldFrom, priority, kind;
    TicketStatus status = TicketStatus::Submitted;
    bool pooled = false;
    bool onBehalf = false;
    qint64 createdAt = 0;
    qint64 acceptedAt = 0; ///< 0 = not answered yet
    qint64 onSiteAt = 0;

    [[nodiscard]] TicketFacts facts() const { return {estateId, unitId, createdBy, assigneeId, pooled, onBehalf}; }
};

/// One timeline entry to write.
struct Event
{
    QString type; ///< status | note | converted
    QString from, to;
    QString actorId;
    QString note;
    bool internal = false;
    qint64 at = 0; ///< when it happened (a device's time for acts on site)
    QStringList photos;
    QJsonObject detail; ///< what the server did by itself, as fields (empty: none)
};

[[nodiscard]] std::optional<Row> loadRow(Database &db, const QString &ticketId);
/// Whether @p who may see the order (the one description of orderScope(), read in C++).
[[nodiscard]] bool canSee(const Principal &who, const Row &row);
[[nodiscard]] TicketRelation relation(const Principal &who, const Row &row);
/// Inside a revisioned transaction: the entry, with the order's scope copied onto it.
bool addEvent(Database &db, const Row &row, const Event &event, qint64 now);
/// After an order changes hands: re-issue its timeline to the new audience and tell the
/// technicians who lost it to forget it.
bool moveScope(Database &db, const Row &before, const QString &newAssignee, bool newPooled, qint64 now);
[[nodiscard]] SlaTarget sla(Database &db, const QString &estateId, const QString &priority);
/// The next technician on duty after the estate's round-robin cursor (the cursor moves);
/// empty when nobody is on duty, or nullopt when the store failed.
[[nodiscard]] std::optional<QString> nextOnDuty(Database &db, const QString &estateId);
[[nodiscard]] bool isTechnicianOf(Database &db, const QString &userId, const QString &estateId);
/// The time the order was last given to its current assignee (0 when never).
[[nodiscard]] qint64 assignedAt(Database &db, const QString &ticketId);

} // namespace Tickets
} // namespace Courtyard::Server
