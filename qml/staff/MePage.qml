pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui

// "Me" in the staff app: role, estates and phone, the phone's sync state, the language and
// signing out.
Page {
    id: page

    objectName: "staffMePage"
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
                    value: Session.estateNames.length > 0 ? Session.estateName : qsTr("No estate assigned yet")
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
