pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate
import Courtyard.Tickets

// Report a repair, a complaint or a question: the form, then "Send". The request is saved on
// the phone at once (it goes out when the network allows) and submitted(ticketId) opens it.
Page {
    id: page

    readonly property alias form: form

    signal submitted(string ticketId)
    signal back()

    // Checks the form; when it passes, saves the request and opens it. On a problem, scrolls
    // to the first field that needs attention.
    function submit() {
        page.saveError = ""
        if (!form.validate()) {
            page.scrollTo(form.firstErrorItem())
            return
        }
        const desk = Tickets.desk
        const id = desk ? desk.submit(form.formData()) : ""
        if (id === "") {
            page.saveError = desk ? desk.lastError : qsTr("You are signed out.")
            return
        }
        page.submitted(id)
        Shell.replace("qrc:/qt/qml/Courtyard/Tickets/TicketDetailPage.qml", { ticketId: id })
    }

    function scrollTo(item) {
        if (!item)
            return
        const y = item.mapToItem(flick.contentItem, 0, 0).y - Theme.spacingL
        flick.contentY = Math.max(0, Math.min(y, flick.contentHeight - flick.height))
    }

    property string saveError

    objectName: "newRequestPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("New request")
        subtitle: Workspace.sync && Workspace.sync.offline
                  ? qsTr("Offline: it will be sent when you are back online") : ""
        onBack: page.back()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        // height, not implicitHeight: a binding that reads a layout's implicitHeight left Qt 6.4
        // layouts stale on screen (fields drawn where an earlier pass had put them).
        contentHeight: column.height + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            // A phone's width until the StackView sizes the page: laid out at width 0 first,
            // every text wrapped per character, and Qt 6.4 kept parts of that arrangement.
            width: (flick.width > 0 ? flick.width : 390) - 2 * Theme.spacingL
            spacing: Theme.spacingL

            InfoBanner {
                objectName: "newRequestErrorBanner"
                Layout.fillWidth: true
                visible: form.hasErrors || page.saveError !== ""
                tone: "danger"
                icon: "error_outline"
                text: page.saveError !== "" ? page.saveError
                                            : qsTr("Some details are missing or need a change; see the messages below.")
            }

            NewRequestForm {
                id: form
                Layout.fillWidth: true
                units: Estate.directory ? Estate.directory.myUnits() : []
                contactPhone: Session.contactPhone
            }
        }
    }

    footer: Rectangle {
        implicitHeight: sendButton.implicitHeight + 2 * Theme.spacingM
        color: Theme.surface
        Rectangle {
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: 1
            color: Theme.outline
        }
        PrimaryButton {
            id: sendButton
            objectName: "sendRequestButton"
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingL
            text: qsTr("Send request")
            onClicked: page.submit()
        }
    }
}
