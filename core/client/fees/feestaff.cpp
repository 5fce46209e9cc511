#include "fees/feestaff.h"

#include "clientmodule.h"
#include "fees/feestaffledger.h"
#include "fees/feerules.h"
#include "fees/feestaffwords.h"
#include "fees/feewords.h"
#include "kit/shellregistry.h"
#include "logging.h"
#include "money.h"
#include "store/entityrepository.h"
#include "store/localstore.h"
#include "viewer.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDateTime>
#include <QJSEngine>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

namespace {

QPointer<FeeStaff> s_staff;

const QString Pages = u"qrc:/qt/qml/Courtyard/Fees/"_s;

ShellRegistry::Tile feeTile(const QString &id, const char *title, const QString &icon, const QString &page, int order,
                            std::function<bool(const Viewer &)> shownTo)
{
    ShellRegistry::Tile t;
    t.id = id;
    t.app = ShellRegistry::App::Staff;
    t.title = [title] { return QCoreApplication::translate("FeeStaff", title); };
    t.icon = icon;
    // After the day's queues (tickets 10–40), before the estate's administration (100 on).
    t.order = order;
    t.shownTo = std::move(shownTo);
    t.target = [page](LocalStore &, const Viewer &viewer) {
        return PageRequest{QUrl(Pages + page), {{u"estateId"_s, viewer.estateIds().value(0)}}};
    };
    return t;
}

} // namespace

FeeStaff::FeeStaff(Made, QObject *parent)
    : QObject(parent)
{
    s_staff = this;
}

FeeStaff::~FeeStaff()
{
    if (s_staff == this)
        s_staff = nullptr;
}

FeeStaff *FeeStaff::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    if (!s_staff) {
        qCCritical(lcApp) << "QML asked for FeeStaff, but the fees module is not built in";
        return nullptr;
    }
    QJSEngine::setObjectOwnership(s_staff, QJSEngine::CppOwnership);
    return s_staff;
}

FeeStaff *FeeStaff::instance()
{
    return s_staff;
}

void FeeStaff::openSession(const SessionContext &context)
{
    m_desk = std::make_unique<FeeDesk>(context.store, context.attachments, context.viewer, context.mediaDir);
    m_api = context.api;
    Q_EMIT sessionChanged();
}

void FeeStaff::closeSession()
{
    m_api = nullptr;
    if (!m_desk)
        return;
    m_desk.reset();
    Q_EMIT sessionChanged();
}

QVariantList FeeStaff::choices(const QString &kind) const
{
    return FeeStaffWords::choices(kind);
}

QString FeeStaff::methodTitle(const QString &method) const
{
    return FeeWords::methodTitle(method);
}

QString FeeStaff::meterTitle(const QString &meter) const
{
    return FeeStaffWords::meterTitle(meter);
}

QString FeeStaff::kindTitle(const QString &kind) const
{
    return FeeStaffWords::kindTitle(kind);
}

QString FeeStaff::money(qint64 fen) const
{
    return Money::format(fen);
}

QString FeeStaff::rateText(qint64 rateCentiFen) const
{
    return Fees::rateText(rateCentiFen);
}

QString FeeStaff::centiText(qint64 centi) const
{
    return Money::centiText(centi);
}

QString FeeStaff::today(const QString &estateId) const
{
    if (!m_desk)
        return QDate::currentDate().toString(Qt::ISODate);
    return FeeStaffLedger::estateToday(m_desk->store(), estateId, QDateTime::currentMSecsSinceEpoch()).toString(Qt::ISODate);
}

QString FeeStaff::thisPeriod(const QString &estateId) const
{
    return Fees::periodOf(QDate::fromString(today(estateId), Qt::ISODate));
}

QString FeeStaff::addMonths(const QString &period, int months) const
{
    return Fees::addMonths(period, months);
}

QString FeeStaff::addDays(const QString &day, int days) const
{
    return QDate::fromString(day, Qt::ISODate).addDays(days).toString(Qt::ISODate);
}

