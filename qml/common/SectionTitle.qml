pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts

// The heading above a group of cards or tiles.
ColumnLayout {
    id: section

    required property string title
    property string subtitle

    spacing: 2

    Text {
        text: section.title
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        color: Theme.textPrimary
    }
    Text {
        Layout.fillWidth: true
        visible: section.subtitle !== ""
        text: section.subtitle
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
}
