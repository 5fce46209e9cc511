pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui

// One unit of the arrears list: the unit, what it owes and since when, its early warning, its
// last reminder, and a bell that logs a new one.
ItemDelegate {
    id: row

    required property string unitId
    required property string label
    required property string owedText
    required property string detail
    required property bool warning
    required property string reminderText
    required property int bucket

    signal opened(string unitId)
    signal remind(string unitId, string label)

    objectName: "arrears_" + unitId
    padding: Theme.spacingM
    leftPadding: Theme.spacingL
    onClicked: opened(unitId)
    background: Rectangle {
        color: row.down ? Theme.primarySoft : Theme.surface
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom; leftMargin: Theme.spacingL }
            height: 1
            color: Theme.outline
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacingM
        // The age as a bar of colour: older is darker.
        Rectangle {
            Layout.preferredWidth: 4
            Layout.fillHeight: true
            radius: 2
            color: ["#FBBF24", "#F59E0B", "#EA580C", "#C62828"][row.bucket]
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Text {
                    Layout.fillWidth: true
                    text: row.label
                    font.pixelSize: Theme.fontBodyLarge
                    font.weight: Font.DemiBold
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }
                Text {
                    text: row.owedText
                    font.pixelSize: Theme.fontBodyLarge
                    font.weight: Font.Bold
                    color: row.warning ? Theme.danger : Theme.textPrimary
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Rectangle {
                    visible: row.warning
                    implicitWidth: warnText.implicitWidth + 12
                    implicitHeight: warnText.implicitHeight + 4
                    radius: height / 2
                    color: Theme.dangerSoft
                    Text {
                        id: warnText
                        anchors.centerIn: parent
                        text: qsTr("Early warning")
                        font.pixelSize: Theme.fontCaption
                        font.weight: Font.Bold
                        color: Theme.danger
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: row.detail
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                    elide: Text.ElideRight
                }
            }
            Text {
                Layout.fillWidth: true
                visible: row.reminderText !== ""
                text: qsTr("Last reminder: %1").arg(row.reminderText)
                font.pixelSize: Theme.fontCaption
                color: Theme.textTertiary
                elide: Text.ElideRight
            }
        }
        ToolButton {
            objectName: "remind_" + row.unitId
            Accessible.name: qsTr("Log a reminder")
            contentItem: Icon { icon: "notifications_active"; size: 22; color: Theme.primary }
            onClicked: row.remind(row.unitId, row.label)
        }
    }
}
