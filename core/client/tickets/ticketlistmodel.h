#pragma once

#include "kit/pagedlistmodel.h"
#include "tickets/ticketrepository.h"

#include <QHash>
#include <QStringList>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * Tickets for a list screen, read from the local store in pages through TicketRepository
 * (PagedListModel: never the whole table, reloads with a diff when tickets change). Filter by
 * a status set, assignee, unit, estate or reporter; sort by priority then deadline, or newest
 * first. Each row also says what screens show of it: its status and SLA line in words, its
 * place, whether it is overdue.
 */
class TicketListModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QStringList statuses READ statuses WRITE setStatuses NOTIFY filterChanged)
    /// "" = any assignee; "-" = unassigned only; otherwise that staff id.
    Q_PROPERTY(QString assigneeId READ assigneeId WRITE setAssigneeId NOTIFY filterChanged)
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY filterChanged)
    Q_PROPERTY(QString estateId READ estateId WRITE setEstateId NOTIFY filterChanged)
    /// Only orders reported by (or for) this person; empty = anyone.
    Q_PROPERTY(QString createdBy READ createdBy WRITE setCreatedBy NOTIFY filterChanged)
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortOrderChanged)
    /// A named queue (TicketPolicy: "office.new", "tech.mine", "resident.open", ...): its statuses,
    /// whose orders and its order, instead of setting them one by one.
    Q_PROPERTY(QString queue READ queue WRITE setQueue NOTIFY filterChanged)
    /// Who "mine" means in a queue of the viewer's own orders.
    Q_PROPERTY(QString viewerId READ viewerId WRITE setViewerId NOTIFY filterChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,
        PriorityRole,
        KindRole,
        CategoryRole,
        DescriptionRole,
        UnitIdRole,
        EstateIdRole,
        AssigneeIdRole,
        AssigneeNameRole,
        CreatedAtRole,
        UpdatedAtRole,
        ResponseDueAtRole,
        ResolveDueAtRole,
        PendingRole,
        OverdueRole,
        SlaTextRole,
        StatusTextRole,
        LocationTextRole,
        RatingOverallRole,
        TitleRole,
        FinishedRole,
        UrgentRole,
        PriorityFlaggedRole,
        PriorityTextRole,
        StatusColorRole,
        BadgeIconRole,
        BadgeColorRole,
        AwaitingConfirmationRole,
        PlaceTextRole,
    };
    Q_ENUM(Role)

    enum SortOrder { PriorityThenDeadline, NewestFirst, OpenFirst };
    Q_ENUM(SortOrder)

    explicit TicketListModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QStringList statuses() const { return m_statuses; }
    void setStatuses(const QStringList &statuses);
    [[nodiscard]] QString assigneeId() const { return m_assigneeId; }
    void setAssigneeId(const QString &id);
    [[nodiscard]] QString unitId() const { return m_unitId; }
    void setUnitId(const QString &id);
    [[nodiscard]] QString estateId() const { return m_estateId; }
    void setEstateId(const QString &id);
    [[nodiscard]] QString createdBy() const { return m_createdBy; }
    void setCreatedBy(const QString &id);
    [[nodiscard]] SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(SortOrder order);
    [[nodiscard]] QString queue() const { return m_queue; }
    void setQueue(const QString &id);
    [[nodiscard]] QString viewerId() const { return m_viewerId; }
    void setViewerId(const QString &id);

Q_SIGNALS:
    void filterChanged();
    void sortOrderChanged();

protected:
    [[nodiscard]] QList<ListRowPtr> fetchRows(LocalStore &store, int offset, int limit) const override;
    [[nodiscard]] int fetchCount(LocalStore &store) const override;
    void storeTouched(const QStringList &entities) override;

private:
    [[nodiscard]] TicketRepository::Filter filter() const;
    [[nodiscard]] TicketRepository::Sort sort() const;
    [[nodiscard]] QString unitLabel(const QString &unitId) const;
    void setFilter(QString &field, const QString &value);

    QStringList m_statuses;
    QString m_assigneeId;
    QString m_unitId;
    QString m_estateId;
    QString m_createdBy;
    QString m_queue;
    QString m_viewerId;
    mutable QHash<QString, QString> m_unitLabels; ///< unit id -> "building number", read once
    SortOrder m_sortOrder = PriorityThenDeadline;
};

} // namespace Courtyard::Client
