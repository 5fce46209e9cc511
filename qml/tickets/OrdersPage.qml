pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The work-order lists of the staff app, in tabs. The office (agent, manager): new requests
// (urgent and overdue first), in progress, on hold, resolved awaiting the resident's answer
// or the call-back; a button to log a request taken by phone. A technician: my orders (by
// priority and deadline), the estate's pool to take from (抢单), and done.
Page {
    id: page

    // "agent" | "manager" | "technician": the viewer's.
    readonly property string role: Workspace.viewer.roleName
    property alias currentIndex: tabs.currentIndex

    // The office side (agent, manager): Courtyard::isOffice, through the viewer.
    readonly property bool office: Workspace.viewer.office
    // The role's queues, in tab order (C++: TicketPolicy): [{id, title, icon, emptyTitle, emptyText}].
    readonly property var tabDefs: Tickets.queues(role)

    function openOrder(ticketId) {
        Shell.open("qrc:/qt/qml/Courtyard/Tickets/OrderDetailPage.qml", { ticketId: ticketId })
    }

    objectName: "ordersPage"
    background: Rectangle { color: Theme.background }

    header: ColumnLayout {
        spacing: 0
        TopBar {
            Layout.fillWidth: true
            title: page.office ? qsTr("Work orders") : qsTr("My work")
            subtitle: Session.estateName
            backVisible: false // a tab of the shell
            ConnectionBadge {}
        }
        TabBar {
            id: tabs
            objectName: "ordersTabs"
            Layout.fillWidth: true
            Material.accent: Theme.primary
            background: Rectangle { color: Theme.surface; Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.outline } }
            Repeater {
                model: page.tabDefs
                delegate: TabButton {
                    id: tab
                    required property var modelData
                    required property int index
                    readonly property int total: lists.count > index && lists.itemAt(index) ? lists.itemAt(index).totalCount : 0
                    objectName: "ordersTab" + index
                    text: total > 0 ? qsTr("%1 %2").arg(modelData.title).arg(total) : modelData.title
                    leftPadding: Theme.spacingXs
                    rightPadding: Theme.spacingXs
                    font.pixelSize: Theme.fontSmall
                    font.capitalization: Font.MixedCase
                    font.weight: tabs.currentIndex === index ? Font.Bold : Font.Normal
                }
            }
        }
        SyncStrip {
            Layout.fillWidth: true
        }
    }

    StackLayout {
        id: stack
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        Repeater {
            id: lists
            model: page.tabDefs
            delegate: OrderList {
                required property var modelData
                queue: modelData.id
                showAssignee: page.office
                emptyIcon: modelData.icon
                emptyTitle: modelData.emptyTitle
                emptyText: modelData.emptyText
                onOpened: ticketId => page.openOrder(ticketId)
            }
        }
    }

    RoundButton {
        objectName: "logRequestButton"
        visible: page.office
        anchors { right: parent.right; bottom: parent.bottom; margins: Theme.spacingL }
        implicitHeight: 52
        leftPadding: Theme.spacingL
        rightPadding: Theme.spacingL + 4
        radius: 26
        Accessible.name: qsTr("Log a request")
        onClicked: Shell.open("qrc:/qt/qml/Courtyard/Tickets/LogRequestPage.qml")
        background: Rectangle {
            radius: height / 2
            color: parent.down ? Theme.primaryDark : Theme.primary
        }
        contentItem: Row {
            spacing: Theme.spacingS
            Icon { icon: "add_call"; color: Theme.textOnBrand; anchors.verticalCenter: parent.verticalCenter }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Log a request")
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
                color: Theme.textOnBrand
            }
        }
    }
}
