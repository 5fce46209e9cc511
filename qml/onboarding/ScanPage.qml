pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Courtyard.Ui
import Courtyard.Onboarding

// The camera, reading a join code's QR code: the first one read goes to the form, which
// checks it, and the page closes. Opened only where there is a camera (JoinPage asks).
Page {
    id: page

    required property JoinForm form

    signal back()

    objectName: "scanPage"
    background: Rectangle { color: "black" }
    header: TopBar {
        title: qsTr("Scan the QR code")
        onBack: page.back()
    }

    CaptureSession {
        camera: Camera { active: true }
        videoOutput: output
    }
    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectCrop
    }
    QrScanner {
        videoSink: output.videoSink
        onFound: text => {
            page.form.acceptScanned(text)
            page.back()
        }
    }
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width, parent.height) * 0.7
        height: width
        color: "transparent"
        border.color: "white"
        border.width: 3
        radius: Theme.radiusM
    }
    Text {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.spacingXl }
        text: qsTr("Hold the QR code inside the frame.")
        color: "white"
        font.pixelSize: Theme.fontBody
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
