pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Fees

// What a unit owes now (a FeeAccount): the total, when it is due or since when overdue, each
// item, the credit, and as of when the phone knows it.
Pane {
    id: card

    required property FeeAccount account

    objectName: "owedCard"
    padding: Theme.spacingL
    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.color: card.account.overdueCount > 0 ? Theme.danger : Theme.outline
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Text {
            Layout.fillWidth: true
            text: card.account.unitLabel !== "" ? qsTr("Owed now · %1").arg(card.account.unitLabel) : qsTr("Owed now")
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
        Text {
            objectName: "owedTotal"
            text: card.account.owedText
            font.pixelSize: Theme.fontDisplay
            font.weight: Font.Bold
            color: card.account.overdueCount > 0 ? Theme.danger : Theme.textPrimary
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: card.account.dueText
            font.pixelSize: Theme.fontBody
            color: card.account.overdueCount > 0 ? Theme.danger : Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            visible: card.account.items.length > 0
            implicitHeight: 1
            color: Theme.outline
        }
        Repeater {
            model: card.account.items
            RowLayout {
                id: itemRow
                required property var modelData
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: itemRow.modelData.label
                    font.pixelSize: Theme.fontBody
                    color: itemRow.modelData.deduction ? Theme.textSecondary : Theme.textPrimary
                    elide: Text.ElideRight
                }
                Text {
                    text: itemRow.modelData.amountText
                    font.pixelSize: Theme.fontBody
                    color: itemRow.modelData.deduction ? Theme.textSecondary : Theme.textPrimary
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: card.account.creditFen > 0
            Icon { icon: "savings"; size: 18; color: Theme.primary }
            Text {
                Layout.fillWidth: true
                text: qsTr("Credit (prepaid), used on your next bills")
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                elide: Text.ElideRight
            }
            Text {
                objectName: "creditText"
                text: card.account.creditText
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.primary
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            text: card.account.asOfText
            font.pixelSize: Theme.fontCaption
            color: Theme.textTertiary
            wrapMode: Text.Wrap
        }
    }
}
