#pragma once

#include "kit/pagedlistmodel.h"

#include <QVariantMap>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * The lists of the estate's administration, read whole from the account's store: buildings
 * (with their unit counts), the units of a building, parking spaces, staff accounts, the
 * residents and join codes of a unit. One model for all of them because they differ only in
 * which records they read and how a row is named; each row carries the record itself
 * (`record`) for the edit forms, and `title`/`detail` as the list shows them, translated.
 * Records marked `removed` by a queued removal are left out until the server's tombstone.
 */
class EstateListModel : public PagedListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(EstateList)
    /// building, unit, parkingSpace, staff, technician (staff of that role), residency, joinCode.
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    /// Only records of this estate (empty: every estate in the store).
    Q_PROPERTY(QString estateId READ estateId WRITE setEstateId NOTIFY estateIdChanged)
    /// The building of units, the unit of residents and codes; empty: all.
    Q_PROPERTY(QString parentId READ parentId WRITE setParentId NOTIFY parentIdChanged)
    /// Rows whose title contains it (a unit number, a name); case-insensitive.
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    /// Only this record (a screen that shows one record as it syncs, e.g. a new join code).
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, DetailRole, RecordRole, ActiveRole, CountRole, StateRole };

    explicit EstateListModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    [[nodiscard]] QString estateId() const { return m_estateId; }
    void setEstateId(const QString &id);
    [[nodiscard]] QString parentId() const { return m_parentId; }
    void setParentId(const QString &id);
    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString &search);
    [[nodiscard]] QString recordId() const { return m_recordId; }
    void setRecordId(const QString &id);

    /// The record of row @p row ({} when out of range).
    Q_INVOKABLE QVariantMap recordAt(int row) const;

Q_SIGNALS:
    void kindChanged();
    void estateIdChanged();
    void parentIdChanged();
    void searchChanged();
    void recordIdChanged();

protected:
    [[nodiscard]] QList<ListRowPtr> fetchRows(LocalStore &store, int offset, int limit) const override;

private:
    QString m_kind;
    QString m_estateId;
    QString m_parentId;
    QString m_search;
    QString m_recordId;
};

} // namespace Courtyard::Client
