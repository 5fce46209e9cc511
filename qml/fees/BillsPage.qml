// No "pragma ComponentBehavior: Bound" here: the Repeaters' delegates read the page's models.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Fees

// The resident's Bills tab (缴费): what is owed now in all and per item, how to pay (outside the
// app: the estate's instructions), the credit, the bills by period with their status, the
// payments with their receipts and the reminders received — as of the last sync, with an
// offline hint. Loading, empty and offline states. Pull down to sync.
//   unitId:     the unit shown (empty: the resident's acting unit)
//   standalone: opened over the shell (from the feed): with a bar and a back arrow
Page {
    id: page

    // The account's store and who looks (the signed-in account's; a test gives its own).
    property QtObject store: Workspace.store
    property Viewer viewer: Workspace.viewer
    property string unitId
    property bool standalone: false
    readonly property SyncEngine engine: Workspace.sync
    readonly property bool offline: engine !== null && engine.offline
    readonly property bool everSynced: engine !== null && !!engine.lastSyncAt && !isNaN(engine.lastSyncAt.getTime())
    readonly property alias account: feeAccount
    readonly property alias bills: billModel
    readonly property alias payments: paymentModel

    signal back()

    function openBill(billId) {
        Shell.open("qrc:/qt/qml/Courtyard/Fees/BillDetailPage.qml", { billId: billId })
    }
    function openPayment(paymentId) {
        Shell.open("qrc:/qt/qml/Courtyard/Fees/PaymentPage.qml", { paymentId: paymentId })
    }

    objectName: "billsPage"
    background: Rectangle { color: Theme.background }
    header: page.standalone ? bar : null

    TopBar {
        id: bar
        visible: page.standalone
        title: qsTr("Bills")
        onBack: page.back()
    }

    FeeAccount {
        id: feeAccount
        store: page.store
        viewer: page.viewer
        unitId: page.unitId
        syncedAt: page.everSynced ? page.engine.lastSyncAt : new Date(NaN)
    }
    BillListModel {
        id: billModel
        store: page.store
        viewer: page.viewer
        unitId: page.unitId
    }
    PaymentListModel {
        id: paymentModel
        store: page.store
        viewer: page.viewer
        unitId: page.unitId
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.DragOverBounds
        onDragEnded: if (verticalOvershoot < -72) Workspace.syncNow()

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            spacing: Theme.spacingM

            InfoBanner {
                objectName: "feesOfflineBanner"
                Layout.fillWidth: true
                visible: page.offline && feeAccount.hasBills
                tone: "warning"
                icon: "cloud_off"
                text: qsTr("You are offline. %1; a payment made since then shows once this phone is back online.")
                      .arg(feeAccount.asOfText)
            }
            EmptyState {
                objectName: "billsEmptyState"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXl
                visible: !feeAccount.hasBills
                busy: !page.everSynced && !page.offline && Workspace.ready
                tone: page.offline && !page.everSynced ? "warning" : "neutral"
                icon: page.offline && !page.everSynced ? "cloud_off" : "receipt_long"
                title: page.offline && !page.everSynced ? qsTr("You are offline")
                     : page.everSynced ? qsTr("No bills yet") : qsTr("Loading your bills…")
                text: page.offline && !page.everSynced
                      ? qsTr("Your bills show here once this phone has been online.")
                      : qsTr("When the property office issues a bill for your home, it shows here with each fee and how it was worked out.")
            }
            OwedCard {
                Layout.fillWidth: true
                visible: feeAccount.hasBills
                account: feeAccount
            }

            SectionTitle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                title: qsTr("How to pay")
                subtitle: qsTr("Payment happens outside the app: by bank transfer, WeChat Pay, Alipay or at the front desk. This screen shows what the property office has recorded.")
            }
            Text {
                objectName: "instructionsText"
                Layout.fillWidth: true
                visible: feeAccount.instructions !== ""
                text: feeAccount.instructions
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }

            SectionTitle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: billModel.count > 0
                title: qsTr("Bills")
                subtitle: qsTr("Tap a bill for its lines and how each was computed.")
            }
            Repeater {
                model: billModel
                BillCard {
                    Layout.fillWidth: true
                    onOpened: billId => page.openBill(billId)
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: paymentModel.count > 0
                title: qsTr("Payments")
                subtitle: qsTr("Tap a payment for its receipt.")
            }
            Repeater {
                model: paymentModel
                PaymentCard {
                    Layout.fillWidth: true
                    onOpened: paymentId => page.openPayment(paymentId)
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: feeAccount.reminders.length > 0
                title: qsTr("Reminders received")
            }
            Repeater {
                model: feeAccount.reminders
                InfoRow {
                    required property var modelData
                    Layout.fillWidth: true
                    icon: "notifications"
                    label: modelData.title
                    value: modelData.text
                }
            }
        }
    }
}
