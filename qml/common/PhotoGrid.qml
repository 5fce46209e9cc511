pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// Photos as square thumbnails in rows; tap one to open it (photoClicked).
//   sources: array of image URLs (for a ticket: its sha256 list through
//            Tickets.desk.photoUrl(sha256))
//   columns: thumbnails per row (default 3)
// Pair it with PhotoViewer: onPhotoClicked: viewer.show(grid.sources, index)
Item {
    id: grid

    property var sources: []
    property int columns: 3
    property int spacing: Theme.spacingS

    signal photoClicked(int index)

    readonly property int count: sources ? sources.length : 0
    readonly property real tileSize: Math.floor((width - (columns - 1) * spacing) / columns)

    implicitWidth: 3 * 96 + 2 * spacing
    implicitHeight: count === 0 ? 0
                  : Math.ceil(count / columns) * tileSize + (Math.ceil(count / columns) - 1) * spacing

    Flow {
        anchors.fill: parent
        spacing: grid.spacing

        Repeater {
            model: grid.sources

            Rectangle {
                id: tile

                required property string modelData
                required property int index

                width: grid.tileSize
                height: grid.tileSize
                radius: Theme.radiusS
                color: Theme.surfaceMuted
                border.color: Theme.outline
                clip: true
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Photo %1 of %2").arg(index + 1).arg(grid.count)

                Image {
                    id: image
                    anchors.fill: parent
                    anchors.margins: 1
                    source: tile.modelData
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                    sourceSize.width: 2 * grid.tileSize
                    sourceSize.height: 2 * grid.tileSize
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    width: 32
                    height: 32
                    running: image.status === Image.Loading
                    visible: running
                }
                Icon {
                    anchors.centerIn: parent
                    visible: image.status === Image.Error
                    icon: "broken_image"
                    color: Theme.textTertiary
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: grid.photoClicked(tile.index)
                }
            }
        }
    }
}
