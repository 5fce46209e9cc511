pragma ComponentBehavior: Bound

import QtQuick
import Courtyard.Core
import Courtyard.Ui

// A small pill with a record's status (a work order's, a bill's), in the status's colour (both
// from C++: the model's or the detail's statusText and tint).
//   pending: adds a small cloud mark — the change is still waiting to be sent
Rectangle {
    id: chip

    required property string text
    required property color tint
    property bool pending: false

    implicitWidth: row.implicitWidth + 2 * Theme.spacingS + 2
    implicitHeight: 24
    radius: height / 2
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.12)
    Accessible.role: Accessible.StaticText
    Accessible.name: chip.text

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 3

        Icon {
            anchors.verticalCenter: parent.verticalCenter
            visible: chip.pending
            icon: "cloud_upload"
            size: 14
            color: chip.tint
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: chip.text
            font.pixelSize: Theme.fontCaption
            font.weight: Font.DemiBold
            color: chip.tint
        }
    }
}
