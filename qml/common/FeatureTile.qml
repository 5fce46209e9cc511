pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts

// A square shortcut to a feature; until the feature ships it says "coming soon".
Rectangle {
    id: tile

    required property string icon
    required property string title
    property bool available: false

    implicitHeight: 104
    radius: Theme.radiusM
    color: Theme.surface
    border.color: Theme.outline
    Accessible.role: Accessible.StaticText
    Accessible.name: available ? title : qsTr("%1, coming soon").arg(title)

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingS
        spacing: Theme.spacingXs

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 40
            Layout.preferredHeight: 40
            radius: 20
            color: tile.available ? Theme.primarySoft : Theme.surfaceMuted
            Icon {
                anchors.centerIn: parent
                icon: tile.icon
                size: 22
                color: tile.available ? Theme.primary : Theme.textTertiary
            }
        }
        Text {
            Layout.fillWidth: true
            text: tile.title
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Medium
            color: tile.available ? Theme.textPrimary : Theme.textSecondary
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            visible: !tile.available
            text: qsTr("Coming soon")
            font.pixelSize: 11
            color: Theme.textTertiary
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
