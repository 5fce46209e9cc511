pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// Dispatch an order by one of the three modes: to a technician picked from the list (each
// with their open orders and whether they are on duty), to the estate's pool (抢单), or to
// the next technician on duty (round robin). Emits what was chosen; the page sends it.
StaffDialog {
    id: dialog

    property QtObject store: null
    property string estateId
    property bool canAssign: true
    property bool canPool: true
    // "assign" with a technician, "pool" or "roundRobin".
    property string mode: "assign"
    property string technicianId
    property string technicianName

    signal assignTo(string technicianId, string technicianName)
    signal openToPool()
    signal roundRobin()

    objectName: "dispatchDialog"
    title: qsTr("Dispatch order")
    acceptText: mode === "assign" ? qsTr("Assign") : mode === "pool" ? qsTr("Open to pool")
                                                                     : qsTr("Dispatch")
    acceptEnabled: mode !== "assign" || technicianId !== ""
    onAboutToShow: {
        mode = canAssign ? "assign" : "pool"
        technicianId = ""
        technicianName = ""
    }
    onAccepted: {
        if (mode === "assign")
            assignTo(technicianId, technicianName)
        else if (mode === "pool")
            openToPool()
        else
            roundRobin()
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingS

        ModeOption {
            mode: "assign"
            selected: dialog.mode === "assign"
            onClicked: dialog.mode = "assign"
            visible: dialog.canAssign
            iconName: "person_search"
            title: qsTr("Assign to a technician")
            subtitle: qsTr("Pick who goes; their open orders are shown.")
        }

        ListView {
            id: list
            objectName: "technicianList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 4 * 60)
            Layout.leftMargin: Theme.spacingL
            visible: dialog.canAssign && dialog.mode === "assign"
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: StaffListModel {
                store: dialog.store
                estateId: dialog.estateId
            }
            delegate: TechnicianDelegate {
                width: ListView.view.width
                selectedId: dialog.technicianId
                onPicked: (id, name) => {
                    dialog.technicianId = id
                    dialog.technicianName = name
                }
            }
            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                width: parent.width
                text: qsTr("No technicians in this estate yet.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textTertiary
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
        }

        ModeOption {
            mode: "pool"
            selected: dialog.mode === "pool"
            onClicked: dialog.mode = "pool"
            visible: dialog.canPool
            iconName: "front_hand"
            title: qsTr("Open to the pool")
            subtitle: qsTr("Any technician of the estate can take it.")
        }
        ModeOption {
            mode: "roundRobin"
            selected: dialog.mode === "roundRobin"
            onClicked: dialog.mode = "roundRobin"
            visible: dialog.canAssign
            iconName: "autorenew"
            title: qsTr("Automatic (round robin)")
            subtitle: qsTr("The next technician on duty gets it.")
        }
    }

    component ModeOption: ItemDelegate {
        id: option
        required property string mode
        required property string iconName
        required property string title
        required property string subtitle
        property bool selected: false

        objectName: "dispatchMode_" + mode
        Layout.fillWidth: true
        padding: Theme.spacingS
        background: Rectangle {
            radius: Theme.radiusM
            color: option.selected ? Theme.primarySoft : "transparent"
            border.color: option.selected ? Theme.primary : Theme.outline
        }
        contentItem: RowLayout {
            spacing: Theme.spacingM
            Icon {
                icon: option.iconName
                color: option.selected ? Theme.primary : Theme.textSecondary
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: option.title
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.textPrimary
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: option.subtitle
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
