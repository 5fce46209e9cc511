pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Fees

// Records a payment a resident made (at the desk, at the door, by transfer): the amount as
// typed, how it was paid, and which bills it pays — the ones ticked, in that order, or the
// oldest first when none is. Works offline: it is kept on this phone with a provisional
// receipt number and sent once; the receipt opens at once.
Page {
    id: page

    property string estateId
    property FeeDesk desk: FeeStaff.desk
    property string unitId
    property string unitLabel
    property var billIds: []
    property string method: "cash"
    property bool attempted: false
    property alias amountText: amountField.text
    property alias noteText: noteField.text
    readonly property var bills: desk ? desk.outstanding(unitId) : []
    readonly property var form: ({ unitId: unitId, amount: amountField.text, method: method, billIds: billIds,
                                   note: noteField.text })
    readonly property var errors: desk ? desk.checkPayment(form) : ({ unitId: qsTr("Sign in again.") })
    readonly property bool valid: Object.keys(errors).length === 0
    readonly property var preview: valid && desk ? desk.previewPayment(form) : ({})

    signal recorded(string paymentId)

    function toggle(billId, on) {
        const ids = billIds.filter(b => b !== billId)
        if (on)
            ids.push(billId)
        billIds = ids
    }
    function submit() {
        attempted = true
        if (!valid)
            return ""
        const id = desk.recordPayment(form)
        if (id === "") {
            toast.show(desk.lastError, true)
            return ""
        }
        recorded(desk.lastRecordId())
        Shell.replace("qrc:/qt/qml/Courtyard/Fees/PaymentPage.qml", { paymentId: desk.lastRecordId() })
        return id
    }

    objectName: "paymentFormPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Record a payment")
        subtitle: page.unitLabel
        onBack: page.StackView.view.pop()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            spacing: Theme.spacingL

            FormSection {
                title: qsTr("Amount received (yuan)")
                error: page.attempted || amountField.text !== "" ? (page.errors.amount ?? "") : ""
                FormTextField {
                    id: amountField
                    objectName: "paymentAmount"
                    Layout.fillWidth: true
                    placeholderText: qsTr("e.g. 1234.50")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    hasError: (page.attempted || text !== "") && page.errors.amount !== undefined
                }
            }
            FormSection {
                title: qsTr("Paid by")
                error: page.attempted ? (page.errors.method ?? "") : ""
                ChoiceGrid {
                    objectName: "paymentMethods"
                    Layout.fillWidth: true
                    choices: FeeStaff.choices("method")
                    value: page.method
                    namePrefix: "method_"
                    onPicked: id => page.method = id
                }
            }
            FormSection {
                title: qsTr("Bills it pays")
                hint: page.billIds.length === 0 ? qsTr("None ticked: the oldest bills first, the rest is kept as credit.")
                                                : qsTr("In the order ticked; the rest is kept as credit.")
                error: page.attempted ? (page.errors.billIds ?? "") : ""
                Text {
                    visible: page.bills.length === 0
                    text: qsTr("Nothing owed: the whole amount is kept as credit.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
                Repeater {
                    model: page.bills
                    // Period and due day on the left, the amount owed in full on the right, the tick last.
                    delegate: CheckDelegate {
                        id: billBox
                        required property var modelData
                        objectName: "bill_" + modelData.billId
                        Layout.fillWidth: true
                        leftPadding: 0
                        text: qsTr("%1 · due %2 · %3").arg(modelData.periodText).arg(modelData.dueText).arg(modelData.owedText)
                        checked: page.billIds.indexOf(modelData.billId) >= 0
                        onToggled: page.toggle(modelData.billId, checked)
                        contentItem: RowLayout {
                            spacing: Theme.spacingS
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Text {
                                    Layout.fillWidth: true
                                    text: billBox.modelData.periodText
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.DemiBold
                                    color: Theme.textPrimary
                                    elide: Text.ElideRight
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: qsTr("Due %1").arg(billBox.modelData.dueText)
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textSecondary
                                    elide: Text.ElideRight
                                }
                            }
                            Text {
                                objectName: "billOwed"
                                text: billBox.modelData.owedText
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: Theme.textPrimary
                            }
                            Item { implicitWidth: billBox.indicator.width }
                        }
                    }
                }
            }
            FormSection {
                title: qsTr("Note (optional)")
                error: page.errors.note ?? ""
                FormTextField {
                    id: noteField
                    objectName: "paymentNote"
                    Layout.fillWidth: true
                }
            }
            // Where the money goes, as the phone splits it (the server's split comes back with it).
            Rectangle {
                Layout.fillWidth: true
                visible: page.preview.amountText !== undefined
                implicitHeight: previewColumn.implicitHeight + 2 * Theme.spacingM
                radius: Theme.radiusM
                color: Theme.primarySoft
                ColumnLayout {
                    id: previewColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    spacing: 2
                    Repeater {
                        model: page.preview.allocations ?? []
                        delegate: Text {
                            required property var modelData
                            Layout.fillWidth: true
                            text: qsTr("%1: %2").arg(modelData.periodText).arg(modelData.amountText)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textPrimary
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: (page.preview.creditFen ?? 0) > 0
                        text: qsTr("Kept as credit: %1").arg(page.preview.creditText ?? "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textPrimary
                    }
                }
            }
            PrimaryButton {
                objectName: "recordPayment"
                Layout.fillWidth: true
                enabled: page.valid
                text: page.preview.amountText ? qsTr("Record %1").arg(page.preview.amountText) : qsTr("Record payment")
                onClicked: page.submit()
            }
        }
    }

    Toast { id: toast }
}
