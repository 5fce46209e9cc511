pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Courtyard.Ui

// A short message at the bottom of the screen ("Saved on this phone · waiting to send"),
// red for a failure. show() replaces whatever is shown.
Popup {
    id: toast

    property string text
    property bool failure: false

    function show(message, isFailure) {
        text = message
        failure = isFailure === true
        timer.restart()
        open()
    }

    objectName: "toast"
    parent: Overlay.overlay
    x: Theme.spacingL
    // At the top, under the page's bar: the bottom is where the next action is (a toast there
    // would take the tap meant for it).
    y: 56 + Theme.spacingS
    width: parent ? parent.width - 2 * Theme.spacingL : 300
    padding: Theme.spacingM
    closePolicy: Popup.CloseOnPressOutside
    modal: false
    background: Rectangle {
        radius: Theme.radiusS
        color: toast.failure ? Theme.danger : "#263331"
    }
    contentItem: Text {
        text: toast.text
        font.pixelSize: Theme.fontSmall
        color: Theme.textOnBrand
        wrapMode: Text.Wrap
    }

    Timer {
        id: timer
        interval: 3500
        onTriggered: toast.close()
    }
}
