import QtQuick
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The sign-in page until someone is signed in, then the resident's pages (ResidentNavigator).
// Also the screenshot tour (--screenshot): after home, the driver calls showTourStep(name)
// for each of tourSteps and saves a picture of each.
AppWindow {
    id: window

    // The tour's lists are read only once a tour runs.
    property bool touring: false
    readonly property var tourSteps: ["home", "new-request", "new-request-errors", "detail",
                                      "detail-rate", "detail-closed", "history"]

    // Shows one step of the tour; false when there is nothing to show for it (e.g. no order
    // in that state on this account).
    function showTourStep(name) {
        window.touring = true
        const stack = pageLoader.item
        if (!stack || !stack.showHome)
            return false
        stack.showHome()
        switch (name) {
        case "home":
            return true
        case "new-request":
            stack.openNewRequest()
            return true
        case "new-request-errors":
            stack.openNewRequest().submit()
            return true
        case "detail": {
            const id = tourTickets.openId()
            if (id !== "")
                stack.openTicket(id)
            return id !== ""
        }
        case "detail-rate": {
            const id = resolvedTickets.idAt(0)
            if (id !== "")
                stack.openTicket(id).openRating()
            return id !== ""
        }
        case "detail-closed": {
            const id = closedTickets.idAt(0)
            if (id !== "")
                stack.openTicket(id)
            return id !== ""
        }
        case "history":
            stack.openHistory()
            return true
        }
        return false
    }

    appTitle: qsTr("Courtyard Resident")
    appSubtitle: qsTr("Repairs, bills and notices for your home, in one place.")

    // By URL: the app loads only the page it shows (a kept session starts straight on home).
    Loader {
        id: pageLoader
        objectName: "pageLoader"
        anchors.fill: parent
        function showPage() {
            if (Session.signedIn)
                setSource(Qt.resolvedUrl("ResidentNavigator.qml"))
            else
                setSource("qrc:/qt/qml/Courtyard/Ui/SignInPage.qml",
                          { appTitle: window.appTitle, appSubtitle: window.appSubtitle })
        }
        Component.onCompleted: showPage()
        Connections {
            target: Session
            function onSignedInChanged() { pageLoader.showPage() }
        }
    }

    // The orders the tour opens: one in progress (with the richest timeline: on site or
    // assigned first), one awaiting the resident's confirmation, one closed with a rating.
    TicketListModel {
        id: tourTickets
        store: window.touring && Session.signedIn ? Workspace.store : null
        queue: "resident.open"
        function openId() { return idAt(0) }
    }
    TicketListModel {
        id: resolvedTickets
        store: window.touring && Session.signedIn ? Workspace.store : null
        queue: "resident.toConfirm"
    }
    TicketListModel {
        id: closedTickets
        store: window.touring && Session.signedIn ? Workspace.store : null
        queue: "resident.past"
    }
}
