// Prepares an app's data folder as if a person had signed in and synced before, for the
// start-up and scrolling benchmarks (bench/app-bench.sh): the kept profile, tokens in the file
// token store, and the account's store with N work orders (written through
// EntityRepository::applyChange, as a pull writes them). The tokens are not valid on any
// server: the benchmarks run the app with no server, the offline start the app must handle.
//
//   bench_app_prepare --data DIR --role resident|technician [--tickets 10000]

#include "store/entityrepository.h"
#include "testmodules.h"
#include "auth/filetokenstore.h"
#include "store/localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool applyPage(LocalStore &store, const QList<QJsonObject> &records, const QString &entity, qint64 *rev)
{
    LocalStore::Transaction tx(store);
    EntityRepository repo(store);
    for (const QJsonObject &data : records) {
        const QJsonObject change{{u"rev"_s, ++*rev}, {u"entity"_s, entity}, {u"id"_s, data.value(u"id"_s)},
                                 {u"op"_s, u"upsert"_s}, {u"data"_s, data}};
        if (!repo.applyChange(change))
            return false;
    }
    return tx.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"data"_s, u"The app's data folder (AppDataLocation)."_s, u"DIR"_s});
    parser.addOption({u"role"_s, u"resident or technician"_s, u"ROLE"_s, u"resident"_s});
    parser.addOption({u"tickets"_s, u"Work orders in the store."_s, u"N"_s, u"10000"_s});
    parser.process(app);
    const QString dir = parser.value(u"data"_s);
    const bool technician = parser.value(u"role"_s) == u"technician";
    const int count = parser.value(u"tickets"_s).toInt();
    if (dir.isEmpty() || count < 0) {
        std::fprintf(stderr, "give --data DIR\n");
        return 2;
    }
    QDir().mkpath(dir);
    const QString userId = technician ? u"usr-b-tech"_s : u"usr-b-0"_s;

    FileTokenStore tokens(dir + u"/session-tokens.json"_s);
    tokens.setTokens({u"bench-offline-access"_s, u"bench-offline-refresh"_s, {}});

    const QJsonObject me{
        {u"id"_s, userId},
        {u"name"_s, technician ? u"李师傅"_s : u"王芳"_s},
        {u"role"_s, technician ? u"technician"_s : u"resident"_s},
        {u"phoneMasked"_s, u"137****0000"_s},
        {u"estates"_s, QJsonArray{QJsonObject{{u"id"_s, u"est-bench"_s}, {u"name"_s, u"Bench Estate"_s}}}},
        {u"units"_s, technician ? QJsonArray()
                                : QJsonArray{QJsonObject{{u"id"_s, u"unit-b-0"_s}, {u"estateId"_s, u"est-bench"_s},
                                                         {u"buildingId"_s, u"bld-b-1"_s}, {u"number"_s, u"1-0"_s}}}},
    };
    QSaveFile profile(dir + u"/session-profile.json"_s);
    if (!profile.open(QIODevice::WriteOnly) || profile.write(QJsonDocument(me).toJson(QJsonDocument::Compact)) < 0
        || !profile.commit()) {
        std::fprintf(stderr, "cannot write the profile\n");
        return 1;
    }

    LocalStore store;
    QString error;
    const QString path = LocalStore::accountPath(dir, userId);
    QFile::remove(path);
    if (!store.open(path, cytest::catalog(), &error)) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error));
        return 1;
    }
    qint64 rev = 0;
    QList<QJsonObject> page;
    page << QJsonObject{{u"id"_s, u"est-bench"_s}, {u"name"_s, u"Bench Estate"_s}, {u"address"_s, u"1 Loopback Road"_s},
                        {u"dispatchMode"_s, u"assign"_s}};
    bool ok = applyPage(store, page, u"estate"_s, &rev);
    page.clear();
    for (int b = 1; b <= 10; ++b)
        page << QJsonObject{{u"id"_s, u"bld-b-%1"_s.arg(b)}, {u"estateId"_s, u"est-bench"_s}, {u"name"_s, u"%1栋"_s.arg(b)}};
    ok = ok && applyPage(store, page, u"building"_s, &rev);
    page.clear();
    for (int u = 0; u < 200; ++u)
        page << QJsonObject{{u"id"_s, u"unit-b-%1"_s.arg(u)}, {u"estateId"_s, u"est-bench"_s},
                            {u"buildingId"_s, u"bld-b-%1"_s.arg(u / 20 + 1)}, {u"number"_s, u"%1"_s.arg(101 + u % 20)},
                            {u"floor"_s, u % 20 + 1}, {u"areaCentiSqm"_s, 9000}};
    ok = ok && applyPage(store, page, u"unit"_s, &rev);
    page.clear();

    static const QStringList residentStatuses{u"submitted"_s, u"assigned"_s, u"on_site"_s, u"resolved"_s,
                                              u"closed"_s, u"closed"_s, u"closed"_s, u"cancelled"_s};
    static const QStringList techStatuses{u"assigned"_s, u"assigned"_s, u"on_site"_s, u"on_hold"_s, u"reopened"_s};
    static const QStringList priorities{u"urgent"_s, u"high"_s, u"normal"_s, u"normal"_s, u"low"_s};
    static const QStringList categories{u"plumbing"_s, u"electrical"_s, u"hvac"_s, u"lift"_s, u"public_area"_s, u"other"_s};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; ok && i < count; ++i) {
        const qint64 created = now - qint64(count - i) * 3 * 60'000;
        const QString status = technician ? techStatuses.at(i % techStatuses.size())
                                          : residentStatuses.at(i % residentStatuses.size());
        const bool assigned = status != u"submitted";
        page << QJsonObject{
            {u"id"_s, u"bench-%1"_s.arg(i, 6, 10, QLatin1Char('0'))},
            {u"estateId"_s, u"est-bench"_s},
            {u"unitId"_s, technician ? u"unit-b-%1"_s.arg(i % 200) : u"unit-b-0"_s},
            {u"kind"_s, u"repair"_s},
            {u"category"_s, categories.at(i % categories.size())},
            {u"description"_s, u"第 %1 号报修：卫生间天花板渗水，墙面起皮，需要上门查看。"_s.arg(i)},
            {u"location"_s, QJsonValue::Null},
            {u"photos"_s, QJsonArray()},
            {u"status"_s, status},
            {u"priority"_s, priorities.at(i % priorities.size())},
            {u"assigneeId"_s, assigned ? QJsonValue(u"usr-b-tech"_s) : QJsonValue(QJsonValue::Null)},
            {u"assigneeName"_s, assigned ? QJsonValue(u"李师傅"_s) : QJsonValue(QJsonValue::Null)},
            {u"pooled"_s, false},
            {u"onBehalf"_s, false},
            {u"createdBy"_s, technician ? u"usr-b-%1"_s.arg(i % 200) : u"usr-b-0"_s},
            {u"createdAt"_s, iso(created)},
            {u"reportedAt"_s, iso(created)},
            {u"updatedAt"_s, iso(created)},
            {u"responseDueAt"_s, iso(created + 30 * 60'000)},
            {u"resolveDueAt"_s, iso(created + 24 * 3'600'000)},
            {u"acceptedAt"_s, assigned ? QJsonValue(iso(created + 12 * 60'000)) : QJsonValue(QJsonValue::Null)},
            {u"resolvedAt"_s, QJsonValue::Null},
            {u"rating"_s, QJsonValue::Null},
            {u"parts"_s, QJsonArray()},
        };
        if (page.size() == 500) {
            ok = applyPage(store, page, u"ticket"_s, &rev);
            page.clear();
        }
    }
    ok = ok && applyPage(store, page, u"ticket"_s, &rev);
    if (!ok) {
        std::fprintf(stderr, "could not fill the store\n");
        return 1;
    }
    std::fprintf(stdout, "prepared %s: %s with %d work orders\n", qPrintable(dir), qPrintable(userId), count);
    return 0;
}
