pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One item of a home feed (a Feed row: a feature module's item): its icon, words and when;
// a tap opens the page it names.
AbstractButton {
    id: card

    required property string title
    required property string body
    required property string iconName
    required property string tint
    required property string when
    required property url pageUrl
    required property var pageProperties

    signal opened(url url, var properties)

    objectName: "feedCard"
    implicitHeight: row.implicitHeight + 2 * Theme.spacingL
    Accessible.name: title + ": " + body
    onClicked: card.opened(card.pageUrl, card.pageProperties)

    background: Rectangle {
        radius: Theme.radiusM
        color: card.down ? Theme.surfaceMuted : Theme.surface
        border.color: Theme.outline
    }
    contentItem: Item {
        RowLayout {
            id: row
            x: Theme.spacingL
            y: Theme.spacingL
            width: parent.width - 2 * Theme.spacingL
            spacing: Theme.spacingM
            Rectangle {
                Layout.alignment: Qt.AlignTop
                implicitWidth: 40
                implicitHeight: 40
                radius: 20
                readonly property color shade: card.tint
                color: Qt.rgba(shade.r, shade.g, shade.b, 0.12)
                Icon { anchors.centerIn: parent; icon: card.iconName; color: card.tint }
            }
            Column {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    width: parent.width
                    text: card.title
                    font.pixelSize: Theme.fontBodyLarge
                    font.weight: Font.Bold
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: card.body
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    visible: card.when !== ""
                    text: card.when
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textTertiary
                }
            }
            Icon { icon: "chevron_right"; color: Theme.textTertiary }
        }
    }
}
