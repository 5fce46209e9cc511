pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Core
import Courtyard.Tickets

// The buttons of an order's detail: what the viewer may do now (TicketDetail.actions, decided
// in C++) as one main button and a row of smaller ones. "assign" and "openToPool" become one
// "Dispatch" button (the dialog offers the modes). Knows nothing of the store or the session,
// so tests feed it actions and a role and read what it shows.
ColumnLayout {
    id: bar

    // Action names from TicketDetail.actions.
    property var actions: []
    // "agent" | "manager" | "technician": what the staff app offers that role.
    property string role: "agent"
    // Each role's work, in the order the main button prefers it.
    readonly property var primaryOrder: role === "technician"
                                        ? ["take", "checkIn", "resolve", "resume"]
                                        : ["callBack", "accept", "dispatch", "resume"]
    // The other buttons, in this order.
    readonly property var secondaryOrder: ["setPriority", "dispatch", "hold", "resume", "convert",
                                           "note", "cancel"]
    // What this role may ever see here: the resident's buttons never show in the staff app.
    readonly property var roleActions: role === "technician"
                                       ? ["take", "checkIn", "resolve", "hold", "resume", "note"]
                                       : ["accept", "setPriority", "dispatch", "hold", "resume",
                                          "convert", "note", "callBack", "cancel"]
    // The actions as this bar names them ("assign"/"openToPool" -> "dispatch"), for the role.
    readonly property var available: {
        const list = []
        const given = actions || []
        for (let i = 0; i < given.length; ++i) {
            const name = (given[i] === "assign" || given[i] === "openToPool") ? "dispatch" : given[i]
            if (roleActions.indexOf(name) >= 0 && list.indexOf(name) < 0)
                list.push(name)
        }
        return list
    }
    readonly property string primaryAction: {
        for (let i = 0; i < primaryOrder.length; ++i) {
            if (available.indexOf(primaryOrder[i]) >= 0)
                return primaryOrder[i]
        }
        return ""
    }
    readonly property var secondaryActions: secondaryOrder.filter(
                                                name => name !== primaryAction && available.indexOf(name) >= 0)
    // The dispatch modes the dialog may offer.
    readonly property bool canAssign: (actions || []).indexOf("assign") >= 0
    readonly property bool canPool: (actions || []).indexOf("openToPool") >= 0
    property bool busy: false

    signal triggered(string action)

    function label(name) {
        switch (name) {
        case "accept": return qsTr("Accept")
        case "setPriority": return qsTr("Priority")
        case "dispatch": return qsTr("Dispatch")
        case "take": return qsTr("Take this order")
        case "checkIn": return qsTr("Check in on site")
        case "hold": return qsTr("Put on hold")
        case "resume": return qsTr("Resume")
        case "resolve": return qsTr("Resolve")
        case "note": return qsTr("Add note")
        case "callBack": return qsTr("Record call-back")
        case "convert": return qsTr("Convert to repair")
        case "cancel": return qsTr("Cancel order")
        }
        return name
    }
    function icon(name) {
        switch (name) {
        case "accept": return "task_alt"
        case "setPriority": return "flag"
        case "dispatch": return "assignment_ind"
        case "take": return "pan_tool"
        case "checkIn": return "where_to_vote"
        case "hold": return "pause_circle"
        case "resume": return "play_circle"
        case "resolve": return "check_circle"
        case "note": return "edit_note"
        case "callBack": return "phone_callback"
        case "convert": return "build"
        case "cancel": return "cancel"
        }
        return "more_horiz"
    }

    objectName: "orderActionBar"
    spacing: Theme.spacingS
    visible: primaryAction !== "" || secondaryActions.length > 0

    PrimaryButton {
        objectName: "action_" + bar.primaryAction
        Layout.fillWidth: true
        visible: bar.primaryAction !== ""
        enabled: !bar.busy
        text: bar.label(bar.primaryAction)
        onClicked: bar.triggered(bar.primaryAction)
    }

    Flow {
        Layout.fillWidth: true
        visible: bar.secondaryActions.length > 0
        spacing: Theme.spacingS

        Repeater {
            model: bar.secondaryActions
            delegate: Button {
                id: chip
                required property string modelData
                objectName: "action_" + modelData
                enabled: !bar.busy
                flat: true
                text: bar.label(modelData)
                font.pixelSize: Theme.fontSmall
                font.capitalization: Font.MixedCase
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
                implicitHeight: 40
                Material.foreground: modelData === "cancel" ? Theme.danger : Theme.primary
                contentItem: RowLayout {
                    spacing: Theme.spacingXs
                    Icon {
                        icon: bar.icon(chip.modelData)
                        size: 18
                        color: chip.modelData === "cancel" ? Theme.danger : Theme.primary
                    }
                    Text {
                        text: chip.text
                        font: chip.font
                        color: chip.modelData === "cancel" ? Theme.danger : Theme.primary
                    }
                }
                background: Rectangle {
                    radius: height / 2
                    color: chip.down ? Theme.primarySoft : Theme.surface
                    border.color: chip.modelData === "cancel" ? Theme.dangerSoft : Theme.outline
                }
                onClicked: bar.triggered(modelData)
            }
        }
    }
}
