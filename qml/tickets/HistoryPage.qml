pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// Every past (closed or cancelled) request, newest first, loaded page by page as it scrolls.
Page {
    id: page

    signal ticketOpened(string ticketId)
    signal back()

    objectName: "historyPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Past requests")
        onBack: page.back()
    }

    ListView {
        id: list
        anchors.fill: parent
        topMargin: Theme.spacingL
        bottomMargin: Theme.spacingL
        spacing: Theme.spacingM
        model: TicketListModel {
            id: pastModel
            store: Workspace.store
            queue: "resident.past"
        }
        delegate: TicketCard {
            x: Theme.spacingL
            width: ListView.view.width - 2 * Theme.spacingL
            onOpened: ticketId => {
                page.ticketOpened(ticketId)
                Shell.open("qrc:/qt/qml/Courtyard/Tickets/TicketDetailPage.qml", { ticketId: ticketId })
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: pastModel.count === 0
        busy: pastModel.loading
        icon: "history"
        title: pastModel.loading ? "" : qsTr("No past requests")
        text: pastModel.loading ? "" : qsTr("Requests you confirmed or cancelled show here.")
    }
}
