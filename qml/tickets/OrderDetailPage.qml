pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// One work order for staff: what, where, SLA and flags, the work done on site, photos and the
// timeline (internal notes marked), and at the bottom what the viewer may do now. Every action
// is saved on the phone first and marked "waiting to send" until the server has it.
Page {
    id: page

    property string ticketId

    readonly property TicketDesk desk: Tickets.desk
    readonly property var ticket: detail.ticket || ({})
    readonly property string locationText: detail.locationText

    function openResolve(ticketId, locationText) {
        return Shell.open("qrc:/qt/qml/Courtyard/Tickets/ResolvePage.qml",
                          { ticketId: ticketId, locationText: locationText || "" })
    }

    // Runs one action of the bar (the tour calls it too).
    function run(action) {
        switch (action) {
        case "accept": return report(desk.accept(ticketId), qsTr("Accepted"))
        case "take": return report(desk.take(ticketId), qsTr("The order is yours"))
        case "resume": return report(desk.resume(ticketId), qsTr("Resumed"))
        case "setPriority": return dialogs.priority.open()
        case "dispatch": return dialogs.dispatch.open()
        case "checkIn": return dialogs.checkIn.open()
        case "hold": return dialogs.openReason("hold")
        case "cancel": return dialogs.openReason("cancel")
        case "callBack": return dialogs.openReason("callBack")
        case "convert": return dialogs.convert.open()
        case "note": return dialogs.note.open()
        case "resolve": return page.openResolve(ticketId, detail.locationText)
        }
    }
    // Tells how a desk call went: saved (waiting to send) or refused with the reason.
    function report(commandId, doneText) {
        if (commandId === "") {
            toast.show(desk.lastError !== "" ? desk.lastError : qsTr("That did not work."), true)
            return false
        }
        toast.show(Workspace.sync && Workspace.sync.offline
                   ? qsTr("%1 · saved on this phone, sent when back online").arg(doneText)
                   : doneText)
        return true
    }

    // After a new priority: the deadlines it set.
    function showDeadline() {
        toast.show([detail.responseText, detail.resolveText].filter(t => t !== "").join(" · "))
    }

    objectName: "orderDetailPage"
    background: Rectangle { color: Theme.background }

    TicketDetail {
        id: detail
        store: Workspace.store
        viewer: Workspace.viewer
        ticketId: page.ticketId
    }

    header: TopBar {
        title: detail.title
        onBack: page.StackView.view.pop()
        ConnectionBadge {}
    }

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
            spacing: Theme.spacingM

            RejectionBanner {
                Layout.fillWidth: true
                rejection: detail.rejection
                onDismiss: detail.dismissRejection()
            }

            Text {
                objectName: "orderMissing"
                Layout.fillWidth: true
                visible: !detail.exists
                text: qsTr("This order is not on this phone (any more).")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }

            OrderSummaryCard {
                Layout.fillWidth: true
                visible: detail.exists
                detail: detail
            }

            OrderWorkCard {
                Layout.fillWidth: true
                detail: detail
            }

            RatingCard {
                Layout.fillWidth: true
                rating: page.ticket.rating || null
            }

            PhotoGrid {
                id: photos
                Layout.fillWidth: true
                visible: count > 0
                columns: 4
                sources: (page.ticket.photos || []).map(sha => Tickets.photoUrl(sha))
                onPhotoClicked: index => viewer.show(photos.sources, index)
            }

            SectionTitle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: detail.exists
                title: qsTr("Timeline")
            }
            TicketTimeline {
                Layout.fillWidth: true
                entries: detail.timeline
                onPhotoClicked: (sources, index) => viewer.show(sources, index)
            }
        }
    }

    footer: Pane {
        visible: actionBar.visible
        padding: Theme.spacingM
        background: Rectangle {
            color: Theme.surface
            Rectangle { width: parent.width; height: 1; color: Theme.outline }
        }
        OrderActionBar {
            id: actionBar
            anchors.fill: parent
            policy: detail.actionPolicy
            onTriggered: action => page.run(action)
        }
    }

    OrderDialogs {
        id: dialogs
        page: page
        ticket: page.ticket
        canAssign: actionBar.canAssign
        canPool: actionBar.canPool
    }

    PhotoViewer { id: viewer }
    Toast { id: toast }
}
