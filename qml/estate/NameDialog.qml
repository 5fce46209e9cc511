pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui

// Asks for one short text (a building's name, a parking space's number).
StaffDialog {
    id: dialog

    property alias label: field.placeholderText
    property alias text: field.text
    signal entered(string text)

    acceptEnabled: field.text.trim() !== ""
    onOpened: field.forceActiveFocus()
    onAccepted: dialog.entered(field.text.trim())

    contentItem: ColumnLayout {
        TextField {
            id: field
            objectName: "nameField"
            Layout.fillWidth: true
            font.pixelSize: Theme.fontBody
            background: FieldFrame { field: field }
        }
    }
}
