pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts

// One block of a form: a label, an optional hint, the field(s) put inside, and the field's
// error message under them (red, only when error is not empty). Fills its layout's width.
//   title, hint, error: texts; children: the fields (give them Layout.fillWidth)
// The fields are this layout's own children, not an inner layout's: Qt 6.4 left a nested
// ColumnLayout at a stale height (overlapping the next section) until something relayouted.
ColumnLayout {
    id: section

    property string title
    property string hint
    property string error

    Layout.fillWidth: true
    spacing: Theme.spacingS

    Text {
        Layout.fillWidth: true
        visible: section.title !== ""
        text: section.title
        font.pixelSize: Theme.fontBody
        font.weight: Font.Bold
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        Layout.topMargin: -Theme.spacingXs
        visible: section.hint !== ""
        text: section.hint
        font.pixelSize: Theme.fontCaption
        color: Theme.textTertiary
        wrapMode: Text.Wrap
    }
    RowLayout {
        id: errorRow
        objectName: "fieldError"
        Layout.fillWidth: true
        visible: section.error !== ""
        spacing: Theme.spacingXs
        Icon {
            Layout.alignment: Qt.AlignTop
            icon: "error_outline"
            size: 16
            color: Theme.danger
        }
        Text {
            Layout.fillWidth: true
            text: section.error
            font.pixelSize: Theme.fontSmall
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
        }
    }

    // The message goes under the fields, which were added after it.
    Component.onCompleted: {
        errorRow.parent = null
        errorRow.parent = section
    }
}
