pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate

// The estate's buildings with their unit counts; a tap opens a building's units, the button
// adds a building, a long press renames one.
Page {
    id: page

    property string estateId
    readonly property alias buildings: buildingList

    objectName: "buildingsPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Buildings & units")
        onBack: page.StackView.view.pop()
        ToolButton {
            objectName: "addBuilding"
            Accessible.name: qsTr("Add a building")
            contentItem: Icon { icon: "add"; color: Theme.primary }
            onClicked: {
                nameDialog.buildingId = ""
                nameDialog.title = qsTr("New building")
                nameDialog.text = ""
                nameDialog.open()
            }
        }
    }

    ListView {
        anchors.fill: parent
        clip: true
        model: EstateList {
            id: buildingList
            store: Workspace.store
            kind: "building"
            estateId: page.estateId
        }
        header: Text {
            width: ListView.view.width
            padding: Theme.spacingL
            text: qsTr("Tap a building for its units; press and hold to rename it.")
            font.pixelSize: Theme.fontCaption
            color: Theme.textTertiary
            wrapMode: Text.Wrap
            visible: buildingList.count > 0
        }
        delegate: EstateRow {
            id: building
            required property var model
            objectName: "building_" + model.title
            width: ListView.view.width
            iconName: "apartment"
            title: model.title
            detail: model.detail
            onClicked: Shell.open("qrc:/qt/qml/Courtyard/Estate/UnitsPage.qml",
                                  { estateId: page.estateId, buildingId: building.model.id, buildingName: building.model.title })
            onPressAndHold: {
                nameDialog.buildingId = building.model.id
                nameDialog.title = qsTr("Rename building")
                nameDialog.text = building.model.title
                nameDialog.open()
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: buildingList.count === 0
        busy: buildingList.loading
        icon: "apartment"
        title: buildingList.loading ? "" : qsTr("No buildings yet")
        text: buildingList.loading ? "" : qsTr("Add the estate's buildings one by one, or import all units from a file.")
        actionText: buildingList.loading ? "" : qsTr("Import units")
        onActionTriggered: Shell.open("qrc:/qt/qml/Courtyard/Estate/ImportUnitsPage.qml", { estateId: page.estateId })
    }

    NameDialog {
        id: nameDialog
        property string buildingId
        label: qsTr("e.g. 3栋")
        acceptText: qsTr("Save")
        onEntered: text => {
            const desk = Estate.desk
            const id = desk ? desk.saveBuilding(buildingId, page.estateId, text) : ""
            if (id === "")
                toast.show(desk ? desk.lastError : "", true)
        }
    }

    Toast { id: toast }
}
