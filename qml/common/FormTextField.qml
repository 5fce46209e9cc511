pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// A one-line text field in an outlined box (FieldFrame), for forms.
//   hasError: red outline (the FormSection around it shows the message)
TextField {
    id: field

    property bool hasError: false

    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    topPadding: Theme.spacingM
    bottomPadding: Theme.spacingM
    font.pixelSize: Theme.fontBody
    background: FieldFrame { field: field; hasError: field.hasError }
}
