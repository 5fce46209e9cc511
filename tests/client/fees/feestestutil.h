#pragma once

// The fees suites' fixture: a real account store (the estate and fees modules' tables) holding one estate in
// Asia/Shanghai, unit 3栋 1202 (89.37 m², one parking space) and its bills and payments as the
// server syncs them (docs/FEES.md), written the way sync writes them.

#include "fees/feerules.h"
#include "store/entityrepository.h"
#include "store/localstore.h"
#include "clientmodule.h"
#include "estate/estatemodule.h"
#include "fees/feesmodule.h"
#include "store/entitycatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace FeesTest {

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

inline const QString Unit = u"unit-a"_s;

/// The catalog of the modules the fees screens read: estate (units, labels) and fees.
inline std::shared_ptr<const EntityCatalog> catalog()
{
    static const ModuleSet set([] {
        std::vector<std::unique_ptr<ClientModule>> modules;
        modules.push_back(makeEstateModule());
        modules.push_back(makeFeesModule());
        return modules;
    }());
    return set.catalog();
}

/// ms since the epoch of an ISO time ("2026-12-02T10:00:00+08:00").
inline qint64 at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

/// The two lines of a month: 89.37 m² × ¥2.35 (21002 fen, half up) and 1 space × ¥150 (15000 fen).
inline QJsonArray monthLines()
{
    Courtyard::Fees::BillLine property;
    property.itemId = u"item-property"_s;
    property.kind = u"property"_s;
    property.label = u"物业费"_s;
    property.quantityCenti = 8937;
    property.rateCentiFen = 23500;
    Courtyard::Fees::BillLine parking;
    parking.itemId = u"item-parking"_s;
    parking.kind = u"parking"_s;
    parking.label = u"停车费"_s;
    parking.quantityCenti = 100;
    parking.rateCentiFen = 1'500'000;
    return {Courtyard::Fees::computed(property).toJson(), Courtyard::Fees::computed(parking).toJson()};
}

inline QJsonObject bill(const QString &period, const QString &dueDate, qint64 totalFen = 36002)
{
    return {{u"id"_s, u"bill-"_s + period},
            {u"estateId"_s, u"est-1"_s},
            {u"unitId"_s, Unit},
            {u"period"_s, period},
            {u"number"_s, u"B"_s + QString(period).remove(u'-') + u"-000042"_s},
            {u"dueDate"_s, dueDate},
            {u"totalFen"_s, totalFen},
            {u"amountFen"_s, totalFen},
            {u"status"_s, u"unpaid"_s},
            {u"waived"_s, QJsonValue::Null},
            {u"lines"_s, monthLines()},
            {u"issuedAt"_s, period + u"-01T00:00:00.000Z"_s}};
}

inline QJsonObject payment(const QString &id, qint64 amountFen, const QString &method, const QString &paidAt,
                           const QList<std::pair<QString, qint64>> &allocations, const QString &receiptNo = {})
{
    QJsonArray alloc;
    qint64 allocated = 0;
    for (const auto &[billId, fen] : allocations) {
        alloc.append(QJsonObject{{u"billId"_s, billId}, {u"amountFen"_s, fen}});
        allocated += fen;
    }
    return {{u"id"_s, id},
            {u"estateId"_s, u"est-1"_s},
            {u"unitId"_s, Unit},
            {u"amountFen"_s, amountFen},
            {u"method"_s, method},
            {u"receiptNo"_s, receiptNo.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(receiptNo)},
            {u"deviceReceiptNo"_s, u"D7-"_s + id},
            {u"paidAt"_s, paidAt},
            {u"recordedBy"_s, u"usr-agent-1"_s},
            {u"recordedByName"_s, u"李娜"_s},
            {u"source"_s, u"agent"_s},
            {u"allocations"_s, alloc},
            {u"creditFen"_s, amountFen - allocated},
            {u"reversed"_s, QJsonValue::Null},
            {u"billId"_s, allocations.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(allocations.first().first)}};
}

