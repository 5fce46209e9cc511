pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The resident's rating of a closed order: overall, speed of response and the technician's
// service as stars, and the comment.
//   rating: the API's TicketRating {overall, speed, service, comment} or null (hidden then)
Rectangle {
    id: card

    property var rating: null

    objectName: "ratingCard"
    visible: !!rating
    implicitHeight: column.height + 2 * Theme.spacingL
    radius: Theme.radiusL
    color: Theme.surface
    border.color: Theme.outline

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        Text {
            text: qsTr("Rating")
            font.pixelSize: Theme.fontBodyLarge
            font.weight: Font.Bold
            color: Theme.textPrimary
        }
        Repeater {
            model: card.rating ? [
                { label: qsTr("Overall"), value: card.rating.overall },
                { label: qsTr("Speed of response"), value: card.rating.speed },
                { label: qsTr("Technician's service"), value: card.rating.service }
            ] : []

            RowLayout {
                id: line
                required property var modelData
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: line.modelData.label
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                    elide: Text.ElideRight
                }
                RatingStars {
                    value: line.modelData.value
                    size: 18
                    label: line.modelData.label
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: !!card.rating && !!card.rating.comment
            text: card.rating && card.rating.comment ? "“" + card.rating.comment + "”" : ""
            font.pixelSize: Theme.fontSmall
            font.italic: true
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }
    }
}
