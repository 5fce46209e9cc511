pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Courtyard.Ui
import Courtyard.Onboarding

// The join code as the person types it: any case, spaces and hyphens ignored, shown grouped
// ABCD-EFGH (the form keeps the code; this field only shows form.codeDisplay).
//   form: the JoinForm whose code it edits
FormTextField {
    id: field

    required property JoinForm form

    objectName: "codeField"
    placeholderText: "ABCD-EFGH"
    font.pixelSize: Theme.fontHeadline
    font.letterSpacing: 2
    font.weight: Font.DemiBold
    horizontalAlignment: Text.AlignHCenter
    inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    hasError: !!field.form.fieldErrors.code
    enabled: !field.form.busy
    Accessible.name: qsTr("Join code")
    Component.onCompleted: text = form.codeDisplay
    onTextEdited: {
        field.form.code = text
        if (text !== field.form.codeDisplay) {
            text = field.form.codeDisplay
            cursorPosition = text.length
        }
    }
    onAccepted: field.form.check()

    Connections {
        target: field.form
        function onCodeChanged() {
            if (field.text !== field.form.codeDisplay)
                field.text = field.form.codeDisplay
        }
    }
}
