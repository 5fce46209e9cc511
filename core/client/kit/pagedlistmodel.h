#pragma once

#include "kit/storewatcher.h"

#include <QAbstractListModel>
#include <QQmlParserStatus>
#include <QStringList>

#include <memory>

namespace Courtyard::Client {

class LocalStore;

/// One row of a PagedListModel: its id and whatever the subclass reads (a struct deriving from it).
struct ListRow
{
    virtual ~ListRow() = default;
    QString id;
    /// Same content as @p other (same id assumed): no dataChanged needed.
    [[nodiscard]] virtual bool sameAs(const ListRow &other) const = 0;
};
using ListRowPtr = std::shared_ptr<const ListRow>;

/**
 * The base of the list models of the account store: a `store` property, `count`, `loading` and
 * `totalCount`, pages read on demand (fetchMore) — never the whole table — and a reload after
 * the store changed the entities it watches that brings the rows in line by removes, moves,
 * inserts and dataChanged, so views keep their position and delegates. Declared in QML, it
 * loads once when every property of the declaration is set (QQmlParserStatus).
 *
 * A subclass reads its rows (fetchRows, fetchCount), names its roles and calls invalidate()
 * when a filter changes. Unpaged models (setPaged(false)) read all their rows each time.
 */
class PagedListModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)

    /// The account's LocalStore (a QObject property, as the store library does not depend on Qt Qml).
    Q_PROPERTY(QObject *store READ storeObject WRITE setStoreObject NOTIFY storeChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// All matching rows in the store (count is what is loaded so far).
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] LocalStore *store() const { return m_watcher.store(); }
    void setStore(LocalStore *store);
    [[nodiscard]] QObject *storeObject() const;
    void setStoreObject(QObject *store);
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    [[nodiscard]] int totalCount() const { return m_totalCount; }
    [[nodiscard]] bool isLoading() const { return m_loading; }

    void classBegin() override { m_declaring = true; }
    void componentComplete() override;

    /// Reloads from the store now (keeps as many rows loaded as before, at least one page).
    Q_INVOKABLE void reload();
    /// The id of the row, empty when out of range.
    Q_INVOKABLE QString idAt(int row) const;

Q_SIGNALS:
    void storeChanged();
    void pageSizeChanged();
    void countChanged();
    void totalCountChanged();
    void loadingChanged();

protected:
    explicit PagedListModel(QStringList watchedEntities, QObject *parent = nullptr);

    /// Rows [offset, offset + limit) in the model's order.
    [[nodiscard]] virtual QList<ListRowPtr> fetchRows(LocalStore &store, int offset, int limit) const = 0;
    /// How many rows match in all (paged models only).
    [[nodiscard]] virtual int fetchCount(LocalStore &store) const;
    /// A transaction touched these entities (e.g. to drop a cache); the watched ones reload.
    virtual void storeTouched(const QStringList &entities) { Q_UNUSED(entities) }

    void setPaged(bool paged) { m_paged = paged; }
    /// A filter changed: reload soon (after the declaration, when declared in QML).
    void invalidate();
    [[nodiscard]] const ListRow &rowAt(int row) const { return *m_rows.at(row); }
    template<typename T>
    [[nodiscard]] const T &rowAs(int row) const
    {
        return static_cast<const T &>(*m_rows.at(row));
    }
    /// Every row changed its derived data (e.g. the clock or the language moved).
    void refreshAll();

private:
    void setLoading(bool loading);
    void align(const QList<ListRowPtr> &fresh);

    StoreWatcher m_watcher;
    QList<ListRowPtr> m_rows;
    int m_pageSize = 50;
    int m_totalCount = 0;
    bool m_loading = false;
    bool m_updating = false;   ///< inside reload()/fetchMore(): views may not fetch again
    bool m_declaring = false;  ///< between classBegin() and componentComplete()
    bool m_paged = true;
};

} // namespace Courtyard::Client
