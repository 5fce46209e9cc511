#include "testfixtures.h"

#include "../client/fees/feestestutil.h"
#include "fees/feedesk.h"
#include "media/attachmentqueue.h"
#include "store/entityrepository.h"
#include "store/localstore.h"
#include "testmodules.h"
#include "viewer.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QQmlEngine>
#include <QTranslator>
#include <QFile>
#include <QImage>
#include <QJSEngine>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Courtyard::Client;

TestFixtures::TestFixtures(QObject *parent)
    : QObject(parent)
{
}

struct TestFixtures::StaffFees
{
    LocalStore store;
    Viewer viewer;
    std::unique_ptr<AttachmentQueue> attachments;
    std::unique_ptr<FeeDesk> desk;
};

TestFixtures::~TestFixtures() = default;

QObject *TestFixtures::staffFees()
{
    if (m_staffFees)
        return m_staffFees->desk.get();
    auto f = std::make_unique<StaffFees>();
    if (!f->store.open(m_dir.filePath(u"stafffees.db"_s), cytest::catalog()))
        return nullptr;
    LocalStore::Transaction tx(f->store);
    EntityRepository repo(f->store);
    bool ok = repo.put(u"estate"_s, {{u"id"_s, u"est-1"_s}, {u"name"_s, u"Demo"_s}, {u"timeZone"_s, u"Asia/Shanghai"_s}}, 1)
        && repo.put(u"building"_s, {{u"id"_s, u"bld-f"_s}, {u"estateId"_s, u"est-1"_s}, {u"name"_s, u"1号楼"_s}}, 1);
    // Unit 0101 owes two old bills, 0102 one recent bill, 0103 nothing.
    const QList<std::tuple<QString, QString, QString, qint64>> bills{
        {u"0101"_s, u"2025-01"_s, u"2025-01-31"_s, 21002}, {u"0101"_s, u"2025-02"_s, u"2025-02-28"_s, 21002},
        {u"0102"_s, u"2099-01"_s, u"2099-01-31"_s, 15000}, {u"0102"_s, u"2025-03"_s, u"2025-03-31"_s, 500}};
    for (const QString &n : {u"0101"_s, u"0102"_s, u"0103"_s})
        ok = ok && repo.put(u"unit"_s, {{u"id"_s, u"unit-f-"_s + n}, {u"estateId"_s, u"est-1"_s}, {u"buildingId"_s, u"bld-f"_s},
                                         {u"number"_s, n}, {u"floor"_s, 1}, {u"areaCentiSqm"_s, 8937}}, 1);
    for (const auto &[unit, period, due, fen] : bills)
        ok = ok && repo.put(u"bill"_s, {{u"id"_s, u"bill-"_s + unit + u'-' + period}, {u"estateId"_s, u"est-1"_s},
                                         {u"unitId"_s, u"unit-f-"_s + unit}, {u"period"_s, period}, {u"dueDate"_s, due},
                                         {u"totalFen"_s, fen}, {u"paidFen"_s, 0}, {u"status"_s, u"unpaid"_s}}, 1);
    if (!ok || !tx.commit())
        return nullptr;
    f->viewer.set(u"usr-agent-f"_s, u"Agent"_s, Courtyard::Role::Agent, {u"est-1"_s}, {});
    f->attachments = std::make_unique<AttachmentQueue>(f->store);
    f->desk = std::make_unique<FeeDesk>(f->store, *f->attachments, f->viewer, m_dir.filePath(u"media"_s));
    QJSEngine::setObjectOwnership(f->desk.get(), QJSEngine::CppOwnership);
    QJSEngine::setObjectOwnership(&f->store, QJSEngine::CppOwnership);
    m_staffFees = std::move(f);
    return m_staffFees->desk.get();
}

QObject *TestFixtures::staffFeesStore()
{
    return staffFees() ? &m_staffFees->store : nullptr;
}

QObject *TestFixtures::orders()
{
    if (m_store)
        return m_store.get();
    auto store = std::make_unique<LocalStore>();
    if (!store->open(m_dir.filePath(u"orders.db"_s), cytest::catalog()))
        return nullptr;
    LocalStore::Transaction tx(*store);
    EntityRepository repo(*store);
    const QStringList statuses{u"submitted"_s, u"accepted"_s, u"assigned"_s, u"on_site"_s, u"on_hold"_s,
                               u"resolved"_s, u"closed"_s, u"cancelled"_s, u"reopened"_s};
    auto order = [](const QString &id, const QString &status, const QString &kind) {
        const bool dispatched = status != u"submitted" && status != u"accepted";
        return QJsonObject{{u"id"_s, id},
                           {u"estateId"_s, u"est-1"_s},
                           {u"unitId"_s, u"unit-a"_s},
                           {u"kind"_s, kind},
                           {u"category"_s, u"plumbing"_s},
                           {u"description"_s, u"Leak"_s},
                           {u"status"_s, status},
                           {u"priority"_s, u"normal"_s},
                           {u"assigneeId"_s, dispatched ? QJsonValue(u"tech-1"_s) : QJsonValue(QJsonValue::Null)},
                           {u"pooled"_s, false},
                           {u"onBehalf"_s, false},
                           {u"createdBy"_s, u"res-1"_s},
                           {u"createdAt"_s, u"2026-11-27T08:00:00.000Z"_s}};
    };
    bool ok = true;
    for (const QString &status : statuses)
        ok = ok && repo.put(u"ticket"_s, order(u"o-"_s + status, status, u"repair"_s), 1);
    ok = ok && repo.put(u"ticket"_s, order(u"o-complaint"_s, u"submitted"_s, u"complaint"_s), 1);
    if (!ok || !tx.commit())
        return nullptr;
    m_store = std::move(store);
    // Returned to QML: the fixture keeps it, the JS garbage collector must not take it.
    QJSEngine::setObjectOwnership(m_store.get(), QJSEngine::CppOwnership);
    return m_store.get();
}

QObject *TestFixtures::fees()
{
    if (!m_fees) {
        m_fees = std::make_unique<LocalStore>();
        if (!m_fees->open(m_dir.filePath(u"fees.db"_s), cytest::catalog()) || !FeesTest::fill(*m_fees)) {
            m_fees.reset();
            return nullptr;
        }
        QJSEngine::setObjectOwnership(m_fees.get(), QJSEngine::CppOwnership);
    }
    return m_fees.get();
}

bool TestFixtures::useLanguage(const QString &language)
{
    static QTranslator translator;
    QCoreApplication::removeTranslator(&translator);
    bool ok = true;
    if (language != u"en") {
        ok = translator.load(u":/i18n/courtyard_%1.qm"_s.arg(language));
        QCoreApplication::installTranslator(&translator);
    }
    QLocale::setDefault(QLocale(language));
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
    return ok;
}

QString TestFixtures::screenshotPath(const QString &name) const
{
    const QDir dir(QStringLiteral(COURTYARD_SCREENSHOT_DIR "/qml"));
    dir.mkpath(u"."_s);
    return dir.filePath(name + u".png"_s);
}

QUrl TestFixtures::imageFile(int n)
{
    const QString path = m_dir.filePath(u"photo-%1.jpg"_s.arg(n));
    if (!QFile::exists(path)) {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((n * 47) % 360, 200, 220));
        if (!image.save(path, "JPEG"))
            return {};
    }
    return QUrl::fromLocalFile(path);
}

QString TestFixtures::tempPath(const QString &name) const
{
    return m_dir.filePath(name);
}
