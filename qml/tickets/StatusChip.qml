pragma ComponentBehavior: Bound

import QtQuick
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// A small pill with a ticket's status, coloured by status.
//   status: the API name ("submitted", "accepted", "assigned", "on_site", "on_hold",
//           "resolved", "closed", "cancelled", "reopened")
//   text:   what it says; by default the translated status (Labels.statusText)
//   pending: adds a small cloud mark — the change is still waiting to be sent
Rectangle {
    id: chip

    required property string status
    property string text: Labels.statusText(status)
    property bool pending: false

    readonly property color tint: {
        switch (status) {
        case "submitted": return "#1D4ED8"
        case "accepted": return "#0F766E"
        case "assigned": return "#4338CA"
        case "on_site": return "#7E22CE"
        case "on_hold": return "#B45309"
        case "resolved": return "#15803D"
        case "reopened": return "#C2410C"
        default: return "#475569" // closed, cancelled
        }
    }

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
