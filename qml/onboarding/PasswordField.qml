pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Courtyard.Ui

// A password in an outlined box, with a button to show what was typed.
FormTextField {
    id: field

    property bool revealed: false

    rightPadding: reveal.width
    echoMode: revealed ? TextInput.Normal : TextInput.Password
    // The CJK font's dots are full-width: pull them together while hidden.
    passwordCharacter: "\u2022"
    font.letterSpacing: revealed || text.length === 0 ? 0 : -font.pixelSize / 2
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText

    ToolButton {
        id: reveal
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        focusPolicy: Qt.NoFocus
        Accessible.name: field.revealed ? qsTr("Hide password") : qsTr("Show password")
        onClicked: field.revealed = !field.revealed
        contentItem: Icon {
            icon: field.revealed ? "visibility_off" : "visibility"
            size: 20
            color: Theme.textTertiary
        }
    }
}
