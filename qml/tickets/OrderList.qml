pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// One tab of work orders: a TicketListModel of one queue (its statuses, whose and its order are
// C++'s: TicketPolicy), as cards. Pull down to sync now; designed empty states.
ListView {
    id: list

    // "office.new", "tech.mine", ... (Tickets.queues()).
    property string queue
    // Who it is assigned to is worth a line in the office's lists, not in a technician's own.
    property bool showAssignee: true
    property string emptyIcon: "inbox"
    property string emptyTitle
    property string emptyText
    readonly property int totalCount: orders.totalCount

    signal opened(string ticketId)

    objectName: "ordersList" // the first tab's is what bench/app-bench.sh scrolls
    clip: true
    spacing: Theme.spacingS
    topMargin: Theme.spacingM
    bottomMargin: 88 // room for the floating button
    leftMargin: Theme.spacingL
    rightMargin: Theme.spacingL
    boundsBehavior: Flickable.DragOverBounds
    ScrollIndicator.vertical: ScrollIndicator {}

    model: TicketListModel {
        id: orders
        store: Workspace.store
        queue: list.queue
        viewerId: Workspace.viewer.userId
    }

    delegate: TicketCard {
        width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
        showPriority: true
        showAssignee: list.showAssignee
        onOpened: ticketId => list.opened(ticketId)
    }

    // Pull to refresh: a drag past the top asks for a sync now.
    onDragEnded: {
        if (contentY < -topMargin - 64 && Workspace.ready)
            Workspace.syncNow()
    }
    Text {
        anchors.horizontalCenter: parent.horizontalCenter
        y: -list.contentY - list.topMargin - height - Theme.spacingS
        visible: list.contentY < -list.topMargin - 8
        text: list.contentY < -list.topMargin - 64 ? qsTr("Release to sync now") : qsTr("Pull to sync now")
        font.pixelSize: Theme.fontCaption
        color: Theme.textTertiary
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: list.count === 0
        busy: orders.loading
        icon: Workspace.sync && Workspace.sync.offline ? "cloud_off" : list.emptyIcon
        tone: Workspace.sync && Workspace.sync.offline ? "warning" : "neutral"
        title: busy ? qsTr("Loading orders…") : list.emptyTitle
        text: Workspace.sync && Workspace.sync.offline
              ? qsTr("You are offline: this list shows what the phone has; new orders arrive with the signal.")
              : list.emptyText
    }
}
