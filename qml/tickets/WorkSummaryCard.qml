pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The home page's way into the work: a card of counts (new, in progress, on hold…), each a
// tap away from its tab of the order lists.
Pane {
    id: card

    required property string title
    // [{label, icon, queue, tab}]: a queue of Tickets.queues()
    required property var tiles

    signal open(int tab)

    padding: Theme.spacingL
    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.color: Theme.outline
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: card.title
                font.pixelSize: Theme.fontBodyLarge
                font.weight: Font.Bold
                color: Theme.textPrimary
            }
            Icon { icon: "chevron_right"; color: Theme.textTertiary }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: card.tiles.length > 3 ? 2 : card.tiles.length
            columnSpacing: Theme.spacingS
            rowSpacing: Theme.spacingS

            Repeater {
                model: card.tiles
                delegate: AbstractButton {
                    id: tile
                    required property var modelData
                    required property int index
                    readonly property int total: counter.totalCount

                    objectName: "workTile" + index
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    implicitHeight: 72
                    Accessible.name: modelData.label + ": " + total
                    onClicked: card.open(modelData.tab)

                    TicketListModel {
                        id: counter
                        store: Workspace.store
                        queue: tile.modelData.queue
                        viewerId: Workspace.viewer.userId
                        pageSize: 1
                    }

                    background: Rectangle {
                        radius: Theme.radiusM
                        color: tile.down ? Theme.primarySoft : Theme.surfaceMuted
                        border.color: Theme.outline
                    }
                    contentItem: RowLayout {
                        spacing: Theme.spacingS
                        Icon {
                            Layout.leftMargin: Theme.spacingM
                            icon: tile.modelData.icon
                            color: Theme.primary
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Text {
                                objectName: "workTileCount"
                                text: tile.total
                                font.pixelSize: Theme.fontHeadline
                                font.weight: Font.Bold
                                color: Theme.textPrimary
                            }
                            Text {
                                Layout.fillWidth: true
                                text: tile.modelData.label
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textSecondary
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }
        }
    }
}
