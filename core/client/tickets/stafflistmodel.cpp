#include "tickets/stafflistmodel.h"

#include "store/localstore.h"
#include "tickets/ticketrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

struct Technician : ListRow
{
    QString name;
    bool onDuty = false;
    int openCount = 0;
    bool sameAs(const ListRow &other) const override
    {
        const auto &o = static_cast<const Technician &>(other);
        return name == o.name && onDuty == o.onDuty && openCount == o.openCount;
    }
};

} // namespace

StaffListModel::StaffListModel(QObject *parent)
    : PagedListModel({u"staff"_s, u"ticket"_s}, parent)
{
    setPaged(false);
}

QVariant StaffListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Technician &t = rowAs<Technician>(index.row());
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

void StaffListModel::setEstateId(const QString &id)
{
    if (m_estateId == id)
        return;
    m_estateId = id;
    Q_EMIT estateIdChanged();
    invalidate();
}

QList<ListRowPtr> StaffListModel::fetchRows(LocalStore &store, int offset, int limit) const
{
    Q_UNUSED(offset)
    Q_UNUSED(limit)
    QHash<QString, int> load;
    const QStringList open = Courtyard::TicketRules::openStatusNames();
    QSqlQuery count = store.prepared(
        u"SELECT assignee_id, COUNT(*) FROM tickets WHERE assignee_id IS NOT NULL AND status IN (%1) GROUP BY assignee_id"_s
            .arg(QStringList(open.size(), u"?"_s).join(u", "_s)));
    for (const QString &status : open)
        count.addBindValue(status);
    if (store.exec(count)) {
        while (count.next())
            load.insert(count.value(0).toString(), count.value(1).toInt());
    }
    count.finish();
    QList<std::shared_ptr<Technician>> rows;
    QSqlQuery staff = store.prepared(u"SELECT data FROM staff WHERE role = 'technician'"_s);
    if (store.exec(staff)) {
        while (staff.next()) {
            const QJsonObject o = QJsonDocument::fromJson(staff.value(0).toString().toUtf8()).object();
            if (!m_estateId.isEmpty() && !o.value(u"estateIds"_s).toArray().contains(m_estateId))
                continue;
            auto t = std::make_shared<Technician>();
            t->id = o.value(u"id"_s).toString();
            t->name = o.value(u"name"_s).toString();
            t->onDuty = o.value(u"onDuty"_s).toBool();
            t->openCount = load.value(t->id);
            rows.append(t);
        }
    }
    staff.finish();
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        if (a->onDuty != b->onDuty)
            return a->onDuty;
        if (a->openCount != b->openCount)
            return a->openCount < b->openCount;
        return a->name < b->name;
    });
    return QList<ListRowPtr>(rows.cbegin(), rows.cend());
}

} // namespace Courtyard::Client
