pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Core
import Courtyard.Tickets

// Full screen for the resident to sign on: the pad, Clear, and Done (signed(pad) — the page
// saves the drawing and closes the sheet).
Popup {
    id: sheet

    readonly property alias drawing: pad

    signal signed(var pad)

    objectName: "signatureSheet"
    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 390
    height: parent ? parent.height : 844
    padding: 0
    modal: true
    closePolicy: Popup.CloseOnEscape
    onAboutToShow: pad.clear()
    background: Rectangle { color: Theme.background }

    contentItem: ColumnLayout {
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            title: qsTr("Resident's signature")
            subtitle: qsTr("Hand the phone to the resident")
            onBack: sheet.close()
        }
        Text {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            text: qsTr("By signing, the resident confirms that the work was done in their presence.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        SignaturePad {
            id: pad
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.spacingL
            Layout.rightMargin: Theme.spacingL
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            spacing: Theme.spacingM
            Button {
                objectName: "signatureClear"
                flat: true
                enabled: !pad.empty
                text: qsTr("Clear")
                font.capitalization: Font.MixedCase
                onClicked: pad.clear()
            }
            PrimaryButton {
                objectName: "signatureDone"
                Layout.fillWidth: true
                enabled: !pad.empty
                text: qsTr("Done")
                onClicked: sheet.signed(pad)
            }
        }
    }
}
