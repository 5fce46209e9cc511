pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Core
import Courtyard.Tickets

// One technician in the dispatch dialog: name, on duty or not, open orders; tap to pick.
ItemDelegate {
    id: row

    // The StaffListModel row ("id" cannot be a property name in QML, hence model).
    required property var model
    required property int index
    property string selectedId
    readonly property bool selected: selectedId !== "" && selectedId === model.id

    signal picked(string id, string name)

    objectName: "technician" + index
    padding: Theme.spacingS
    onClicked: picked(model.id, model.name)
    Accessible.name: model.name

    background: Rectangle {
        radius: Theme.radiusS
        color: row.selected ? Theme.primarySoft : row.down ? Theme.surfaceMuted : "transparent"
    }
    contentItem: RowLayout {
        spacing: Theme.spacingM

        Rectangle {
            Layout.preferredWidth: 36
            Layout.preferredHeight: 36
            radius: 18
            color: row.model.onDuty ? Theme.primarySoft : Theme.surfaceMuted
            Text {
                anchors.centerIn: parent
                text: String(row.model.name).slice(0, 1)
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                color: row.model.onDuty ? Theme.primary : Theme.textTertiary
            }
            Rectangle {
                anchors { right: parent.right; bottom: parent.bottom }
                width: 10
                height: 10
                radius: 5
                border.width: 2
                border.color: Theme.surface
                color: row.model.onDuty ? Theme.online : Theme.neutral
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: row.model.name
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.textPrimary
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: (row.model.onDuty ? qsTr("On duty") : qsTr("Off duty")) + " · "
                      + qsTr("%n open order(s)", "", row.model.openCount)
                font.pixelSize: Theme.fontCaption
                color: row.model.onDuty ? Theme.textSecondary : Theme.textTertiary
                elide: Text.ElideRight
            }
        }
        Icon {
            icon: row.selected ? "radio_button_checked" : "radio_button_unchecked"
            size: 22
            color: row.selected ? Theme.primary : Theme.textTertiary
        }
    }
}
