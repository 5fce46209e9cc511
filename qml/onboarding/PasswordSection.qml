pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui

// The Me page's password row: opens "Change password".
Button {
    objectName: "changePasswordButton"
    flat: true
    text: qsTr("Change password")
    font.capitalization: Font.MixedCase
    Material.foreground: Theme.primary
    onClicked: Shell.open("qrc:/qt/qml/Courtyard/Onboarding/ChangePasswordPage.qml", {})
}
