#include "fees/feeaccount.h"

#include "fees/feeledger.h"
#include "fees/feewords.h"
#include "money.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

FeeAccount::FeeAccount(QObject *parent)
    : QObject(parent)
    , m_watcher({u"bill"_s, u"payment"_s, u"reminder"_s, u"feePolicy"_s, u"estate"_s, u"unit"_s})
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(&m_watcher, &StoreWatcher::reload, this, &FeeAccount::reload);
    connect(&m_watcher, &StoreWatcher::storeChanged, this, &FeeAccount::storeChanged);
    connect(&m_watcher, &StoreWatcher::retranslated, this, &FeeAccount::reload);
    m_clockTimer.setInterval(60'000);
    connect(&m_clockTimer, &QTimer::timeout, this, &FeeAccount::reload);
    m_clockTimer.start();
}

FeeAccount::~FeeAccount() = default;

QObject *FeeAccount::storeObject() const
{
    return m_watcher.store();
}

void FeeAccount::setStoreObject(QObject *store)
{
    setStore(qobject_cast<LocalStore *>(store));
}

void FeeAccount::setStore(LocalStore *store)
{
    if (m_watcher.store() == store)
        return;
    m_watcher.setStore(store);
    reload();
}

void FeeAccount::setViewer(Viewer *viewer)
{
    if (m_viewer == viewer)
        return;
    if (m_viewer)
        disconnect(m_viewer, nullptr, this, nullptr);
    m_viewer = viewer;
    if (m_viewer)
        connect(m_viewer, &Viewer::changed, this, &FeeAccount::reload);
    Q_EMIT viewerChanged();
    reload();
}

void FeeAccount::setUnitId(const QString &id)
{
    if (m_unitId == id)
        return;
    m_unitId = id;
    Q_EMIT unitIdChanged();
    reload();
}

void FeeAccount::setSyncedAt(const QDateTime &at)
{
    if (m_syncedAt == at)
        return;
    m_syncedAt = at;
    Q_EMIT syncedAtChanged();
    Q_EMIT changed();
}

void FeeAccount::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    reload();
}

QString FeeAccount::shownUnitId() const
{
    if (!m_unitId.isEmpty())
        return m_unitId;
    return m_viewer ? m_viewer->actingUnitId() : QString();
}

QString FeeAccount::owedText() const
{
    return Money::format(m_owedFen);
}

QString FeeAccount::creditText() const
{
    return Money::format(m_creditFen);
}

QString FeeAccount::asOfText() const
{
    if (!m_syncedAt.isValid())
        return QCoreApplication::translate("FeeAccount", "Not synced with the property office yet");
    return QCoreApplication::translate("FeeAccount", "Status as of %1")
        .arg(FeeWords::dateTimeText(m_syncedAt, FeeWords::zoneOf(QString::fromUtf8(m_zone))));
}

void FeeAccount::reload()
{
    m_watcher.cancel();
    FeeLedger ledger;
    if (m_watcher.isReady())
        ledger = FeeLedger::read(*m_watcher.store(), shownUnitId(), m_clock());
    read(ledger);
    Q_EMIT changed();
}

void FeeAccount::read(const FeeLedger &ledger)
{
    m_unitLabel = ledger.unitLabel;
    m_estateName = ledger.estate.name;
    m_zone = ledger.estate.zone.id();
    m_instructions = ledger.estate.instructions;
    m_hasBills = !ledger.bills.isEmpty();
    m_owedFen = ledger.owedFen();
    m_creditFen = ledger.creditFen();
    m_openCount = 0;
    m_overdueCount = 0;

    // Per item: the open bills' lines by label, in the order items first appear (oldest bill first).
    QStringList order;
    QHash<QString, qint64> byItem;
    qint64 paidOnOpen = 0;
    QDate oldestOverdue;
    QDate nextDue;
    qint64 nextDueFen = 0;
    for (auto it = ledger.bills.crbegin(); it != ledger.bills.crend(); ++it) {
        const FeeBill &b = *it;
        if (!b.isOpen())
            continue;
        ++m_openCount;
        paidOnOpen += b.paidFen;
        if (b.status == u"overdue") {
            ++m_overdueCount;
            if (!oldestOverdue.isValid() || b.dueDate < oldestOverdue)
                oldestOverdue = b.dueDate;
        } else if (b.dueDate.isValid()) {
            if (!nextDue.isValid() || b.dueDate < nextDue) {
                nextDue = b.dueDate;
                nextDueFen = 0;
            }
            if (b.dueDate == nextDue)
                nextDueFen += b.owedFen;
        }
        for (const Fees::BillLine &line : b.lines) {
            const QString label = line.label.isEmpty() ? line.kind : line.label;
            if (!byItem.contains(label))
                order << label;
            byItem[label] += line.amountFen;
        }
    }
    m_items.clear();
    for (const QString &label : std::as_const(order)) {
        m_items.append(QVariantMap{{u"label"_s, label}, {u"amountFen"_s, byItem.value(label)},
                                   {u"amountText"_s, Money::format(byItem.value(label))}, {u"deduction"_s, false}});
    }
    if (paidOnOpen > 0) {
        m_items.append(QVariantMap{{u"label"_s, QCoreApplication::translate("FeeAccount", "Already paid on these bills")},
                                   {u"amountFen"_s, -paidOnOpen},
                                   {u"amountText"_s, Money::format(-paidOnOpen)},
                                   {u"deduction"_s, true}});
    }

    if (m_overdueCount > 0)
        m_dueText = QCoreApplication::translate("FeeAccount", "%n bill(s) overdue since %1", nullptr, m_overdueCount)
                        .arg(FeeWords::dateText(oldestOverdue));
    else if (nextDue.isValid())
        m_dueText = QCoreApplication::translate("FeeAccount", "%1 due by %2")
                        .arg(Money::format(nextDueFen), FeeWords::dateText(nextDue));
    else if (m_hasBills)
        m_dueText = QCoreApplication::translate("FeeAccount", "Nothing to pay: every bill is settled");
    else
        m_dueText.clear();

    m_reminders.clear();
    for (const FeeReminder &r : ledger.reminders) {
        m_reminders.append(QVariantMap{
            {u"reminderId"_s, r.id},
            {u"title"_s, QCoreApplication::translate("FeeAccount", "Payment reminder · %1").arg(FeeWords::channelTitle(r.channel))},
            {u"text"_s, r.givenByName.isEmpty()
                            ? FeeWords::dateTimeText(r.givenAt, ledger.estate.zone)
                            : QCoreApplication::translate("FeeAccount", "%1 · from %2")
                                  .arg(FeeWords::dateTimeText(r.givenAt, ledger.estate.zone), r.givenByName)}});
    }
}

} // namespace Courtyard::Client
