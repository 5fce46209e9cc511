pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui

// One row of the estate's lists: an icon, a title, a detail line and what the row leads to.
ItemDelegate {
    id: row

    property string title
    property string detail
    property string iconName: ""
    property bool muted: false
    property bool chevron: true
    default property alias trailing: trailingRow.data

    padding: Theme.spacingM
    leftPadding: Theme.spacingL
    background: Rectangle {
        color: row.down ? Theme.primarySoft : Theme.surface
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom; leftMargin: Theme.spacingL }
            height: 1
            color: Theme.outline
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacingM
        Icon {
            visible: row.iconName !== ""
            icon: row.iconName
            color: row.muted ? Theme.textTertiary : Theme.primary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: row.title
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: row.muted ? Theme.textTertiary : Theme.textPrimary
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: row.detail !== ""
                text: row.detail
                font.pixelSize: Theme.fontCaption
                color: row.muted ? Theme.textTertiary : Theme.textSecondary
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        RowLayout {
            id: trailingRow
            spacing: Theme.spacingXs
        }
        Icon {
            visible: row.chevron
            icon: "chevron_right"
            color: Theme.textTertiary
        }
    }
}
