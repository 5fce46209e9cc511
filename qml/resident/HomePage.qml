// No "pragma ComponentBehavior: Bound" here, unlike most files: Qt 6.4's ListView makes its
// header and footer in a child context, which a bound component refuses ("Component is not ready").
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The resident's home: open requests first (status, SLA, pending mark), a big "Report a
// repair" action, then the latest past requests; pull down to sync. Designed states for
// loading, empty, offline, sync errors and changes the server refused.
Page {
    id: page

    readonly property SyncEngine engine: Workspace.sync
    readonly property bool offline: engine !== null && engine.offline
    readonly property bool syncing: engine !== null && engine.syncing
    readonly property bool everSynced: engine !== null && !!engine.lastSyncAt && !isNaN(engine.lastSyncAt.getTime())
    readonly property string syncError: engine !== null ? engine.lastError : ""
    readonly property int refused: engine !== null ? engine.needsAttentionCount : 0
    readonly property bool nothingYet: openModel.count === 0 && pastModel.count === 0
    readonly property alias openModel: openModel
    readonly property alias pastModel: pastModel

    signal reportRequested()
    signal ticketOpened(string ticketId)
    signal historyRequested()

    objectName: "residentHomePage"
    background: Rectangle { color: Theme.background }

    TicketListModel {
        id: openModel
        store: Workspace.store
        queue: "resident.open"
    }
    TicketListModel {
        id: pastModel
        store: Workspace.store
        queue: "resident.past"
        pageSize: 3
    }

    ListView {
        id: list
        objectName: "requestList"
        anchors.fill: parent
        model: openModel
        spacing: Theme.spacingM
        boundsBehavior: Flickable.DragOverBounds
        // Pull to refresh: let go after pulling the list down past the mark.
        readonly property bool pulledFar: verticalOvershoot < -72
        onDragEnded: if (pulledFar) Workspace.syncNow()

        header: HomeHeader {
            width: list.width
            home: page
            onReportRequested: page.reportRequested()
            onAttentionRequested: attention.open()
        }

        delegate: TicketCard {
            x: Theme.spacingL
            width: ListView.view.width - 2 * Theme.spacingL
            askToConfirm: true
            onOpened: ticketId => page.ticketOpened(ticketId)
        }

        // Below the open requests: made after the first frame (incubated), not before it.
        footer: Loader {
            width: list.width
            height: item ? item.implicitHeight : 0
            asynchronous: true
            sourceComponent: Component {
                HomeFooter {
                    width: list.width
                    home: page
                    onTicketOpened: ticketId => page.ticketOpened(ticketId)
                    onHistoryRequested: page.historyRequested()
                }
            }
        }
    }

    // The pull-to-refresh mark above the list.
    Rectangle {
        objectName: "refreshIndicator"
        anchors.horizontalCenter: parent.horizontalCenter
        y: Math.min(-list.verticalOvershoot, 120) / 2 - height / 2
        width: 40
        height: 40
        radius: 20
        visible: list.verticalOvershoot < -8
        color: Theme.surface
        border.color: Theme.outline
        Icon {
            anchors.centerIn: parent
            icon: list.pulledFar ? "refresh" : "arrow_downward"
            color: Theme.primary
            rotation: list.pulledFar ? 0 : Math.min(180, -list.verticalOvershoot * 2.5)
        }
    }

    // The big action, always within reach of a thumb.
    AbstractButton { // plain (its own background below): no Material ripple to make at start-up
        id: fab
        objectName: "reportButton"
        implicitWidth: implicitContentWidth + leftPadding + rightPadding
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
        height: 56
        leftPadding: Theme.spacingL
        rightPadding: Theme.spacingXl
        visible: !page.nothingYet || page.syncing
        Accessible.name: qsTr("Report a repair")
        onClicked: page.reportRequested()
        background: Rectangle {
            radius: Theme.radiusL
            color: fab.down ? Theme.primaryDark : Theme.primary
            border.width: 1
            border.color: Theme.primaryDark
        }
        contentItem: Row {
            spacing: Theme.spacingS
            Icon { anchors.verticalCenter: parent.verticalCenter; icon: "add"; color: Theme.textOnBrand }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Report a repair")
                font.pixelSize: Theme.fontBodyLarge
                font.weight: Font.DemiBold
                color: Theme.textOnBrand
            }
        }
    }

    // The refused changes, made when first asked for.
    Loader {
        id: attention
        active: false
        function open() {
            active = true
            item.open()
        }
        sourceComponent: Component {
            NeedsAttentionDialog {
                onTicketOpened: ticketId => page.ticketOpened(ticketId)
            }
        }
    }
}
