pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The head of an order's detail for staff: what and where, status and priority, flags
// (overdue, logged by phone, converted, waiting to send), the SLA clock and who has it.
Pane {
    id: card

    // The page's TicketDetail: the order's JSON and every text, decided in C++.
    required property TicketDetail detail
    readonly property var t: detail.ticket || ({})
    readonly property bool overdue: detail.overdue
    readonly property int pending: detail.pending

    objectName: "orderSummaryCard"
    padding: Theme.spacingL
    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.color: card.overdue ? Theme.danger : Theme.outline
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            CategoryIcon {
                icon: card.detail.badgeIcon
                tint: card.detail.badgeColor
                size: 44
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: card.detail.title
                    font.pixelSize: Theme.fontBodyLarge
                    font.weight: Font.Bold
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: card.detail.locationText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                    elide: Text.ElideRight
                }
            }
            StatusChip {
                tint: card.detail.statusColor
                text: card.detail.statusText
                pending: card.pending > 0
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Flag {
                objectName: "priorityFlag"
                visible: !!card.t.priority
                icon: "flag"
                text: card.detail.priorityText
                tint: card.detail.urgent ? Theme.danger : Theme.neutral
            }
            Flag {
                objectName: "overdueFlag"
                visible: card.overdue
                icon: "alarm"
                text: qsTr("Overdue")
                tint: Theme.danger
                solid: true
            }
            Flag {
                visible: card.t.onBehalf === true
                icon: "support_agent"
                text: qsTr("Logged by the office · call back")
                tint: Theme.primary
            }
            Flag {
                visible: card.detail.convertedFromComplaint
                icon: "swap_horiz"
                text: qsTr("Was a complaint")
                tint: Theme.neutral
            }
            Flag {
                objectName: "pendingFlag"
                visible: card.pending > 0
                icon: "cloud_upload"
                text: qsTr("Waiting to send")
                tint: Theme.warning
            }
        }

        Text {
            Layout.fillWidth: true
            text: card.t.description || ""
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
            wrapMode: Text.Wrap
            lineHeight: 1.15
        }

        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.outline }

        Fact {
            icon: "schedule"
            text: card.detail.responseText
        }
        Fact {
            icon: "timer"
            text: card.detail.resolveText
        }
        Fact {
            icon: card.t.pooled ? "front_hand" : "engineering"
            text: card.t.assigneeName ? qsTr("Assigned to %1").arg(card.t.assigneeName)
                : card.t.pooled ? qsTr("In the pool: any technician may take it")
                : qsTr("Not dispatched yet")
        }
        Fact {
            icon: "pause_circle"
            text: card.detail.holdText !== "" ? qsTr("On hold: %1").arg(card.detail.holdText) : ""
        }
        Fact {
            icon: "call"
            text: card.t.contactPhone ? qsTr("Contact %1").arg(card.t.contactPhone) : ""
        }
        Fact {
            icon: "event"
            text: card.detail.reportedText !== "" ? qsTr("Reported %1").arg(card.detail.reportedText) : ""
        }
    }

    component Flag: Rectangle {
        id: flag
        required property string icon
        required property string text
        required property color tint
        property bool solid: false
        implicitWidth: flagRow.implicitWidth + 2 * Theme.spacingS
        implicitHeight: 24
        radius: 12
        color: solid ? tint : Qt.rgba(tint.r, tint.g, tint.b, 0.12)
        Row {
            id: flagRow
            anchors.centerIn: parent
            spacing: 3
            Icon {
                anchors.verticalCenter: parent.verticalCenter
                icon: flag.icon
                size: 14
                color: flag.solid ? Theme.textOnBrand : flag.tint
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: flag.text
                font.pixelSize: Theme.fontCaption
                font.weight: Font.DemiBold
                color: flag.solid ? Theme.textOnBrand : flag.tint
            }
        }
    }

    component Fact: RowLayout {
        id: fact
        required property string icon
        required property string text
        property bool danger: false
        Layout.fillWidth: true
        visible: text !== ""
        spacing: Theme.spacingS
        Icon {
            Layout.alignment: Qt.AlignTop
            icon: fact.icon
            size: 18
            color: fact.danger ? Theme.danger : Theme.textTertiary
        }
        Text {
            Layout.fillWidth: true
            text: fact.text
            font.pixelSize: Theme.fontSmall
            font.weight: fact.danger ? Font.DemiBold : Font.Normal
            color: fact.danger ? Theme.danger : Theme.textSecondary
            wrapMode: Text.Wrap
        }
    }
}
