pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// A ticket's history, oldest first: a dot per entry on a line, what happened, who and when,
// the note, its photos, and "waiting to send" on entries still queued on this phone.
//   entries: TicketDetail.timeline — [{title, whoText, atText, lateText, note, internal, photos,
//            pending, ...}]: every word of an entry comes from C++
//   photoClicked(sources, index): a photo was tapped (open a PhotoViewer with them)
ColumnLayout {
    id: timeline

    property var entries: []

    signal photoClicked(var sources, int index)

    spacing: 0

    Repeater {
        model: timeline.entries

        RowLayout {
            id: entry

            required property var modelData
            required property int index
            readonly property bool last: index === timeline.entries.length - 1
            readonly property bool pending: !!modelData.pending
            readonly property var photoSources: (modelData.photos || []).map(sha => Tickets.photoUrl(sha))
            // An act recorded offline reached the server noticeably later.
            readonly property bool lateReceipt: !pending && (modelData.lateText || "") !== ""

            Layout.fillWidth: true
            spacing: Theme.spacingM

            // The dot and the line down to the next entry.
            Item {
                Layout.preferredWidth: 16
                Layout.fillHeight: true

                Rectangle {
                    x: 7
                    y: 18
                    width: 2
                    height: parent.height - 18
                    visible: !entry.last
                    color: Theme.outline
                }
                Rectangle {
                    x: 2
                    y: 4
                    width: 12
                    height: 12
                    radius: 6
                    color: entry.pending ? Theme.surface
                         : entry.last ? Theme.primary : Theme.primarySoft
                    border.width: 2
                    border.color: entry.pending ? Theme.warning : Theme.primary
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.bottomMargin: entry.last ? 0 : Theme.spacingL
                spacing: 2

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    Text {
                        Layout.fillWidth: true
                        text: entry.modelData.title || ""
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: entry.modelData.internal ? "#B45309" : Theme.textPrimary
                        elide: Text.ElideRight
                    }
                    Text {
                        text: entry.modelData.atText || ""
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textTertiary
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: entry.modelData.whoText || ""
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    Layout.topMargin: 2
                    visible: (entry.modelData.note || "") !== ""
                    text: entry.modelData.note || ""
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textPrimary
                    wrapMode: Text.Wrap
                    lineHeight: 1.15
                }
                PhotoGrid {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingXs
                    visible: entry.photoSources.length > 0
                    columns: 4
                    sources: entry.photoSources
                    onPhotoClicked: index => timeline.photoClicked(entry.photoSources, index)
                }
                RowLayout {
                    visible: entry.pending || entry.lateReceipt
                    spacing: Theme.spacingXs
                    Icon {
                        icon: entry.pending ? "cloud_upload" : "schedule_send"
                        size: 14
                        color: entry.pending ? Theme.warning : Theme.textTertiary
                    }
                    Text {
                        text: entry.pending ? qsTr("Waiting to send") : entry.modelData.lateText
                        font.pixelSize: Theme.fontCaption
                        color: entry.pending ? Theme.warning : Theme.textTertiary
                    }
                }
            }
        }
    }
}
