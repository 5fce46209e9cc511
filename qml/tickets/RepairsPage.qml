// No "pragma ComponentBehavior: Bound" here: Qt 6.4's ListView makes its header and footer in a
// child context, which a bound component refuses ("Component is not ready").
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The resident's Repairs tab (报修): their open requests (status, SLA, pending mark; a fix to
// confirm first-hand), the latest past ones with a link to all, and the big "Report a repair".
// Designed states for loading, empty and offline. Pull down to sync.
Page {
    id: page

    readonly property SyncEngine engine: Workspace.sync
    readonly property bool offline: engine !== null && engine.offline
    readonly property bool everSynced: engine !== null && !!engine.lastSyncAt && !isNaN(engine.lastSyncAt.getTime())
    readonly property alias openModel: openModel
    readonly property alias pastModel: pastModel
    readonly property bool nothingYet: openModel.count === 0 && pastModel.count === 0

    function report() {
        Shell.open("qrc:/qt/qml/Courtyard/Tickets/NewRequestPage.qml")
    }
    function openTicket(ticketId) {
        Shell.open("qrc:/qt/qml/Courtyard/Tickets/TicketDetailPage.qml", { ticketId: ticketId })
    }

    objectName: "repairsPage"
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
        topMargin: Theme.spacingL
        boundsBehavior: Flickable.DragOverBounds
        readonly property bool pulledFar: verticalOvershoot < -72
        onDragEnded: if (pulledFar) Workspace.syncNow()

        header: Column {
            width: list.width
            bottomPadding: Theme.spacingM
            SectionTitle {
                x: Theme.spacingL
                width: parent.width - 2 * Theme.spacingL
                visible: !page.nothingYet
                title: qsTr("Open requests")
                subtitle: openModel.count === 0 ? qsTr("Nothing open: everything you reported is done.")
                                                : qsTr("Pull down to refresh.")
            }
            EmptyState {
                objectName: "repairsEmptyState"
                x: Theme.spacingXl
                width: parent.width - 2 * Theme.spacingXl
                visible: page.nothingYet
                busy: !page.everSynced && !page.offline
                tone: page.offline && !page.everSynced ? "warning" : "neutral"
                icon: page.offline && !page.everSynced ? "cloud_off" : "home_repair_service"
                title: page.offline && !page.everSynced ? qsTr("You are offline")
                     : page.everSynced ? qsTr("No requests yet") : qsTr("Loading your requests…")
                text: page.offline && !page.everSynced
                      ? qsTr("Your requests show here once this phone has been online. You can still report a problem now: it is sent later.")
                      : qsTr("Something broken at home or in the estate? Report it with a few words and photos; we keep you posted here.")
                actionText: page.everSynced || page.offline ? qsTr("Report a repair") : ""
                onActionTriggered: page.report()
            }
        }

        delegate: TicketCard {
            x: Theme.spacingL
            width: ListView.view.width - 2 * Theme.spacingL
            askToConfirm: true
            onOpened: ticketId => page.openTicket(ticketId)
        }

        footer: ColumnLayout {
            width: list.width
            spacing: Theme.spacingM
            SectionTitle {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingL
                Layout.rightMargin: Theme.spacingL
                Layout.topMargin: Theme.spacingL
                visible: pastModel.count > 0
                title: qsTr("Past requests")
            }
            Repeater {
                model: pastModel
                TicketCard {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingL
                    Layout.rightMargin: Theme.spacingL
                    onOpened: ticketId => page.openTicket(ticketId)
                }
            }
            Button {
                objectName: "historyButton"
                Layout.alignment: Qt.AlignHCenter
                visible: pastModel.totalCount > pastModel.count
                flat: true
                text: qsTr("See all %n past request(s)", "", pastModel.totalCount)
                font.capitalization: Font.MixedCase
                Material.foreground: Theme.primary
                onClicked: Shell.open("qrc:/qt/qml/Courtyard/Tickets/HistoryPage.qml")
            }
            Item { Layout.preferredHeight: 88 } // room for the report button
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
        visible: !page.nothingYet
        Accessible.name: qsTr("Report a repair")
        onClicked: page.report()
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
}
