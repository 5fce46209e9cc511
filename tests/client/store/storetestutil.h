#pragma once

#include "store/entityrepository.h"
#include "store/localstore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Shared by the store suites: a ticket record shaped like the API's Ticket, and a store
// opened in a fresh temporary folder.
namespace StoreTest {

using namespace Courtyard::Client;

inline QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

inline QJsonObject ticket(const QString &id, const QString &status = u"submitted"_s,
                          const QString &priority = u"normal"_s, qint64 createdMs = 1'700'000'000'000,
                          qint64 resolveDueMs = 0, const QString &assignee = {},
                          const QString &unit = u"unit-1-1-0101"_s)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"estateId"_s, u"est-1"_s},
        {u"unitId"_s, unit},
        {u"kind"_s, u"repair"_s},
        {u"category"_s, u"plumbing"_s},
        {u"description"_s, u"Leak under the sink %1"_s.arg(id)},
        {u"status"_s, status},
        {u"priority"_s, priority},
        {u"assigneeId"_s, assignee.isEmpty() ? QJsonValue() : QJsonValue(assignee)},
        {u"assigneeName"_s, assignee.isEmpty() ? QJsonValue() : QJsonValue(u"Tech %1"_s.arg(assignee))},
        {u"createdBy"_s, u"usr-r1"_s},
        {u"createdAt"_s, iso(createdMs)},
        {u"reportedAt"_s, iso(createdMs)},
        {u"updatedAt"_s, iso(createdMs)},
        {u"responseDueAt"_s, QJsonValue()},
        {u"resolveDueAt"_s, resolveDueMs > 0 ? QJsonValue(iso(resolveDueMs)) : QJsonValue()},
    };
}

inline QJsonObject upsert(const QString &entity, qint64 rev, const QJsonObject &data)
{
    return {{u"rev"_s, rev}, {u"entity"_s, entity}, {u"id"_s, data.value(u"id"_s)}, {u"op"_s, u"upsert"_s},
            {u"data"_s, data}};
}

inline QJsonObject tombstone(const QString &entity, qint64 rev, const QString &id)
{
    return {{u"rev"_s, rev}, {u"entity"_s, entity}, {u"id"_s, id}, {u"op"_s, u"delete"_s}};
}

inline bool apply(LocalStore &store, const QList<QJsonObject> &changes)
{
    LocalStore::Transaction tx(store);
    EntityRepository repo(store);
    for (const QJsonObject &change : changes) {
        if (!repo.applyChange(change))
            return false;
    }
    return tx.commit();
}

inline QString dbPath(const QTemporaryDir &dir)
{
    return LocalStore::accountPath(dir.path(), u"usr-test"_s);
}

} // namespace StoreTest
