pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// Check in on site: asks for one GPS fix and checks in by itself as soon as a fix of adequate
// accuracy arrives (no second tap); the check-in never waits for it — without a fix (no signal
// in a pump room, no permission) one tap records that there was none.
StaffDialog {
    id: dialog

    // How long to look for a fix before giving up.
    property int timeoutMs: 20000
    // A fix at least this good checks in at once (metres).
    property real adequateAccuracyM: 50
    readonly property bool searching: gps.busy
    readonly property bool hasFix: asked && !gps.busy && gps.hasFix
    property bool asked: false
    readonly property string problem: {
        switch (gps.outcome) {
        case PositionService.NoPermission: return qsTr("The app may not use the position.")
        case PositionService.Timeout: return qsTr("No GPS signal here.")
        case PositionService.NoSource: return qsTr("This device has no position source.")
        case PositionService.Failed: return qsTr("The position is not available.")
        default: return ""
        }
    }

    // fix: {latitude, longitude, accuracyM} or null.
    signal checkIn(var fix)

    function locate() {
        asked = true
        gps.requestFix(timeoutMs)
    }

    objectName: "checkInDialog"
    title: qsTr("Check in on site")
    acceptText: hasFix ? qsTr("Check in") : qsTr("Check in without GPS")
    onAboutToShow: locate()
    onAccepted: {
        const accuracy = gps.horizontalAccuracy
        checkIn(hasFix ? { latitude: gps.latitude, longitude: gps.longitude,
                           accuracyM: isNaN(accuracy) ? null : accuracy } : null)
    }

    // The core's one-shot fix (Qt Positioning underneath; tests inject a recorded source).
    PositionService {
        id: gps
        onFinished: {
            if (dialog.visible && dialog.hasFix && !isNaN(gps.horizontalAccuracy)
                    && gps.horizontalAccuracy <= dialog.adequateAccuracyM)
                dialog.accept()
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingM

        Text {
            Layout.fillWidth: true
            text: qsTr("The time of your arrival is recorded now, with your position if the phone finds one.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            BusyIndicator {
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
                visible: dialog.searching
                running: dialog.searching
            }
            Icon {
                visible: !dialog.searching
                icon: dialog.hasFix ? "my_location" : "location_off"
                color: dialog.hasFix ? Theme.online : Theme.warning
            }
            Text {
                objectName: "checkInFixText"
                Layout.fillWidth: true
                text: dialog.searching ? qsTr("Finding your position…")
                    : dialog.hasFix ? (isNaN(gps.horizontalAccuracy) ? qsTr("GPS fix found (accuracy unknown)")
                                                                     : qsTr("GPS fix found, accurate to ±%1 m").arg(Math.round(gps.horizontalAccuracy)))
                    : qsTr("No GPS fix: the check-in will record that there was none.")
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }
        }
        Text {
            Layout.fillWidth: true
            visible: !dialog.searching && !dialog.hasFix && dialog.problem !== ""
            text: dialog.problem
            font.pixelSize: Theme.fontCaption
            color: Theme.textTertiary
            wrapMode: Text.Wrap
        }
        Button {
            visible: !dialog.searching && !dialog.hasFix && gps.outcome !== PositionService.NoSource
            flat: true
            text: qsTr("Try again")
            font.capitalization: Font.MixedCase
            onClicked: dialog.locate()
        }
    }
}
