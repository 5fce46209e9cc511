pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Onboarding

// "Set a password with a code": a forgotten password, or a new staff account's first one.
// The office gives (or sends) the code; the new password signs the person in.
Page {
    id: page

    readonly property alias form: form

    signal back()

    function submit() {
        form.submit(phoneField.text, codeField.text, passwordField.text, repeatField.text)
    }

    objectName: "resetPasswordPage"
    background: Rectangle { color: Theme.background }

    ResetPasswordForm { id: form }

    header: TopBar {
        title: qsTr("Set a password with a code")
        onBack: page.back()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: parent.width - 2 * Theme.spacingL
            spacing: Theme.spacingM

            Text {
                Layout.fillWidth: true
                text: qsTr("Forgot your password, or new here? Ask your property office for a one-time code, then choose your password.")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            FormSection {
                Layout.fillWidth: true
                title: qsTr("Phone number")
                error: form.fieldErrors.phone || ""
                FormTextField {
                    id: phoneField
                    objectName: "resetPhoneField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("e.g. 138 0000 0000")
                    inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
                    hasError: !!form.fieldErrors.phone
                    onTextEdited: form.clearErrors()
                }
            }
            FormSection {
                Layout.fillWidth: true
                title: qsTr("Code")
                error: form.fieldErrors.code || ""
                FormTextField {
                    id: codeField
                    objectName: "resetCodeField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("The code from your property office")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    hasError: !!form.fieldErrors.code
                    onTextEdited: form.clearErrors()
                }
            }
            FormSection {
                Layout.fillWidth: true
                title: qsTr("New password")
                hint: qsTr("At least 8 characters, not your phone number, not a common word")
                error: form.fieldErrors.password || ""
                PasswordField {
                    id: passwordField
                    objectName: "resetPasswordField"
                    Layout.fillWidth: true
                    hasError: !!form.fieldErrors.password
                    onTextEdited: form.clearErrors()
                }
            }
            FormSection {
                Layout.fillWidth: true
                title: qsTr("New password again")
                error: form.fieldErrors.repeat || ""
                PasswordField {
                    id: repeatField
                    objectName: "resetRepeatField"
                    Layout.fillWidth: true
                    hasError: !!form.fieldErrors.repeat
                    onTextEdited: form.clearErrors()
                    onAccepted: page.submit()
                }
            }
            InfoBanner {
                objectName: "resetError"
                Layout.fillWidth: true
                visible: form.errorText !== ""
                tone: "danger"
                icon: "error_outline"
                text: form.errorText
            }
            PrimaryButton {
                objectName: "resetSubmit"
                Layout.fillWidth: true
                enabled: !form.busy
                busy: form.busy
                text: qsTr("Set password and sign in")
                onClicked: page.submit()
            }
        }
    }
}
