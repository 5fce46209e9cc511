pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate
import Courtyard.Tickets

// The office logs a request a resident made by phone or at the front desk: which unit (the
// resident registered there is the one it is for), what kind, category, description, a phone
// to call back and photos. Such an order ends with the agent's call-back (回访), not a rating.
Page {
    id: page

    readonly property TicketDesk desk: Tickets.desk
    property string kind: "repair"
    property string category: ""
    property bool attempted: false
    // The desk's one check, per field (the same submit() makes).
    readonly property var errors: Tickets.validateRequest(fields())
    readonly property bool valid: Object.keys(errors).length === 0

    function fields() {
        const form = { kind: kind, category: category, description: description.text, placeKind: "unit",
                       unitId: unit.unitId, photos: tray.hashes, photosBusy: tray.busy }
        if (phone.text.length > 0)
            form.contactPhone = phone.text
        return form
    }

    signal created(string ticketId)

    function submit() {
        attempted = true
        if (!valid)
            return
        const id = desk ? desk.submit(fields()) : ""
        if (id === "") {
            toast.show(desk && desk.lastError !== "" ? desk.lastError : qsTr("That did not work."), true)
            return
        }
        page.created(id)
        // The new order replaces the form: back goes to the list.
        Shell.replace("qrc:/qt/qml/Courtyard/Tickets/OrderDetailPage.qml", { ticketId: id })
    }
    // What the person typed (the screenshot tour fills them in).
    property alias descriptionText: description.text
    property alias phoneText: phone.text
    readonly property alias unitPicker: unit

    objectName: "logRequestPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Log a request")
        subtitle: qsTr("Taken by phone or at the front desk")
        onBack: page.StackView.view.pop()
    }

    PhotoTray { id: tray }

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

            InfoBanner {
                Layout.fillWidth: true
                icon: "phone_callback"
                text: qsTr("The order is for the resident registered to the unit. It ends with your call-back instead of the resident's rating.")
            }

            FormSection {
                title: qsTr("Unit")
                UnitPicker {
                    id: unit
                    Layout.fillWidth: true
                    choicesFor: (search, max) => Estate.directory ? Estate.directory.unitChoices(search, max) : []
                    showError: page.attempted && page.errors.place !== undefined
                }
            }

            FormSection {
                title: qsTr("Kind")
                SegmentedButtons {
                    objectName: "kindButtons"
                    Layout.fillWidth: true
                    options: Labels.kinds().map(k => ({ value: k, text: Labels.kindText(k) }))
                    value: page.kind
                    onActivated: value => page.kind = value
                }
            }

            FormSection {
                title: qsTr("Category")
                error: page.attempted ? (page.errors.category ?? "") : ""
                CategoryPicker {
                    Layout.fillWidth: true
                    category: page.category
                    hasError: page.attempted && page.errors.category !== undefined
                    onPicked: category => page.category = category
                }
            }

            FormSection {
                title: qsTr("What the resident reports")
                error: page.attempted ? (page.errors.description ?? "") : ""
                TextArea {
                    id: description
                    objectName: "descriptionField"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 96
                    placeholderText: qsTr("e.g. Water drips from the ceiling of the bathroom since this morning.")
                    wrapMode: TextArea.Wrap
                    font.pixelSize: Theme.fontBody
                    background: FieldFrame { field: description; hasError: page.attempted && page.errors.description !== undefined }
                }
            }

            FormSection {
                title: qsTr("Phone to call back")
                hint: qsTr("Optional: the number the resident called from, to reach them again.")
                error: page.attempted ? (page.errors.phone ?? "") : ""
                TextField {
                    id: phone
                    objectName: "contactPhoneField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("e.g. 138 0000 0000")
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    font.pixelSize: Theme.fontBody
                    background: FieldFrame { field: phone; hasError: page.attempted && page.errors.phone !== undefined }
                }
            }

            FormSection {
                title: qsTr("Photos")
                hint: qsTr("Optional, up to %1: from the resident's messages or taken at the desk.").arg(TicketLimits.photosPerTicket)
                PhotoTrayField {
                    Layout.fillWidth: true
                    tray: tray
                }
            }

            PrimaryButton {
                objectName: "logRequestSubmit"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingM
                text: qsTr("Log request")
                busy: tray.busy
                onClicked: page.submit()
            }
        }
    }

    Toast { id: toast }
}
