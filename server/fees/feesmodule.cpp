// The fees module (docs/FEES.md): fee items and rates, the estate's policy, meter readings,
// bills generated per unit and period with their lines, payments spread over bills with the
// rest kept as credit, and the collection figures of the KPIs. Money is integer fen; due
// dates are calendar days of the estate.
#include "feesparts.h"

#include "database.h"
#include "registry.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Courtyard::Server {

namespace {

/// The estate's calendar day at @p ms.
QString localDate(const QTimeZone &zone, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date().toString(Qt::ISODate);
}

/// The collection rate over the bills that fell due in the period, up to today: a bill not
/// yet due is not owed yet; a waived one is not owed at all.
bool fillKpis(Database &db, const KpiQuery &query, QJsonObject &out)
{
    const QTimeZone zone = estateZone(db, query.estateId);
    const QString first = localDate(zone, query.from);
    const QString last = std::min(localDate(zone, query.to - 1), localDate(zone, query.now));
    QSqlQuery &b = db.query(u"SELECT COALESCE(SUM(b.total_fen), 0), COALESCE(SUM("_s + paidSql(u"b"_s)
                            + u"), 0) FROM bills b WHERE b.estate_id = ? AND b.waived_at IS NULL AND b.due_date >= ?"
                              " AND b.due_date <= ?"_s);
    b.bindValue(0, query.estateId);
    b.bindValue(1, first);
    b.bindValue(2, last);
    if (!db.execPrepared(b) || !b.next())
        return false;
    const qint64 billed = b.value(0).toLongLong();
    const qint64 paid = b.value(1).toLongLong();
    b.finish();
    out.insert(u"billedFen"_s, billed);
    out.insert(u"collectedFen"_s, paid);
    // A ratio of two sums of fen, rounded once to three places for display.
    out.insert(u"collectionRate"_s, billed > 0 ? QJsonValue(qRound(double(paid) / double(billed) * 1000.0) / 1000.0)
                                               : QJsonValue(QJsonValue::Null));
    return true;
}

class FeesModule final : public ServerModule
{
public:
    QString name() const override { return u"fees"_s; }
    QStringList dependencies() const override { return {u"estate"_s}; }
    int legacyVersion(int legacySchema) const override { return legacySchema >= 1 ? 1 : 0; }

    void registerWith(Registry &registry) override
    {
        registry.addMigrations(FeesSchema::migrations());
        FeesEntities::registerWith(registry);
        registerBilling(registry);
        registerPayments(registry);
        registry.addKpiSection({u"fees"_s, fillCollectionKpis});
        registerReminders(registry);
        registerReports(registry);
        registerPaymentImport(registry);
        registry.setSeed({FeesSeed::demo, {}});
    }
};

} // namespace

std::unique_ptr<ServerModule> makeFeesModule()
{
    return std::make_unique<FeesModule>();
}

} // namespace Courtyard::Server
