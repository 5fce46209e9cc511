// No "pragma ComponentBehavior: Bound": Qt 6.4's Loader (the tag row) makes its item in a
// child context, which a bound component refuses.
import QtQuick
import QtQuick.Controls
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// One order in a list (a TicketListModel delegate): category icon, what and where, status
// chip, the SLA line, an overdue flag, "waiting to send" while the phone still holds a change
// for it, and the resident's rating once rated. Its properties are the model's roles.
//   opened(ticketId): the card was tapped
//   showPriority: also show the priority when urgent or high (staff lists)
//   showAssignee: also show who it is assigned to (staff lists)
//   askToConfirm: a resolved order says the resident's confirmation is awaited (resident lists)
AbstractButton {
    id: card

    required property int index
    required property string ticketId
    required property string status
    required property string statusText
    required property string title
    required property string description
    required property string placeText
    required property string assigneeName
    required property string slaText
    required property bool overdue
    required property bool finished
    required property bool priorityFlagged
    required property bool urgent
    required property string priorityText
    required property string statusColor
    required property string badgeIcon
    required property string badgeColor
    required property bool awaitingConfirmation
    required property int pending
    required property int ratingOverall

    property bool showPriority: false
    property bool showAssignee: false
    property bool askToConfirm: false

    signal opened(string ticketId)


    objectName: "ticketCard"
    implicitHeight: content.height + 2 * Theme.spacingL
    padding: 0
    Accessible.name: qsTr("%1, %2: %3").arg(title).arg(statusText).arg(description)
    onClicked: card.opened(card.ticketId)

    background: Rectangle {
        radius: Theme.radiusM
        color: card.down ? Theme.surfaceMuted : Theme.surface
        border.color: card.overdue && !card.finished ? Qt.rgba(0.78, 0.16, 0.16, 0.45) : Theme.outline
        border.width: card.visualFocus ? 2 : 1
    }

    // Positioners rather than layouts, and the tag row made only when it has something to
    // show: a list screen makes many of these, and the first frame waits for the first few.
    contentItem: Item {
        Item {
            id: content
            x: Theme.spacingL
            y: Theme.spacingL
            width: parent.width - 2 * Theme.spacingL
            height: Math.max(badge.height, details.height)

            CategoryIcon {
                id: badge
                icon: card.badgeIcon
                tint: card.badgeColor
                muted: card.finished
            }

            Column {
                id: details
                x: badge.width + Theme.spacingM
                width: content.width - x
                spacing: Theme.spacingXs

                Item {
                    width: details.width
                    height: Math.max(title.implicitHeight, chip.implicitHeight)
                    Text {
                        id: title
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width - chip.width - Theme.spacingS
                        text: card.title
                        font.pixelSize: Theme.fontBodyLarge
                        font.weight: Font.Bold
                        color: card.finished ? Theme.textSecondary : Theme.textPrimary
                        elide: Text.ElideRight
                    }
                    StatusChip {
                        id: chip
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        tint: card.statusColor
                        text: card.statusText
                    }
                }
                Text {
                    width: details.width
                    text: card.description
                    font.pixelSize: Theme.fontBody
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Row {
                    spacing: 2
                    Icon { anchors.verticalCenter: parent.verticalCenter; icon: "location_on"; size: 14; color: Theme.textTertiary }
                    Text {
                        width: details.width - 16
                        text: card.placeText
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textTertiary
                        elide: Text.ElideRight
                    }
                }
                Text {
                    width: details.width
                    visible: card.showAssignee && card.assigneeName !== ""
                    text: qsTr("Assigned to %1").arg(card.assigneeName)
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                    elide: Text.ElideRight
                }
                Row {
                    objectName: "slaLine"
                    visible: card.slaText !== "" && !card.finished
                    spacing: Theme.spacingXs
                    Icon {
                        anchors.verticalCenter: parent.verticalCenter
                        icon: card.overdue ? "warning" : "timer"
                        size: 14
                        color: card.overdue ? Theme.danger : Theme.primary
                    }
                    Text {
                        width: details.width - 14 - Theme.spacingXs
                        text: card.slaText
                        font.pixelSize: Theme.fontCaption
                        font.weight: card.overdue ? Font.DemiBold : Font.Normal
                        color: card.overdue ? Theme.danger : Theme.textSecondary
                        elide: Text.ElideRight
                    }
                }
                Loader {
                    width: details.width
                    active: card.pending > 0 || (card.overdue && !card.finished) || card.ratingOverall > 0
                            || (card.askToConfirm && card.awaitingConfirmation)
                            || (card.showPriority && card.priorityFlagged)
                    visible: active
                    sourceComponent: Component {
                        Flow {
                            spacing: Theme.spacingS

                            Tag {
                                visible: card.showPriority && card.priorityFlagged
                                icon: "priority_high"
                                text: card.priorityText
                                tint: card.urgent ? Theme.danger : "#C2410C"
                            }
                            Tag {
                                objectName: "confirmHint"
                                visible: card.askToConfirm && card.awaitingConfirmation
                                icon: "task_alt"
                                text: qsTr("Please confirm the repair")
                                tint: "#15803D"
                            }
                            Tag {
                                objectName: "overdueFlag"
                                visible: card.overdue && !card.finished
                                icon: "alarm"
                                text: qsTr("Overdue")
                                tint: Theme.danger
                            }
                            Tag {
                                objectName: "pendingMarker"
                                visible: card.pending > 0
                                icon: "cloud_upload"
                                text: qsTr("Waiting to send")
                                tint: Theme.warning
                            }
                            RatingStars {
                                visible: card.ratingOverall > 0
                                value: card.ratingOverall
                                size: 16
                                label: qsTr("Rating")
                            }
                        }
                    }
                }
            }
        }
    }

    component Tag: Rectangle {
        id: tag
        property string icon
        property string text
        property color tint: Theme.primary
        implicitWidth: tagRow.implicitWidth + 2 * Theme.spacingS
        implicitHeight: 22
        radius: Theme.radiusS
        color: Qt.rgba(tint.r, tint.g, tint.b, 0.1)
        Row {
            id: tagRow
            anchors.centerIn: parent
            spacing: 3
            Icon {
                anchors.verticalCenter: parent.verticalCenter
                icon: tag.icon
                size: 14
                color: tag.tint
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: tag.text
                font.pixelSize: Theme.fontCaption
                font.weight: Font.Medium
                color: tag.tint
            }
        }
    }
}
