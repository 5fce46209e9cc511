pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The bottom of the resident's home list: the latest past requests with a link to all of
// them, then the account (home, sync state, sign out), with room left for the report button.
Item {
    id: footer

    required property var home // the HomePage (typed var: the page uses this file)

    signal ticketOpened(string ticketId)
    signal historyRequested()

    implicitHeight: column.height + Theme.spacingL + 88 // the report button floats above

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        anchors.topMargin: Theme.spacingL
        spacing: Theme.spacingM

        SectionTitle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            visible: footer.home.pastModel.count > 0
            title: qsTr("Past requests")
        }
        Repeater {
            model: footer.home.pastModel
            TicketCard {
                Layout.fillWidth: true
                onOpened: ticketId => footer.ticketOpened(ticketId)
            }
        }
        Button {
            objectName: "historyButton"
            Layout.alignment: Qt.AlignHCenter
            visible: footer.home.pastModel.totalCount > footer.home.pastModel.count
            flat: true
            text: qsTr("See all %n past request(s)", "", footer.home.pastModel.totalCount)
            font.capitalization: Font.MixedCase
            Material.foreground: Theme.primary
            onClicked: footer.historyRequested()
        }

        SectionTitle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingL
            title: qsTr("My account")
        }
        AccountCard {
            Layout.fillWidth: true
            title: qsTr("My home")
            InfoRow {
                Layout.fillWidth: true
                icon: "apartment"
                label: qsTr("Estate")
                value: Session.estateName
            }
            InfoRow {
                objectName: "profileUnits"
                Layout.fillWidth: true
                icon: "meeting_room"
                label: qsTr("Unit")
                value: Session.unitLabels.length > 0 ? Session.unitNames : qsTr("No unit registered yet")
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
        Button {
            objectName: "signOutButton"
            Layout.fillWidth: true
            flat: true
            text: qsTr("Sign out")
            font.capitalization: Font.MixedCase
            Material.foreground: Theme.danger
            onClicked: Session.signOut()
        }
    }
}
