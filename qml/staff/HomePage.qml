pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui

// The staff home, per role: who is signed in, the phone's sync state, and the tiles the feature
// modules register for the role (HomeTiles) — an agent's queue of the day, a technician's next
// order a tap away and their lists, a manager's estate at a glance. A tile opens its page or
// switches to its tab.
Page {
    id: page

    objectName: "staffHomePage"
    background: Rectangle { color: Theme.background }

    HomeTiles {
        id: tiles
        store: Workspace.store
        viewer: Workspace.viewer
    }

    Flickable {
        anchors.fill: parent
        contentHeight: content.height + Theme.spacingXxl
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content
            width: parent.width
            spacing: Theme.spacingM

            ProfileHeader {
                id: header
                width: parent.width
                overlap: 0
                name: Session.userName
                avatarText: Session.avatarText
                roleLabel: Session.roleLabel
                estateName: Session.estateName
            }
            SyncStrip {
                width: parent.width
            }
            GridLayout {
                objectName: "homeTiles"
                x: Theme.spacingL
                width: parent.width - 2 * Theme.spacingL
                columns: 2
                columnSpacing: Theme.spacingS
                rowSpacing: Theme.spacingS

                Repeater {
                    model: tiles
                    delegate: AbstractButton {
                        id: tile
                        required property string tileId
                        required property string title
                        required property string iconName
                        required property int count
                        required property bool counted
                        required property url pageUrl
                        required property var pageProperties
                        required property string tab
                        required property int tabIndex

                        objectName: "tile_" + tileId
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        implicitHeight: 80
                        // A link tile (no count) always opens its page.
                        enabled: !tile.counted || tile.count > 0 || tile.tab !== ""
                        Accessible.name: tile.counted ? title + ": " + count : title
                        onClicked: {
                            if (tile.pageUrl.toString() !== "")
                                Shell.open(tile.pageUrl, tile.pageProperties)
                            else
                                Shell.showTab(tile.tab, tile.tabIndex)
                        }
                        background: Rectangle {
                            radius: Theme.radiusM
                            color: tile.down ? Theme.primarySoft : Theme.surface
                            border.color: Theme.outline
                        }
                        contentItem: RowLayout {
                            spacing: Theme.spacingS
                            Icon {
                                Layout.leftMargin: Theme.spacingM
                                icon: tile.iconName
                                color: tile.enabled ? Theme.primary : Theme.textTertiary
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Text {
                                    objectName: "tileCount"
                                    visible: tile.counted
                                    text: tile.count
                                    font.pixelSize: Theme.fontHeadline
                                    font.weight: Font.Bold
                                    color: Theme.textPrimary
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: tile.title
                                    font.pixelSize: tile.counted ? Theme.fontCaption : Theme.fontBody
                                    font.weight: tile.counted ? Font.Normal : Font.DemiBold
                                    color: tile.counted ? Theme.textSecondary : Theme.textPrimary
                                    wrapMode: tile.counted ? Text.NoWrap : Text.WordWrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
