pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Fees

// The estate's fee policy: when a period's bill is due, the late fee (off by default: many
// local rules restrict it) with its daily rate, grace days and cap, the early-warning
// thresholds of the arrears list, and the payment instructions residents read.
Page {
    id: page

    property string estateId
    readonly property var initial: FeeStaff.desk ? FeeStaff.desk.policyForm(estateId) : ({})
    property bool lateFee: initial.lateFeeEnabled ?? false
    property bool agentsSeeCollection: initial.agentsSeeCollection ?? false
    property alias dueDayText: dueDayField.text
    property alias warnAmountText: warnAmountField.text
    property bool attempted: false
    readonly property var form: ({ estateId: estateId, dueDay: dueDayField.text, dueMonthOffset: offsetField.text,
                                   lateFeeEnabled: lateFee, lateFeePercent: rateField.text, graceDays: graceField.text,
                                   capPercent: capField.text, warnAmount: warnAmountField.text,
                                   warnMonths: warnMonthsField.text, instructions: instructionsField.text,
                                   agentsSeeCollection: agentsSeeCollection })
    readonly property var errors: FeeStaff.desk ? FeeStaff.desk.checkPolicy(form) : ({})

    function save() {
        attempted = true
        if (Object.keys(errors).length > 0)
            return
        const id = FeeStaff.desk.setPolicy(form)
        toast.show(id !== "" ? qsTr("Saved. It is sent when the phone is online.") : FeeStaff.desk.lastError, id === "")
    }

    objectName: "feePolicyPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Fee policy")
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

            SectionTitle { title: qsTr("Due date") }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                FormSection {
                    title: qsTr("Day of the month")
                    hint: qsTr("31: the last day")
                    error: page.errors.dueDay ?? ""
                    FormTextField { id: dueDayField; objectName: "policyDueDay"; Layout.fillWidth: true; text: page.initial.dueDay ?? ""; inputMethodHints: Qt.ImhDigitsOnly }
                }
                FormSection {
                    title: qsTr("Months after the period")
                    hint: qsTr("0: the same month")
                    error: page.errors.dueMonthOffset ?? ""
                    FormTextField { id: offsetField; Layout.fillWidth: true; text: page.initial.dueMonthOffset ?? ""; inputMethodHints: Qt.ImhDigitsOnly }
                }
            }
            Switch {
                objectName: "policyLateFee"
                text: qsTr("Charge a late fee (滞纳金)")
                checked: page.lateFee
                onToggled: page.lateFee = checked
            }
            GridLayout {
                Layout.fillWidth: true
                visible: page.lateFee
                columns: 3
                columnSpacing: Theme.spacingM
                FormSection {
                    title: qsTr("% per day")
                    error: page.errors.lateFeePercent ?? ""
                    FormTextField { id: rateField; Layout.fillWidth: true; text: page.initial.lateFeePercent ?? ""; inputMethodHints: Qt.ImhFormattedNumbersOnly }
                }
                FormSection {
                    title: qsTr("Grace days")
                    error: page.errors.graceDays ?? ""
                    FormTextField { id: graceField; Layout.fillWidth: true; text: page.initial.graceDays ?? ""; inputMethodHints: Qt.ImhDigitsOnly }
                }
                FormSection {
                    title: qsTr("Cap, % of bill")
                    error: page.errors.capPercent ?? ""
                    FormTextField { id: capField; Layout.fillWidth: true; text: page.initial.capPercent ?? ""; inputMethodHints: Qt.ImhFormattedNumbersOnly }
                }
            }
            SectionTitle {
                title: qsTr("Early warning (欠费预警)")
                subtitle: qsTr("A unit is marked when its arrears reach either threshold; 0 turns one off.")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                FormSection {
                    title: qsTr("Amount (yuan)")
                    error: page.errors.warnAmount ?? ""
                    FormTextField { id: warnAmountField; objectName: "policyWarnAmount"; Layout.fillWidth: true; text: page.initial.warnAmount ?? ""; inputMethodHints: Qt.ImhFormattedNumbersOnly }
                }
                FormSection {
                    title: qsTr("Months overdue")
                    error: page.errors.warnMonths ?? ""
                    FormTextField { id: warnMonthsField; Layout.fillWidth: true; text: page.initial.warnMonths ?? ""; inputMethodHints: Qt.ImhDigitsOnly }
                }
            }
            SectionTitle {
                title: qsTr("Collection figures")
                subtitle: qsTr("Managers always see the collection rates; agents only when this is on.")
            }
            Switch {
                objectName: "policyAgentsSeeCollection"
                Layout.fillWidth: true
                text: qsTr("Agents may see the collection figures")
                checked: page.agentsSeeCollection
                onToggled: page.agentsSeeCollection = checked
            }
            FormSection {
                title: qsTr("Payment instructions for residents")
                error: page.errors.instructions ?? ""
                FormTextArea {
                    id: instructionsField
                    Layout.fillWidth: true
                    Layout.preferredHeight: 110
                    text: page.initial.instructions ?? ""
                    placeholderText: qsTr("e.g. 物业服务中心前台（工作日 9:00–17:00），或转账至 …")
                }
            }
            PrimaryButton {
                objectName: "savePolicy"
                Layout.fillWidth: true
                text: qsTr("Save policy")
                onClicked: page.save()
            }
        }
    }

    Toast { id: toast }
}
