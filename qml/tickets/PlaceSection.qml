pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// "Where?" of a new request: one of the resident's own units, or a common area described in
// words with an optional GPS fix (its accuracy shown). Reads and writes the form's fields.
FormSection {
    id: section

    required property var form // the NewRequestForm (typed var: the form uses this file)
    readonly property PositionService position: form.position

    title: qsTr("Where?")
    error: form.errors.place ?? ""

    SegmentedButtons {
        objectName: "placeChooser"
        Layout.fillWidth: true
        options: [
            { value: "unit", text: qsTr("My home"), icon: "home" },
            { value: "common", text: qsTr("Common area"), icon: "park" }
        ]
        value: section.form.common ? "common" : "unit"
        onPicked: index => section.form.common = index === 1
    }

    // Own unit
    Text {
        Layout.fillWidth: true
        visible: !section.form.common && section.form.units.length === 0
        text: qsTr("No unit is registered to you yet. Choose a common area, or ask the property office to add your unit.")
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        visible: !section.form.common
        spacing: Theme.spacingS

        Repeater {
            model: section.form.units

            AbstractButton {
                id: unitChip

                required property var modelData
                readonly property bool selected: section.form.unitId === modelData.id

                objectName: "unit_" + modelData.id
                implicitHeight: 40
                implicitWidth: unitRow.implicitWidth + 2 * Theme.spacingM
                checkable: true
                checked: selected
                Accessible.role: Accessible.RadioButton
                Accessible.name: modelData.label
                onClicked: section.form.unitId = unitChip.modelData.id

                background: Rectangle {
                    radius: height / 2
                    color: unitChip.selected ? Theme.primarySoft : Theme.surface
                    border.width: unitChip.selected ? 2 : 1
                    border.color: unitChip.selected ? Theme.primary : Theme.outline
                }
                contentItem: Item {
                    Row {
                        id: unitRow
                        anchors.centerIn: parent
                        spacing: Theme.spacingXs
                        Icon {
                            anchors.verticalCenter: parent.verticalCenter
                            icon: unitChip.selected ? "check" : "meeting_room"
                            size: 18
                            color: unitChip.selected ? Theme.primary : Theme.textSecondary
                        }
                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            text: unitChip.modelData.label
                            font.pixelSize: Theme.fontBody
                            color: unitChip.selected ? Theme.primary : Theme.textPrimary
                        }
                    }
                }
            }
        }
    }

    // Common area
    FormTextField {
        id: labelField
        objectName: "locationField"
        Layout.fillWidth: true
        visible: section.form.common
        text: section.form.locationLabel
        onTextChanged: section.form.locationLabel = text
        placeholderText: qsTr("e.g. Lift hall, building 3")
        hasError: section.form.errors.place !== undefined
    }
    RowLayout {
        objectName: "positionRow"
        Layout.fillWidth: true
        visible: section.form.common
        spacing: Theme.spacingS

        Icon {
            icon: section.position.busy ? "gps_not_fixed"
                : section.form.useFix && section.position.hasFix ? "gps_fixed" : "gps_off"
            size: 20
            color: section.form.useFix && section.position.hasFix ? Theme.primary : Theme.textTertiary
        }
        Text {
            objectName: "positionText"
            Layout.fillWidth: true
            text: {
                if (section.position.busy)
                    return qsTr("Finding your position…")
                if (!section.form.useFix)
                    return qsTr("Optional: add your position to help find the place")
                if (section.position.hasFix)
                    return isNaN(section.position.horizontalAccuracy)
                        ? qsTr("Position added · accuracy unknown")
                        : qsTr("Position added · ±%1 m").arg(Math.round(section.position.horizontalAccuracy))
                switch (section.position.outcome) {
                case PositionService.NoPermission: return qsTr("No fix: the app may not use your position")
                case PositionService.Timeout: return qsTr("No fix: no signal here; the words above are enough")
                default: return qsTr("No fix: this device cannot tell its position")
                }
            }
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "positionButton"
            flat: true
            enabled: !section.position.busy
            text: section.form.useFix && section.position.hasFix ? qsTr("Remove") : qsTr("Add position")
            font.capitalization: Font.MixedCase
            Material.foreground: Theme.primary
            onClicked: {
                if (section.form.useFix && section.position.hasFix) {
                    section.form.useFix = false
                } else {
                    section.form.useFix = true
                    section.position.requestFix(20000)
                }
            }
        }
    }
}