QVariantList FeeStaff::buildings(const QString &estateId) const
{
    QVariantList out;
    if (!m_desk)
        return out;
    LocalStore &store = m_desk->store();
    QSqlQuery q = store.prepared(u"SELECT id, data FROM buildings WHERE estate_id = ?"_s);
    q.addBindValue(estateId);
    if (!store.exec(q))
        return out;
    QList<std::pair<QString, QString>> rows;
    while (q.next())
        rows.append({q.value(0).toString(),
                     QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().value(u"name"_s).toString()});
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
    for (const auto &[id, name] : rows)
        out.append(QVariantMap{{u"id"_s, id}, {u"title"_s, name}});
    return out;
}

namespace {

QString rateLine(const QJsonObject &rate, const QString &kind)
{
    return QCoreApplication::translate("FeeStaff", "%1 per %2 a month")
        .arg(Fees::rateText(rate.value(u"rateCentiFen"_s).toInteger()), FeeStaffWords::unitTitle(kind));
}

} // namespace

QVariantList FeeStaff::items(const QString &estateId, int revision) const
{
    Q_UNUSED(revision)
    QVariantList out;
    if (!m_desk)
        return out;
    LocalStore &store = m_desk->store();
    QSqlQuery q = store.prepared(u"SELECT data FROM %1"_s.arg(EntityRepository(store).tableFor(u"feeItem"_s)));
    if (!store.exec(q))
        return out;
    QList<QJsonObject> rows;
    while (q.next()) {
        const QJsonObject item = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        if (item.value(u"estateId"_s).toString() == estateId)
            rows.append(item);
    }
    std::sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"name"_s).toString() < b.value(u"name"_s).toString();
    });
    const QString period = thisPeriod(estateId);
    for (const QJsonObject &item : rows) {
        const QString kind = item.value(u"kind"_s).toString();
        QStringList detail{FeeStaffWords::kindTitle(kind)};
        // The rate in force this month (the newest that began by now), else the first to come.
        QJsonObject current;
        for (const QJsonValue &r : item.value(u"rates"_s).toArray()) {
            if (r[u"validFrom"_s].toString() <= period || current.isEmpty())
                current = r.toObject();
        }
        if (!current.isEmpty())
            detail << rateLine(current, kind);
        if (!item.value(u"active"_s).toBool(true))
            detail << QCoreApplication::translate("FeeStaff", "inactive");
        out.append(QVariantMap{{u"id"_s, item.value(u"id"_s).toString()}, {u"name"_s, item.value(u"name"_s).toString()},
                               {u"kind"_s, kind}, {u"active"_s, item.value(u"active"_s).toBool(true)},
                               {u"detail"_s, detail.join(u" · "_s)}});
    }
    return out;
}

QVariant FeeStaff::item(const QString &itemId, int revision) const
{
    Q_UNUSED(revision)
    if (!m_desk)
        return {};
    const std::optional<QJsonObject> item = EntityRepository(m_desk->store()).get(u"feeItem"_s, itemId);
    if (!item)
        return {};
    QVariantMap out = item->toVariantMap();
    QVariantList rates;
    const QString kind = item->value(u"kind"_s).toString();
    for (const QJsonValue &r : item->value(u"rates"_s).toArray()) {
        rates.append(QVariantMap{{u"validFrom"_s, r[u"validFrom"_s].toString()},
                                 {u"rateCentiFen"_s, r[u"rateCentiFen"_s].toInteger()},
                                 {u"text"_s, rateLine(r.toObject(), kind)}});
    }
    out.insert(u"rates"_s, rates);
    out.insert(u"active"_s, item->value(u"active"_s).toBool(true));
    out.insert(u"vacantPermille"_s, item->value(u"vacantPermille"_s).toInt(1000));
    return out;
}

int FeeStaff::reasonMax() const
{
    return FeeDesk::ReasonMax;
}

