pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui

// The staff home: who is signed in, and the work their role will do here (not built yet).
Page {
    id: page

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

                SyncStatusCard {
                    Layout.fillWidth: true
                }

                SectionTitle {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingM
                    title: qsTr("My work")
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
                    visible: Session.canDispatch
                    Layout.fillWidth: true
                    icon: "assignment"
                    title: qsTr("Work orders")
                    description: qsTr("Triage new repair requests and complaints, set priority and dispatch to technicians.")
                }
                ComingSoonCard {
                    visible: Session.canWorkOrders
                    Layout.fillWidth: true
                    icon: "handyman"
                    title: qsTr("My work orders")
                    description: qsTr("Orders assigned to you, by priority and deadline. Check in on site and resolve, even offline.")
                }
                ComingSoonCard {
                    visible: Session.canWorkOrders
                    Layout.fillWidth: true
                    icon: "inbox"
                    title: qsTr("Order pool")
                    description: qsTr("Unassigned orders of your estate that you can take.")
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
