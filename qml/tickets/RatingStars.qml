pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// One to five stars. Read-only shows value; editable lets the person tap a star (value changes,
// edited() follows). value 0 = not rated yet.
//   value:    0..5
//   readOnly: true = display only
//   size:     star size in px (default 20; use ~36 for tapping)
//   label:    what is rated, for screen readers ("Overall")
RowLayout {
    id: stars

    property int value: 0
    property bool readOnly: true
    property int size: 20
    property string label

    signal edited(int value)

    spacing: readOnly ? 0 : Theme.spacingXs
    Accessible.role: readOnly ? Accessible.StaticText : Accessible.Slider
    Accessible.name: qsTr("%1: %2 of 5").arg(label).arg(value)

    Repeater {
        model: 5

        Item {
            id: star

            required property int index

            Layout.preferredWidth: stars.size + (stars.readOnly ? 0 : 8)
            Layout.preferredHeight: stars.size + (stars.readOnly ? 0 : 8)

            Icon {
                anchors.centerIn: parent
                icon: star.index < stars.value ? "star" : "star_border"
                size: stars.size
                color: star.index < stars.value ? "#F59E0B" : Theme.textTertiary
            }
            MouseArea {
                anchors.fill: parent
                enabled: !stars.readOnly
                objectName: "star" + (star.index + 1)
                onClicked: {
                    stars.value = star.index + 1
                    stars.edited(stars.value)
                }
            }
        }
    }
}
