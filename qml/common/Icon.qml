pragma ComponentBehavior: Bound

import QtQuick

// A Material icon by name (the icon font draws it through a ligature), tinted with color.
Text {
    required property string icon
    property int size: 24

    text: icon
    font.family: Theme.iconFont
    font.pixelSize: size
    textFormat: Text.PlainText
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true
}
