pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui

// Pick one of a few wire values (a priority, a category) shown through a label function.
StaffDialog {
    id: dialog

    // The wire values, e.g. Labels.priorities().
    property var choices: []
    // Turns a value into its words, e.g. Labels.priorityText.
    property var textOf: value => value
    // A Material icon per value, or none.
    property var iconOf: null
    property string current
    property string chosen
    property string note

    signal picked(string value)

    acceptEnabled: chosen !== "" && chosen !== current
    onAboutToShow: chosen = current
    onAccepted: picked(chosen)

    contentItem: ColumnLayout {
        spacing: 0

        Text {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacingS
            visible: dialog.note !== ""
            text: dialog.note
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Repeater {
            model: dialog.choices
            delegate: RadioDelegate {
                id: choice
                required property string modelData
                objectName: "choice_" + modelData
                Layout.fillWidth: true
                text: dialog.textOf(modelData)
                checked: dialog.chosen === modelData
                font.pixelSize: Theme.fontBody
                onClicked: dialog.chosen = modelData
                contentItem: RowLayout {
                    spacing: Theme.spacingM
                    Icon {
                        visible: dialog.iconOf !== null
                        icon: dialog.iconOf ? dialog.iconOf(choice.modelData) : ""
                        size: 20
                        color: Theme.textSecondary
                    }
                    Text {
                        Layout.fillWidth: true
                        text: choice.text
                        font: choice.font
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
