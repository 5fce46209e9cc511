pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Core
import Courtyard.Tickets

// The work done on an order: the on-site check-in (with its GPS accuracy, or that there was
// no fix), parts used, minutes worked and the resident's signature.
// Hidden until there is any of it.
Pane {
    id: card

    required property TicketDetail detail

    readonly property var t: detail.ticket || ({})
    readonly property var checkIn: t.checkIn || null
    readonly property var parts: t.parts || []
    readonly property bool hasMinutes: t.minutesWorked !== undefined && t.minutesWorked !== null

    objectName: "orderWorkCard"
    visible: checkIn !== null || parts.length > 0 || hasMinutes || !!t.signature
    padding: Theme.spacingL
    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.color: Theme.outline
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Text {
            text: qsTr("Work on site")
            font.pixelSize: Theme.fontBodyLarge
            font.weight: Font.Bold
            color: Theme.textPrimary
        }

        RowLayout {
            objectName: "checkInFact"
            Layout.fillWidth: true
            visible: card.checkIn !== null
            spacing: Theme.spacingS
            Icon {
                icon: card.detail.checkInHasFix ? "where_to_vote" : "location_off"
                size: 18
                color: Theme.textTertiary
            }
            Text {
                Layout.fillWidth: true
                text: card.detail.checkInText
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
        }

        Repeater {
            model: card.parts
            delegate: RowLayout {
                id: part
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Icon { icon: "inventory_2"; size: 18; color: Theme.textTertiary }
                Text {
                    Layout.fillWidth: true
                    text: part.modelData.name
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }
                Text {
                    text: "× " + part.modelData.quantity
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: Theme.textSecondary
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: card.hasMinutes
            spacing: Theme.spacingS
            Icon { icon: "timelapse"; size: 18; color: Theme.textTertiary }
            Text {
                Layout.fillWidth: true
                text: qsTr("%n minute(s) worked", "", card.hasMinutes ? card.t.minutesWorked : 0)
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: !!card.t.signature
            spacing: Theme.spacingXs
            Text {
                text: qsTr("Resident's signature")
                font.pixelSize: Theme.fontCaption
                color: Theme.textTertiary
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 96
                radius: Theme.radiusS
                border.color: Theme.outline
                Image {
                    objectName: "signatureImage"
                    anchors.fill: parent
                    anchors.margins: 2
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                    source: card.t.signature ? Tickets.photoUrl(card.t.signature) : ""
                }
            }
        }
    }
}
