pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Onboarding

// "Change password": the current one and a new one. Every other device signed in to the
// account is signed out; this one stays.
Page {
    id: page

    readonly property alias form: form

    signal back()

    function submit() {
        form.submit(currentField.text, passwordField.text, repeatField.text)
    }

    objectName: "changePasswordPage"
    background: Rectangle { color: Theme.background }

    ChangePasswordForm { id: form }

    header: TopBar {
        title: qsTr("Change password")
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

            InfoBanner {
                objectName: "passwordChanged"
                Layout.fillWidth: true
                visible: form.done
                tone: "success"
                icon: "check_circle"
                title: qsTr("Password changed")
                text: qsTr("Your other devices were signed out: sign in there with the new password.")
            }
            Text {
                Layout.fillWidth: true
                visible: !form.done
                text: qsTr("Changing your password signs out every other device that uses your account.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            FormSection {
                Layout.fillWidth: true
                visible: !form.done
                title: qsTr("Current password")
                error: form.fieldErrors.current || ""
                PasswordField {
                    id: currentField
                    objectName: "currentPasswordField"
                    Layout.fillWidth: true
                    hasError: !!form.fieldErrors.current
                    onTextEdited: form.clearErrors()
                }
            }
            FormSection {
                Layout.fillWidth: true
                visible: !form.done
                title: qsTr("New password")
                hint: qsTr("At least 8 characters, not your phone number, not a common word")
                error: form.fieldErrors.password || ""
                PasswordField {
                    id: passwordField
                    objectName: "newPasswordField"
                    Layout.fillWidth: true
                    hasError: !!form.fieldErrors.password
                    onTextEdited: form.clearErrors()
                }
            }
            FormSection {
                Layout.fillWidth: true
                visible: !form.done
                title: qsTr("New password again")
                error: form.fieldErrors.repeat || ""
                PasswordField {
                    id: repeatField
                    objectName: "repeatPasswordField"
                    Layout.fillWidth: true
                    hasError: !!form.fieldErrors.repeat
                    onTextEdited: form.clearErrors()
                    onAccepted: page.submit()
                }
            }
            InfoBanner {
                Layout.fillWidth: true
                visible: form.errorText !== ""
                tone: "danger"
                icon: "error_outline"
                text: form.errorText
            }
            PrimaryButton {
                objectName: "changePasswordSubmit"
                Layout.fillWidth: true
                enabled: !form.busy
                busy: form.busy
                text: form.done ? qsTr("Done") : qsTr("Change password")
                onClicked: form.done ? page.back() : page.submit()
            }
        }
    }
}
