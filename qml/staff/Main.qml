// No "pragma ComponentBehavior: Bound" here, unlike every other file: Qt 6.4's Loader makes
// its item in a child context, which a bound component refuses ("Cannot instantiate bound
// component outside its creation context"). These two components use no delegate data.
import QtQuick
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The sign-in page until someone is signed in, then the staff app's stack of pages. Also the
// screenshot tour (--screenshot): the driver reads tourSteps and calls showTourStep(name)
// for each, saving a picture after each one settles.
AppWindow {
    id: window

    // The steps for whoever is signed in: the office's or a technician's screens.
    readonly property var tourSteps: Session.roleName === "technician"
        ? ["my-orders", "pool", "pool-detail", "detail-technician", "check-in", "note-dialog",
           "resolve-form", "signature", "resolve-signed", "done-orders"]
        : ["inbox", "detail-agent", "priority-dialog", "assign-dialog", "convert-dialog",
           "note-dialog", "hold-dialog", "in-progress", "detail-resolved", "callback-dialog",
           "log-request"]

    // Navigates to one screen of the tour; "home" goes back to the start.
    function showTourStep(name) {
        const shell = pageLoader.item
        if (!shell || !shell.openOrders)
            return false
        shell.home()
        switch (name) {
        case "home":
            return true
        case "inbox":
        case "my-orders":
            return !!shell.openOrders(0)
        case "in-progress":
        case "pool":
            return !!shell.openOrders(1)
        case "done-orders":
            return !!shell.openOrders(2)
        case "detail-agent":
        case "detail-technician":
            return openFirst(shell, 0, detail => {})
        case "detail-resolved":
            return openFirst(shell, 3, detail => {})
        case "pool-detail":
            return openFirst(shell, 1, detail => {})
        case "convert-dialog":
            return openFirst(shell, 0, detail => detail.run("convert"), 1)
        case "priority-dialog":
            return openFirst(shell, 0, detail => detail.run("setPriority"))
        case "assign-dialog":
            return openFirst(shell, 0, detail => detail.run("dispatch"))
        case "hold-dialog":
            return openFirst(shell, 1, detail => detail.run("hold"))
        case "callback-dialog":
            return openFirst(shell, 3, detail => detail.run("callBack"))
        case "check-in":
            return openFirst(shell, 0, detail => detail.run("checkIn"))
        case "note-dialog":
            return openFirst(shell, 0, detail => detail.run("note"))
        case "resolve-form":
        case "signature":
        case "resolve-signed":
            return openFirst(shell, 0, detail => {
                const page = shell.openResolve(detail.ticketId, detail.locationText)
                page.fillSample()
                if (name === "signature")
                    page.showSignatureSample()
                else if (name === "resolve-signed")
                    page.signSample()
            })
        case "log-request":
            shell.openOrders(0)
            shell.openLogRequest().fillSample()
            return true
        }
        return false
    }
    // Opens the first (or row-th) order of a tab of the lists once loaded, then calls
    // then(detailPage).
    function openFirst(shell, tab, then, row) {
        shell.openOrders(tab).withOrder(tab, row || 0, id => then(shell.openOrder(id)))
        return true
    }

    appTitle: qsTr("Courtyard Staff")
    appSubtitle: qsTr("Work orders, fees and your estates, for the property team.")

    Loader {
        id: pageLoader
        objectName: "pageLoader"
        anchors.fill: parent
        sourceComponent: Session.signedIn ? homeComponent : signInComponent
    }

    Component {
        id: signInComponent
        SignInPage {
            // qmllint disable unqualified
            appTitle: window.appTitle
            appSubtitle: window.appSubtitle
            // qmllint enable unqualified
            appIcon: "engineering"
        }
    }

    Component {
        id: homeComponent
        StaffShell {}
    }
}
