pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The signed-in staff app: a stack of pages over the home page. Every navigation goes through
// these functions, so the screenshot tour can drive them too.
StackView {
    id: stack

    // "agent" | "manager" | "technician" (Session.roleName).
    readonly property string role: Session.roleName
    readonly property bool office: Workspace.viewer.office

    function home() {
        pop(null, StackView.Immediate)
    }
    function openOrders(tab) {
        home()
        const page = push(ordersPage, {}, StackView.Immediate)
        page.currentIndex = tab || 0
        return page
    }
    function openOrder(ticketId) {
        return push(detailPage, { ticketId: ticketId }, StackView.Immediate)
    }
    function openResolve(ticketId, locationText) {
        return push(resolvePage, { ticketId: ticketId, locationText: locationText || "" }, StackView.Immediate)
    }
    function openLogRequest() {
        return push(logRequestPage, {}, StackView.Immediate)
    }

    objectName: "staffStack"
    initialItem: HomePage {
        role: stack.role
        onOpenOrders: tab => stack.openOrders(tab)
    }

    Component {
        id: ordersPage
        OrdersPage {
            role: stack.role
            userId: Session.userId
            onOpenOrder: ticketId => stack.openOrder(ticketId)
            onLogRequest: stack.openLogRequest()
        }
    }
    Component {
        id: detailPage
        OrderDetailPage {
            role: stack.role
            onOpenResolve: (ticketId, locationText) => stack.openResolve(ticketId, locationText)
        }
    }
    Component {
        id: resolvePage
        ResolvePage {
            onDone: stack.pop()
        }
    }
    Component {
        id: logRequestPage
        LogRequestPage {
            // The new order replaces the form: back goes to the list.
            onCreated: ticketId => stack.replace(detailPage, { ticketId: ticketId }, StackView.Immediate)
        }
    }
}
