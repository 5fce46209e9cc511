pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The technician closes the job on site: what was done, parts, minutes, photos of the fix and,
// if the resident is there, their signature on the phone's screen. Saved on the phone at
// once (the time of the fix is now), sent when there is signal.
Page {
    id: page

    property string ticketId
    property string locationText

    readonly property TicketDesk desk: Tickets.desk
    readonly property bool busy: photoTray.busy || signatureTray.busy

    // The form, the photos and the signature sheet (the screenshot tour fills them in).
    readonly property alias form: form
    readonly property alias signatureSheet: sheet
    readonly property alias flickable: flick

    signal done()

    function submit() {
        form.attempted = true
        if (!form.valid) {
            toast.show(qsTr("Please check the marked fields."), true)
            return
        }
        if (busy) {
            toast.show(qsTr("Photos are still being prepared…"))
            return
        }
        const signature = signatureTray.hashes.length > 0 ? signatureTray.hashes[0] : ""
        const id = desk ? desk.resolve(ticketId, form.report(signature, photoTray.hashes)) : ""
        if (id === "") {
            toast.show(desk && desk.lastError !== "" ? desk.lastError : qsTr("That did not work."), true)
            return
        }
        page.done()
        page.StackView.view.pop()
    }
    // The signature from the pad: a PNG in the temporary folder, then processed by the tray.
    function takeSignature(pad) {
        const path = signatureTray.tempPath("signature-" + ticketId + "-" + Date.now() + ".png")
        if (!pad.saveTo(path)) {
            toast.show(qsTr("The signature could not be saved."), true)
            return false
        }
        signatureTray.clear()
        signatureTray.add("file://" + path)
        return true
    }

    objectName: "resolvePage"
    // The summary is what the technician types first: ready for the keyboard at once.
    readonly property bool shown: StackView.status === StackView.Active
    onShownChanged: if (shown) form.focusSummary()
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Resolve order")
        subtitle: page.locationText
        onBack: page.StackView.view.pop()
    }

    PhotoTray { id: photoTray }
    PhotoTray { id: signatureTray; maximum: 1 }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            spacing: Theme.spacingM

            Pane {
                Layout.fillWidth: true
                padding: Theme.spacingL
                background: Rectangle { radius: Theme.radiusL; color: Theme.surface; border.color: Theme.outline }
                ResolveForm {
                    id: form
                    anchors.fill: parent
                }
            }

            Pane {
                Layout.fillWidth: true
                padding: Theme.spacingL
                background: Rectangle { radius: Theme.radiusL; color: Theme.surface; border.color: Theme.outline }
                FormSection {
                    anchors.fill: parent
                    title: qsTr("Photos of the fix")
                    hint: qsTr("Optional, up to 6.")
                    PhotoTrayField {
                        Layout.fillWidth: true
                        tray: photoTray
                    }
                }
            }

            Pane {
                objectName: "signatureCard"
                Layout.fillWidth: true
                padding: Theme.spacingL
                background: Rectangle { radius: Theme.radiusL; color: Theme.surface; border.color: Theme.outline }
                FormSection {
                    anchors.fill: parent
                    title: qsTr("Resident's signature")
                    hint: qsTr("Optional: the resident signs on this phone's screen.")
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 96
                        visible: signatureTray.count > 0
                        radius: Theme.radiusS
                        border.color: Theme.outline
                        Repeater {
                            model: signatureTray
                            delegate: Image {
                                required property string previewUrl
                                anchors.fill: parent
                                anchors.margins: 2
                                fillMode: Image.PreserveAspectFit
                                source: previewUrl
                            }
                        }
                    }
                    RowLayout {
                        spacing: Theme.spacingS
                        Button {
                            id: signButton
                            objectName: "signButton"
                            flat: true
                            text: signatureTray.count > 0 ? qsTr("Sign again") : qsTr("Let the resident sign")
                            font.capitalization: Font.MixedCase
                            font.pixelSize: Theme.fontBody
                            onClicked: sheet.open()
                            contentItem: Row {
                                spacing: Theme.spacingS
                                Icon { icon: "draw"; size: 20; color: Theme.primary; anchors.verticalCenter: parent.verticalCenter }
                                Text {
                                    anchors.verticalCenter: parent.verticalCenter
                                    text: signButton.text
                                    font: signButton.font
                                    color: Theme.primary
                                }
                            }
                            background: Rectangle {
                                implicitHeight: 44
                                radius: height / 2
                                color: signButton.down ? Theme.primarySoft : Theme.surface
                                border.color: Theme.primary
                            }
                        }
                        Button {
                            visible: signatureTray.count > 0
                            flat: true
                            text: qsTr("Remove")
                            font.capitalization: Font.MixedCase
                            onClicked: signatureTray.clear()
                        }
                    }
                }
            }

            PrimaryButton {
                objectName: "resolveSubmit"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                text: qsTr("Resolve")
                busy: page.busy
                onClicked: page.submit()
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("The resident is then asked to confirm the fix and rate it.")
                font.pixelSize: Theme.fontCaption
                color: Theme.textTertiary
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
        }
    }

    SignatureSheet {
        id: sheet
        onSigned: pad => {
            if (page.takeSignature(pad))
                sheet.close()
        }
    }

    Toast { id: toast }
}
