#include "testfixtures.h"

#include "../client/fees/feestestutil.h"

#include "store/entityrepository.h"
#include "store/localstore.h"
#include "testmodules.h"

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

TestFixtures::~TestFixtures() = default;

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
