pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The bar at the top of a pushed page: back arrow, title (and an optional subtitle), and room
// for actions on the right (put ToolButtons inside). Use as a Page's header.
//   title, subtitle: texts
//   backVisible:     show the back arrow (default true); back() when tapped
ToolBar {
    id: bar

    property string title
    property string subtitle
    property bool backVisible: true
    default property alias actions: actionRow.data

    signal back()

    implicitHeight: 56
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.outline
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: bar.backVisible ? 0 : Theme.spacingL
        anchors.rightMargin: Theme.spacingXs
        spacing: 0

        ToolButton {
            objectName: "backButton"
            visible: bar.backVisible
            Accessible.name: qsTr("Back")
            contentItem: Icon { icon: "arrow_back"; color: Theme.textPrimary }
            onClicked: bar.back()
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: bar.title
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.textPrimary
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: bar.subtitle !== ""
                text: bar.subtitle
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                elide: Text.ElideRight
            }
        }
        RowLayout {
            id: actionRow
            spacing: 0
        }
    }
}
