pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The top of a request's detail: what, where, the status, the SLA in plain words, who is
// coming and when, the contact phone and the photos.
//   detail: the page's TicketDetail — the order's JSON and every text, decided in C++
Rectangle {
    id: card

    required property TicketDetail detail
    readonly property var ticket: detail.ticket ?? ({})
    readonly property bool finished: detail.finished

    signal photoClicked(var sources, int index)

    readonly property var photoSources: (ticket.photos ? ticket.photos : []).map(sha => Tickets.photoUrl(sha))

    implicitHeight: column.height + 2 * Theme.spacingL
    radius: Theme.radiusL
    color: Theme.surface
    border.color: card.detail.overdue && !card.finished ? Qt.rgba(0.78, 0.16, 0.16, 0.45) : Theme.outline

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            CategoryIcon {
                icon: card.detail.badgeIcon
                tint: card.detail.badgeColor
                size: 48
                muted: card.finished
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                StatusChip {
                    objectName: "detailStatus"
                    tint: card.detail.statusColor
                    text: card.detail.statusText
                    pending: card.detail.pending > 0
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Reported %1").arg(card.detail.reportedText)
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textTertiary
                    elide: Text.ElideRight
                }
            }
        }
        Text {
            objectName: "detailDescription"
            Layout.fillWidth: true
            text: card.ticket.description ?? ""
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
            wrapMode: Text.Wrap
            lineHeight: 1.2
        }
        PhotoGrid {
            objectName: "detailPhotos"
            Layout.fillWidth: true
            visible: card.photoSources.length > 0
            columns: 4
            sources: card.photoSources
            onPhotoClicked: index => card.photoClicked(card.photoSources, index)
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.outline
        }
        FactRow {
            icon: "location_on"
            label: qsTr("Where")
            value: card.detail.locationText
        }
        FactRow {
            objectName: "responseSla"
            visible: card.detail.responseText !== ""
            icon: "timer"
            label: qsTr("Response")
            value: card.detail.responseText
            alert: card.detail.responseLate
        }
        FactRow {
            objectName: "resolveSla"
            visible: card.detail.resolveText !== ""
            icon: "event_available"
            label: qsTr("Repair")
            value: card.detail.resolveText
            alert: card.detail.overdue && !card.detail.responseLate
        }
        FactRow {
            objectName: "assignee"
            icon: "engineering"
            label: qsTr("Technician")
            value: card.ticket.assigneeName ? card.ticket.assigneeName : qsTr("Not assigned yet")
        }
        FactRow {
            icon: "event"
            label: qsTr("Visit")
            value: card.detail.visitText
        }
        FactRow {
            visible: card.detail.holdText !== ""
            icon: "pause_circle_outline"
            label: qsTr("On hold")
            value: card.detail.holdText
        }
        FactRow {
            icon: "call"
            label: qsTr("Contact")
            value: card.ticket.contactPhone ? card.ticket.contactPhone : qsTr("No phone given")
        }
    }

    // One labelled fact on a line: a small icon, a fixed-width label, the value.
    component FactRow: RowLayout {
        id: fact
        property string icon
        property string label
        property string value
        property bool alert: false
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Icon {
            Layout.alignment: Qt.AlignTop
            icon: fact.icon
            size: 18
            color: fact.alert ? Theme.danger : Theme.primary
        }
        Text {
            Layout.preferredWidth: 84
            Layout.alignment: Qt.AlignTop
            text: fact.label
            font.pixelSize: Theme.fontSmall
            color: Theme.textTertiary
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            text: fact.value
            font.pixelSize: Theme.fontSmall
            font.weight: fact.alert ? Font.DemiBold : Font.Normal
            color: fact.alert ? Theme.danger : Theme.textPrimary
            wrapMode: Text.Wrap
        }
    }
}
