pragma ComponentBehavior: Bound

import QtQuick
import Courtyard.Core
import Courtyard.Estate
import Courtyard.Fees
import Courtyard.Tickets
import Courtyard.DevTools

// The resident app's screenshot tour (dev tools only, never in the product): the steps the
// screenshot driver saves, each shown by driving the app as a person would — its tabs and the
// pages the feature modules open — over the signed-in account's data.
Item {
    id: tour

    required property var window
    readonly property var steps: ["home", "repairs", "new-request", "new-request-errors", "detail",
                                  "detail-rate", "detail-closed", "history", "bills", "bill",
                                  "bill-paid", "receipt", "me", "add-home",
                                  "add-home-errors", "home-people", "change-password",
                                  "change-password-errors"]
    readonly property string onboarding: "qrc:/qt/qml/Courtyard/Onboarding/"
    readonly property string pages: "qrc:/qt/qml/Courtyard/Tickets/"
    readonly property string fees: "qrc:/qt/qml/Courtyard/Fees/"

    // The first order of a queue of the account (TicketListModel, read at once).
    function firstOf(queue) {
        const model = listComponent.createObject(tour, { queue: queue, viewerId: Workspace.viewer.userId })
        model.store = Workspace.store
        const id = model.idAt(0)
        model.destroy()
        return id
    }

    // The acting unit's newest bill (an open one with @p properties {openOnly: true}), oldest
    // with @p last, or its newest payment: read at once.
    function feeId(component, properties, last) {
        const model = component.createObject(tour, Object.assign({ viewer: Workspace.viewer }, properties))
        model.store = Workspace.store
        const id = model.idAt(last ? model.count - 1 : 0)
        model.destroy()
        return id
    }

    // Shows one step; false when there is nothing to show for it (no order in that state).
    function show(name) {
        const frame = TourTools.find(window, "shellFrame")
        if (!frame)
            return false
        frame.showTab("home", 0)
        let id = ""
        switch (name) {
        case "home":
            return true
        case "repairs":
            return !!frame.showTab("repairs", 0)
        case "new-request":
            return !!frame.open(pages + "NewRequestPage.qml")
        case "new-request-errors":
            frame.open(pages + "NewRequestPage.qml").submit()
            return true
        case "detail":
            id = firstOf("resident.open")
            return id !== "" && !!frame.open(pages + "TicketDetailPage.qml", { ticketId: id })
        case "detail-rate":
            id = firstOf("resident.toConfirm")
            if (id !== "")
                frame.open(pages + "TicketDetailPage.qml", { ticketId: id }).openRating()
            return id !== ""
        case "detail-closed":
            id = firstOf("resident.past")
            return id !== "" && !!frame.open(pages + "TicketDetailPage.qml", { ticketId: id })
        case "history":
            return !!frame.open(pages + "HistoryPage.qml")
        case "bills":
            return !!frame.showTab("bills", 0)
        case "bill":
            id = feeId(billsComponent, { openOnly: true }, false) || feeId(billsComponent, {}, false)
            return id !== "" && !!frame.open(fees + "BillDetailPage.qml", { billId: id })
        case "bill-paid":
            id = feeId(billsComponent, {}, true)
            return id !== "" && !!frame.open(fees + "BillDetailPage.qml", { billId: id })
        case "receipt":
            id = feeId(paymentsComponent, {}, false)
            return id !== "" && !!frame.open(fees + "PaymentPage.qml", { paymentId: id })
        case "me":
            return !!frame.showTab("me", 0)
        case "add-home":
            return !!frame.open(onboarding + "AddHomePage.qml")
        case "add-home-errors":
            frame.open(onboarding + "AddHomePage.qml").form.check()
            return true
        case "home-people":
            id = Workspace.viewer.actingUnitId || (Workspace.viewer.unitIds.length > 0 ? Workspace.viewer.unitIds[0] : "")
            return id !== "" && !!frame.open(onboarding + "InvitePage.qml",
                                             { unitId: id, unitLabel: Estate.directory ? Estate.directory.unitLabel(id) : id })
        case "change-password":
            return !!frame.open(onboarding + "ChangePasswordPage.qml")
        case "change-password-errors":
            frame.open(onboarding + "ChangePasswordPage.qml").submit()
            return true
        }
        return false
    }

    Component {
        id: listComponent
        TicketListModel {}
    }
    Component {
        id: billsComponent
        BillListModel {}
    }
    Component {
        id: paymentsComponent
        PaymentListModel {}
    }
}
