pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The fields of a new repair request, complaint or inquiry, with their checks. It sends
// nothing itself: the page calls validate() and, when it passes, hands formData() to
// Tickets.desk.submit(). Quick Tests drive it without a server.
//   units:        the resident's own units [{id, label}] (Tickets.desk.myUnits());
//                 the only one is preselected
//   contactPhone: prefilled by the page when a full number is known
//   errors:       field → message, for the fields that fail (shown after the first validate())
//   validate():   true when everything passes; from then on the messages follow the edits
//   formData():   the form as TicketDesk.submit() takes it
ColumnLayout {
    id: form

    // The server's limits (core/domain/fieldlimits.h); the form stops the person first.
    readonly property int descriptionMax: 2000
    readonly property int locationLabelMax: 100
    readonly property int photoMax: 6

    property var units: []
    property string kind: "repair"
    property string category
    property string description
    property string placeKind: units.length > 0 ? "unit" : "common"
    property string unitId: units.length === 1 ? units[0].id : ""
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
    readonly property var errors: attempted ? check() : ({})
    readonly property bool hasErrors: Object.keys(errors).length > 0

    function validate() {
        attempted = true
        return Object.keys(check()).length === 0
    }

    function visitDate(minutes) {
        const d = new Date()
        d.setHours(0, 0, 0, 0)
        d.setDate(d.getDate() + visitDayOffset)
        d.setMinutes(minutes)
        return d
    }

    // Every rule in one place; reads every field, so a binding to it follows every edit.
    function check() {
        const e = {}
        if (["repair", "complaint", "inquiry"].indexOf(kind) < 0)
            e.kind = qsTr("Choose what kind of request this is.")
        if (category === "")
            e.category = qsTr("Choose a category.")
        const text = description.trim()
        if (text.length === 0)
            e.description = qsTr("Describe the problem in a few words.")
        else if (description.length > descriptionMax)
            e.description = qsTr("Too long: at most %1 characters (%2 now).").arg(descriptionMax).arg(description.length)
        if (placeKind === "unit" && unitId === "")
            e.place = qsTr("Choose your unit.")
        else if (placeKind === "common" && locationLabel.trim() === "")
            e.place = qsTr("Say where it is, e.g. \"Lift hall, building 3\".")
        else if (placeKind === "common" && locationLabel.length > locationLabelMax)
            e.place = qsTr("Too long: at most %1 characters.").arg(locationLabelMax)
        if (visitEnabled) {
            if (visitToMinutes <= visitFromMinutes)
                e.visit = qsTr("The end of the visit window must be after its start.")
            else if (visitDate(visitToMinutes) < new Date())
                e.visit = qsTr("That time has already passed.")
        }
        if (photoTray.count > photoMax)
            e.photos = qsTr("At most %1 photos.").arg(photoMax)
        else if (photoTray.busy)
            e.photos = qsTr("Photos are still being prepared; a moment please.")
        const phone = contactPhone.replace(/[\s-]/g, "")
        if (phone !== "" && !/^\+?[0-9]{5,20}$/.test(phone))
            e.phone = qsTr("Enter a phone number of 5 to 20 digits.")
        return e
    }

    function formData() {
        const data = {
            kind: kind,
            category: category,
            description: description.trim(),
            photos: photoTray.hashes
        }
        if (placeKind === "unit") {
            data.unitId = unitId
        } else {
            data.locationLabel = locationLabel.trim()
            if (useFix && positionService.hasFix) {
                data.latitude = positionService.latitude
                data.longitude = positionService.longitude
                if (!isNaN(positionService.horizontalAccuracy))
                    data.accuracyM = positionService.horizontalAccuracy
            }
        }
        if (visitEnabled) {
            data.visitFrom = visitDate(visitFromMinutes)
            data.visitTo = visitDate(visitToMinutes)
        }
        const phone = contactPhone.replace(/[\s-]/g, "")
        if (phone !== "")
            data.contactPhone = phone
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

    PhotoTray { id: photoTray; maximum: form.photoMax }
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
            text: qsTr("%1/%2").arg(form.description.length).arg(form.descriptionMax)
            font.pixelSize: Theme.fontCaption
            color: form.description.length > form.descriptionMax ? Theme.danger : Theme.textTertiary
            horizontalAlignment: Text.AlignRight
        }
    }

    FormSection {
        id: photoSection
        title: qsTr("Photos")
        hint: qsTr("Optional, up to %1. Location data is removed before sending.").arg(form.photoMax)
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
