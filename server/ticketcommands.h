#pragma once

#include "principal.h"
#include "ticketrules.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Courtyard::Server {

class Database;
class Revisions;

/// What became of one command: 200 applied, or a 4xx with a reason code.
struct CommandOutcome
{
    int status = 200;
    QString error;
    QString message;
    QString ticketId;         ///< the order concerned, when there is one
    bool showCurrent = false; ///< a refusal that carries the order's current state

    [[nodiscard]] bool applied() const { return status == 200; }
};

/// The work-order commands (ticket.*): each reads its payload against its own list of
/// fields, checks who may act through TicketRules, applies the life-cycle transition,
/// writes the timeline and gives every changed row a new revision. Runs inside the
/// caller's transaction.
class TicketCommands
{
public:
    TicketCommands(Database &db, Revisions &revisions);

    [[nodiscard]] CommandOutcome apply(const Principal &who, const QString &type, const QJsonObject &payload, qint64 now);
    /// Closes orders left resolved for `days` without an answer; returns how many.
    int autoClose(int days, qint64 now);

private:
    struct Row
    {
        QString id, estateId, unitId, createdBy, assigneeId, heldFrom, priority, kind;
        TicketStatus status = TicketStatus::Submitted;
        bool pooled = false;
        bool onBehalf = false;
        qint64 createdAt = 0;
    };

    CommandOutcome submit(const Principal &who, const QJsonObject &payload, qint64 now);
    CommandOutcome act(TicketAction action, const Principal &who, const QJsonObject &payload, qint64 now);

    std::optional<Row> load(const QString &ticketId);
    [[nodiscard]] bool canSee(const Principal &who, const Row &row) const;
    [[nodiscard]] TicketRelation relation(const Principal &who, const Row &row) const;
    bool addEvent(const Row &row, const QString &type, const QString &from, const QString &to, const QString &actorId,
                  const QString &note, bool internal, qint64 at, qint64 now, const QStringList &photos = {});
    /// The first of `hashes` that `userId` has not uploaded, or an empty string.
    [[nodiscard]] QString unownedPhoto(const QStringList &hashes, const QString &userId);
    /// Lets whoever may see the order fetch these photos; `internal` ones only staff.
    bool linkPhotos(const QString &ticketId, const QStringList &hashes, bool internal);
    /// After an order changes hands: re-issue its timeline to the new audience and tell the
    /// technicians who lost it to forget it.
    bool moveScope(const Row &before, const QString &newAssignee, bool newPooled, qint64 now);
    bool tombstone(const Row &row, const QString &audience, const QString &userId, const QString &exceptUser, qint64 now);
    [[nodiscard]] SlaTarget sla(const QString &estateId, const QString &priority);
    [[nodiscard]] QString nextOnDuty(const QString &estateId);
    [[nodiscard]] bool isTechnicianOf(const QString &userId, const QString &estateId);

    Database &m_db;
    Revisions &m_revisions;
};

} // namespace Courtyard::Server
