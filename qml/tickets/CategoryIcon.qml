pragma ComponentBehavior: Bound

import QtQuick
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Tickets

// The round badge of a ticket's category, tinted per category.
//   category: "plumbing" | "electrical" | "hvac" | "lift" | "public_area" | "other"
//   kind:     "repair" (default) | "complaint" | "inquiry" — a complaint or an inquiry shows
//             its kind's icon instead of the category's
//   size:     the disc's diameter (the glyph is about half of it)
//   muted:    grey, for closed or cancelled orders
// iconFor(category, kind) is the icon name alone, for places that draw their own disc.
Rectangle {
    id: badge

    required property string category
    property string kind: "repair"
    property int size: 40
    property bool muted: false

    readonly property string iconName: iconFor(category, kind)
    readonly property color tint: muted ? "#64748B" : tintFor(category, kind)

    function iconFor(category, kind) {
        if (kind === "complaint")
            return "report_problem"
        if (kind === "inquiry")
            return "help_outline"
        return Labels.categoryIcon(category)
    }

    function tintFor(category, kind) {
        if (kind === "complaint")
            return "#BE123C"
        if (kind === "inquiry")
            return "#6D28D9"
        switch (category) {
        case "plumbing": return "#0369A1"
        case "electrical": return "#B45309"
        case "hvac": return "#0E7490"
        case "lift": return "#4338CA"
        case "public_area": return "#15803D"
        default: return "#475569"
        }
    }

    implicitWidth: size
    implicitHeight: size
    radius: size / 2
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.12)
    Accessible.ignored: true

    Icon {
        anchors.centerIn: parent
        icon: badge.iconName
        size: Math.round(badge.size * 0.55)
        color: badge.tint
    }
}
