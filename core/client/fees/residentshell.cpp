// The fees module in the resident app: the 缴费 tab, the bill and payment pages, and the home
// feed's items (bills due soon or overdue, reminders received).
#include "fees/feefeed.h"
#include "fees/feesmodule.h"
#include "viewer.h" // before the registry: its inline members need the whole Viewer
#include "kit/shellregistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Courtyard::Client {

void FeesModule::registerResidentShell(ShellRegistry &shell)
{
    using App = ShellRegistry::App;
    const QString pages = u"qrc:/qt/qml/Courtyard/Fees/"_s;
    // After 报修 (order 20), before 社区.
    shell.addTab({u"bills"_s, App::Resident, [] { return QCoreApplication::translate("FeesModule", "Bills"); },
                  u"receipt_long"_s, QUrl(pages + u"BillsPage.qml"_s), 30, {}});
    shell.addRecordPage(u"bill"_s, App::Resident, QUrl(pages + u"BillDetailPage.qml"_s), u"billId"_s);
    shell.addRecordPage(u"payment"_s, App::Resident, QUrl(pages + u"PaymentPage.qml"_s), u"paymentId"_s);
    shell.addFeedSource({u"fees"_s, {u"bill"_s, u"payment"_s, u"reminder"_s}, &FeeFeed::items});
}

} // namespace Courtyard::Client
