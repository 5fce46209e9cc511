pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts

// One labelled fact in a card: an icon, a label and its value.
RowLayout {
    id: row

    required property string icon
    required property string label
    required property string value

    spacing: Theme.spacingM

    Rectangle {
        Layout.preferredWidth: 36
        Layout.preferredHeight: 36
        Layout.alignment: Qt.AlignTop
        radius: Theme.radiusS + 2
        color: Theme.primarySoft
        Icon {
            anchors.centerIn: parent
            icon: row.icon
            size: 20
            color: Theme.primary
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Text {
            text: row.label
            font.pixelSize: Theme.fontCaption
            color: Theme.textTertiary
        }
        Text {
            Layout.fillWidth: true
            text: row.value
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }
    }
}
