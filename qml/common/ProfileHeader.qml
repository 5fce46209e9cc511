// No "pragma ComponentBehavior: Bound": Qt 6.4's Loader (the menu) makes its item in a
// child context, which a bound component refuses.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core

// The top of a home page: who is signed in, their role and estate, the connection state,
// and the menu (language, sign out).
Rectangle {
    id: header

    required property string name
    required property string avatarText
    required property string roleLabel
    required property string estateName
    // Room for the cards that overlap the bottom edge.
    property int overlap: 40

    implicitHeight: column.implicitHeight + Theme.spacingL + overlap + Theme.spacingXl
    gradient: Gradient {
        GradientStop { position: 0; color: Theme.primaryDark }
        GradientStop { position: 1; color: Theme.primary }
    }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingS
        anchors.topMargin: Theme.spacingL
        spacing: Theme.spacingL

        RowLayout {
            Layout.fillWidth: true
            ConnectionBadge { inverse: true }
            Item { Layout.fillWidth: true }
            LanguageButton { inverse: true }
            AbstractButton { // plain, like LanguageButton: no ripple to make at start-up
                id: menuButton
                objectName: "menuButton"
                implicitWidth: 40
                implicitHeight: 40
                Accessible.name: qsTr("More")
                background: Rectangle { radius: 20; color: Qt.rgba(1, 1, 1, menuButton.down ? 0.24 : 0) }
                contentItem: Icon { icon: "more_vert"; color: Theme.textOnBrand }
                // The menu is made the first time it opens: start-up does not wait for it.
                onClicked: {
                    menuLoader.active = true
                    menuLoader.item.open()
                }

                Loader {
                    id: menuLoader
                    active: false
                    sourceComponent: menuComponent
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.rightMargin: Theme.spacingS
            spacing: Theme.spacingL

            Rectangle {
                Layout.preferredWidth: 64
                Layout.preferredHeight: 64
                radius: 32
                color: Theme.surface
                Text {
                    anchors.centerIn: parent
                    text: header.avatarText
                    font.pixelSize: 26
                    font.weight: Font.Bold
                    color: Theme.primary
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs

                Text {
                    objectName: "profileName"
                    Layout.fillWidth: true
                    text: header.name
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.Bold
                    color: Theme.textOnBrand
                    elide: Text.ElideRight
                }
                Rectangle {
                    implicitWidth: roleText.implicitWidth + 2 * Theme.spacingS
                    implicitHeight: roleText.implicitHeight + Theme.spacingXs
                    radius: Theme.radiusS
                    color: Qt.rgba(1, 1, 1, 0.18)
                    Text {
                        id: roleText
                        objectName: "profileRole"
                        anchors.centerIn: parent
                        text: header.roleLabel
                        font.pixelSize: Theme.fontCaption
                        font.weight: Font.Medium
                        color: Theme.textOnBrand
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    visible: header.estateName !== ""
                    Icon { icon: "location_on"; size: 16; color: Theme.textOnBrandMuted }
                    Text {
                        objectName: "profileEstate"
                        Layout.fillWidth: true
                        text: header.estateName
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textOnBrandMuted
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }

    Component {
        id: menuComponent
        Menu {
            x: menuButton.width - width // right-aligned: the button sits at the edge
            y: menuButton.height
            // Plain background: Material's elevation shadow needs shader effects.
            background: Rectangle {
                implicitWidth: 200
                radius: Theme.radiusS
                color: Theme.surface
                border.color: Theme.outline
            }
            MenuItem {
                objectName: "menuSignOut"
                text: qsTr("Sign out")
                onTriggered: Session.signOut()
            }
        }
    }
}
