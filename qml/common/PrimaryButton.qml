pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The one main action of a page: a full-width pill in the brand colour, with a spinner while
// its work runs. Drawn without shader effects, so it looks the same on every scene graph
// backend (Material's raised button vanishes on the software renderer).
Button {
    id: control

    property bool busy: false

    implicitHeight: Theme.controlHeight + 4
    font.pixelSize: Theme.fontBodyLarge
    font.weight: Font.Medium
    font.capitalization: Font.MixedCase

    // No ids inside: contentItem is a deferred property.
    contentItem: RowLayout {
        spacing: Theme.spacingS

        Item { Layout.fillWidth: true }
        BusyIndicator {
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
            running: control.busy
            visible: control.busy
            Material.accent: Theme.textOnBrand
        }
        Text {
            text: control.text
            font: control.font
            color: control.enabled || control.busy ? Theme.textOnBrand : Theme.textTertiary
        }
        Item { Layout.fillWidth: true }
    }

    background: Rectangle {
        implicitWidth: 120
        radius: height / 2
        color: !control.enabled && !control.busy ? Theme.outline
             : control.down ? Theme.primaryDark : Theme.primary
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.primaryDark
    }
}
