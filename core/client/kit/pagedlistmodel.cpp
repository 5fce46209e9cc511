#include "kit/pagedlistmodel.h"

#include "store/localstore.h"

#include <QScopedValueRollback>
#include <QSet>

#include <limits>

namespace Courtyard::Client {

PagedListModel::PagedListModel(QStringList watchedEntities, QObject *parent)
    : QAbstractListModel(parent)
    , m_watcher(std::move(watchedEntities))
{
    connect(&m_watcher, &StoreWatcher::reload, this, &PagedListModel::reload);
    connect(&m_watcher, &StoreWatcher::storeChanged, this, &PagedListModel::storeChanged);
    // Words made in C++ (titles, status words): read again and redraw every row.
    connect(&m_watcher, &StoreWatcher::retranslated, this, [this] {
        reload();
        refreshAll();
    });
    connect(&m_watcher, &StoreWatcher::touched, this, [this](const QStringList &entities) {
        storeTouched(entities);
        // The watcher schedules a reload for the watched entities; say so at once.
        if (m_watcher.isScheduled())
            setLoading(true);
    });
    connect(this, &QAbstractItemModel::rowsInserted, this, &PagedListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &PagedListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &PagedListModel::countChanged);
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedListModel::fetchCount(LocalStore &store) const
{
    Q_UNUSED(store)
    return int(m_rows.size());
}

QObject *PagedListModel::storeObject() const
{
    return m_watcher.store();
}

void PagedListModel::setStoreObject(QObject *store)
{
    setStore(qobject_cast<LocalStore *>(store));
}

void PagedListModel::setStore(LocalStore *store)
{
    if (m_watcher.store() == store)
        return;
    m_watcher.setStore(store);
    if (!m_declaring)
        reload();
}

void PagedListModel::setPageSize(int size)
{
    size = std::clamp(size, 1, 1000);
    if (m_pageSize == size)
        return;
    m_pageSize = size;
    Q_EMIT pageSizeChanged();
}

void PagedListModel::componentComplete()
{
    m_declaring = false;
    reload();
}

void PagedListModel::invalidate()
{
    if (m_declaring)
        return; // componentComplete() loads once, with every filter set
    setLoading(true);
    m_watcher.schedule();
}

void PagedListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

QString PagedListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row)->id : QString();
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return m_paged && !parent.isValid() && !m_updating && m_watcher.isReady() && m_rows.size() < m_totalCount;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views ask for more from inside rowsInserted; a nested insert would break their bookkeeping.
    const QScopedValueRollback guard(m_updating, true);
    const QList<ListRowPtr> page = fetchRows(*m_watcher.store(), int(m_rows.size()), m_pageSize);
    QSet<QString> known;
    for (const ListRowPtr &row : std::as_const(m_rows))
        known.insert(row->id);
    QList<ListRowPtr> fresh;
    for (const ListRowPtr &row : page) {
        if (!known.contains(row->id))
            fresh.append(row);
    }
    if (fresh.isEmpty()) {
        // The store shrank under us; the count is stale, so stop offering more until reloaded.
        m_totalCount = int(m_rows.size());
        Q_EMIT totalCountChanged();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

void PagedListModel::reload()
{
    if (m_updating) {
        m_watcher.schedule();
        return;
    }
    m_watcher.cancel();
    const QScopedValueRollback guard(m_updating, true);
    QList<ListRowPtr> fresh;
    int total = 0;
    if (m_watcher.isReady()) {
        LocalStore &store = *m_watcher.store();
        const int keep = m_paged ? std::max(m_pageSize, int(m_rows.size())) : std::numeric_limits<int>::max();
        fresh = fetchRows(store, 0, keep);
        total = m_paged ? fetchCount(store) : int(fresh.size());
    }
    align(fresh);
    if (m_totalCount != total) {
        m_totalCount = total;
        Q_EMIT totalCountChanged();
    }
    setLoading(false);
}

// Brings the rows in line with the fresh ones by removes, moves, inserts and dataChanged.
void PagedListModel::align(const QList<ListRowPtr> &fresh)
{
    QSet<QString> freshIds;
    for (const ListRowPtr &row : fresh)
        freshIds.insert(row->id);
    for (int i = 0; i < fresh.size(); ++i) {
        while (i < m_rows.size() && !freshIds.contains(m_rows.at(i)->id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
        if (i < m_rows.size() && m_rows.at(i)->id == fresh.at(i)->id) {
            if (!m_rows.at(i)->sameAs(*fresh.at(i))) {
                m_rows[i] = fresh.at(i);
                Q_EMIT dataChanged(index(i), index(i));
            }
            continue;
        }
        int from = -1;
        for (int k = i + 1; k < m_rows.size(); ++k) {
            if (m_rows.at(k)->id == fresh.at(i)->id) {
                from = k;
                break;
            }
        }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            if (!m_rows.at(i)->sameAs(*fresh.at(i))) {
                m_rows[i] = fresh.at(i);
                Q_EMIT dataChanged(index(i), index(i));
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
}

void PagedListModel::refreshAll()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

} // namespace Courtyard::Client
