pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Courtyard.Core

// The photos picked for one form: thumbnails (spinner while a photo is processed, a mark when
// it failed, × to remove) and an "Add photo" tile that opens the file picker (the platform's
// picker on phones). At most tray.maximum photos; more are refused with a message.
//   tray:     the form's PhotoTray (Courtyard.Core; roles sha256, previewUrl, busy, error);
//             a photo that fails shows its reason under the tiles
//   columns:  tiles per row (default 4)
//   addPhotos(urls): adds file URLs as the picker would; returns how many were taken
//   message:  the last refusal ("You can add up to 6 photos"), "" when none
Item {
    id: field

    required property PhotoTray tray
    property int columns: 4
    property int spacing: Theme.spacingS
    property string message

    readonly property int maximum: tray ? tray.maximum : 6
    readonly property int count: tray ? tray.count : 0
    readonly property real tileSize: Math.floor((width - (columns - 1) * spacing) / columns)

    function addPhotos(urls) {
        message = ""
        let added = 0
        for (let i = 0; i < urls.length; ++i) {
            if (tray.count >= maximum) {
                message = qsTr("You can add up to %n photo(s).", "", maximum)
                break
            }
            if (!tray.add(urls[i])) {
                message = tray.lastError
                break
            }
            ++added
        }
        return added
    }

    implicitWidth: 4 * 80 + 3 * spacing
    implicitHeight: column.height

    ColumnLayout {
        id: column
        width: parent.width
        spacing: Theme.spacingXs

        Flow {
            Layout.fillWidth: true
            spacing: field.spacing

            Repeater {
                model: field.tray

                Rectangle {
                    id: tile

                    required property int index
                    required property url previewUrl
                    required property bool busy
                    required property string error

                    width: field.tileSize
                    height: field.tileSize
                    radius: Theme.radiusS
                    color: Theme.surfaceMuted
                    border.color: tile.error !== "" ? Theme.danger : Theme.outline
                    clip: true

                    Image {
                        anchors.fill: parent
                        anchors.margins: 1
                        visible: !tile.busy && tile.error === ""
                        source: tile.previewUrl
                        fillMode: Image.PreserveAspectCrop
                        asynchronous: true
                        sourceSize.width: 2 * field.tileSize
                        sourceSize.height: 2 * field.tileSize
                    }
                    BusyIndicator {
                        anchors.centerIn: parent
                        width: 32
                        height: 32
                        running: tile.busy
                        visible: tile.busy
                    }
                    Icon {
                        anchors.centerIn: parent
                        visible: tile.error !== ""
                        icon: "broken_image"
                        color: Theme.danger
                    }
                    Rectangle {
                        objectName: "removePhoto"
                        anchors { top: parent.top; right: parent.right; margins: 4 }
                        width: 24
                        height: 24
                        radius: 12
                        color: Qt.rgba(0, 0, 0, 0.55)
                        Icon { anchors.centerIn: parent; icon: "close"; size: 16; color: "#FFFFFF" }
                        MouseArea {
                            anchors.fill: parent
                            anchors.margins: -8
                            Accessible.role: Accessible.Button
                            Accessible.name: qsTr("Remove photo %1").arg(tile.index + 1)
                            onClicked: {
                                field.message = ""
                                field.tray.remove(tile.index)
                            }
                        }
                    }
                }
            }

            Rectangle {
                objectName: "addPhotoTile"
                visible: field.count < field.maximum
                width: field.tileSize
                height: field.tileSize
                radius: Theme.radiusS
                color: Theme.primarySoft
                border.color: Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.35)
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Add photo")

                ColumnLayout {
                    anchors.centerIn: parent
                    spacing: 2
                    Icon {
                        Layout.alignment: Qt.AlignHCenter
                        icon: "add_a_photo"
                        color: Theme.primary
                    }
                    Text {
                        Layout.alignment: Qt.AlignHCenter
                        text: qsTr("%1/%2").arg(field.count).arg(field.maximum)
                        font.pixelSize: Theme.fontCaption
                        color: Theme.primary
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: picker.open()
                }
            }
        }
        Repeater {
            model: field.tray
            Text {
                required property int index
                required property string error
                Layout.fillWidth: true
                visible: error !== ""
                text: qsTr("Photo %1: %2").arg(index + 1).arg(error)
                font.pixelSize: Theme.fontCaption
                color: Theme.danger
                wrapMode: Text.Wrap
            }
        }
        Text {
            objectName: "photoMessage"
            Layout.fillWidth: true
            visible: field.message !== ""
            text: field.message
            font.pixelSize: Theme.fontCaption
            color: Theme.danger
            wrapMode: Text.Wrap
        }
    }

    FileDialog {
        id: picker
        title: qsTr("Choose photos")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.heic *.webp)")]
        onAccepted: field.addPhotos(picker.selectedFiles)
    }
}
