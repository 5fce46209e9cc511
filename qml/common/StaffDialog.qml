pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Courtyard.Ui

// The frame of the staff app's dialogs: centred, nearly the phone's width, a plain white
// card (Material's shadow needs shader effects the software renderer lacks), Cancel / OK.
Dialog {
    id: dialog

    // The OK button's words, e.g. "Assign".
    property string acceptText: qsTr("OK")
    property bool acceptEnabled: true

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 360, 440)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacingXl : 700)
    modal: true
    focus: true
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.color: Theme.outline
    }
    Overlay.modal: Rectangle { color: Qt.rgba(0, 0, 0, 0.4) }
    header: Label {
        text: dialog.title
        visible: dialog.title !== ""
        padding: Theme.spacingL
        bottomPadding: Theme.spacingS
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }
    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        background: null
        padding: Theme.spacingS
        Button {
            objectName: "dialogCancel"
            text: qsTr("Cancel")
            flat: true
            font.capitalization: Font.MixedCase
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "dialogAccept"
            text: dialog.acceptText
            flat: true
            enabled: dialog.acceptEnabled
            font.capitalization: Font.MixedCase
            font.weight: Font.Bold
            Material.foreground: Theme.primary
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }
}
