pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate

// Adds a unit to a building or edits one (unit: the record, null for a new one).
Page {
    id: page

    property string estateId
    property string buildingId
    property string buildingName
    property var unit: null
    readonly property alias form: form

    function save() {
        form.attempted = true
        if (!form.valid)
            return
        const desk = Estate.desk
        const id = desk ? desk.saveUnit(form.values()) : ""
        if (id === "") {
            toast.show(desk ? desk.lastError : qsTr("Sign in again."), true)
            return
        }
        page.StackView.view.pop()
    }

    objectName: "unitEditPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: page.unit ? qsTr("Unit %1").arg(page.unit.number) : qsTr("New unit")
        subtitle: page.buildingName
        onBack: page.StackView.view.pop()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            spacing: Theme.spacingL
            UnitForm {
                id: form
                Layout.fillWidth: true
                unit: page.unit
                buildingId: page.buildingId
            }
            PrimaryButton {
                objectName: "saveUnit"
                Layout.fillWidth: true
                text: qsTr("Save unit")
                onClicked: page.save()
            }
        }
    }

    Toast { id: toast }
}
