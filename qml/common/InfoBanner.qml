pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A full-width notice at the top of a screen: offline, refused changes, a rejected command.
//   icon, text:  what it says
//   title:       an optional bold first line
//   tone:        "info" (default) | "warning" | "danger" | "success"
//   actionText:  an optional text button on the right; actionTriggered() on click
//   dismissible: a close button; dismissed() on click (the owner hides it)
Rectangle {
    id: banner

    property string icon: "info"
    property string title
    property string text
    property string tone: "info"
    property string actionText
    property bool dismissible: false

    signal actionTriggered()
    signal dismissed()

    readonly property color tint: tone === "danger" ? Theme.danger
                                : tone === "warning" ? "#B45309"
                                : tone === "success" ? "#15803D" : Theme.primary

    implicitHeight: row.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusM
    color: tone === "danger" ? Theme.dangerSoft
         : tone === "warning" ? "#FEF3C7"
         : tone === "success" ? "#DCFCE7" : Theme.primarySoft
    border.color: Qt.rgba(tint.r, tint.g, tint.b, 0.25)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: title !== "" ? title + ". " + text : text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: banner.dismissible || banner.actionText !== "" ? Theme.spacingXs : Theme.spacingM
        anchors.topMargin: Theme.spacingM
        anchors.bottomMargin: Theme.spacingM
        spacing: Theme.spacingS

        Icon {
            Layout.alignment: Qt.AlignTop
            icon: banner.icon
            size: 20
            color: banner.tint
        }
        // A Column, not a ColumnLayout: Qt Quick Layouts have no height-for-width, and two
        // wrapping texts stacked in one would overlap.
        Column {
            id: texts
            Layout.fillWidth: true
            spacing: 2
            Text {
                width: texts.width
                visible: banner.title !== ""
                text: banner.title
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
                color: banner.tint
                wrapMode: Text.Wrap
            }
            Text {
                width: texts.width
                visible: banner.text !== ""
                text: banner.text
                font.pixelSize: Theme.fontSmall
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }
        }
        Button {
            objectName: "bannerAction"
            Layout.alignment: Qt.AlignVCenter
            visible: banner.actionText !== ""
            flat: true
            text: banner.actionText
            font.capitalization: Font.MixedCase
            font.weight: Font.DemiBold
            Material.foreground: banner.tint
            topInset: 0
            bottomInset: 0
            implicitHeight: 36
            onClicked: banner.actionTriggered()
        }
        ToolButton {
            objectName: "bannerDismiss"
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: -Theme.spacingS
            Layout.bottomMargin: -Theme.spacingS
            visible: banner.dismissible
            Accessible.name: qsTr("Dismiss")
            contentItem: Icon { icon: "close"; size: 18; color: Theme.textSecondary }
            onClicked: banner.dismissed()
        }
    }
}
