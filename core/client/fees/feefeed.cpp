#include "fees/feefeed.h"

#include "fees/feeledger.h"
#include "fees/feewords.h"
#include "money.h"
#include "viewer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Courtyard::Client::FeeFeed {

namespace {

const QString Pages = u"qrc:/qt/qml/Courtyard/Fees/"_s;

qint64 startOf(QDate day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
}

} // namespace

QList<ShellRegistry::FeedItem> items(LocalStore &store, const Viewer &viewer, qint64 nowMs)
{
    QList<ShellRegistry::FeedItem> out;
    for (const QString &unit : viewer.unitIds()) {
        const FeeLedger ledger = FeeLedger::read(store, unit, nowMs);
        const QString where = viewer.unitIds().size() > 1 && !ledger.unitLabel.isEmpty() ? ledger.unitLabel + u" · "_s : QString();
        for (const FeeBill &b : ledger.bills) {
            if (!b.isOpen() || !b.dueDate.isValid())
                continue;
            const bool overdue = b.status == u"overdue";
            if (!overdue && ledger.today.daysTo(b.dueDate) > DueSoonDays)
                continue;
            ShellRegistry::FeedItem item;
            item.id = u"bill:"_s + b.id;
            item.title = overdue ? QCoreApplication::translate("FeeFeed", "%1 overdue since %2")
                                       .arg(Money::format(b.owedFen), FeeWords::dateText(b.dueDate))
                                 : QCoreApplication::translate("FeeFeed", "%1 due by %2")
                                       .arg(Money::format(b.owedFen), FeeWords::dateText(b.dueDate));
            item.text = where + QCoreApplication::translate("FeeFeed", "Bill for %1 · tap for its lines and how to pay")
                                    .arg(FeeWords::periodTitle(b.period));
            item.icon = overdue ? u"error"_s : u"receipt_long"_s;
            item.tint = FeeWords::statusTint(b.status);
            // Overdue from the day after the due date; "soon" from DueSoonDays before it.
            item.at = overdue ? startOf(b.dueDate.addDays(1), ledger.estate.zone)
                              : startOf(b.dueDate.addDays(-DueSoonDays), ledger.estate.zone);
            item.page = {QUrl(Pages + u"BillDetailPage.qml"_s), {{u"billId"_s, b.id}}};
            out.append(item);
        }
        for (const FeeReminder &r : ledger.reminders) {
            if (r.channel != u"app" || !r.givenAt.isValid())
                continue;
            const qint64 shown = Fees::shownFrom(r.givenAt.toTimeZone(ledger.estate.zone)).toMSecsSinceEpoch();
            if (shown > nowMs || nowMs - shown > qint64(ReminderDays) * 24 * 3600 * 1000)
                continue;
            ShellRegistry::FeedItem item;
            item.id = u"reminder:"_s + r.id;
            item.title = QCoreApplication::translate("FeeFeed", "Payment reminder from the property office");
            item.text = where + (ledger.owedFen() > 0
                                     ? QCoreApplication::translate("FeeFeed", "You owe %1 · tap to see your bills")
                                           .arg(Money::format(ledger.owedFen()))
                                     : QCoreApplication::translate("FeeFeed", "Everything is paid now: thank you"));
            item.icon = u"notifications"_s;
            item.tint = u"#D97706"_s;
            item.at = shown;
            item.page = {QUrl(Pages + u"BillsPage.qml"_s), {{u"unitId"_s, unit}, {u"standalone"_s, true}}};
            out.append(item);
        }
    }
    return out;
}

} // namespace Courtyard::Client::FeeFeed
