pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Photos full screen on black: swipe between them, double-tap or pinch to zoom, close with ×
// (or Back/Escape).
//   show(sources, index): opens at sources[index]; sources is an array of image URLs
Popup {
    id: viewer

    property var sources: []

    function show(sources, index) {
        viewer.sources = sources
        open()
        swipe.setCurrentIndex(Math.max(0, Math.min(index, sources.length - 1)))
    }

    objectName: "photoViewer"
    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 390
    height: parent ? parent.height : 844
    modal: true
    padding: 0
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: "#000000" }

    SwipeView {
        id: swipe
        anchors.fill: parent
        clip: true

        Repeater {
            model: viewer.sources

            Flickable {
                id: page

                required property string modelData

                contentWidth: Math.max(width, image.width * image.scale)
                contentHeight: Math.max(height, image.height * image.scale)
                interactive: image.scale > 1
                clip: true

                Image {
                    id: image
                    width: page.width
                    height: page.height
                    x: (page.contentWidth - width) / 2
                    y: (page.contentHeight - height) / 2
                    transformOrigin: Item.Center
                    source: page.modelData
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                    Behavior on scale { NumberAnimation { duration: 150 } }
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: image.status === Image.Loading
                    visible: running
                }
                Icon {
                    anchors.centerIn: parent
                    visible: image.status === Image.Error
                    icon: "broken_image"
                    size: 48
                    color: "#94A3B8"
                }
                PinchArea {
                    anchors.fill: parent
                    pinch.target: image
                    pinch.minimumScale: 1
                    pinch.maximumScale: 4
                    MouseArea {
                        anchors.fill: parent
                        onDoubleClicked: image.scale = image.scale > 1 ? 1 : 2.5
                    }
                }
            }
        }
    }

    RowLayout {
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.margins: Theme.spacingS

        ToolButton {
            objectName: "photoViewerClose"
            Accessible.name: qsTr("Close")
            contentItem: Icon { icon: "close"; color: "#FFFFFF" }
            onClicked: viewer.close()
        }
        Item { Layout.fillWidth: true }
        Text {
            Layout.rightMargin: Theme.spacingL
            visible: viewer.sources.length > 1
            text: qsTr("%1 / %2").arg(swipe.currentIndex + 1).arg(viewer.sources.length)
            font.pixelSize: Theme.fontBody
            color: "#FFFFFF"
        }
    }
}
