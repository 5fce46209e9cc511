#include "ticketlistmodel.h"

#include "entityrepository.h"
#include "labels.h"
#include "localstore.h"
#include "ticketsla.h"

#include <QDateTime>
#include <QScopedValueRollback>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool sameRow(const TicketRow &a, const TicketRow &b)
{
    return a.id == b.id && a.status == b.status && a.priority == b.priority && a.kind == b.kind
        && a.category == b.category && a.description == b.description && a.unitId == b.unitId
        && a.estateId == b.estateId && a.assigneeId == b.assigneeId && a.assigneeName == b.assigneeName
        && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt && a.responseDueAt == b.responseDueAt
        && a.resolveDueAt == b.resolveDueAt && a.localPending == b.localPending && a.acceptedAt == b.acceptedAt
        && a.resolvedAt == b.resolvedAt && a.ratingOverall == b.ratingOverall && a.locationLabel == b.locationLabel;
}

TicketTimes timesOf(const TicketRow &row)
{
    return TicketTimes{row.status, row.createdAt, row.responseDueAt, row.resolveDueAt, row.acceptedAt, row.resolvedAt};
}

QVariant time(qint64 ms)
{
    return ms > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)) : QVariant();
}

} // namespace

TicketListModel::TicketListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &TicketListModel::reload);
    connect(this, &QAbstractItemModel::rowsInserted, this, &TicketListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &TicketListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &TicketListModel::countChanged);
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketRow &row = m_rows.at(index.row());
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
    };
}

bool TicketListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_updating && m_store && m_store->isOpen() && m_rows.size() < m_totalCount;
}

void TicketListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views ask for more from inside rowsInserted; a nested insert would break their bookkeeping.
    const QScopedValueRollback guard(m_updating, true);
    const QList<TicketRow> page = TicketRepository(*m_store).list(filter(), sort(), m_pageSize, int(m_rows.size()));
    QSet<QString> known;
    for (const TicketRow &row : std::as_const(m_rows))
        known.insert(row.id);
    QList<TicketRow> fresh;
    for (const TicketRow &row : page) {
        if (!known.contains(row.id))
            fresh.append(row);
    }
    if (fresh.isEmpty()) {
        // The store shrank under us; the count is stale, so stop offering more until reloaded.
        m_totalCount = int(m_rows.size());
        emit totalCountChanged();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

void TicketListModel::setStore(LocalStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &LocalStore::changed, this, &TicketListModel::onStoreChanged);
        // Signing out destroys the account's store: empty the list rather than show stale rows.
        connect(m_store, &QObject::destroyed, this, [this] {
            reload();
            emit storeChanged();
        });
    }
    emit storeChanged();
    if (!m_declaring)
        reload();
}

void TicketListModel::componentComplete()
{
    m_declaring = false;
    reload();
}

void TicketListModel::setStatuses(const QStringList &statuses)
{
    if (m_statuses == statuses)
        return;
    m_statuses = statuses;
    emit filterChanged();
    scheduleReload();
}

void TicketListModel::setAssigneeId(const QString &id)
{
    if (m_assigneeId == id)
        return;
    m_assigneeId = id;
    emit filterChanged();
    scheduleReload();
}

void TicketListModel::setUnitId(const QString &id)
{
    if (m_unitId == id)
        return;
    m_unitId = id;
    emit filterChanged();
    scheduleReload();
}

void TicketListModel::setEstateId(const QString &id)
{
    if (m_estateId == id)
        return;
    m_estateId = id;
    emit filterChanged();
    scheduleReload();
}

void TicketListModel::setCreatedBy(const QString &id)
{
    if (m_createdBy == id)
        return;
    m_createdBy = id;
    emit filterChanged();
    scheduleReload();
}

QString TicketListModel::unitLabel(const QString &unitId) const
{
    if (unitId.isEmpty() || !m_store || !m_store->isOpen())
        return {};
    const auto cached = m_unitLabels.constFind(unitId);
    if (cached != m_unitLabels.cend())
        return *cached;
    const QString label = EntityRepository(*m_store).unitLabel(unitId);
    m_unitLabels.insert(unitId, label);
    return label;
}

void TicketListModel::setSortOrder(SortOrder order)
{
    if (m_sortOrder == order)
        return;
    m_sortOrder = order;
    emit sortOrderChanged();
    scheduleReload();
}

void TicketListModel::setPageSize(int size)
{
    size = std::clamp(size, 1, 1000);
    if (m_pageSize == size)
        return;
    m_pageSize = size;
    emit pageSizeChanged();
}

QString TicketListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

TicketRepository::Filter TicketListModel::filter() const
{
    TicketRepository::Filter filter;
    filter.statuses = m_statuses;
    if (m_assigneeId == u"-")
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

void TicketListModel::onStoreChanged(const QStringList &entities)
{
    if (entities.contains(u"unit"_s) || entities.contains(u"building"_s))
        m_unitLabels.clear();
    if (entities.contains(u"ticket"_s))
        scheduleReload();
}

void TicketListModel::scheduleReload()
{
    if (m_declaring)
        return; // componentComplete() loads once, with every filter set
    setLoading(true);
    m_reloadTimer.start();
}

void TicketListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void TicketListModel::reload()
{
    if (m_updating)
        return scheduleReload();
    m_reloadTimer.stop();
    const QScopedValueRollback guard(m_updating, true);
    QList<TicketRow> fresh;
    int total = 0;
    if (m_store && m_store->isOpen()) {
        TicketRepository repo(*m_store);
        const int keep = std::max(m_pageSize, int(m_rows.size()));
        fresh = repo.list(filter(), sort(), keep, 0);
        total = repo.count(filter());
    }
    // Bring the rows in line with the fresh page by removes, moves, inserts and dataChanged,
    // so views keep their position and delegates instead of being rebuilt by a reset.
    QSet<QString> freshIds;
    for (const TicketRow &row : std::as_const(fresh))
        freshIds.insert(row.id);
    for (int i = 0; i < fresh.size(); ++i) {
        while (i < m_rows.size() && !freshIds.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
        if (i < m_rows.size() && m_rows.at(i).id == fresh.at(i).id) {
            if (!sameRow(m_rows.at(i), fresh.at(i))) {
                m_rows[i] = fresh.at(i);
                emit dataChanged(index(i), index(i));
            }
            continue;
        }
        int from = -1;
        for (int k = i + 1; k < m_rows.size(); ++k) {
            if (m_rows.at(k).id == fresh.at(i).id) {
                from = k;
                break;
            }
        }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            if (!sameRow(m_rows.at(i), fresh.at(i))) {
                m_rows[i] = fresh.at(i);
                emit dataChanged(index(i), index(i));
            }
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh.at(i));
            endInsertRows();
        }
    }
    if (m_rows.size() > fresh.size()) {
        beginRemoveRows({}, int(fresh.size()), int(m_rows.size()) - 1);
        m_rows.resize(fresh.size());
        endRemoveRows();
    }
    if (m_totalCount != total) {
        m_totalCount = total;
        emit totalCountChanged();
    }
    setLoading(false);
}
