pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui

// One bill in a list (a BillListModel delegate): its period and items, status chip, total, and
// what is left to pay with the due date. Its properties are the model's roles.
//   opened(billId): the card was tapped
AbstractButton {
    id: card

    required property string billId
    required property string periodText
    required property string itemsText
    required property string statusText
    required property string statusTint
    required property bool overdue
    required property bool owing
    required property string totalText
    required property string owedText
    required property string dueText

    signal opened(string billId)

    objectName: "billCard"
    implicitHeight: column.implicitHeight + 2 * Theme.spacingL
    Accessible.name: periodText + ", " + statusText + ", " + totalText
    onClicked: card.opened(card.billId)

    background: Rectangle {
        radius: Theme.radiusM
        color: card.down ? Theme.surfaceMuted : Theme.surface
        border.color: card.overdue ? Theme.danger : Theme.outline
    }

    contentItem: Item {}

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                Layout.fillWidth: true
                text: card.periodText
                font.pixelSize: Theme.fontBodyLarge
                font.weight: Font.DemiBold
                color: Theme.textPrimary
                elide: Text.ElideRight
            }
            StatusChip {
                text: card.statusText
                tint: card.statusTint
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                Layout.fillWidth: true
                text: card.itemsText
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                elide: Text.ElideRight
            }
            Text {
                text: card.totalText
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.textPrimary
            }
        }
        Text {
            Layout.fillWidth: true
            visible: card.dueText !== ""
            text: card.owing
                  ? qsTr("%1 left to pay · %2").arg(card.owedText).arg(card.dueText)
                  : card.dueText
            font.pixelSize: Theme.fontSmall
            color: card.overdue ? Theme.danger : Theme.textSecondary
            wrapMode: Text.Wrap
        }
    }
}
