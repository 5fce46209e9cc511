pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Courtyard.Core

// A pill telling whether the server can be reached: online, offline, error or still checking.
Rectangle {
    id: badge

    // Light text on the brand colour, or dark text on a light background.
    property bool inverse: false
    readonly property int connectionState: Session.connectionState
    // Brighter tints on the brand colour, where the plain ones would not stand out.
    readonly property color stateColor: {
        switch (connectionState) {
        case Session.Online: return inverse ? "#86EFAC" : Theme.online
        case Session.Offline: return inverse ? "#FCD34D" : Theme.warning
        case Session.Error: return inverse ? "#FCA5A5" : Theme.danger
        default: return inverse ? "#E2E8F0" : Theme.neutral
        }
    }
    readonly property string label: {
        switch (connectionState) {
        case Session.Online: return qsTr("Online")
        case Session.Offline: return qsTr("Offline")
        case Session.Error: return qsTr("Connection problem")
        default: return qsTr("Connecting…")
        }
    }

    objectName: "connectionBadge"
    implicitWidth: row.implicitWidth + 2 * Theme.spacingM
    implicitHeight: 28
    radius: height / 2
    color: inverse ? Qt.rgba(1, 1, 1, 0.16) : Theme.surface
    border.width: inverse ? 0 : 1
    border.color: Theme.outline

    Accessible.role: Accessible.StaticText
    Accessible.name: label

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingS

        Rectangle {
            Layout.preferredWidth: 8
            Layout.preferredHeight: 8
            radius: 4
            color: badge.stateColor
        }
        Text {
            text: badge.label
            font.pixelSize: Theme.fontCaption
            font.weight: Font.Medium
            color: badge.inverse ? Theme.textOnBrand : Theme.textSecondary
        }
    }

    MouseArea {
        anchors.fill: parent
        onClicked: Session.checkConnection()
    }
}
