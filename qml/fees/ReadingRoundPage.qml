pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Fees

// A meter-reading round (抄表) through one building: pick the building and the meter, then go
// unit by unit (floor by floor) with each meter's last reading shown. Works offline; what is
// read this month is ticked.
Page {
    id: page

    property string estateId
    readonly property var buildingChoices: FeeStaff.buildings(estateId)
    property string buildingId: buildingChoices.length > 0 ? buildingChoices[0].id : ""
    readonly property alias round: roundModel

    function openUnit(row) {
        if (row < 0)
            return null
        return page.StackView.view.push("qrc:/qt/qml/Courtyard/Fees/ReadingUnitPage.qml",
                                        { estateId: page.estateId, round: roundModel, row: row })
    }

    objectName: "readingRoundPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Meter readings")
        subtitle: qsTr("%1 of %2 read this month").arg(roundModel.doneCount).arg(roundModel.count)
        onBack: page.StackView.view.pop()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            spacing: Theme.spacingS
            ComboBox {
                objectName: "roundBuilding"
                Layout.fillWidth: true
                textRole: "title"
                valueRole: "id"
                model: page.buildingChoices
                onActivated: page.buildingId = currentValue
            }
            SegmentedButtons {
                objectName: "roundMeter"
                Layout.fillWidth: true
                options: FeeStaff.choices("meter").map(c => ({ value: c.id, text: c.title,
                                                                 icon: c.id === "water" ? "water_drop" : "bolt" }))
                value: roundModel.meter
                onActivated: value => roundModel.meter = value
            }
            PrimaryButton {
                objectName: "startRound"
                Layout.fillWidth: true
                enabled: roundModel.nextToRead(0) >= 0 && roundModel.count > 0
                text: roundModel.doneCount === 0 ? qsTr("Start the round") : qsTr("Next unread unit")
                onClicked: page.openUnit(roundModel.nextToRead(0))
            }
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: ReadingRound {
                id: roundModel
                store: Workspace.store
                buildingId: page.buildingId
            }
            delegate: ItemDelegate {
                id: unitRow
                required property int index
                required property string unitId
                required property string label
                required property string lastText
                required property string lastReadOn
                required property bool done
                required property bool pending
                objectName: "reading_" + unitId
                width: ListView.view.width
                onClicked: page.openUnit(index)
                contentItem: RowLayout {
                    spacing: Theme.spacingM
                    Icon {
                        icon: unitRow.done ? "check_circle" : "radio_button_unchecked"
                        size: 22
                        color: unitRow.done ? Theme.online : Theme.textTertiary
                    }
                    Text {
                        Layout.fillWidth: true
                        text: unitRow.label
                        font.pixelSize: Theme.fontBody
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }
                    Text {
                        text: unitRow.lastText === "" ? qsTr("first reading")
                                                      : qsTr("%1 on %2").arg(unitRow.lastText).arg(unitRow.lastReadOn)
                        font.pixelSize: Theme.fontSmall
                        color: unitRow.pending ? Theme.warning : Theme.textSecondary
                    }
                }
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: roundModel.count === 0 && !roundModel.loading
        icon: "speed"
        title: qsTr("No units in this building")
    }
}
