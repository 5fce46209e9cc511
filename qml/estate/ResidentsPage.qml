pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate

// The residents and join codes of one unit (found by building and number): remove a resident
// (their access ends at once), send them a password reset code, issue a join code for a new
// owner, tenant or family member, revoke an open one.
Page {
    id: page

    property string estateId
    property string unitId
    readonly property string unitLabel: unitId !== "" && Estate.directory ? Estate.directory.unitLabel(unitId) : ""
    readonly property alias residents: residentList
    readonly property alias codes: codeList
    property alias searchText: search.text

    objectName: "residentsPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Residents & join codes")
        subtitle: page.unitLabel
        onBack: page.StackView.view.pop()
    }

    EstateList {
        id: residentList
        store: Workspace.store
        kind: "residency"
        parentId: page.unitId
    }
    EstateList {
        id: codeList
        store: Workspace.store
        kind: "joinCode"
        parentId: page.unitId
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
            spacing: Theme.spacingM

            FormSection {
                title: qsTr("Unit")
                TextField {
                    id: search
                    objectName: "residentUnitSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Building and number, e.g. 3栋 1202")
                    font.pixelSize: Theme.fontBody
                    background: FieldFrame { field: search }
                }
                Repeater {
                    model: search.text.length > 0 && Estate.directory ? Estate.directory.unitChoices(search.text, 6) : []
                    delegate: EstateRow {
                        required property var modelData
                        Layout.fillWidth: true
                        iconName: "door_front"
                        title: modelData.label
                        onClicked: {
                            page.unitId = modelData.id
                            search.text = ""
                        }
                    }
                }
            }

            EmptyState {
                Layout.fillWidth: true
                visible: page.unitId === "" && search.text === ""
                icon: "home"
                title: qsTr("Pick a unit")
                text: qsTr("Type its building and number to see who lives there and its join codes.")
            }

            SectionTitle {
                Layout.fillWidth: true
                visible: page.unitId !== ""
                title: qsTr("Residents")
            }
            Text {
                Layout.fillWidth: true
                visible: page.unitId !== "" && residentList.count === 0
                text: qsTr("Nobody has joined this unit yet.")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }
            Repeater {
                model: page.unitId !== "" ? residentList : null
                delegate: EstateRow {
                    id: resident
                    required property var model
                    objectName: "resident_" + model.id
                    Layout.fillWidth: true
                    iconName: "person"
                    chevron: false
                    title: model.title
                    detail: model.detail
                    ToolButton {
                        objectName: "residentReset"
                        Accessible.name: qsTr("Send a password reset code")
                        contentItem: Icon { icon: "lock_reset"; color: Theme.primary }
                        onClicked: confirm.ask("reset", resident.model.record)
                    }
                    ToolButton {
                        objectName: "residentRemove"
                        Accessible.name: qsTr("Remove from the unit")
                        contentItem: Icon { icon: "person_remove"; color: Theme.danger }
                        onClicked: confirm.ask("remove", resident.model.record)
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingM
                visible: page.unitId !== ""
                SectionTitle {
                    Layout.fillWidth: true
                    title: qsTr("Join codes")
                }
                Button {
                    objectName: "issueJoinCode"
                    flat: true
                    text: qsTr("Issue a code")
                    font.capitalization: Font.MixedCase
                    icon.name: "add"
                    onClicked: issue.open()
                }
            }
            Text {
                Layout.fillWidth: true
                visible: page.unitId !== "" && codeList.count === 0
                text: qsTr("No codes issued for this unit.")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }
            Repeater {
                model: page.unitId !== "" ? codeList : null
                delegate: EstateRow {
                    id: code
                    required property var model
                    objectName: "code_" + model.id
                    Layout.fillWidth: true
                    iconName: "key"
                    muted: !model.active
                    title: model.title
                    detail: model.detail
                    onClicked: Shell.open("qrc:/qt/qml/Courtyard/Estate/JoinCodePage.qml",
                                          { codeId: code.model.id, unitLabel: page.unitLabel })
                }
            }
        }
    }

    StaffDialog {
        id: issue
        property string relation: "tenant"
        title: qsTr("Issue a join code")
        acceptText: qsTr("Issue")
        onAccepted: {
            const desk = Estate.desk
            const id = desk ? desk.issueJoinCode(page.unitId, relation, days.value) : ""
            if (id === "")
                toast.show(desk ? desk.lastError : "", true)
            else
                Shell.open("qrc:/qt/qml/Courtyard/Estate/JoinCodePage.qml", { codeId: id, unitLabel: page.unitLabel })
        }
        contentItem: ColumnLayout {
            spacing: Theme.spacingM
            Text {
                Layout.fillWidth: true
                text: qsTr("For")
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                color: Theme.textPrimary
            }
            SegmentedButtons {
                objectName: "relationButtons"
                Layout.fillWidth: true
                options: Estate.choices("relation").map(c => ({ value: c.id, text: c.title }))
                value: issue.relation
                onActivated: value => issue.relation = value
            }
            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Valid for (days)")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                }
                SpinBox {
                    id: days
                    objectName: "validDays"
                    from: 1
                    to: 30
                    value: 7
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("The code works once. Whoever enters it joins this unit with the app.")
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
        }
    }

    StaffDialog {
        id: confirm
        property string what
        property var record: null
        function ask(w, r) {
            what = w
            record = r
            title = w === "remove" ? qsTr("Remove %1 from %2?").arg(r.name).arg(page.unitLabel)
                                   : qsTr("Send %1 a reset code?").arg(r.name)
            open()
        }
        acceptText: what === "remove" ? qsTr("Remove") : qsTr("Send")
        onAccepted: {
            const desk = Estate.desk
            const id = !desk ? "" : what === "remove" ? desk.removeResident(record.id) : desk.issueResetCode(record.userId)
            toast.show(id !== "" ? (what === "remove" ? qsTr("Removed. It is sent when the phone is online.")
                                                      : qsTr("A reset code goes to their phone when this phone is online."))
                                 : (desk ? desk.lastError : ""), id === "")
        }
        contentItem: Text {
            text: confirm.what === "remove"
                  ? qsTr("Their access to the unit ends at once: they no longer see its requests, notices or bills.")
                  : qsTr("A one-time code is texted to their phone; with it they choose a new password.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
    }

    Toast { id: toast }
}
