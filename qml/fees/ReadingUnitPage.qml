pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Fees

// One unit of a reading round: the meter's last reading, the new figure as typed, a meter
// replacement with the new meter's start figure, an optional photo of the meter. A figure
// lower than the last is refused here, before anything is sent. Save goes on to the next unit.
Page {
    id: page

    property string estateId
    required property ReadingRound round
    property FeeDesk desk: FeeStaff.desk
    property int row: 0
    readonly property var unit: round ? round.rowAt(row) : ({})
    property alias valueText: valueField.text
    property alias replacement: replacementBox.checked
    property alias startText: startField.text
    property bool attempted: false
    readonly property var form: ({ unitId: unit.unitId ?? "", meter: (round ? round.meter : ""), value: valueField.text,
                                   replacement: replacementBox.checked, start: startField.text })
    readonly property var errors: desk ? desk.checkReading(form) : ({ unitId: qsTr("Sign in again.") })
    readonly property bool valid: Object.keys(errors).length === 0 && !tray.busy

    function save() {
        attempted = true
        if (!valid)
            return false
        const id = desk.recordReading(form, tray.hashes)
        if (id === "") {
            toast.show(desk.lastError, true)
            return false
        }
        const next = round.nextToRead(row + 1)
        if (next < 0) {
            page.StackView.view.pop()
            return true
        }
        row = next
        attempted = false
        valueField.text = ""
        startField.text = ""
        replacementBox.checked = false
        tray.clear()
        toast.show(qsTr("Saved on this phone. Next: %1").arg(unit.label ?? ""), false)
        return true
    }

    objectName: "readingUnitPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: page.unit.label ?? ""
        subtitle: FeeStaff.meterTitle((page.round ? page.round.meter : ""))
        onBack: page.StackView.view.pop()
    }

    PhotoTray { id: tray; maximum: 2 }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            spacing: Theme.spacingL

            InfoRow {
                Layout.fillWidth: true
                icon: (page.round ? page.round.meter : "") === "water" ? "water_drop" : "bolt"
                label: qsTr("Last reading")
                value: (page.unit.lastText ?? "") === "" ? qsTr("None yet: this is the meter's first reading")
                                                         : qsTr("%1 on %2").arg(page.unit.lastText).arg(page.unit.lastReadOn)
            }
            FormSection {
                title: qsTr("Reading now")
                error: page.attempted || valueField.text !== "" ? (page.errors.value ?? "") : ""
                FormTextField {
                    id: valueField
                    objectName: "readingValue"
                    Layout.fillWidth: true
                    placeholderText: qsTr("The figure on the meter")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    hasError: (page.attempted || text !== "") && page.errors.value !== undefined
                }
            }
            CheckBox {
                id: replacementBox
                objectName: "readingReplacement"
                Layout.fillWidth: true
                text: qsTr("The meter was replaced")
            }
            FormSection {
                visible: replacementBox.checked
                title: qsTr("New meter's start figure")
                error: page.attempted ? (page.errors.start ?? "") : ""
                FormTextField {
                    id: startField
                    objectName: "readingStart"
                    Layout.fillWidth: true
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                }
            }
            FormSection {
                title: qsTr("Photo of the meter (optional)")
                PhotoTrayField {
                    Layout.fillWidth: true
                    tray: tray
                }
            }
            PrimaryButton {
                objectName: "saveReading"
                Layout.fillWidth: true
                enabled: page.valid
                busy: tray.busy
                text: qsTr("Save and next")
                onClicked: page.save()
            }
        }
    }

    Toast { id: toast }
}
