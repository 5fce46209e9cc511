pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Fees

// A unit's account at the front desk: what it owes (per item), credit, its bills and payments
// (the resident screens' models and cards), reminders and meter readings; record a payment or
// log a reminder; a manager waives a bill or reverses a payment, each with a reason.
Page {
    id: page

    property string estateId
    property string unitId
    readonly property alias account: feeAccount
    readonly property alias waiveDialog: waive
    readonly property alias reverseDialog: reverse
    property int revision: 0

    function openBill(billId) {
        Shell.open("qrc:/qt/qml/Courtyard/Fees/BillDetailPage.qml", { billId: billId })
    }

    objectName: "staffUnitAccountPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: feeAccount.unitLabel
        subtitle: feeAccount.estateName
        onBack: page.StackView.view.pop()
    }

    FeeAccount {
        id: feeAccount
        store: Workspace.store
        viewer: Workspace.viewer
        unitId: page.unitId
    }
    BillListModel {
        id: billModel
        store: Workspace.store
        viewer: Workspace.viewer
        unitId: page.unitId
    }
    PaymentListModel {
        id: paymentModel
        store: Workspace.store
        viewer: Workspace.viewer
        unitId: page.unitId
    }

    SyncStrip {
        id: strip
        anchors.left: parent.left
        anchors.right: parent.right
    }
    Flickable {
        id: flick
        anchors.fill: parent
        anchors.topMargin: strip.height
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            spacing: Theme.spacingM

            OwedCard {
                Layout.fillWidth: true
                account: feeAccount
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                PrimaryButton {
                    objectName: "recordPaymentButton"
                    Layout.fillWidth: true
                    text: qsTr("Record a payment")
                    onClicked: Shell.open("qrc:/qt/qml/Courtyard/Fees/PaymentFormPage.qml",
                                          { estateId: page.estateId, unitId: page.unitId, unitLabel: feeAccount.unitLabel })
                }
                Button {
                    objectName: "logReminderButton"
                    text: qsTr("Remind")
                    icon.name: ""
                    onClicked: reminder.ask(page.unitId, feeAccount.unitLabel)
                }
            }
            Text {
                Layout.fillWidth: true
                visible: feeAccount.creditFen > 0
                text: qsTr("Credit (预存): %1, used on the next bills").arg(feeAccount.creditText)
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
            }

            SectionTitle { Layout.fillWidth: true; title: qsTr("Bills") }
            Text {
                Layout.fillWidth: true
                visible: billModel.count === 0
                text: qsTr("No bills for this unit yet.")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Repeater {
                model: billModel
                delegate: ColumnLayout {
                    id: billRow
                    required property string billId
                    required property string periodText
                    required property string itemsText
                    required property string statusText
                    required property string statusTint
                    required property bool overdue
                    required property bool owing
                    required property string totalText
                    required property string owedText
                    required property string dueText
                    Layout.fillWidth: true
                    spacing: 0
                    BillCard {
                        Layout.fillWidth: true
                        billId: billRow.billId
                        periodText: billRow.periodText
                        itemsText: billRow.itemsText
                        statusText: billRow.statusText
                        statusTint: billRow.statusTint
                        overdue: billRow.overdue
                        owing: billRow.owing
                        totalText: billRow.totalText
                        owedText: billRow.owedText
                        dueText: billRow.dueText
                        onOpened: billId => page.openBill(billId)
                    }
                    Button {
                        objectName: "waive_" + billRow.billId
                        Layout.alignment: Qt.AlignRight
                        visible: page.revision >= 0 && FeeStaff.canWaive(billRow.billId)
                        flat: true
                        text: qsTr("Waive…")
                        onClicked: waive.askFor(billRow.billId, billRow.periodText)
                    }
                }
            }

            SectionTitle { Layout.fillWidth: true; title: qsTr("Payments"); visible: paymentModel.count > 0 }
            Repeater {
                model: paymentModel
                delegate: ColumnLayout {
                    id: paymentRow
                    required property string paymentId
                    required property string amountText
                    required property string methodText
                    required property string paidAtText
                    required property string receiptText
                    required property string detail
                    required property bool reversed
                    Layout.fillWidth: true
                    spacing: 0
                    PaymentCard {
                        Layout.fillWidth: true
                        paymentId: paymentRow.paymentId
                        amountText: paymentRow.amountText
                        methodText: paymentRow.methodText
                        paidAtText: paymentRow.paidAtText
                        receiptText: paymentRow.receiptText
                        detail: paymentRow.detail
                        reversed: paymentRow.reversed
                        onOpened: paymentId => Shell.open("qrc:/qt/qml/Courtyard/Fees/PaymentPage.qml", { paymentId: paymentId })
                    }
                    Button {
                        objectName: "reverse_" + paymentRow.paymentId
                        Layout.alignment: Qt.AlignRight
                        visible: page.revision >= 0 && FeeStaff.canReverse(paymentRow.paymentId)
                        flat: true
                        text: qsTr("Reverse…")
                        onClicked: reverse.askFor(paymentRow.paymentId, paymentRow.amountText)
                    }
                }
            }

            SectionTitle { Layout.fillWidth: true; title: qsTr("Reminders"); visible: feeAccount.reminders.length > 0 }
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

            SectionTitle { Layout.fillWidth: true; title: qsTr("Meter readings") }
            Repeater {
                model: FeeStaff.lastReadings(page.unitId)
                InfoRow {
                    required property var modelData
                    Layout.fillWidth: true
                    icon: modelData.meter === "water" ? "water_drop" : "bolt"
                    label: modelData.title
                    value: modelData.text === "" ? qsTr("Not read yet") : modelData.text
                }
            }
        }
    }

    ArrearsReminderDialog {
        id: reminder
        estateId: page.estateId
        onLogged: message => toast.show(message, false)
        onFailed: message => toast.show(message, true)
    }
    WaiveDialog {
        id: waive
        onDone: (ok, message) => { toast.show(message, !ok); page.revision++ }
    }
    ReverseDialog {
        id: reverse
        onDone: (ok, message) => { toast.show(message, !ok); page.revision++ }
    }

    Toast { id: toast }
}
