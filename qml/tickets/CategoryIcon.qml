pragma ComponentBehavior: Bound

import QtQuick
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The round badge of an order: its icon and tint come from C++ (Labels.badgeIcon/badgeColor,
// or the model's badgeIcon/badgeColor roles).
//   size:  the disc's diameter (the glyph is about half of it)
//   muted: grey, for closed or cancelled orders
Rectangle {
    id: badge

    required property string icon
    required property color tint
    property int size: 40
    property bool muted: false

    readonly property color shown: muted ? "#64748B" : tint

    implicitWidth: size
    implicitHeight: size
    radius: size / 2
    color: Qt.rgba(shown.r, shown.g, shown.b, 0.12)
    Accessible.ignored: true

    Icon {
        anchors.centerIn: parent
        icon: badge.icon
        size: Math.round(badge.size * 0.55)
        color: badge.shown
    }
}
