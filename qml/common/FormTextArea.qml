pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// A multi-line text field in an outlined box (FieldFrame), for forms; wraps words.
//   hasError: red outline (the FormSection around it shows the message)
TextArea {
    id: area

    property bool hasError: false

    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    topPadding: Theme.spacingM
    bottomPadding: Theme.spacingM
    wrapMode: TextEdit.Wrap
    font.pixelSize: Theme.fontBody
    background: FieldFrame { field: area; hasError: area.hasError }
}
