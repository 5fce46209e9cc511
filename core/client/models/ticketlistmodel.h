#pragma once

#include "localstore.h"
#include "ticketrepository.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <QQmlParserStatus>
#include <qqmlintegration.h>


/**
 * Tickets for a list screen, read from the local store in pages (fetchMore) through
 * TicketRepository — never the whole table. Filter by a status set, assignee, unit or
 * estate; sort by priority then deadline, or newest first. Reloads (coalesced) when the
 * store reports a change to tickets.
 */
class TicketListModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

    /// The account's LocalStore (a QObject property, as the store library does not depend on Qt Qml).
    Q_PROPERTY(QObject *store READ storeObject WRITE setStoreObject NOTIFY storeChanged)
    Q_PROPERTY(QStringList statuses READ statuses WRITE setStatuses NOTIFY filterChanged)
    /// "" = any assignee; "-" = unassigned only; otherwise that staff id.
    Q_PROPERTY(QString assigneeId READ assigneeId WRITE setAssigneeId NOTIFY filterChanged)
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY filterChanged)
    Q_PROPERTY(QString estateId READ estateId WRITE setEstateId NOTIFY filterChanged)
    /// Only orders reported by (or for) this person; empty = anyone.
    Q_PROPERTY(QString createdBy READ createdBy WRITE setCreatedBy NOTIFY filterChanged)
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortOrderChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// All matching tickets in the store (count is what is loaded so far).
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

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
    };
    Q_ENUM(Role)

    enum SortOrder { PriorityThenDeadline, NewestFirst, OpenFirst };
    Q_ENUM(SortOrder)

    explicit TicketListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] LocalStore *store() const { return m_store; }
    void setStore(LocalStore *store);
    [[nodiscard]] QObject *storeObject() const { return m_store; }
    void setStoreObject(QObject *store) { setStore(qobject_cast<LocalStore *>(store)); }
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
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    [[nodiscard]] int totalCount() const { return m_totalCount; }
    [[nodiscard]] bool isLoading() const { return m_loading; }

    /// Made by QML: the first load waits until every property of the declaration is set.
    void classBegin() override { m_declaring = true; }
    void componentComplete() override;

    /// Reloads from the store now (keeps as many rows loaded as before, at least one page).
    Q_INVOKABLE void reload();
    /// The ticket id at row, empty when out of range.
    Q_INVOKABLE QString idAt(int row) const;

signals:
    void storeChanged();
    void filterChanged();
    void sortOrderChanged();
    void pageSizeChanged();
    void countChanged();
    void totalCountChanged();
    void loadingChanged();

private:
    void scheduleReload();
    void onStoreChanged(const QStringList &entities);
    [[nodiscard]] TicketRepository::Filter filter() const;
    [[nodiscard]] TicketRepository::Sort sort() const;
    void setLoading(bool loading);
    [[nodiscard]] QString unitLabel(const QString &unitId) const;

    QPointer<LocalStore> m_store;
    QList<TicketRow> m_rows;
    QStringList m_statuses;
    QString m_assigneeId;
    QString m_unitId;
    QString m_estateId;
    QString m_createdBy;
    mutable QHash<QString, QString> m_unitLabels; ///< unit id -> "building number", read once
    SortOrder m_sortOrder = PriorityThenDeadline;
    int m_pageSize = 50;
    int m_totalCount = 0;
    bool m_loading = false;
    bool m_updating = false;
    bool m_declaring = false;   ///< between classBegin() and componentComplete()    ///< inside reload()/fetchMore(): views may not fetch again
    QTimer m_reloadTimer;
};
