pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Fees

// Logs a reminder (催缴) for a unit in one more tap: the channel is chosen (the last one used
// stays), and a tap on an outcome logs it at once — only one that needs a date (a promise to
// pay) asks for the day first.
Dialog {
    id: dialog

    property FeeDesk desk: FeeStaff.desk
    property string estateId
    property string unitId
    property string unitLabel
    property string channel: "phone"
    property bool promising: false
    property alias promisedText: promisedField.text
    readonly property var outcomes: FeeStaff.choices("outcome")
    // The outcome that asks for a day (the promise), once chosen.
    property var promise: ({})

    signal logged(string message)
    signal failed(string message)

    function ask(unit, label) {
        unitId = unit
        unitLabel = label
        promising = false
        promisedField.text = ""
        open()
    }
    // choice: one of FeeStaff.choices("outcome") ({id, title, needsDate}).
    function log(choice) {
        if (choice.needsDate && !promising) {
            promise = choice
            promising = true
            promisedField.text = desk ? desk.suggestedPromiseDate(unitId) : ""
            return
        }
        const outcome = choice.id
        const id = desk ? desk.logReminder({ unitId: unitId, channel: channel, outcome: outcome,
                                             promisedDate: promisedField.text }) : ""
        if (id === "") {
            failed(desk ? desk.lastError : qsTr("Sign in again."))
            return
        }
        close()
        logged(qsTr("Reminder logged. It is sent when the phone is online."))
    }

    objectName: "reminderDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 360, 420)
    modal: true
    title: qsTr("Remind %1").arg(unitLabel)

    // Sized by its content (a Dialog does not take it from an anchored child by itself).
    contentHeight: body.implicitHeight
    ColumnLayout {
        id: body
        anchors.fill: parent
        spacing: Theme.spacingM
        ChoiceGrid {
            objectName: "reminderChannels"
            Layout.fillWidth: true
            columns: 2
            choices: FeeStaff.choices("channel")
            value: dialog.channel
            namePrefix: "channel_"
            onPicked: id => dialog.channel = id
        }
        Text {
            Layout.fillWidth: true
            text: dialog.promising ? qsTr("Promised to pay by (YYYY-MM-DD):") : qsTr("What came of it?")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        FormTextField {
            id: promisedField
            objectName: "promisedDate"
            Layout.fillWidth: true
            visible: dialog.promising
            inputMethodHints: Qt.ImhDate
        }
        Text {
            Layout.fillWidth: true
            readonly property var problems: dialog.promising && dialog.desk
                ? dialog.desk.checkReminder({ unitId: dialog.unitId, channel: dialog.channel, outcome: dialog.promise.id,
                                                promisedDate: promisedField.text }) : ({})
            visible: text !== ""
            text: problems.promisedDate ?? ""
            font.pixelSize: Theme.fontSmall
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingS
            rowSpacing: Theme.spacingS
            Repeater {
                model: dialog.promising ? [dialog.promise] : dialog.outcomes
                delegate: Button {
                    required property var modelData
                    objectName: "outcome_" + modelData.id
                    Layout.fillWidth: true
                    Layout.columnSpan: dialog.promising ? 2 : 1
                    text: dialog.promising ? qsTr("Log the promise") : modelData.title
                    highlighted: dialog.promising
                    onClicked: dialog.log(modelData)
                }
            }
        }
    }
}
