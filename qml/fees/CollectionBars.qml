pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Courtyard.Ui

// A bar chart of collection rates drawn with plain Qt Quick items: one bar per entry, its length
// the entry's permille, its texts made in C++. vertical: months side by side; else one row per
// building with its figures. Not Qt Charts: its QML types need a QApplication (Qt Widgets) in
// the staff app, and a 12-bar ChartView page took ~70 ms more to its first frame than these
// rectangles or Qt Quick Shapes (median of 5, offscreen, 2 Dec 2026 — see the fees report).
//   bars: [{title, permille, rateText, householdsText}]
Item {
    id: chart

    property var bars: []
    property bool vertical: true
    property int selected: -1

    signal picked(int index)

    implicitHeight: vertical ? 200 : column.implicitHeight

    // Months: columns over a 0–100% scale.
    RowLayout {
        anchors.fill: parent
        visible: chart.vertical
        spacing: 4
        Repeater {
            model: chart.vertical ? chart.bars : []
            delegate: ColumnLayout {
                id: monthBar
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 2
                Text {
                    Layout.alignment: Qt.AlignHCenter
                    text: monthBar.modelData.rateText
                    font.pixelSize: 9
                    color: Theme.textSecondary
                }
                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Rectangle {
                        anchors.bottom: parent.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: Math.min(parent.width, 22)
                        height: parent.height * monthBar.modelData.permille / 1000
                        radius: 3
                        color: chart.selected === monthBar.index ? Theme.primaryDark : Theme.primary
                    }
                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 1
                        color: Theme.outline
                    }
                    TapHandler { onTapped: chart.picked(monthBar.index) }
                }
                Text {
                    Layout.alignment: Qt.AlignHCenter
                    text: monthBar.modelData.title
                    font.pixelSize: 9
                    color: Theme.textSecondary
                }
            }
        }
    }

    // Buildings: one row each, the bar across the width.
    ColumnLayout {
        id: column
        width: parent.width
        visible: !chart.vertical
        spacing: Theme.spacingM
        Repeater {
            model: chart.vertical ? [] : chart.bars
            delegate: ColumnLayout {
                id: buildingBar
                required property var modelData
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: buildingBar.modelData.title
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }
                    Text {
                        text: buildingBar.modelData.rateText
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.Bold
                        color: Theme.primary
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 10
                    radius: 5
                    color: Theme.surfaceMuted
                    Rectangle {
                        width: parent.width * buildingBar.modelData.permille / 1000
                        height: parent.height
                        radius: 5
                        color: Theme.primary
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: buildingBar.modelData.householdsText
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
