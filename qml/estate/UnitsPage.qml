pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate

// The units of one building, searchable by number; a tap edits a unit, the button adds one.
Page {
    id: page

    property string estateId
    property string buildingId
    property string buildingName
    readonly property alias units: unitList
    property alias searchText: search.text

    objectName: "unitsPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: page.buildingName
        subtitle: qsTr("%n unit(s)", "", unitList.count)
        onBack: page.StackView.view.pop()
        ToolButton {
            objectName: "addUnit"
            Accessible.name: qsTr("Add a unit")
            contentItem: Icon { icon: "add"; color: Theme.primary }
            onClicked: Shell.open("qrc:/qt/qml/Courtyard/Estate/UnitEditPage.qml",
                                  { buildingId: page.buildingId, buildingName: page.buildingName })
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        TextField {
            id: search
            objectName: "unitSearch"
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            placeholderText: qsTr("Search by number, e.g. 1202")
            inputMethodHints: Qt.ImhPreferNumbers
            font.pixelSize: Theme.fontBody
            background: FieldFrame { field: search }
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: EstateList {
                id: unitList
                store: Workspace.store
                kind: "unit"
                parentId: page.buildingId
                search: search.text
            }
            delegate: EstateRow {
                id: unitRow
                required property var model
                objectName: "unit_" + model.title
                width: ListView.view.width
                iconName: "door_front"
                title: model.title
                detail: model.detail
                onClicked: Shell.open("qrc:/qt/qml/Courtyard/Estate/UnitEditPage.qml",
                                      { buildingId: page.buildingId, buildingName: page.buildingName, unit: unitRow.model.record })
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingXl
                visible: unitList.count === 0
                busy: unitList.loading
                icon: "door_front"
                title: unitList.loading ? "" : (search.text !== "" ? qsTr("No unit matches") : qsTr("No units yet"))
                text: unitList.loading || search.text !== "" ? "" : qsTr("Add units with the + button or import a file.")
            }
        }
    }
}
