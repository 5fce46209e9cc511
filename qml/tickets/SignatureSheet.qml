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

    // A scribbled name, for the screenshot tour.
    function drawSample() {
        pad.clear()
        const w = pad.width, h = pad.height
        const base = h * 0.62
        const wave = []
        for (let i = 0; i <= 40; ++i) {
            const x = w * 0.12 + i * w * 0.012
            wave.push({ x: x, y: base - Math.abs(Math.sin(i / 3)) * h * 0.22 })
        }
        pad.addStroke(wave)
        const loop = []
        for (let a = 0; a <= 28; ++a) {
            const t = a / 28 * Math.PI * 2.4
            loop.push({ x: w * 0.66 + Math.cos(t) * w * 0.08 + a * 2, y: base - h * 0.12 + Math.sin(t) * h * 0.14 })
        }
        pad.addStroke(loop)
        pad.addStroke([{ x: w * 0.1, y: base + 8 }, { x: w * 0.86, y: base + 2 }])
    }

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
