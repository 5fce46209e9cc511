pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts

// The empty state of a feature that is not built yet: what it will do, marked "coming soon".
Rectangle {
    id: card

    required property string icon
    required property string title
    required property string description

    implicitHeight: row.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radiusL
    color: Theme.surface
    border.color: Theme.outline
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1, coming soon").arg(title)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        Rectangle {
            Layout.preferredWidth: 44
            Layout.preferredHeight: 44
            Layout.alignment: Qt.AlignTop
            radius: Theme.radiusM
            color: Theme.primarySoft
            Icon {
                anchors.centerIn: parent
                icon: card.icon
                color: Theme.primary
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Text {
                    Layout.fillWidth: true
                    text: card.title
                    font.pixelSize: Theme.fontBodyLarge
                    font.weight: Font.Bold
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }
                Rectangle {
                    implicitWidth: soon.implicitWidth + 2 * Theme.spacingS
                    implicitHeight: soon.implicitHeight + Theme.spacingXs
                    radius: height / 2
                    color: Theme.surfaceMuted
                    border.color: Theme.outline
                    Text {
                        id: soon
                        anchors.centerIn: parent
                        text: qsTr("Coming soon")
                        font.pixelSize: 11
                        color: Theme.textSecondary
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                text: card.description
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                wrapMode: Text.Wrap
                lineHeight: 1.15
            }
        }
    }
}
