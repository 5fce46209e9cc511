pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui

// The resident's home: who is signed in, their home, and the services to come.
Page {
    id: page

    objectName: "residentHomePage"
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
                spacing: Theme.spacingL

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
                        value: Session.unitLabels.length > 0 ? Session.unitNames
                                                             : qsTr("No unit registered yet")
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
                    Layout.topMargin: Theme.spacingS
                    title: qsTr("Services")
                    subtitle: qsTr("These arrive in the next updates of the app.")
                }

                GridLayout {
                    Layout.fillWidth: true
                    columns: 3
                    rowSpacing: Theme.spacingM
                    columnSpacing: Theme.spacingM

                    FeatureTile { Layout.fillWidth: true; icon: "build"; title: qsTr("Repairs") }
                    FeatureTile { Layout.fillWidth: true; icon: "receipt_long"; title: qsTr("Bills") }
                    FeatureTile { Layout.fillWidth: true; icon: "campaign"; title: qsTr("Notices") }
                    FeatureTile { Layout.fillWidth: true; icon: "event"; title: qsTr("Events") }
                    FeatureTile { Layout.fillWidth: true; icon: "fact_check"; title: qsTr("Surveys") }
                    FeatureTile { Layout.fillWidth: true; icon: "feedback"; title: qsTr("Complaints") }
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
