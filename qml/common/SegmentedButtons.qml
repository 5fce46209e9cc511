pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A row of mutually exclusive options in one rounded frame (kind, place, dispatch mode…).
//   options: [{value, text, icon (optional)}]
//   value:   the selected option's value ("" = none); set it to select
//   activated(value): the person picked an option (value is already updated)
Rectangle {
    id: segmented

    property var options: []
    property string value

    signal activated(string value)
    // The same, by the option's place in options.
    signal picked(int index)

    implicitHeight: 44
    implicitWidth: row.implicitWidth + 8
    radius: height / 2
    color: Theme.surfaceMuted
    border.color: Theme.outline

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 3
        spacing: 3

        Repeater {
            model: segmented.options

            AbstractButton {
                id: option

                required property var modelData
                required property int index
                readonly property bool selected: segmented.value === modelData.value

                objectName: "segment_" + modelData.value
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1 // equal widths
                checkable: true
                checked: selected
                Accessible.role: Accessible.RadioButton
                Accessible.name: modelData.text
                onClicked: {
                    segmented.value = option.modelData.value
                    segmented.activated(option.modelData.value)
                    segmented.picked(option.index)
                }

                background: Rectangle {
                    radius: height / 2
                    color: option.selected ? Theme.surface : "transparent"
                    border.color: option.selected ? Theme.primary : "transparent"
                }
                contentItem: Item {
                    Row {
                        anchors.centerIn: parent
                        spacing: Theme.spacingXs
                        Icon {
                            anchors.verticalCenter: parent.verticalCenter
                            visible: (option.modelData.icon || "") !== ""
                            icon: option.modelData.icon || ""
                            size: 18
                            color: option.selected ? Theme.primary : Theme.textSecondary
                        }
                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            text: option.modelData.text
                            font.pixelSize: Theme.fontSmall
                            font.weight: option.selected ? Font.DemiBold : Font.Normal
                            color: option.selected ? Theme.primary : Theme.textSecondary
                        }
                    }
                }
            }
        }
    }
}
