pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A white card with a title and rows of facts (put InfoRow items inside).
Pane {
    id: card

    required property string title
    default property alias rows: rowColumn.data

    padding: Theme.spacingL
    Material.elevation: 1
    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.color: Theme.outline
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        Text {
            text: card.title
            font.pixelSize: Theme.fontBodyLarge
            font.weight: Font.Bold
            color: Theme.textPrimary
        }
        ColumnLayout {
            id: rowColumn
            Layout.fillWidth: true
            spacing: Theme.spacingM
        }
    }
}
