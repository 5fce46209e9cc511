// No "pragma ComponentBehavior: Bound" here, unlike most files: Qt 6.4's StackView makes its
// pages in a child context, which a bound component refuses ("Component is not ready").
import QtQuick
import QtQuick.Controls
import Courtyard.Ui

// The signed-in resident's pages on one stack: home, then a new request, a request's
// detail or the past requests on top. The screenshot tour drives it through these functions.
StackView {
    id: stack

    function showHome() {
        stack.pop(null, StackView.Immediate)
        return stack.currentItem
    }
    function openNewRequest() {
        return stack.push(newRequestComponent)
    }
    function openTicket(ticketId) {
        return stack.push(detailComponent, { ticketId: ticketId })
    }
    function openHistory() {
        return stack.push(historyComponent)
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

    Component {
        id: newRequestComponent
        NewRequestPage {
            onBack: stack.pop()
            // The request is saved: show it in place of the form.
            onSubmitted: ticketId => stack.replace(detailComponent, { ticketId: ticketId })
        }
    }
    Component {
        id: detailComponent
        TicketDetailPage {
            onBack: stack.pop()
        }
    }
    Component {
        id: historyComponent
        HistoryPage {
            onBack: stack.pop()
            onTicketOpened: ticketId => stack.openTicket(ticketId)
        }
    }
}
