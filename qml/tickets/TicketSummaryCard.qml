pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The top of a request's detail: what, where, the status, the SLA in plain words, who is
// coming and when, the contact phone and the photos.
//   ticket: TicketDetail.ticket (the API's Ticket object); the texts come from TicketDetail
Rectangle {
    id: card

    property var ticket: ({})
    property string locationText
    property string statusText
    property bool pending: false
    property bool overdue: false
    property string responseText
    property string resolveText

    signal photoClicked(var sources, int index)

    readonly property bool finished: ticket.status === "closed" || ticket.status === "cancelled"
    readonly property var photoSources: (ticket.photos ? ticket.photos : []).map(
        sha => Tickets.desk ? Tickets.desk.photoUrl(sha) : "")

    function dateText(value) {
        return Format.dateTime(value)
    }

    function visitText() {
        if (!ticket.visitFrom || !ticket.visitTo)
            return qsTr("Any time that suits the office")
        return qsTr("%1, %2 – %3").arg(Format.weekdayDate(ticket.visitFrom))
            .arg(Format.time(ticket.visitFrom)).arg(Format.time(ticket.visitTo))
    }

    implicitHeight: column.height + 2 * Theme.spacingL
    radius: Theme.radiusL
    color: Theme.surface
    border.color: card.overdue && !card.finished ? Qt.rgba(0.78, 0.16, 0.16, 0.45) : Theme.outline

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            CategoryIcon {
                category: card.ticket.category ?? "other"
                kind: card.ticket.kind ?? "repair"
                size: 48
                muted: card.finished
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                StatusChip {
                    objectName: "detailStatus"
                    status: card.ticket.status ?? "submitted"
                    text: card.statusText
                    pending: card.pending
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Reported %1").arg(card.dateText(card.ticket.reportedAt))
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
            value: card.locationText
        }
        FactRow {
            objectName: "responseSla"
            visible: card.responseText !== ""
            icon: "timer"
            label: qsTr("Response")
            value: card.responseText
            alert: card.overdue && card.responseText !== "" && !card.finished && !card.ticket.acceptedAt
        }
        FactRow {
            objectName: "resolveSla"
            visible: card.resolveText !== ""
            icon: "event_available"
            label: qsTr("Repair")
            value: card.resolveText
            alert: card.overdue && !card.finished && !!card.ticket.acceptedAt
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
            value: card.visitText()
        }
        FactRow {
            visible: card.ticket.status === "on_hold" && !!card.ticket.holdReason
            icon: "pause_circle_outline"
            label: qsTr("On hold")
            value: card.ticket.holdReason ?? ""
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
