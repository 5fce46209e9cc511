pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core

// Asks for a reason (or a short note) before an action: cancel a request, reject a fix, put
// an order on hold. A text area with a character counter and a confirm button.
//   title, message:   the question and a line of explanation
//   placeholderText:  hint inside the text area
//   confirmText:      the confirm button's label (default "Confirm")
//   reasonRequired:   confirm stays disabled until something is typed
//   maxLength:        characters allowed, counted as the server counts them (Limits.length);
//                     the feature's limit (e.g. TicketLimits.reasonMax)
//   danger:           the confirm button in red (destructive actions)
//   reason:           the text typed so far (read-only use)
//   suggestions:      common reasons shown as chips above the text area; a tap fills it in
// ask() clears the text and opens it; confirmed(reason) follows a confirm (text trimmed).
Dialog {
    id: dialog

    property string message
    property string placeholderText
    property string confirmText: qsTr("Confirm")
    property bool reasonRequired: false
    required property int maxLength
    property bool danger: false
    property var suggestions: []
    readonly property string reason: area.text.trim()
    readonly property int used: Limits.length(area.text)
    readonly property bool valid: (!reasonRequired || reason.length > 0) && used <= maxLength

    signal confirmed(string reason)

    function ask() {
        area.text = ""
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 360, 440)
    modal: true
    focus: true
    padding: Theme.spacingL
    topPadding: Theme.spacingL
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    // Plain background: Material's elevation shadow needs shader effects.
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
        spacing: Theme.spacingS

        Text {
            Layout.fillWidth: true
            visible: dialog.message !== ""
            text: dialog.message
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            visible: dialog.suggestions.length > 0
            spacing: Theme.spacingXs
            Repeater {
                model: dialog.suggestions
                delegate: Button {
                    required property string modelData
                    flat: true
                    text: modelData
                    font.pixelSize: Theme.fontSmall
                    font.capitalization: Font.MixedCase
                    implicitHeight: 36
                    background: Rectangle {
                        radius: height / 2
                        color: Theme.surfaceMuted
                        border.color: Theme.outline
                    }
                    onClicked: area.text = modelData
                }
            }
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 110
            FormTextArea {
                id: area
                objectName: "reasonField"
                placeholderText: dialog.placeholderText
                hasError: dialog.used > dialog.maxLength
            }
        }
        Text {
            Layout.fillWidth: true
            text: dialog.used > dialog.maxLength
                  ? qsTr("Too long: %1 characters over the limit").arg(dialog.used - dialog.maxLength)
                  : (dialog.reasonRequired ? qsTr("Required · %1/%2") : qsTr("Optional · %1/%2"))
                    .arg(dialog.used).arg(dialog.maxLength)
            font.pixelSize: Theme.fontCaption
            color: dialog.used > dialog.maxLength ? Theme.danger : Theme.textTertiary
            horizontalAlignment: Text.AlignRight
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS
        Item { Layout.fillWidth: true }
        Button {
            objectName: "reasonCancel"
            Layout.bottomMargin: Theme.spacingS
            flat: true
            text: qsTr("Back")
            font.capitalization: Font.MixedCase
            Material.foreground: Theme.textSecondary
            onClicked: dialog.reject()
        }
        Button {
            objectName: "reasonConfirm"
            Layout.rightMargin: Theme.spacingS
            Layout.bottomMargin: Theme.spacingS
            flat: true
            enabled: dialog.valid
            text: dialog.confirmText
            font.capitalization: Font.MixedCase
            font.weight: Font.DemiBold
            Material.foreground: dialog.danger ? Theme.danger : Theme.primary
            onClicked: {
                dialog.confirmed(dialog.reason)
                dialog.close()
            }
        }
    }
}
