pragma ComponentBehavior: Bound

import QtQuick

// An outlined box behind a TextField or TextArea (background: FieldFrame { field: … }):
// grey at rest, brand colour with focus, red with an error. FormTextField and FormTextArea
// use it with matching paddings.
//   field:    the TextField / TextArea it frames
//   hasError: red outline
Rectangle {
    id: frame

    required property Item field
    property bool hasError: false

    implicitWidth: 200
    implicitHeight: Theme.controlHeight
    radius: Theme.radiusS
    color: Theme.surface
    border.width: field.activeFocus || hasError ? 2 : 1
    border.color: hasError ? Theme.danger : field.activeFocus ? Theme.primary : Theme.outline
}
