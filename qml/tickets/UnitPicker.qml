pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Core
import Courtyard.Tickets

// Choose the unit a request is for: type part of "3栋 1202" and tap a match. The matches come
// from a function (TicketDesk.unitChoices), so tests can pass their own.
ColumnLayout {
    id: picker

    // (search, max) -> [{id, label}]
    property var choicesFor: (search, max) => []
    property string unitId
    property string unitLabel
    property bool showError: false
    readonly property var matches: unitId === "" ? choicesFor(field.text.trim(), 20) : []

    function choose(id, label) {
        unitId = id
        unitLabel = label
    }

    spacing: Theme.spacingXs

    // The chosen unit, with a way to change it.
    Rectangle {
        objectName: "chosenUnit"
        Layout.fillWidth: true
        visible: picker.unitId !== ""
        implicitHeight: 48
        radius: Theme.radiusS
        color: Theme.primarySoft
        border.color: Theme.primary
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingM
            spacing: Theme.spacingS
            Icon { icon: "home"; size: 20; color: Theme.primary }
            Text {
                Layout.fillWidth: true
                text: picker.unitLabel
                font.pixelSize: Theme.fontBodyLarge
                font.weight: Font.DemiBold
                color: Theme.textPrimary
                elide: Text.ElideRight
            }
            ToolButton {
                objectName: "changeUnit"
                Accessible.name: qsTr("Change unit")
                contentItem: Icon { icon: "close"; size: 20; color: Theme.textSecondary }
                onClicked: picker.choose("", "")
            }
        }
    }

    TextField {
        id: field
        objectName: "unitSearch"
        Layout.fillWidth: true
        visible: picker.unitId === ""
        placeholderText: qsTr("Search by building or unit number")
        font.pixelSize: Theme.fontBody
        inputMethodHints: Qt.ImhNoPredictiveText
        background: FieldFrame { field: field; hasError: picker.showError && picker.unitId === "" }
    }

    Repeater {
        model: picker.matches.slice(0, 5)
        delegate: ItemDelegate {
            id: match
            required property var modelData
            required property int index
            objectName: "unitMatch" + index
            Layout.fillWidth: true
            implicitHeight: 40
            text: modelData.label
            font.pixelSize: Theme.fontBody
            onClicked: picker.choose(modelData.id, modelData.label)
            contentItem: RowLayout {
                spacing: Theme.spacingS
                Icon { icon: "apartment"; size: 18; color: Theme.textTertiary }
                Text {
                    Layout.fillWidth: true
                    text: match.text
                    font: match.font
                    color: Theme.textPrimary
                }
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: picker.unitId === "" && field.text.trim() !== "" && picker.matches.length === 0
        text: qsTr("No unit matches “%1”.").arg(field.text.trim())
        font.pixelSize: Theme.fontCaption
        color: Theme.textTertiary
    }
    Text {
        Layout.fillWidth: true
        visible: picker.showError && picker.unitId === ""
        text: qsTr("Choose the unit")
        font.pixelSize: Theme.fontCaption
        color: Theme.danger
    }
}
