pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A centred message for a screen or list with nothing to show: nothing yet, still loading,
// offline, or an error — an icon in a soft disc, a title, a line of text and an optional action.
//   icon, title, text: what it says ("inbox", "No requests yet", "…")
//   tone:       "neutral" (default) | "warning" (offline) | "danger" (error)
//   busy:       a spinner instead of the icon (loading)
//   actionText: the button's label; no button when empty. actionTriggered() on click.
ColumnLayout {
    id: empty

    property string icon: "inbox"
    property string title
    property string text
    property string tone: "neutral"
    property bool busy: false
    property string actionText

    signal actionTriggered()

    readonly property color tint: tone === "danger" ? Theme.danger
                                : tone === "warning" ? Theme.warning : Theme.primary

    spacing: Theme.spacingS

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: 72
        Layout.preferredHeight: 72
        Layout.bottomMargin: Theme.spacingS
        radius: 36
        color: Qt.rgba(empty.tint.r, empty.tint.g, empty.tint.b, 0.12)

        Icon {
            anchors.centerIn: parent
            visible: !empty.busy
            icon: empty.icon
            size: 36
            color: empty.tint
        }
        BusyIndicator {
            anchors.centerIn: parent
            width: 40
            height: 40
            running: empty.busy
            visible: empty.busy
        }
    }
    Text {
        Layout.fillWidth: true
        visible: empty.title !== ""
        text: empty.title
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        color: Theme.textPrimary
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
    }
    Text {
        Layout.fillWidth: true
        visible: empty.text !== ""
        text: empty.text
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        lineHeight: 1.15
    }
    Button {
        objectName: "emptyStateAction"
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.spacingS
        visible: empty.actionText !== ""
        flat: true
        text: empty.actionText
        font.capitalization: Font.MixedCase
        font.weight: Font.DemiBold
        Material.foreground: empty.tint
        onClicked: empty.actionTriggered()
    }
}
