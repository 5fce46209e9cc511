#include "tickets/ticketlistmodel.h"

#include "estate/estatedirectory.h"
#include "store/localstore.h"
#include "kit/format.h"
#include "tickets/labels.h"
#include "tickets/ticketpolicy.h"
#include "tickets/ticketrules.h"
#include "tickets/ticketsla.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

struct Row : ListRow
{
    TicketRow ticket;
    bool sameAs(const ListRow &other) const override { return ticket == static_cast<const Row &>(other).ticket; }
};

TicketSla::Times timesOf(const TicketRow &row)
{
    TicketSla::Times t;
    t.status = TicketSla::statusOf(row.status);
    t.createdAt = row.createdAt;
    t.responseDueAt = row.responseDueAt;
    t.resolveDueAt = row.resolveDueAt;
    t.acceptedAt = row.acceptedAt;
    t.resolvedAt = row.resolvedAt;
    return t;
}

QVariant time(qint64 ms)
{
    return ms > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)) : QVariant();
}

} // namespace

TicketListModel::TicketListModel(QObject *parent)
    : PagedListModel({u"ticket"_s}, parent)
{
}

QList<ListRowPtr> TicketListModel::fetchRows(LocalStore &store, int offset, int limit) const
{
    QList<ListRowPtr> rows;
    const QList<TicketRow> tickets = TicketRepository(store).list(filter(), sort(), limit, offset);
    rows.reserve(tickets.size());
    for (const TicketRow &t : tickets) {
        auto row = std::make_shared<Row>();
        row->id = t.id;
        row->ticket = t;
        rows.append(row);
    }
    return rows;
}

int TicketListModel::fetchCount(LocalStore &store) const
{
    return TicketRepository(store).count(filter());
}

