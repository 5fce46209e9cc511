#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace Courtyard::Client {

class LocalStore;

/// One ticket as a list screen shows it: the indexed columns plus a few fields of its JSON.
struct TicketRow
{
    QString id;
    QString estateId;
    QString unitId;
    QString status;
    QString priority;
    QString kind;
    QString category;
    QString assigneeId;
    QString assigneeName;
    QString description;
    qint64 createdAt = 0;       ///< ms since epoch
    qint64 updatedAt = 0;
    qint64 responseDueAt = 0;   ///< 0 = none
    qint64 resolveDueAt = 0;    ///< 0 = none
    int localPending = 0;       ///< unanswered local commands
    qint64 acceptedAt = 0;      ///< 0 = not yet
    qint64 resolvedAt = 0;      ///< 0 = not yet
    int ratingOverall = 0;      ///< 0 = not rated
    QString locationLabel;      ///< a common area's label; empty for a unit
    QString createdBy;
    bool pooled = false;
    bool onBehalf = false;

    [[nodiscard]] bool operator==(const TicketRow &o) const
    {
        return id == o.id && status == o.status && priority == o.priority && kind == o.kind && category == o.category
            && description == o.description && unitId == o.unitId && estateId == o.estateId
            && assigneeId == o.assigneeId && assigneeName == o.assigneeName && createdAt == o.createdAt
            && updatedAt == o.updatedAt && responseDueAt == o.responseDueAt && resolveDueAt == o.resolveDueAt
            && localPending == o.localPending && acceptedAt == o.acceptedAt && resolvedAt == o.resolvedAt
            && ratingOverall == o.ratingOverall && locationLabel == o.locationLabel && createdBy == o.createdBy
            && pooled == o.pooled && onBehalf == o.onBehalf;
    }
};

/**
 * Typed, paged queries over the tickets table (the tickets module's) for list screens (indexes on
 * (status, priority_rank, resolve_due_at), (assignee_id, ...), (unit_id, ...)); never loads
 * the whole table. Reads only; writes go through EntityRepository and Outbox.
 */
class TicketRepository
{
public:
    struct Filter
    {
        QStringList statuses;                ///< empty = any status
        std::optional<QString> assigneeId;   ///< set and empty = unassigned only
        std::optional<QString> unitId;
        std::optional<QString> estateId;
        std::optional<QString> createdBy;
    };

    enum class Sort {
        PriorityThenDeadline,   ///< urgent first, then earliest resolve deadline (none last)
        NewestFirst,            ///< created_at descending
        OpenFirst,              ///< open orders first, each group newest first
    };

    explicit TicketRepository(LocalStore &store);

    [[nodiscard]] QList<TicketRow> list(const Filter &filter, Sort sort, int limit, int offset = 0) const;
    [[nodiscard]] int count(const Filter &filter) const;
    [[nodiscard]] std::optional<TicketRow> row(const QString &id) const;
    /// The ticket's timeline (visible JSON of its ticketEvents), oldest first.
    [[nodiscard]] QList<QJsonObject> events(const QString &ticketId) const;

private:
    LocalStore &m_store;
};

} // namespace Courtyard::Client
