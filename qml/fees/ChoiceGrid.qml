pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui

// One of a few choices as a grid of large chips (how a payment was made, how a resident was
// reminded): the chosen one is filled and ticked, so it reads at a glance at a door.
//   choices: [{id, title}] (FeeStaff.choices); value: the chosen id
//   namePrefix: each chip's objectName is namePrefix + id (tests and the tour find them so)
//   picked(id): a chip was tapped (value is not changed here)
GridLayout {
    id: grid

    property var choices: []
    property string value
    property string namePrefix

    signal picked(string id)

    columns: 3
    columnSpacing: Theme.spacingS
    rowSpacing: Theme.spacingS

    Repeater {
        model: grid.choices
        delegate: AbstractButton {
            id: chip
            required property var modelData
            readonly property bool selected: grid.value === modelData.id
            objectName: grid.namePrefix + modelData.id
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal widths
            implicitHeight: 48
            checkable: true
            checked: selected
            Accessible.role: Accessible.RadioButton
            Accessible.name: modelData.title
            onClicked: grid.picked(modelData.id)

            background: Rectangle {
                radius: Theme.radiusM
                color: chip.selected ? Theme.primary : (chip.down ? Theme.surfaceMuted : Theme.surface)
                border.width: chip.selected ? 0 : 1
                border.color: Theme.outline
            }
            // Sized by the grid, not by its text (one layout pass): the title elides if it must.
            contentItem: Item {
                Row {
                    anchors.centerIn: parent
                    spacing: 4
                    Icon {
                        id: tick
                        anchors.verticalCenter: parent.verticalCenter
                        visible: chip.selected
                        icon: "check"
                        size: 18
                        color: Theme.textOnBrand
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.min(implicitWidth, chip.width - 12 - (tick.visible ? tick.width + 4 : 0))
                        text: chip.modelData.title
                        font.pixelSize: Theme.fontBody
                        font.weight: chip.selected ? Font.DemiBold : Font.Normal
                        color: chip.selected ? Theme.textOnBrand : Theme.textPrimary
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
