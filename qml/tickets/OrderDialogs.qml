pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The dialogs of an order's detail, each sending its action through the page's desk and
// reporting how it went (page.report). Kept apart so the page stays readable.
Item {
    id: dialogs

    // The OrderDetailPage: ticketId, desk, report().
    required property var page
    required property var ticket
    property bool canAssign: true
    property bool canPool: true

    readonly property alias priority: priorityDialog
    readonly property alias dispatch: dispatchDialog
    readonly property alias checkIn: checkInDialog
    readonly property alias convert: convertDialog
    readonly property alias note: noteDialog
    readonly property alias reason: reasonDialog

    // hold | cancel | callBack: one text dialog, worded per action.
    function openReason(action) {
        reasonDialog.action = action
        reasonDialog.ask()
    }

    ChoiceDialog {
        id: priorityDialog
        objectName: "priorityDialog"
        title: qsTr("Set priority")
        note: qsTr("The priority sets the answer and fix deadlines from the estate's service levels.")
        acceptText: qsTr("Set priority")
        choices: Labels.priorities()
        textOf: p => Labels.priorityText(p)
        current: dialogs.ticket.priority || ""
        onPicked: value => {
            if (dialogs.page.report(dialogs.page.desk.setPriority(dialogs.page.ticketId, value),
                                    qsTr("Priority: %1").arg(Labels.priorityText(value))))
                deadlineNotice.start()
        }
    }
    // After a new priority the detail has the new deadlines: say the fix deadline.
    Timer {
        id: deadlineNotice
        interval: 250
        onTriggered: dialogs.page.showDeadline()
    }

    DispatchDialog {
        id: dispatchDialog
        store: Workspace.store
        estateId: dialogs.ticket.estateId || ""
        canAssign: dialogs.canAssign
        canPool: dialogs.canPool
        onAssignTo: (id, name) => dialogs.page.report(dialogs.page.desk.assign(dialogs.page.ticketId, id),
                                                      qsTr("Assigned to %1").arg(name))
        onOpenToPool: dialogs.page.report(dialogs.page.desk.openToPool(dialogs.page.ticketId),
                                          qsTr("Open to the pool"))
        onRoundRobin: dialogs.page.report(dialogs.page.desk.assignRoundRobin(dialogs.page.ticketId),
                                          qsTr("Sent to the next technician on duty"))
    }

    CheckInDialog {
        id: checkInDialog
        onCheckIn: fix => dialogs.page.report(dialogs.page.desk.checkIn(dialogs.page.ticketId, fix),
                                              fix ? qsTr("Checked in") : qsTr("Checked in · no GPS fix recorded"))
    }

    ChoiceDialog {
        id: convertDialog
        objectName: "convertDialog"
        title: qsTr("Convert to a repair order")
        note: qsTr("The complaint becomes a repair order of this category; every photo and note stays.")
        acceptText: qsTr("Convert")
        choices: Labels.categories()
        textOf: c => Labels.categoryText(c)
        iconOf: c => Labels.categoryIcon(c)
        current: ""
        onPicked: value => dialogs.page.report(dialogs.page.desk.convert(dialogs.page.ticketId, value),
                                               qsTr("Now a repair order"))
    }

    NoteDialog {
        id: noteDialog
        internalByDefault: Workspace.viewer.office
        photosBusy: notePhotos.busy
        onAboutToShow: notePhotos.clear()
        photoArea: PhotoTrayField { tray: notePhotos; width: parent ? parent.width : 0 }
        onSend: (text, internal) => dialogs.page.report(
                    dialogs.page.desk.note(dialogs.page.ticketId, text, internal, notePhotos.hashes),
                    internal ? qsTr("Staff-only note added") : qsTr("Note added"))
    }
    PhotoTray {
        id: notePhotos
    }

    ReasonDialog {
        id: reasonDialog
        // "hold" | "cancel" | "callBack".
        property string action: "hold"
        objectName: "reasonDialog"
        maxLength: TicketLimits.reasonMax
        reasonRequired: true
        title: action === "hold" ? qsTr("Put on hold")
             : action === "cancel" ? qsTr("Cancel this order")
             : qsTr("Call-back to the resident")
        message: action === "hold" ? qsTr("Why is the work paused? The resident sees the reason.")
               : action === "cancel" ? qsTr("Why is the order withdrawn? The resident sees the reason.")
               : qsTr("What did the resident say about the repair? This closes the order.")
        confirmText: action === "hold" ? qsTr("Put on hold")
                   : action === "cancel" ? qsTr("Cancel order") : qsTr("Record and close")
        danger: action === "cancel"
        suggestions: action === "hold"
                     ? [qsTr("Waiting for parts"), qsTr("Resident not at home"), qsTr("Needs a specialist contractor")]
                     : action === "callBack" ? [qsTr("Resident satisfied with the repair"), qsTr("Resident not reachable")]
                     : []
        onConfirmed: text => {
            const desk = dialogs.page.desk
            const id = dialogs.page.ticketId
            if (reasonDialog.action === "hold")
                dialogs.page.report(desk.hold(id, text), qsTr("On hold"))
            else if (reasonDialog.action === "cancel")
                dialogs.page.report(desk.cancel(id, text), qsTr("Order cancelled"))
            else
                dialogs.page.report(desk.callBack(id, text), qsTr("Call-back recorded: order closed"))
        }
    }
}
