#include "fees/feereadings.h"

#include "estate/estatedirectory.h"
#include "fees/feestaffledger.h"
#include "fees/feerules.h"
#include "money.h"
#include "store/entityrepository.h"
#include "store/localstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

struct Row : ListRow
{
    QString label;
    qint64 lastCenti = -1;
    QString lastReadOn;
    bool done = false;
    bool pending = false;
    [[nodiscard]] bool sameAs(const ListRow &other) const override
    {
        const auto &o = static_cast<const Row &>(other);
        return o.label == label && o.lastCenti == lastCenti && o.lastReadOn == lastReadOn && o.done == done
            && o.pending == pending;
    }
};

QJsonObject parsed(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

FeeReadingRound::FeeReadingRound(QObject *parent)
    : PagedListModel({u"meterReading"_s, u"unit"_s}, parent)
{
    setPaged(false);
}

void FeeReadingRound::setBuildingId(const QString &id)
{
    if (m_buildingId == id)
        return;
    m_buildingId = id;
    Q_EMIT buildingIdChanged();
    invalidate();
}

void FeeReadingRound::setMeter(const QString &meter)
{
    if (m_meter == meter || !Fees::meters().contains(meter))
        return;
    m_meter = meter;
    Q_EMIT meterChanged();
    invalidate();
}

QList<ListRowPtr> FeeReadingRound::fetchRows(LocalStore &store, int offset, int limit) const
{
    Q_UNUSED(offset)
    Q_UNUSED(limit)
    QList<ListRowPtr> rows;
    if (m_buildingId.isEmpty())
        return rows;
    QSqlQuery u = store.prepared(u"SELECT u.id, u.estate_id, u.data, b.data FROM units u LEFT JOIN buildings b"
                                 " ON b.id = u.building_id WHERE u.building_id = ?"_s);
    u.addBindValue(m_buildingId);
    if (!store.exec(u))
        return rows;
    struct Unit { QString id; QString label; int floor; QString number; };
    QList<Unit> units;
    QString estateId;
    while (u.next()) {
        const QJsonObject unit = parsed(u.value(2));
        estateId = u.value(1).toString();
        units.append({u.value(0).toString(),
                      EstateDirectory::composeLabel(parsed(u.value(3)).value(u"name"_s).toString(),
                                                    unit.value(u"number"_s).toString()),
                      unit.value(u"floor"_s).toInt(), unit.value(u"number"_s).toString()});
    }
    u.finish();
    // Floor by floor, as a round walks the stairs.
    std::sort(units.begin(), units.end(), [](const Unit &a, const Unit &b) {
        return std::tie(a.floor, a.number, a.id) < std::tie(b.floor, b.number, b.id);
    });
    const QString period = Fees::periodOf(FeeStaffLedger::estateToday(store, estateId, QDateTime::currentMSecsSinceEpoch()));
    EntityRepository repo(store);
    int done = 0;
    for (const Unit &unit : units) {
        auto row = std::make_shared<Row>();
        row->id = unit.id;
        row->label = unit.label;
        const QJsonObject last = FeeStaffLedger::lastReading(store, unit.id, m_meter);
        row->lastCenti = FeeStaffLedger::lastValue(last);
        row->lastReadOn = last.value(u"readOn"_s).toString();
        row->done = !last.isEmpty() && Fees::periodOf(QDate::fromString(row->lastReadOn, Qt::ISODate)) == period;
        row->pending = !last.isEmpty() && repo.revision(u"meterReading"_s, last.value(u"id"_s).toString()).value_or(0) == 0;
        done += row->done ? 1 : 0;
        rows.append(row);
    }
    if (done != m_done) {
        m_done = done;
        QMetaObject::invokeMethod(const_cast<FeeReadingRound *>(this), &FeeReadingRound::doneCountChanged,
                                  Qt::QueuedConnection);
    }
    return rows;
}

QVariant FeeReadingRound::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = rowAs<Row>(index.row());
    switch (role) {
    case UnitIdRole:
        return r.id;
    case LabelRole:
        return r.label;
    case LastCentiRole:
        return r.lastCenti;
    case LastTextRole:
        return r.lastCenti < 0 ? QString() : Money::centiText(r.lastCenti);
    case LastReadOnRole:
        return r.lastReadOn;
    case DoneRole:
        return r.done;
    case DoneTextRole:
        return r.done ? Money::centiText(r.lastCenti) : QString();
    case PendingRole:
        return r.pending;
    }
    return {};
}

QHash<int, QByteArray> FeeReadingRound::roleNames() const
{
    return {{UnitIdRole, "unitId"},   {LabelRole, "label"},   {LastCentiRole, "lastCenti"}, {LastTextRole, "lastText"},
            {LastReadOnRole, "lastReadOn"}, {DoneRole, "done"}, {DoneTextRole, "doneText"}, {PendingRole, "pending"}};
}

QVariantMap FeeReadingRound::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    QVariantMap out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
    out.insert(u"row"_s, row);
    return out;
}

int FeeReadingRound::nextToRead(int from) const
{
    for (int r = std::max(0, from); r < rowCount(); ++r) {
        if (!rowAs<Row>(r).done)
            return r;
    }
    return -1;
}

} // namespace Courtyard::Client
