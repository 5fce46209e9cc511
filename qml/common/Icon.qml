pragma ComponentBehavior: Bound

import QtQuick
import Courtyard.Core

// A Material icon by name, tinted with color: the icon font's character for it (Icons.glyph;
// an unknown name still draws through the font's ligature).
Text {
    required property string icon
    property int size: 24

    text: Icons.glyph(icon)
    font.family: Theme.iconFont
    font.pixelSize: size
    textFormat: Text.PlainText
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true
}
