pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate

// Who is on duty: the estate's technicians with a switch each (the manager sets anyone's duty;
// pool and round-robin dispatch only reach technicians on duty).
Page {
    id: page

    property string estateId
    readonly property alias technicians: techList

    objectName: "dutyRosterPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Duty roster")
        onBack: page.StackView.view.pop()
    }

    ListView {
        anchors.fill: parent
        clip: true
        model: EstateList {
            id: techList
            store: Workspace.store
            kind: "technician"
            estateId: page.estateId
        }
        header: Text {
            width: ListView.view.width
            padding: Theme.spacingL
            text: qsTr("New requests reach only technicians on duty.")
            font.pixelSize: Theme.fontCaption
            color: Theme.textTertiary
            wrapMode: Text.Wrap
        }
        delegate: EstateRow {
            id: tech
            required property var model
            objectName: "duty_" + model.id
            width: ListView.view.width
            iconName: "engineering"
            muted: !model.active
            chevron: false
            title: model.title
            detail: model.detail
            Switch {
                objectName: "dutySwitch"
                enabled: tech.model.active
                checked: tech.model.state === "onDuty"
                onToggled: {
                    const desk = Estate.desk
                    if (!desk || desk.setDuty(tech.model.id, checked) === "")
                        toast.show(desk ? desk.lastError : "", true)
                }
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: techList.count === 0
        busy: techList.loading
        icon: "engineering"
        title: techList.loading ? "" : qsTr("No technicians yet")
        text: techList.loading ? "" : qsTr("Add technicians under Staff.")
    }

    Toast { id: toast }
}
