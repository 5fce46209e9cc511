pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate

// A technician's own duty: one switch. New requests reach them only while they are on duty.
Page {
    id: page

    property string estateId
    readonly property var me: Estate.record("staff", Workspace.viewer.userId)
    property bool onDuty: me ? me.onDuty === true : false

    objectName: "myDutyPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("My duty")
        onBack: page.StackView.view.pop()
    }

    ColumnLayout {
        x: Theme.spacingL
        y: Theme.spacingXl
        width: parent.width - 2 * Theme.spacingL
        spacing: Theme.spacingL
        Icon {
            Layout.alignment: Qt.AlignHCenter
            icon: page.onDuty ? "event_available" : "event_busy"
            size: 56
            color: page.onDuty ? Theme.online : Theme.neutral
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: page.onDuty ? qsTr("You are on duty") : qsTr("You are off duty")
            font.pixelSize: Theme.fontHeadline
            font.weight: Font.Bold
            color: Theme.textPrimary
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: page.onDuty ? qsTr("New requests can be given to you.") : qsTr("No new requests reach you; your open orders stay yours.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        SwitchDelegate {
            objectName: "myDutySwitch"
            Layout.fillWidth: true
            text: qsTr("On duty")
            checked: page.onDuty
            onToggled: {
                const desk = Estate.desk
                if (!desk || desk.setDuty(Workspace.viewer.userId, checked) === "") {
                    toast.show(desk ? desk.lastError : "", true)
                    checked = page.onDuty
                } else {
                    page.onDuty = checked
                }
            }
        }
    }

    Toast { id: toast }
}