void TicketListModel::storeTouched(const QStringList &entities)
{
    if (entities.contains(u"unit"_s) || entities.contains(u"building"_s))
        m_unitLabels.clear();
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketRow &row = rowAs<Row>(index.row()).ticket;
    switch (role) {
    case Qt::DisplayRole:
    case DescriptionRole:
        return row.description;
    case IdRole:
        return row.id;
    case StatusRole:
        return row.status;
    case PriorityRole:
        return row.priority;
    case KindRole:
        return row.kind;
    case CategoryRole:
        return row.category;
    case UnitIdRole:
        return row.unitId;
    case EstateIdRole:
        return row.estateId;
    case AssigneeIdRole:
        return row.assigneeId;
    case AssigneeNameRole:
        return row.assigneeName;
    case CreatedAtRole:
        return time(row.createdAt);
    case UpdatedAtRole:
        return time(row.updatedAt);
    case ResponseDueAtRole:
        return time(row.responseDueAt);
    case ResolveDueAtRole:
        return time(row.resolveDueAt);
    case PendingRole:
        return row.localPending > 0;
    case OverdueRole:
        return TicketSla::isOverdue(timesOf(row), QDateTime::currentMSecsSinceEpoch());
    case SlaTextRole:
        return TicketSla::headline(timesOf(row), QDateTime::currentMSecsSinceEpoch());
    case StatusTextRole:
        return Labels::statusText(row.status);
    case LocationTextRole:
        return row.locationLabel.isEmpty() ? unitLabel(row.unitId) : row.locationLabel;
    case RatingOverallRole:
        return row.ratingOverall;
    case TitleRole:
        return Labels::titleOf(row.kind, row.category);
    case FinishedRole:
        return Courtyard::TicketRules::isTerminal(TicketSla::statusOf(row.status));
    case UrgentRole:
        return row.priority == u"urgent";
    case PriorityFlaggedRole:
        return Courtyard::TicketRules::priorityRank(row.priority) <= 1; // urgent, high
    case PriorityTextRole:
        return Labels::priorityText(row.priority);
    case StatusColorRole:
        return Labels::statusColor(row.status);
    case BadgeIconRole:
        return Labels::badgeIcon(row.category, row.kind);
    case BadgeColorRole:
        return Labels::badgeColor(row.category, row.kind);
    case AwaitingConfirmationRole:
        // The resident is asked to confirm a fix, unless the office logged it and calls back.
        return row.status == u"resolved" && !row.onBehalf;
    case PlaceTextRole: {
        const QString place = row.locationLabel.isEmpty() ? unitLabel(row.unitId) : row.locationLabel;
        const QString when = Format::dateTime(time(row.createdAt));
        return place.isEmpty() ? when : when.isEmpty() ? place : place + u" · "_s + when;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketListModel::roleNames() const
{
    return {
        {IdRole, "ticketId"},
        {StatusRole, "status"},
        {PriorityRole, "priority"},
        {KindRole, "kind"},
        {CategoryRole, "category"},
        {DescriptionRole, "description"},
        {UnitIdRole, "unitId"},
        {EstateIdRole, "estateId"},
        {AssigneeIdRole, "assigneeId"},
        {AssigneeNameRole, "assigneeName"},
        {CreatedAtRole, "createdAt"},
        {UpdatedAtRole, "updatedAt"},
        {ResponseDueAtRole, "responseDueAt"},
        {ResolveDueAtRole, "resolveDueAt"},
        {PendingRole, "pending"},
        {OverdueRole, "overdue"},
        {SlaTextRole, "slaText"},
        {StatusTextRole, "statusText"},
        {LocationTextRole, "locationText"},
        {RatingOverallRole, "ratingOverall"},
        {TitleRole, "title"},
        {FinishedRole, "finished"},
        {UrgentRole, "urgent"},
        {PriorityFlaggedRole, "priorityFlagged"},
        {PriorityTextRole, "priorityText"},
        {StatusColorRole, "statusColor"},
        {BadgeIconRole, "badgeIcon"},
        {BadgeColorRole, "badgeColor"},
        {AwaitingConfirmationRole, "awaitingConfirmation"},
        {PlaceTextRole, "placeText"},
    };
}

void TicketListModel::setStatuses(const QStringList &statuses)
{
    if (m_statuses == statuses)
        return;
    m_statuses = statuses;
    Q_EMIT filterChanged();
    invalidate();
}

void TicketListModel::setFilter(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT filterChanged();
    invalidate();
}

void TicketListModel::setAssigneeId(const QString &id)
{
    setFilter(m_assigneeId, id);
}

void TicketListModel::setUnitId(const QString &id)
{
    setFilter(m_unitId, id);
}

void TicketListModel::setEstateId(const QString &id)
{
    setFilter(m_estateId, id);
}

void TicketListModel::setCreatedBy(const QString &id)
{
    setFilter(m_createdBy, id);
}

void TicketListModel::setQueue(const QString &id)
{
    if (m_queue == id)
        return;
    m_queue = id;
    if (const TicketQueue *q = TicketPolicy::queue(id)) {
        m_statuses = q->statuses;
        m_sortOrder = q->sort == TicketRepository::Sort::NewestFirst ? NewestFirst
                      : q->sort == TicketRepository::Sort::OpenFirst  ? OpenFirst
                                                                      : PriorityThenDeadline;
        Q_EMIT sortOrderChanged();
    }
    Q_EMIT filterChanged();
    invalidate();
}

void TicketListModel::setViewerId(const QString &id)
{
    setFilter(m_viewerId, id);
}

void TicketListModel::setSortOrder(SortOrder order)
{
    if (m_sortOrder == order)
        return;
    m_sortOrder = order;
    Q_EMIT sortOrderChanged();
    invalidate();
}

QString TicketListModel::unitLabel(const QString &unitId) const
{
    if (unitId.isEmpty() || !store() || !store()->isOpen())
        return {};
    const auto cached = m_unitLabels.constFind(unitId);
    if (cached != m_unitLabels.cend())
        return *cached;
    const QString label = EstateDirectory::labelOf(*store(), unitId);
    m_unitLabels.insert(unitId, label);
    return label;
}

TicketRepository::Filter TicketListModel::filter() const
{
    TicketRepository::Filter filter;
    filter.statuses = m_statuses;
    const TicketQueue *q = TicketPolicy::queue(m_queue);
    if (q && q->assignee == TicketQueue::Assignee::Viewer)
        filter.assigneeId = m_viewerId;
    else if (q && q->assignee == TicketQueue::Assignee::Unassigned)
        filter.assigneeId = QString();
    else if (m_assigneeId == u"-")
        filter.assigneeId = QString();
    else if (!m_assigneeId.isEmpty())
        filter.assigneeId = m_assigneeId;
    if (!m_unitId.isEmpty())
        filter.unitId = m_unitId;
    if (!m_estateId.isEmpty())
        filter.estateId = m_estateId;
    if (!m_createdBy.isEmpty())
        filter.createdBy = m_createdBy;
    return filter;
}

TicketRepository::Sort TicketListModel::sort() const
{
    switch (m_sortOrder) {
    case NewestFirst:
        return TicketRepository::Sort::NewestFirst;
    case OpenFirst:
        return TicketRepository::Sort::OpenFirst;
    case PriorityThenDeadline:
        break;
    }
    return TicketRepository::Sort::PriorityThenDeadline;
}

} // namespace Courtyard::Client
