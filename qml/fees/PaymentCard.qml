pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui

// One payment in a list (a PaymentListModel delegate): amount, method and time, the receipt
// number (marked provisional until the server confirms it), what it paid, a reversal.
//   opened(paymentId): the card was tapped
AbstractButton {
    id: card

    required property string paymentId
    required property string amountText
    required property string methodText
    required property string paidAtText
    required property string receiptText
    required property string detail
    required property bool reversed

    signal opened(string paymentId)

    objectName: "paymentCard"
    implicitHeight: column.implicitHeight + 2 * Theme.spacingL
    Accessible.name: amountText + ", " + methodText + ", " + paidAtText
    onClicked: card.opened(card.paymentId)

    background: Rectangle {
        radius: Theme.radiusM
        color: card.down ? Theme.surfaceMuted : Theme.surface
        border.color: Theme.outline
    }

    contentItem: Item {}

    RowLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        Icon {
            Layout.alignment: Qt.AlignTop
            icon: card.reversed ? "undo" : "payments"
            color: card.reversed ? Theme.danger : Theme.primary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: card.methodText
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }
                Text {
                    text: card.amountText
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    font.strikeout: card.reversed
                    color: card.reversed ? Theme.textTertiary : Theme.textPrimary
                }
            }
            Text {
                Layout.fillWidth: true
                text: card.paidAtText + " · " + card.receiptText
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: card.detail !== ""
                text: card.detail
                font.pixelSize: Theme.fontSmall
                color: card.reversed ? Theme.danger : Theme.textSecondary
                wrapMode: Text.Wrap
            }
        }
    }
}