inline QJsonObject reminder(const QString &id, const QString &channel, const QString &givenAt)
{
    return {{u"id"_s, id},          {u"estateId"_s, u"est-1"_s}, {u"unitId"_s, Unit},
            {u"channel"_s, channel}, {u"givenAt"_s, givenAt},    {u"givenBy"_s, u"usr-agent-1"_s},
            {u"givenByName"_s, u"李娜"_s}};
}

inline bool put(LocalStore &store, const QString &entity, const QJsonObject &data, qint64 rev = 1)
{
    LocalStore::Transaction tx(store);
    return EntityRepository(store).put(entity, data, rev) && tx.commit();
}

/**
 * The unit's account on 2 Dec 2026: October paid by p-1 (¥400.00, ¥39.98 of it credit), November
 * partly paid by p-2 (¥100.00; p-3's ¥50.00 on it was reversed), December not paid yet.
 */
inline bool fill(LocalStore &store)
{
    LocalStore::Transaction tx(store);
    EntityRepository repo(store);
    QJsonObject reversed = payment(u"p-3"_s, 5000, u"bank"_s, u"2026-11-20T02:00:00.000Z"_s, {{u"bill-2026-11"_s, 5000}},
                                   u"R202611-000003"_s);
    reversed.insert(u"reversed"_s, QJsonObject{{u"at"_s, u"2026-11-22T02:00:00.000Z"_s}, {u"by"_s, u"usr-manager"_s},
                                              {u"reason"_s, u"Transfer bounced"_s}});
    const bool ok =
        repo.put(u"estate"_s, {{u"id"_s, u"est-1"_s}, {u"name"_s, u"翠湖花园"_s}, {u"timeZone"_s, u"Asia/Shanghai"_s}}, 1)
        && repo.put(u"building"_s, {{u"id"_s, u"bld-3"_s}, {u"estateId"_s, u"est-1"_s}, {u"name"_s, u"3栋"_s}}, 1)
        && repo.put(u"unit"_s, {{u"id"_s, Unit}, {u"estateId"_s, u"est-1"_s}, {u"buildingId"_s, u"bld-3"_s},
                                {u"number"_s, u"1202"_s}, {u"areaCentiSqm"_s, 8937}}, 1)
        && repo.put(u"feePolicy"_s, {{u"id"_s, u"policy-1"_s}, {u"estateId"_s, u"est-1"_s}, {u"dueDay"_s, 31},
                                     {u"instructions"_s, u"Pay at the front desk of building 1, or by bank transfer to 翠湖物业."_s}}, 1)
        && repo.put(u"bill"_s, bill(u"2026-10"_s, u"2026-10-31"_s), 2)
        && repo.put(u"bill"_s, bill(u"2026-11"_s, u"2026-11-30"_s), 3)
        && repo.put(u"bill"_s, bill(u"2026-12"_s, u"2026-12-31"_s), 4)
        && repo.put(u"payment"_s, payment(u"p-1"_s, 40000, u"wechat"_s, u"2026-11-05T02:30:00.000Z"_s,
                                          {{u"bill-2026-10"_s, 36002}}, u"R202611-000001"_s), 5)
        && repo.put(u"payment"_s, payment(u"p-2"_s, 10000, u"cash"_s, u"2026-11-28T06:00:00.000Z"_s,
                                          {{u"bill-2026-11"_s, 10000}}, u"R202611-000002"_s), 6)
        && repo.put(u"payment"_s, reversed, 7);
    return ok && tx.commit();
}

/// A store with every module's tables in @p dir, filled.
inline std::unique_ptr<LocalStore> openFilled(const QTemporaryDir &dir)
{
    auto store = std::make_unique<LocalStore>();
    QString error;
    if (!store->open(LocalStore::accountPath(dir.path(), u"usr-test"_s), catalog(), &error)) {
        qWarning("store: %s", qPrintable(error));
        return nullptr;
    }
    if (!fill(*store))
        return nullptr;
    return store;
}

} // namespace FeesTest