bool FeeStaff::canWaive(const QString &billId) const
{
    if (!m_desk || m_desk->viewer().role() != Courtyard::Role::Manager)
        return false;
    const QJsonObject bill = EntityRepository(m_desk->store()).get(u"bill"_s, billId).value_or(QJsonObject());
    return !bill.isEmpty() && bill.value(u"waived"_s).toObject().isEmpty()
        && FeeStaffLedger::paidByBill(m_desk->store(), bill.value(u"unitId"_s).toString()).value(billId) == 0;
}

bool FeeStaff::canReverse(const QString &paymentId) const
{
    if (!m_desk || m_desk->viewer().role() != Courtyard::Role::Manager)
        return false;
    EntityRepository repo(m_desk->store());
    const QJsonObject payment = repo.get(u"payment"_s, paymentId).value_or(QJsonObject());
    return !payment.isEmpty() && payment.value(u"reversed"_s).toObject().isEmpty()
        && repo.revision(u"payment"_s, paymentId).value_or(0) > 0;
}

QVariantList FeeStaff::lastReadings(const QString &unitId) const
{
    QVariantList out;
    if (!m_desk)
        return out;
    for (const QString &meter : Fees::meters()) {
        const QJsonObject r = FeeStaffLedger::lastReading(m_desk->store(), unitId, meter);
        out.append(QVariantMap{{u"meter"_s, meter}, {u"title"_s, FeeStaffWords::meterTitle(meter)},
                               {u"text"_s, r.isEmpty() ? QString()
                                                       : QCoreApplication::translate("FeeStaff", "%1 on %2")
                                                             .arg(Money::centiText(r.value(u"valueCenti"_s).toInteger()),
                                                                  r.value(u"readOn"_s).toString())}});
    }
    return out;
}

QString FeeStaff::receiptNumber(const QVariantMap &payment) const
{
    const QString server = payment.value(u"receiptNo"_s).toString();
    return server.isEmpty() ? payment.value(u"deviceReceiptNo"_s).toString() : server;
}

void FeeStaff::registerStaffShell(ShellRegistry &shell)
{
    const auto office = [](const Viewer &v) { return v.isOffice(); };
    const auto manager = [](const Viewer &v) { return v.role() == Courtyard::Role::Manager; };
    const auto reader = [](const Viewer &v) { return v.isStaff(); };
    shell.addTile(feeTile(u"fees.arrears"_s, QT_TRANSLATE_NOOP("FeeStaff", "Arrears"), u"account_balance_wallet"_s,
                          u"ArrearsPage.qml"_s, 60, office));
    shell.addTile(feeTile(u"fees.accounts"_s, QT_TRANSLATE_NOOP("FeeStaff", "Unit accounts"), u"receipt_long"_s,
                          u"StaffUnitSearchPage.qml"_s, 62, office));
    shell.addTile(feeTile(u"fees.readings"_s, QT_TRANSLATE_NOOP("FeeStaff", "Meter readings"), u"speed"_s,
                          u"ReadingRoundPage.qml"_s, 64, reader));
    shell.addTile(feeTile(u"fees.collection"_s, QT_TRANSLATE_NOOP("FeeStaff", "Collection"), u"bar_chart"_s,
                          u"CollectionPage.qml"_s, 90, manager));
    shell.addTile(feeTile(u"fees.items"_s, QT_TRANSLATE_NOOP("FeeStaff", "Fee items & rates"), u"list_alt"_s,
                          u"FeeItemsPage.qml"_s, 92, manager));
    shell.addTile(feeTile(u"fees.policy"_s, QT_TRANSLATE_NOOP("FeeStaff", "Fee policy"), u"rule"_s,
                          u"StaffFeePolicyPage.qml"_s, 94, manager));
    shell.addTile(feeTile(u"fees.generate"_s, QT_TRANSLATE_NOOP("FeeStaff", "Bill generation"), u"request_quote"_s,
                          u"GenerateBillsPage.qml"_s, 96, manager));
}

} // namespace Courtyard::Client
