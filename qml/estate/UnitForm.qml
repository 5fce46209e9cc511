pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Estate

// The fields of a unit: number, floor, area in m² (two decimals at most, read exactly by the
// core), use and status. Messages per field come from the desk's own check (Estate.checkUnit),
// shown once the person tried to save.
ColumnLayout {
    id: form

    property var unit: null
    property string buildingId
    property bool attempted: false
    readonly property var errors: Estate.checkUnit(values())
    readonly property bool valid: Object.keys(errors).length === 0
    property alias numberText: number.text
    property alias floorText: floor.text
    property alias areaText: area.text
    property string purpose: unit ? (unit.purpose || "residential") : "residential"
    property string status: unit ? (unit.status || "occupied") : "vacant"

    function values() {
        return { id: unit ? unit.id : "", buildingId: buildingId, number: number.text, floor: floor.text,
                 area: area.text, purpose: purpose, status: status }
    }

    spacing: Theme.spacingL

    FormSection {
        title: qsTr("Number")
        error: form.attempted ? (form.errors.number ?? "") : ""
        TextField {
            id: number
            objectName: "unitNumberField"
            Layout.fillWidth: true
            text: form.unit ? form.unit.number : ""
            placeholderText: qsTr("e.g. 1202")
            font.pixelSize: Theme.fontBody
            background: FieldFrame { field: number; hasError: form.attempted && form.errors.number !== undefined }
        }
    }
    FormSection {
        title: qsTr("Floor")
        error: form.attempted ? (form.errors.floor ?? "") : ""
        TextField {
            id: floor
            objectName: "unitFloorField"
            Layout.fillWidth: true
            text: form.unit ? String(form.unit.floor) : ""
            placeholderText: qsTr("e.g. 12")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            font.pixelSize: Theme.fontBody
            background: FieldFrame { field: floor; hasError: form.attempted && form.errors.floor !== undefined }
        }
    }
    FormSection {
        title: qsTr("Floor area (m²)")
        hint: qsTr("As on the deed, at most two decimals.")
        error: form.attempted ? (form.errors.area ?? "") : ""
        TextField {
            id: area
            objectName: "unitAreaField"
            Layout.fillWidth: true
            text: form.unit && form.unit.areaCentiSqm ? Estate.areaText(form.unit.areaCentiSqm) : ""
            placeholderText: qsTr("e.g. 89.50")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            font.pixelSize: Theme.fontBody
            background: FieldFrame { field: area; hasError: form.attempted && form.errors.area !== undefined }
        }
    }
    FormSection {
        title: qsTr("Use")
        SegmentedButtons {
            objectName: "unitPurposeButtons"
            Layout.fillWidth: true
            options: Estate.choices("purpose").map(c => ({ value: c.id, text: c.title }))
            value: form.purpose
            onActivated: value => form.purpose = value
        }
    }
    FormSection {
        title: qsTr("Status")
        SegmentedButtons {
            objectName: "unitStatusButtons"
            Layout.fillWidth: true
            options: Estate.choices("unitStatus").map(c => ({ value: c.id, text: c.title }))
            value: form.status
            onActivated: value => form.status = value
        }
    }
}
