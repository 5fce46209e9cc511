pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The six ticket categories as icon tiles, three to a row; one can be selected.
//   category: the selected category's API name ("" = none); set it to select
//   picked(category): the person tapped a tile (category is already updated)
//   hasError: outlines the tiles in red (a required choice is missing)
GridLayout {
    id: picker

    property string category
    property bool hasError: false

    signal picked(string category)

    columns: 3
    rowSpacing: Theme.spacingS
    columnSpacing: Theme.spacingS

    Repeater {
        model: Labels.categories()

        AbstractButton {
            id: tile

            required property string modelData
            readonly property bool selected: picker.category === modelData

            objectName: "category_" + modelData
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal widths
            implicitHeight: 76
            checkable: true
            checked: selected
            Accessible.role: Accessible.RadioButton
            Accessible.name: Labels.categoryText(modelData)
            onClicked: {
                picker.category = tile.modelData
                picker.picked(tile.modelData)
            }

            background: Rectangle {
                radius: Theme.radiusM
                color: tile.selected ? Theme.primarySoft : Theme.surface
                border.width: tile.selected ? 2 : 1
                border.color: tile.selected ? Theme.primary : picker.hasError ? Theme.danger : Theme.outline
            }
            contentItem: ColumnLayout {
                spacing: 2
                CategoryIcon {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.topMargin: Theme.spacingS
                    icon: Labels.categoryIcon(tile.modelData)
                    tint: Labels.badgeColor(tile.modelData, "repair")
                    size: 34
                }
                Text {
                    Layout.fillWidth: true
                    Layout.leftMargin: 2
                    Layout.rightMargin: 2
                    Layout.bottomMargin: Theme.spacingS
                    text: Labels.categoryText(tile.modelData)
                    font.pixelSize: Theme.fontSmall
                    font.weight: tile.selected ? Font.DemiBold : Font.Normal
                    color: tile.selected ? Theme.primary : Theme.textPrimary
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                }
            }
        }
    }
}
