#include "stafflistmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

StaffListModel::StaffListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &StaffListModel::reload);
    connect(this, &QAbstractItemModel::modelReset, this, &StaffListModel::countChanged);
}

int StaffListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StaffListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Technician &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return t.name;
    case IdRole:
        return t.id;
    case OnDutyRole:
        return t.onDuty;
    case OpenCountRole:
        return t.openCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> StaffListModel::roleNames() const
{
    return {{IdRole, "id"}, {NameRole, "name"}, {OnDutyRole, "onDuty"}, {OpenCountRole, "openCount"}};
}

void StaffListModel::setStoreObject(QObject *store)
{
    auto *s = qobject_cast<LocalStore *>(store);
    if (m_store == s)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = s;
    if (m_store) {
        connect(m_store, &QObject::destroyed, this, &StaffListModel::reload);
        connect(m_store, &LocalStore::changed, this, [this](const QStringList &entities) {
            if (entities.contains(u"staff"_s) || entities.contains(u"ticket"_s))
                m_reloadTimer.start();
        });
    }
    Q_EMIT storeChanged();
    reload();
}

void StaffListModel::setEstateId(const QString &id)
{
    if (m_estateId == id)
        return;
    m_estateId = id;
    Q_EMIT estateIdChanged();
    reload();
}

void StaffListModel::reload()
{
    m_reloadTimer.stop();
    QList<Technician> rows;
    if (m_store && m_store->isOpen()) {
        QHash<QString, int> load;
        QSqlQuery open = m_store->prepared(
            u"SELECT assignee_id, COUNT(*) FROM tickets WHERE assignee_id IS NOT NULL"
            " AND status IN ('assigned', 'on_site', 'on_hold', 'reopened', 'accepted') GROUP BY assignee_id"_s);
        if (m_store->exec(open)) {
            while (open.next())
                load.insert(open.value(0).toString(), open.value(1).toInt());
        }
        open.finish();
        QSqlQuery staff = m_store->prepared(u"SELECT data FROM staff WHERE role = 'technician'"_s);
        if (m_store->exec(staff)) {
            while (staff.next()) {
                const QJsonObject o = QJsonDocument::fromJson(staff.value(0).toString().toUtf8()).object();
                if (!m_estateId.isEmpty() && !o.value(u"estateIds"_s).toArray().contains(m_estateId))
                    continue;
                const QString id = o.value(u"id"_s).toString();
                rows.append({id, o.value(u"name"_s).toString(), o.value(u"onDuty"_s).toBool(), load.value(id)});
            }
        }
        staff.finish();
    }
    std::sort(rows.begin(), rows.end(), [](const Technician &a, const Technician &b) {
        if (a.onDuty != b.onDuty)
            return a.onDuty;
        if (a.openCount != b.openCount)
            return a.openCount < b.openCount;
        return a.name < b.name;
    });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}
