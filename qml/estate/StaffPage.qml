pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate

// The estate's staff accounts: role, on duty, active or deactivated; a tap edits one, the
// button creates one.
Page {
    id: page

    property string estateId
    readonly property alias people: staffList

    objectName: "staffPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Staff")
        subtitle: qsTr("%n account(s)", "", staffList.count)
        onBack: page.StackView.view.pop()
        ToolButton {
            objectName: "addStaff"
            Accessible.name: qsTr("Add a staff account")
            contentItem: Icon { icon: "person_add"; color: Theme.primary }
            onClicked: Shell.open("qrc:/qt/qml/Courtyard/Estate/StaffEditPage.qml", { estateId: page.estateId })
        }
    }

    ListView {
        anchors.fill: parent
        clip: true
        model: EstateList {
            id: staffList
            store: Workspace.store
            kind: "staff"
            estateId: page.estateId
        }
        delegate: EstateRow {
            id: person
            required property var model
            objectName: "staff_" + model.id
            width: ListView.view.width
            iconName: model.active ? "badge" : "person_off"
            muted: !model.active
            title: model.title
            detail: model.detail
            onClicked: Shell.open("qrc:/qt/qml/Courtyard/Estate/StaffEditPage.qml",
                                  { estateId: page.estateId, person: person.model.record })
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: staffList.count === 0
        busy: staffList.loading
        icon: "badge"
        title: staffList.loading ? "" : qsTr("No staff accounts yet")
    }
}
