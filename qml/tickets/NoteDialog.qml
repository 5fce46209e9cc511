pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Core
import Courtyard.Tickets

// A note on an order, optionally with photos. "Staff only" notes never reach the resident;
// the switch says so in plain words, and is on by default for the office.
StaffDialog {
    id: dialog

    property bool internalByDefault: true
    property alias text: field.text
    property alias internal: internalSwitch.checked
    // Photos: a slot for the page's photo picker (the tray lives there).
    property alias photoArea: photoSlot.data
    property bool photosBusy: false

    // photos are taken from the page's tray.
    signal send(string text, bool internal)

    objectName: "noteDialog"
    title: qsTr("Add a note")
    acceptText: qsTr("Add note")
    acceptEnabled: field.text.trim().length > 0 && Limits.length(field.text) <= TicketLimits.noteMax && !photosBusy
    onAboutToShow: {
        field.text = ""
        internalSwitch.checked = internalByDefault
        field.forceActiveFocus()
    }
    onAccepted: send(field.text.trim(), internalSwitch.checked)

    contentItem: ColumnLayout {
        spacing: Theme.spacingS

        TextArea {
            id: field
            objectName: "noteField"
            Layout.fillWidth: true
            Layout.minimumHeight: 96
            placeholderText: qsTr("What happened, what is next…")
            wrapMode: TextArea.Wrap
            font.pixelSize: Theme.fontBody
            background: FieldFrame { field: field }
        }
        Item {
            id: photoSlot
            Layout.fillWidth: true
            implicitHeight: childrenRect.height
            visible: children.length > 0
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: switchRow.implicitHeight + Theme.spacingS
            radius: Theme.radiusS
            color: internalSwitch.checked ? "#FFF7E6" : Theme.surfaceMuted
            RowLayout {
                id: switchRow
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                spacing: Theme.spacingS
                Icon {
                    icon: internalSwitch.checked ? "lock" : "visibility"
                    size: 20
                    color: internalSwitch.checked ? Theme.warning : Theme.textSecondary
                }
                Text {
                    Layout.fillWidth: true
                    text: internalSwitch.checked ? qsTr("Staff only: the resident never sees it")
                                                 : qsTr("The resident sees this note")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textPrimary
                    wrapMode: Text.Wrap
                }
                Switch {
                    id: internalSwitch
                    objectName: "noteInternalSwitch"
                    Accessible.name: qsTr("Staff only")
                    // Drawn here: Material's handle needs shader effects the software renderer lacks.
                    indicator: Rectangle {
                        x: internalSwitch.leftPadding
                        y: (internalSwitch.height - height) / 2
                        implicitWidth: 40
                        implicitHeight: 22
                        radius: 11
                        color: internalSwitch.checked ? Theme.warning : Theme.outline
                        Rectangle {
                            x: internalSwitch.checked ? parent.width - width - 3 : 3
                            anchors.verticalCenter: parent.verticalCenter
                            width: 16
                            height: 16
                            radius: 8
                            color: Theme.surface
                        }
                    }
                }
            }
        }
    }
}
