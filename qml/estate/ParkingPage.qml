pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate

// The estate's parking spaces: add one (a number, optionally the unit it belongs to), edit or
// remove one.
Page {
    id: page

    property string estateId
    readonly property alias spaces: spaceList

    function edit(record) {
        editor.spaceId = record ? record.id : ""
        editor.title = record ? qsTr("Parking space %1").arg(record.number) : qsTr("New parking space")
        number.text = record ? record.number : ""
        unitSearch.text = ""
        editor.unitId = record && record.unitId ? record.unitId : ""
        editor.open()
    }

    objectName: "parkingPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Parking")
        subtitle: qsTr("%n space(s)", "", spaceList.count)
        onBack: page.StackView.view.pop()
        ToolButton {
            objectName: "addParking"
            Accessible.name: qsTr("Add a parking space")
            contentItem: Icon { icon: "add"; color: Theme.primary }
            onClicked: page.edit(null)
        }
    }

    ListView {
        anchors.fill: parent
        clip: true
        model: EstateList {
            id: spaceList
            store: Workspace.store
            kind: "parkingSpace"
            estateId: page.estateId
        }
        delegate: EstateRow {
            id: space
            required property var model
            objectName: "parking_" + model.title
            width: ListView.view.width
            iconName: "local_parking"
            title: model.title
            detail: model.detail
            onClicked: page.edit(space.model.record)
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: spaceList.count === 0
        busy: spaceList.loading
        icon: "local_parking"
        title: spaceList.loading ? "" : qsTr("No parking spaces yet")
        text: spaceList.loading ? "" : qsTr("Add the estate's spaces with the + button.")
    }

    StaffDialog {
        id: editor
        property string spaceId
        property string unitId
        acceptText: qsTr("Save")
        acceptEnabled: number.text.trim() !== ""
        onAccepted: {
            const desk = Estate.desk
            if (!desk || desk.saveParking(spaceId, page.estateId, number.text, unitId) === "")
                toast.show(desk ? desk.lastError : "", true)
        }
        contentItem: ColumnLayout {
            spacing: Theme.spacingM
            TextField {
                id: number
                objectName: "parkingNumberField"
                Layout.fillWidth: true
                placeholderText: qsTr("Number, e.g. B2-017")
                font.pixelSize: Theme.fontBody
                background: FieldFrame { field: number }
            }
            Text {
                Layout.fillWidth: true
                text: editor.unitId !== "" ? qsTr("Unit: %1").arg(Estate.directory ? Estate.directory.unitLabel(editor.unitId) : "")
                                           : qsTr("Not assigned to a unit")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }
            TextField {
                id: unitSearch
                Layout.fillWidth: true
                placeholderText: qsTr("Find a unit to assign, e.g. 3栋 1202")
                font.pixelSize: Theme.fontBody
                background: FieldFrame { field: unitSearch }
            }
            Repeater {
                model: unitSearch.text.length > 0 && Estate.directory ? Estate.directory.unitChoices(unitSearch.text, 4) : []
                delegate: ItemDelegate {
                    required property var modelData
                    Layout.fillWidth: true
                    text: modelData.label
                    onClicked: {
                        editor.unitId = modelData.id
                        unitSearch.text = ""
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    visible: editor.unitId !== ""
                    flat: true
                    text: qsTr("No unit")
                    font.capitalization: Font.MixedCase
                    onClicked: editor.unitId = ""
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "removeParking"
                    visible: editor.spaceId !== ""
                    flat: true
                    text: qsTr("Remove space")
                    font.capitalization: Font.MixedCase
                    palette.buttonText: Theme.danger
                    onClicked: {
                        const desk = Estate.desk
                        if (!desk || desk.removeParking(editor.spaceId) === "")
                            toast.show(desk ? desk.lastError : "", true)
                        editor.close()
                    }
                }
            }
        }
    }

    Toast { id: toast }
}
