// No "pragma ComponentBehavior: Bound" here, unlike most files: Qt 6.4's StackView makes its
// pages in a child context, which a bound component refuses ("Component is not ready").
import QtQuick
import QtQuick.Controls
import Courtyard.Ui

// The signed-in resident's pages on one stack: home, then a new request, a request's
// detail or the past requests on top. The screenshot tour drives it through these functions.
StackView {
    id: stack

    // The pages on top of home are made from their files when first opened (by URL, not as
    // components of this file), so starting the app loads only what home shows.
    function showHome() {
        stack.pop(null, StackView.Immediate)
        return stack.currentItem
    }
    function openNewRequest() {
        const page = stack.push("qrc:/qt/qml/Courtyard/Tickets/NewRequestPage.qml")
        page.back.connect(() => stack.pop())
        // The request is saved: show it in place of the form.
        page.submitted.connect(ticketId => stack.wireDetail(
                                   stack.replace("qrc:/qt/qml/Courtyard/Tickets/TicketDetailPage.qml", { ticketId: ticketId })))
        return page
    }
    function openTicket(ticketId) {
        return stack.wireDetail(stack.push("qrc:/qt/qml/Courtyard/Tickets/TicketDetailPage.qml", { ticketId: ticketId }))
    }
    function openHistory() {
        const page = stack.push("qrc:/qt/qml/Courtyard/Tickets/HistoryPage.qml")
        page.back.connect(() => stack.pop())
        page.ticketOpened.connect(ticketId => stack.openTicket(ticketId))
        return page
    }
    function wireDetail(page) {
        page.back.connect(() => stack.pop())
        return page
    }

    objectName: "residentStack"
    initialItem: HomePage {
        onReportRequested: stack.openNewRequest()
        onTicketOpened: ticketId => stack.openTicket(ticketId)
        onHistoryRequested: stack.openHistory()
    }

    // Android's back button and Escape on desktop go back one page.
    focus: true
    Keys.onBackPressed: event => event.accepted = stack.depth > 1 && !!stack.pop()
    Keys.onEscapePressed: event => event.accepted = stack.depth > 1 && !!stack.pop()
}
