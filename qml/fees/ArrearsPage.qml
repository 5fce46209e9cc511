pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Fees

// The arrears list by building (欠费): every unit with bills past due, computed on this phone
// from the synced bills (works offline), sorted by amount or by age, early-warning units
// marked. A row's bell logs a reminder in two taps; a tap on the row opens the unit's account.
Page {
    id: page

    property string estateId
    property string buildingId
    readonly property alias arrears: arrearsList
    readonly property alias reminderDialog: dialog

    objectName: "arrearsPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Arrears")
        subtitle: qsTr("%n unit(s) · %1", "", arrearsList.count).arg(arrearsList.totalText)
        onBack: page.StackView.view.pop()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Offline the list is this phone's, as of the last sync: the strip says so.
        SyncStrip {
            Layout.fillWidth: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            spacing: Theme.spacingS
            ComboBox {
                id: buildingBox
                objectName: "arrearsBuilding"
                Layout.fillWidth: true
                textRole: "title"
                valueRole: "id"
                model: [{ id: "", title: qsTr("All buildings") }].concat(FeeStaff.buildings(page.estateId))
                onActivated: page.buildingId = currentValue
            }
            SegmentedButtons {
                objectName: "arrearsSort"
                Layout.fillWidth: true
                options: [{ value: "amount", text: qsTr("By amount"), icon: "payments" },
                          { value: "age", text: qsTr("By age"), icon: "schedule" }]
                value: arrearsList.sort
                onActivated: value => arrearsList.sort = value
            }
            Text {
                Layout.fillWidth: true
                visible: arrearsList.warningCount > 0
                text: qsTr("%n unit(s) past the early-warning threshold", "", arrearsList.warningCount)
                font.pixelSize: Theme.fontSmall
                color: Theme.danger
                wrapMode: Text.Wrap
            }
        }

        ListView {
            id: list
            objectName: "arrearsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: ArrearsList {
                id: arrearsList
                store: Workspace.store
                estateId: page.estateId
                buildingId: page.buildingId
            }
            delegate: ArrearsDelegate {
                width: ListView.view.width
                onOpened: unitId => Shell.open("qrc:/qt/qml/Courtyard/Fees/StaffUnitAccountPage.qml",
                                               { estateId: page.estateId, unitId: unitId })
                onRemind: (unitId, label) => dialog.ask(unitId, label)
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: arrearsList.count === 0
        busy: arrearsList.loading
        icon: "task_alt"
        title: arrearsList.loading ? "" : qsTr("No arrears")
        text: arrearsList.loading ? "" : qsTr("Every bill past due is paid.")
    }

    ArrearsReminderDialog {
        id: dialog
        estateId: page.estateId
        onLogged: message => toast.show(message, false)
        onFailed: message => toast.show(message, true)
    }

    Toast { id: toast }
}
