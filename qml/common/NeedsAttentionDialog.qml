pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core

// The changes the server refused, each with its reason: open the record it concerns (the page a
// module registered for its entity, Shell.pageFor), or dismiss it once read. Reads the
// account's NeedsAttentionModel; open() shows it.
Dialog {
    id: dialog

    objectName: "needsAttentionDialog"
    title: qsTr("Changes that were refused")
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 360, 480)
    height: Math.min(parent ? parent.height - 4 * Theme.spacingXl : 600, implicitHeight)
    modal: true
    padding: Theme.spacingL
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.color: Theme.outline
    }
    Overlay.modal: Rectangle { color: Qt.rgba(0, 0, 0, 0.4) }

    header: Text {
        text: dialog.title
        leftPadding: Theme.spacingL
        rightPadding: Theme.spacingL
        topPadding: Theme.spacingL
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }

    NeedsAttentionModel {
        id: refusedModel
        store: dialog.visible ? Workspace.store : null
    }

    contentItem: ListView {
        implicitHeight: Math.max(contentHeight, 80)
        clip: true
        spacing: Theme.spacingM
        model: refusedModel

        Text {
            anchors.centerIn: parent
            visible: refusedModel.count === 0
            text: qsTr("Nothing left to review.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
        }

        delegate: Rectangle {
            id: item

            required property int index
            required property string title
            required property string entity
            required property string entityId
            required property string errorMessage
            required property var createdAt
            readonly property var page: Shell.pageFor(entity, entityId)

            width: ListView.view.width
            implicitHeight: itemColumn.height + 2 * Theme.spacingM
            radius: Theme.radiusM
            color: Theme.dangerSoft

            ColumnLayout {
                id: itemColumn
                anchors { left: parent.left; right: parent.right; top: parent.top }
                anchors.margins: Theme.spacingM
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: item.title
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.textPrimary
                }
                Text {
                    Layout.fillWidth: true
                    text: item.errorMessage
                    font.pixelSize: Theme.fontSmall
                    color: Theme.danger
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: Format.dateTime(item.createdAt)
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textTertiary
                    }
                    Button {
                        visible: !!item.page.url
                        flat: true
                        text: qsTr("Open")
                        font.capitalization: Font.MixedCase
                        Material.foreground: Theme.primary
                        onClicked: {
                            dialog.close()
                            Shell.open(item.page.url, item.page.properties)
                        }
                    }
                    Button {
                        objectName: "dismissRefused"
                        flat: true
                        text: qsTr("Dismiss")
                        font.capitalization: Font.MixedCase
                        Material.foreground: Theme.textSecondary
                        onClicked: refusedModel.dismiss(item.index)
                    }
                }
            }
        }
    }

    footer: RowLayout {
        Item { Layout.fillWidth: true }
        Button {
            Layout.rightMargin: Theme.spacingS
            Layout.bottomMargin: Theme.spacingS
            flat: true
            text: qsTr("Close")
            font.capitalization: Font.MixedCase
            Material.foreground: Theme.primary
            onClicked: dialog.close()
        }
    }
}
