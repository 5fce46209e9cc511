pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Core
import Courtyard.Tickets

// "Fixed? Rate it": overall, speed of response and the technician's service, 1–5 stars each,
// and an optional comment. ask() resets and opens; rated(...) follows the confirm.
Dialog {
    id: dialog

    readonly property bool complete: overall.value > 0 && speed.value > 0 && service.value > 0
                                     && Limits.length(comment.text) <= TicketLimits.commentMax

    signal rated(int overall, int speed, int service, string comment)

    function ask() {
        overall.value = 0
        speed.value = 0
        service.value = 0
        comment.text = ""
        open()
    }

    objectName: "rateDialog"
    title: qsTr("Confirm the repair")
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 360, 440)
    modal: true
    padding: Theme.spacingL
    closePolicy: Popup.CloseOnEscape
    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.color: Theme.outline
    }
    Overlay.modal: Rectangle { color: Qt.rgba(0, 0, 0, 0.4) }

    header: Text {
        text: dialog.title
        leftPadding: Theme.spacingL
        rightPadding: Theme.spacingL
        topPadding: Theme.spacingL
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingM

        Text {
            Layout.fillWidth: true
            text: qsTr("Glad it is fixed. How did it go? Your rating closes the order.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        RatingRow { id: overall; objectName: "rateOverall"; label: qsTr("Overall") }
        RatingRow { id: speed; objectName: "rateSpeed"; label: qsTr("Speed of response") }
        RatingRow { id: service; objectName: "rateService"; label: qsTr("Technician's service") }
        FormTextArea {
            id: comment
            objectName: "rateComment"
            Layout.fillWidth: true
            Layout.preferredHeight: 88
            placeholderText: qsTr("Comment (optional)")
            hasError: Limits.length(comment.text) > TicketLimits.commentMax
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS
        Item { Layout.fillWidth: true }
        Button {
            Layout.bottomMargin: Theme.spacingS
            flat: true
            text: qsTr("Later")
            font.capitalization: Font.MixedCase
            Material.foreground: Theme.textSecondary
            onClicked: dialog.reject()
        }
        Button {
            objectName: "rateConfirm"
            Layout.rightMargin: Theme.spacingS
            Layout.bottomMargin: Theme.spacingS
            flat: true
            enabled: dialog.complete
            text: qsTr("Confirm and rate")
            font.capitalization: Font.MixedCase
            font.weight: Font.DemiBold
            Material.foreground: Theme.primary
            onClicked: {
                dialog.rated(overall.value, speed.value, service.value, comment.text.trim())
                dialog.close()
            }
        }
    }

    component RatingRow: ColumnLayout {
        id: row
        property string label
        property alias value: stars.value
        Layout.fillWidth: true
        spacing: 0
        Text {
            text: row.label
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
        }
        RatingStars {
            id: stars
            readOnly: false
            size: 32
            label: row.label
        }
    }
}
