pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The staff home: who is signed in, their work orders at a glance (a tap opens the list) and
// the tools their role will get in later updates.
Page {
    id: page

    // "agent" | "manager" | "technician".
    property string role: Session.roleName

    signal openOrders(int tab)

    objectName: "staffHomePage"
    background: Rectangle { color: Theme.background }

    Flickable {
        anchors.fill: parent
        contentHeight: content.height
        boundsBehavior: Flickable.StopAtBounds

        Item {
            id: content
            width: parent.width
            height: header.height + cards.implicitHeight + Theme.spacingXxl - header.overlap

            ProfileHeader {
                id: header
                width: parent.width
                name: Session.userName
                avatarText: Session.avatarText
                roleLabel: Session.roleLabel
                estateName: Session.estateName
            }

            ColumnLayout {
                id: cards
                anchors { left: parent.left; right: parent.right; top: header.bottom }
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingL
                anchors.topMargin: -header.overlap
                spacing: Theme.spacingM

                WorkSummaryCard {
                    objectName: "officeWorkCard"
                    visible: Session.canDispatch
                    Layout.fillWidth: true
                    title: qsTr("Work orders")
                    tiles: [
                        { label: qsTr("New requests"), icon: "mark_email_unread", queue: "office.new", tab: 0 },
                        { label: qsTr("In progress"), icon: "engineering", queue: "office.inProgress", tab: 1 },
                        { label: qsTr("On hold"), icon: "pause_circle", queue: "office.onHold", tab: 2 },
                        { label: qsTr("Awaiting answer"), icon: "task_alt", queue: "office.resolved", tab: 3 }
                    ]
                    onOpen: tab => page.openOrders(tab)
                }
                WorkSummaryCard {
                    objectName: "technicianWorkCard"
                    visible: Session.canWorkOrders
                    Layout.fillWidth: true
                    title: qsTr("My work orders")
                    tiles: [
                        { label: qsTr("My orders"), icon: "handyman", queue: "tech.mine", tab: 0 },
                        { label: qsTr("Pool"), icon: "front_hand", queue: "tech.pool", tab: 1 },
                        { label: qsTr("Done"), icon: "task_alt", queue: "tech.done", tab: 2 }
                    ]
                    onOpen: tab => page.openOrders(tab)
                }

                SyncStatusCard {
                    Layout.fillWidth: true
                }

                AccountCard {
                    Layout.fillWidth: true
                    title: qsTr("My account")

                    InfoRow {
                        Layout.fillWidth: true
                        icon: "badge"
                        label: qsTr("Role")
                        value: Session.roleLabel
                    }
                    InfoRow {
                        Layout.fillWidth: true
                        icon: "apartment"
                        label: Session.estateNames.length > 1 ? qsTr("Estates") : qsTr("Estate")
                        value: Session.estateNames.length > 0 ? Session.estateName
                                                              : qsTr("No estate assigned yet")
                    }
                    InfoRow {
                        Layout.fillWidth: true
                        icon: "smartphone"
                        label: qsTr("Phone")
                        value: Session.phoneMasked
                    }
                }

                SectionTitle {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingM
                    title: qsTr("More tools")
                    subtitle: qsTr("These tools arrive in the next updates of the app.")
                }

                ComingSoonCard {
                    visible: Session.canSeeKpis
                    Layout.fillWidth: true
                    icon: "dashboard"
                    title: qsTr("Dashboard")
                    description: qsTr("Open and overdue work orders, response times, fee collection and satisfaction, per estate.")
                }
                ComingSoonCard {
                    visible: Session.canWorkOrders
                    Layout.fillWidth: true
                    icon: "fact_check"
                    title: qsTr("Inspections")
                    description: qsTr("Daily rounds and maintenance checklists for pumps, switchgear, HVAC and lifts.")
                }
                ComingSoonCard {
                    visible: Session.canCollectFees
                    Layout.fillWidth: true
                    icon: "payments"
                    title: qsTr("Fees")
                    description: qsTr("Record payments, follow arrears by building and send reminders.")
                }
                ComingSoonCard {
                    visible: Session.canManageCommunity
                    Layout.fillWidth: true
                    icon: "groups"
                    title: qsTr("Events and surveys")
                    description: qsTr("Publish community events, manage sign-ups and read satisfaction survey results.")
                }
                ComingSoonCard {
                    visible: Session.canDispatch
                    Layout.fillWidth: true
                    icon: "campaign"
                    title: qsTr("Notices")
                    description: qsTr("Publish outage, maintenance and community notices to residents.")
                }

                Button {
                    objectName: "signOutButton"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    flat: true
                    text: qsTr("Sign out")
                    font.capitalization: Font.MixedCase
                    Material.foreground: Theme.danger
                    onClicked: Session.signOut()
                }
            }
        }
    }
}
