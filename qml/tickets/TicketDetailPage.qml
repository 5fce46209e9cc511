pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// One of the resident's requests: where it stands and its SLA in plain words, who is coming
// and when, the photos, the timeline, the rating — and what the resident may do now (cancel;
// once resolved, confirm and rate or say it is not fixed).
Page {
    id: page

    required property string ticketId
    readonly property alias detail: detail
    readonly property var ticket: detail.ticket ?? ({})
    // Plain reads: Qt 6.4's compiled bindings turned "list ?? []" into an empty list.
    readonly property var actions: detail.actions
    property string actionError

    signal back()

    // Shows the outcome of a TicketDesk call: "" is a failure with lastError saying why.
    function done(commandId) {
        page.actionError = commandId === "" && Tickets.desk ? Tickets.desk.lastError : ""
    }

    function openRating() {
        rateDialog.ask()
    }

    objectName: "ticketDetailPage"
    background: Rectangle { color: Theme.background }

    TicketDetail {
        id: detail
        store: Workspace.store
        viewer: Workspace.viewer
        ticketId: page.ticketId
    }

    header: TopBar {
        title: detail.title
        subtitle: qsTr("Request %1").arg(page.ticketId.slice(0, 8).toUpperCase())
        onBack: page.back()
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: !detail.exists
        icon: "search_off"
        title: qsTr("Request not found")
        text: qsTr("It may have been removed, or it is not on this phone yet. Pull to refresh on the home screen.")
    }

    Flickable {
        id: flick
        anchors.fill: parent
        // Faded, not hidden, until the order is read: Qt 6.4's layouts made while a parent was
        // invisible kept their first arrangement once shown (the timeline stayed blank).
        opacity: detail.exists ? 1 : 0
        enabled: detail.exists
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
                objectName: "rejectionBanner"
                Layout.fillWidth: true
                visible: !!detail.rejection
                tone: "danger"
                icon: "error_outline"
                title: qsTr("The property office could not accept your last change")
                text: detail.rejection ? detail.rejection.message : ""
                dismissible: true
                onDismissed: detail.dismissRejection()
            }
            InfoBanner {
                objectName: "actionErrorBanner"
                Layout.fillWidth: true
                visible: page.actionError !== ""
                tone: "danger"
                icon: "error_outline"
                text: page.actionError
                dismissible: true
                onDismissed: page.actionError = ""
            }
            InfoBanner {
                objectName: "pendingBanner"
                Layout.fillWidth: true
                visible: detail.pending > 0
                tone: "warning"
                icon: "cloud_upload"
                title: qsTr("Waiting to send")
                text: Workspace.sync && Workspace.sync.offline
                      ? qsTr("Saved on this phone. It goes to the property office when you are back online.")
                      : qsTr("Saved on this phone and being sent to the property office.")
            }

            // Resolved: is it fixed?
            Rectangle {
                objectName: "confirmCard"
                Layout.fillWidth: true
                visible: page.actions.indexOf("confirm") >= 0 || page.actions.indexOf("reject") >= 0
                implicitHeight: confirmColumn.implicitHeight + 2 * Theme.spacingL
                radius: Theme.radiusL
                color: "#ECFDF5"
                border.color: "#A7F3D0"

                ColumnLayout {
                    id: confirmColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    spacing: Theme.spacingS
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Is it fixed?")
                        font.pixelSize: Theme.fontBodyLarge
                        font.weight: Font.Bold
                        color: Theme.textPrimary
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("The technician marked this as done. Confirm and rate it, or tell us what is still wrong and it reopens.")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                    PrimaryButton {
                        objectName: "confirmButton"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingXs
                        visible: page.actions.indexOf("confirm") >= 0
                        text: qsTr("Yes, confirm and rate")
                        onClicked: page.openRating()
                    }
                    Button {
                        objectName: "rejectButton"
                        Layout.fillWidth: true
                        visible: page.actions.indexOf("reject") >= 0
                        flat: true
                        text: qsTr("No, it is not fixed")
                        font.capitalization: Font.MixedCase
                        Material.foreground: Theme.danger
                        onClicked: rejectDialog.ask()
                    }
                }
            }

            TicketSummaryCard {
                Layout.fillWidth: true
                detail: detail
                onPhotoClicked: (sources, index) => viewer.show(sources, index)
            }

            RatingCard {
                Layout.fillWidth: true
                visible: !!page.ticket.rating
                rating: page.ticket.rating ?? null
            }

            SectionTitle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                title: qsTr("Timeline")
            }
            TicketTimeline {
                objectName: "ticketTimeline"
                Layout.fillWidth: true
                entries: detail.timeline
                onPhotoClicked: (sources, index) => viewer.show(sources, index)
            }

            Button {
                objectName: "cancelRequestButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: page.actions.indexOf("cancel") >= 0
                flat: true
                text: qsTr("Cancel this request")
                font.capitalization: Font.MixedCase
                Material.foreground: Theme.danger
                onClicked: cancelDialog.ask()
            }
        }
    }

    PhotoViewer { id: viewer }

    RateDialog {
        id: rateDialog
        onRated: (overall, speed, service, comment) =>
                 page.done(Tickets.desk.confirm(page.ticketId, overall, speed, service, comment))
    }
    ReasonDialog {
        id: rejectDialog
        objectName: "rejectDialog"
        maxLength: TicketLimits.reasonMax
        title: qsTr("What is still wrong?")
        message: qsTr("The request reopens and the office sends someone again.")
        placeholderText: qsTr("e.g. The tap still drips at night")
        confirmText: qsTr("Reopen")
        reasonRequired: true
        danger: true
        onConfirmed: reason => page.done(Tickets.desk.reject(page.ticketId, reason))
    }
    ReasonDialog {
        id: cancelDialog
        objectName: "cancelDialog"
        maxLength: TicketLimits.reasonMax
        title: qsTr("Cancel this request?")
        message: qsTr("The property office stops working on it.")
        placeholderText: qsTr("Reason (optional)")
        confirmText: qsTr("Cancel request")
        danger: true
        onConfirmed: reason => page.done(Tickets.desk.cancel(page.ticketId, reason))
    }
}
