pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The fields of a new repair request, complaint or inquiry. It decides nothing itself: the
// desk's one check (Tickets.validateRequest: per field, the same submit() makes) gives the
// messages, shown after the first validate() and then as the person types; the limits are the
// server's (TicketLimits). The page hands formData() to Tickets.desk.submit(). Quick Tests
// drive it without a server.
//   units:        the resident's own units [{id, label}] (Estate.directory.myUnits());
//                 the only one, or the one the resident acts for, is preselected
//   contactPhone: prefilled by the page when a full number is known
//   errors:       field → message, for the fields that fail (after the first validate())
ColumnLayout {
    id: form

    property var units: []
    property string kind: "repair"
    property string category
    property string description
    // A common area instead of one of the resident's units.
    property bool common: units.length === 0
    // The only unit, or the one the resident acts for (Viewer.actingUnitId, kept by onboarding).
    property string unitId: units.length === 1 ? units[0].id
                            : units.some(u => u.id === Workspace.viewer.actingUnitId) ? Workspace.viewer.actingUnitId : ""
    property string locationLabel
    property bool useFix: false
    property bool visitEnabled: false
    property int visitDayOffset: 1              // 0 = today
    property int visitFromMinutes: 9 * 60       // minutes after midnight
    property int visitToMinutes: 12 * 60
    property string contactPhone
    property bool attempted: false

    readonly property alias tray: photoTray
    readonly property alias position: positionService
    // Reads every field (through fields()), so the binding follows every edit.
    readonly property var errors: attempted ? Tickets.validateRequest(fields()) : ({})
    readonly property bool hasErrors: Object.keys(errors).length > 0

    function validate() {
        attempted = true
        return Object.keys(Tickets.validateRequest(fields())).length === 0
    }

    // What the person entered, as TicketDesk.validateRequest and submit() take it.
    function fields() {
        const data = {
            kind: kind,
            category: category,
            description: description,
            placeKind: common ? "common" : "unit",
            photos: photoTray.hashes,
            photosBusy: photoTray.busy
        }
        if (common)
            data.locationLabel = locationLabel
        else
            data.unitId = unitId
        if (contactPhone.length > 0)
            data.contactPhone = contactPhone
        if (visitEnabled) {
            data.visitFrom = Format.dayTime(visitDayOffset, visitFromMinutes)
            data.visitTo = Format.dayTime(visitDayOffset, visitToMinutes)
        }
        return data
    }

    function formData() {
        const data = fields()
        if (common && useFix && positionService.hasFix) {
            data.latitude = positionService.latitude
            data.longitude = positionService.longitude
            if (!isNaN(positionService.horizontalAccuracy))
                data.accuracyM = positionService.horizontalAccuracy
        }
        return data
    }

    // The first field with a message, for the page to scroll to.
    function firstErrorItem() {
        const order = [["kind", kindSection], ["category", categorySection],
                       ["description", descriptionSection], ["photos", photoSection],
                       ["place", placeSection], ["visit", visitSection], ["phone", phoneSection]]
        for (const [key, item] of order) {
            if (errors[key] !== undefined)
                return item
        }
        return null
    }

    objectName: "newRequestForm"
    spacing: Theme.spacingXl

    PhotoTray { id: photoTray; maximum: TicketLimits.photosPerTicket }
    PositionService { id: positionService }

    FormSection {
        id: kindSection
        title: qsTr("What is it?")
        error: form.errors.kind ?? ""
        SegmentedButtons {
            objectName: "kindChooser"
            Layout.fillWidth: true
            options: [
                { value: "repair", text: qsTr("Repair"), icon: "build" },
                { value: "complaint", text: qsTr("Complaint"), icon: "report_problem" },
                { value: "inquiry", text: qsTr("Question"), icon: "help_outline" }
            ]
            value: form.kind
            onActivated: value => form.kind = value
        }
    }

    FormSection {
        id: categorySection
        title: qsTr("Category")
        error: form.errors.category ?? ""
        CategoryPicker {
            objectName: "categoryPicker"
            Layout.fillWidth: true
            category: form.category
            hasError: form.errors.category !== undefined
            onPicked: category => form.category = category
        }
    }

    FormSection {
        id: descriptionSection
        title: qsTr("Describe the problem")
        error: form.errors.description ?? ""
        FormTextArea {
            id: descriptionField
            objectName: "descriptionField"
            Layout.fillWidth: true
            Layout.minimumHeight: 112
            text: form.description
            onTextChanged: form.description = text
            placeholderText: qsTr("What is wrong, and since when?")
            hasError: form.errors.description !== undefined
        }
        Text {
            Layout.fillWidth: true
            readonly property int used: Limits.length(form.description)
            text: qsTr("%1/%2").arg(used).arg(TicketLimits.descriptionMax)
            font.pixelSize: Theme.fontCaption
            color: used > TicketLimits.descriptionMax ? Theme.danger : Theme.textTertiary
            horizontalAlignment: Text.AlignRight
        }
    }

    FormSection {
        id: photoSection
        title: qsTr("Photos")
        hint: qsTr("Optional, up to %1. Location data is removed before sending.").arg(TicketLimits.photosPerTicket)
        error: form.errors.photos ?? ""
        PhotoTrayField {
            id: photoField
            objectName: "photoField"
            Layout.fillWidth: true
            tray: photoTray
        }
    }

    PlaceSection {
        id: placeSection
        Layout.fillWidth: true
        form: form
    }

    VisitWindowSection {
        id: visitSection
        Layout.fillWidth: true
        form: form
    }

    FormSection {
        id: phoneSection
        title: qsTr("Contact phone")
        hint: qsTr("Optional: the technician calls this number before coming.")
        error: form.errors.phone ?? ""
        FormTextField {
            id: phoneField
            objectName: "phoneField"
            Layout.fillWidth: true
            text: form.contactPhone
            onTextChanged: form.contactPhone = text
            placeholderText: qsTr("e.g. 13800000000")
            inputMethodHints: Qt.ImhDialableCharactersOnly
            hasError: form.errors.phone !== undefined
        }
    }

    // Adds photos as the picker would; false when the 7th is refused.
    function addPhotos(urls) {
        return photoField.addPhotos(urls) === urls.length
    }
    readonly property string photoMessage: photoField.message
}
