pragma Singleton
pragma ComponentBehavior: Bound

import QtQuick

// Colours, spacing and type sizes shared by both apps.
QtObject {
    // Brand: a calm teal, like a courtyard garden.
    readonly property color primary: "#0F766E"
    readonly property color primaryDark: "#0B5A54"
    readonly property color primarySoft: "#E3F2EF"
    readonly property color textOnBrand: "#FFFFFF"
    readonly property color textOnBrandMuted: "#CFE8E4"

    readonly property color background: "#F2F5F4"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceMuted: "#F6F8F7"
    readonly property color outline: "#E0E6E4"

    readonly property color textPrimary: "#16201E"
    readonly property color textSecondary: "#58645F"
    readonly property color textTertiary: "#8C9693"

    readonly property color online: "#16A34A"
    readonly property color neutral: "#64748B"
    readonly property color danger: "#C62828"
    readonly property color dangerSoft: "#FDECEC"
    readonly property color warning: "#D97706"

    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int spacingXxl: 32
    readonly property int pageMargin: 20

    readonly property int radiusS: 8
    readonly property int radiusM: 12
    readonly property int radiusL: 20

    readonly property int fontCaption: 12
    readonly property int fontSmall: 13
    readonly property int fontBody: 15
    readonly property int fontBodyLarge: 16
    readonly property int fontTitle: 18
    readonly property int fontHeadline: 22
    readonly property int fontDisplay: 28

    readonly property int controlHeight: 48

    readonly property FontLoader iconFontLoader: FontLoader {
        source: "qrc:/courtyard/icons/MaterialIcons-Regular.ttf"
    }
    readonly property string iconFont: iconFontLoader.name
}
