pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtPositioning
import Courtyard.Ui

// Check in on site: asks for one GPS fix and shows its accuracy; the check-in never waits for
// it — without a fix (no signal in a pump room, no permission) it records that there was none.
StaffDialog {
    id: dialog

    // How long to look for a fix before giving up.
    property int timeoutMs: 20000
    property bool searching: false
    property bool hasFix: false
    property real latitude: NaN
    property real longitude: NaN
    property real accuracyM: NaN
    property string problem

    // fix: {latitude, longitude, accuracyM} or null.
    signal checkIn(var fix)

    function locate() {
        hasFix = false
        problem = ""
        if (!source.valid) {
            searching = false
            problem = qsTr("This device has no position source.")
            return
        }
        searching = true
        source.update(timeoutMs)
    }

    objectName: "checkInDialog"
    title: qsTr("Check in on site")
    acceptText: hasFix ? qsTr("Check in") : qsTr("Check in without GPS")
    onAboutToShow: locate()
    onClosed: searching = false
    onAccepted: checkIn(hasFix ? { latitude: latitude, longitude: longitude,
                                    accuracyM: isNaN(accuracyM) ? null : accuracyM } : null)

    PositionSource {
        id: source
        active: false
        preferredPositioningMethods: PositionSource.SatellitePositioningMethods
        onPositionChanged: {
            if (!dialog.searching)
                return
            const c = position.coordinate
            if (!c.isValid)
                return
            dialog.latitude = c.latitude
            dialog.longitude = c.longitude
            dialog.accuracyM = position.horizontalAccuracyValid ? position.horizontalAccuracy : NaN
            dialog.hasFix = true
            dialog.searching = false
        }
        onSourceErrorChanged: {
            if (sourceError === PositionSource.NoError || !dialog.searching)
                return
            dialog.searching = false
            dialog.problem = sourceError === PositionSource.AccessError
                    ? qsTr("The app may not use the position.")
                    : sourceError === PositionSource.UpdateTimeoutError
                      ? qsTr("No GPS signal here.") : qsTr("The position is not available.")
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
                    : dialog.hasFix ? (isNaN(dialog.accuracyM) ? qsTr("GPS fix found (accuracy unknown)")
                                                               : qsTr("GPS fix found, accurate to ±%1 m").arg(Math.round(dialog.accuracyM)))
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
            visible: !dialog.searching && !dialog.hasFix && source.valid
            flat: true
            text: qsTr("Try again")
            font.capitalization: Font.MixedCase
            onClicked: dialog.locate()
        }
    }
}
