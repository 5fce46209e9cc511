#pragma once

#include "apiclient.h"

#include <QAbstractListModel>
#include <QDate>
#include <QJsonObject>
#include <QPointer>
#include <qqmlintegration.h>

namespace Courtyard::Client {



/**
 * The estate's audit log, newest first, read page by page from GET /v1/audit (online only: the
 * log is the server's and is not synced to phones). Filters by person and by a range of days
 * (in the device's time zone, `from` inclusive, `to` inclusive); a filter change reloads.
 * Each row is one line "when · who · what · from address" (`line`) and its parts.
 */
class AuditLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(AuditLog)
    Q_PROPERTY(QString estateId READ estateId WRITE setEstateId NOTIFY filterChanged)
    Q_PROPERTY(QString actorId READ actorId WRITE setActorId NOTIFY filterChanged)
    /// yyyy-MM-dd, or empty for no bound.
    Q_PROPERTY(QString fromDay READ fromDay WRITE setFromDay NOTIFY filterChanged)
    Q_PROPERTY(QString toDay READ toDay WRITE setToDay NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY loadingChanged)
    /// Why the last page did not come (offline, ...); empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY loadingChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, WhenRole, WhoRole, WhatRole, AddressRole, LineRole, ActionRole };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setApi(ApiClient *api) { m_api = api; }
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString estateId() const { return m_estateId; }
    void setEstateId(const QString &id);
    [[nodiscard]] QString actorId() const { return m_actorId; }
    void setActorId(const QString &id);
    [[nodiscard]] QString fromDay() const { return m_from; }
    void setFromDay(const QString &day);
    [[nodiscard]] QString toDay() const { return m_to; }
    void setToDay(const QString &day);
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool hasMore() const { return !m_next.isEmpty(); }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /// From the newest entry again.
    Q_INVOKABLE void reload();
    /// The next older page (when hasMore).
    Q_INVOKABLE void loadMore();
    /// Adds a page of the server's answer ({entries, next}); public for the screen's tests.
    Q_INVOKABLE void takePage(const QJsonObject &page, bool replace);

Q_SIGNALS:
    void filterChanged();
    void countChanged();
    void loadingChanged();

private:
    void fetch(bool replace);
    [[nodiscard]] ApiClient *api() const;

    QPointer<ApiClient> m_api;
    QString m_estateId;
    QString m_actorId;
    QString m_from;
    QString m_to;
    QList<QJsonObject> m_entries;
    QString m_next;
    bool m_loading = false;
    QString m_errorText;
    int m_generation = 0; ///< answers of an older filter are dropped
};

} // namespace Courtyard::Client
