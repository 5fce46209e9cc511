#pragma once

#include "kit/pagedlistmodel.h"

#include <QDate>
#include <qqmlintegration.h>

namespace Courtyard::Client {

/**
 * A meter-reading round (抄表) through one building (QML "ReadingRound"): its units in order,
 * each with its meter's last reading (value, day) as the technician or agent sees it before
 * typing the new one, and whether it was read already this month (on this phone too, before
 * the server has it). Works offline from the store; FeeDesk::checkReading refuses a value
 * lower than the last before anything is sent.
 */
class FeeReadingRound : public PagedListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ReadingRound)
    Q_PROPERTY(QString buildingId READ buildingId WRITE setBuildingId NOTIFY buildingIdChanged)
    /// "water" or "electricity".
    Q_PROPERTY(QString meter READ meter WRITE setMeter NOTIFY meterChanged)
    /// Units read this month.
    Q_PROPERTY(int doneCount READ doneCount NOTIFY doneCountChanged)

public:
    /// lastText "1,204.3" ("" for a first reading), lastReadOn "2026-11-28", done: read this
    /// month, doneText the value then; pending: not yet on the server.
    enum Role { UnitIdRole = Qt::UserRole + 1, LabelRole, LastCentiRole, LastTextRole, LastReadOnRole, DoneRole,
                DoneTextRole, PendingRole };

    explicit FeeReadingRound(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString buildingId() const { return m_buildingId; }
    void setBuildingId(const QString &id);
    [[nodiscard]] QString meter() const { return m_meter; }
    void setMeter(const QString &meter);
    [[nodiscard]] int doneCount() const { return m_done; }

    /// The row's fields as a map ({} out of range), for the page that reads one unit.
    Q_INVOKABLE QVariantMap rowAt(int row) const;
    /// The first row from @p from on not read this month (-1: all read).
    Q_INVOKABLE int nextToRead(int from) const;

Q_SIGNALS:
    void buildingIdChanged();
    void meterChanged();
    void doneCountChanged();

protected:
    [[nodiscard]] QList<ListRowPtr> fetchRows(LocalStore &store, int offset, int limit) const override;

private:
    QString m_buildingId;
    QString m_meter = QStringLiteral("water");
    mutable int m_done = 0;
};

} // namespace Courtyard::Client
