pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Onboarding

// The Me page's "My homes": each unit with the person's relation (业主 / 租户 / 家属), the one
// they act for when there are several (forms default to it), a way into each home (its people,
// invitations, leaving it) and "Add another home with a code".
Rectangle {
    id: section

    readonly property var homes: Onboarding.homes ? Onboarding.homes.homes : []

    objectName: "myHomesSection"
    implicitHeight: column.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radiusM
    color: Theme.surface
    border.color: Theme.outline

    ColumnLayout {
        id: column
        x: Theme.spacingL
        y: Theme.spacingL
        width: parent.width - 2 * Theme.spacingL
        spacing: Theme.spacingS

        Text {
            text: qsTr("My homes")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.textPrimary
        }
        Text {
            Layout.fillWidth: true
            visible: section.homes.length > 1
            text: qsTr("Requests you make are for the home marked “acting for”. Tap another to switch.")
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: section.homes.length === 0
            text: qsTr("No home yet. Add one with the code from your property office.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Repeater {
            model: section.homes
            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                objectName: "home" + index
                Layout.fillWidth: true
                implicitHeight: 64
                padding: 0
                onClicked: {
                    if (section.homes.length > 1 && !row.modelData.acting)
                        Onboarding.homes.setActingUnit(row.modelData.unitId)
                }
                contentItem: RowLayout {
                    spacing: Theme.spacingM
                    Icon {
                        icon: row.modelData.acting && section.homes.length > 1 ? "radio_button_checked"
                              : section.homes.length > 1 ? "radio_button_unchecked" : "home"
                        size: 22
                        color: row.modelData.acting || section.homes.length === 1 ? Theme.primary : Theme.textTertiary
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: row.modelData.unitLabel
                            font.pixelSize: Theme.fontBodyLarge
                            font.weight: Font.DemiBold
                            color: Theme.textPrimary
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: [row.modelData.estateName, row.modelData.relationLabel,
                                   row.modelData.acting && section.homes.length > 1 ? qsTr("acting for") : ""]
                                  .filter(s => s !== "").join(" · ")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textSecondary
                            elide: Text.ElideRight
                        }
                    }
                    ToolButton {
                        objectName: "openHome" + row.index
                        visible: row.modelData.residencyId !== ""
                        Accessible.name: qsTr("People and invitations")
                        onClicked: Shell.open("qrc:/qt/qml/Courtyard/Onboarding/InvitePage.qml",
                                              { unitId: row.modelData.unitId, unitLabel: row.modelData.unitLabel })
                        contentItem: Icon { icon: "chevron_right"; size: 22; color: Theme.textTertiary }
                    }
                }
            }
        }
        Button {
            objectName: "addHomeButton"
            Layout.fillWidth: true
            flat: true
            text: qsTr("Add another home with a code")
            font.capitalization: Font.MixedCase
            onClicked: Shell.open("qrc:/qt/qml/Courtyard/Onboarding/AddHomePage.qml", {})
        }
    }
}
