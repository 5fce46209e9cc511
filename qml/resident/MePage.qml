pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui

// "Me": the resident's home (estate, unit), phone, the phone's sync state, the language and
// signing out.
Page {
    id: page

    objectName: "residentMePage"
    background: Rectangle { color: Theme.background }

    Flickable {
        anchors.fill: parent
        contentHeight: column.height + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: parent.width - 2 * Theme.spacingL
            spacing: Theme.spacingM

            AccountCard {
                Layout.fillWidth: true
                title: qsTr("My home")
                InfoRow {
                    Layout.fillWidth: true
                    icon: "person"
                    label: qsTr("Name")
                    value: Session.userName
                }
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
            // What the feature modules add to "Me" (Shell.meSections): homes, password, …
            Repeater {
                model: Shell.meSections(Workspace.viewer)
                delegate: Loader {
                    required property var modelData
                    Layout.fillWidth: true
                    source: modelData.component
                }
            }
            SyncStatusCard {
                Layout.fillWidth: true
            }
            LanguageButton {
                Layout.alignment: Qt.AlignHCenter
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
}
