pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Onboarding

// "Join my home": the code (typed or scanned), what it is for, then name, phone and password.
// Joining signs in: the app then opens on the home of the new account.
Page {
    id: page

    readonly property alias form: form
    property bool noCamera: false

    signal back()

    function scan() {
        if (Onboarding.cameraAvailable())
            Shell.open("qrc:/qt/qml/Courtyard/Onboarding/ScanPage.qml", { form: form })
        else
            page.noCamera = true
    }

    objectName: "joinPage"
    background: Rectangle { color: Theme.background }

    JoinForm { id: form }

    header: TopBar {
        title: qsTr("Join my home")
        onBack: form.stage === JoinForm.Details ? form.back() : page.back()
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
                visible: form.stage === JoinForm.EnterCode
                text: qsTr("Your property office or the owner of your home gives you a join code. Type it or scan its QR code.")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            FormSection {
                Layout.fillWidth: true
                visible: form.stage === JoinForm.EnterCode
                title: qsTr("Join code")
                hint: qsTr("8 letters and digits, e.g. ABCD-EFGH")
                error: form.fieldErrors.code || ""
                CodeField { Layout.fillWidth: true; form: form }
            }
            Button {
                objectName: "scanButton"
                Layout.fillWidth: true
                visible: form.stage === JoinForm.EnterCode
                flat: true
                icon.source: ""
                text: qsTr("Scan the QR code")
                font.capitalization: Font.MixedCase
                onClicked: page.scan()
            }
            InfoBanner {
                objectName: "noCameraBanner"
                Layout.fillWidth: true
                visible: page.noCamera && form.stage === JoinForm.EnterCode
                icon: "no_photography"
                text: qsTr("This device has no camera to scan with. Type the code instead: it is printed under the QR code.")
                dismissible: true
                onDismissed: page.noCamera = false
            }

            JoinTargetCard {
                Layout.fillWidth: true
                visible: form.stage !== JoinForm.EnterCode
                form: form
            }
            FormSection {
                Layout.fillWidth: true
                visible: form.stage === JoinForm.Details
                title: qsTr("Your name")
                error: form.fieldErrors.name || ""
                FormTextField {
                    id: nameField
                    objectName: "nameField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("As your neighbours and the office know you")
                    hasError: !!form.fieldErrors.name
                    onTextEdited: form.clearErrors()
                }
            }
            FormSection {
                Layout.fillWidth: true
                visible: form.stage === JoinForm.Details
                title: qsTr("Phone number")
                hint: qsTr("You sign in with it")
                error: form.fieldErrors.phone || ""
                FormTextField {
                    id: phoneField
                    objectName: "joinPhoneField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("e.g. 138 0000 0000")
                    inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
                    hasError: !!form.fieldErrors.phone
                    onTextEdited: form.clearErrors()
                }
            }
            FormSection {
                Layout.fillWidth: true
                visible: form.stage === JoinForm.Details
                title: qsTr("Password")
                hint: qsTr("At least 8 characters, not your phone number, not a common word")
                error: form.fieldErrors.password || ""
                PasswordField {
                    id: passwordField
                    objectName: "joinPasswordField"
                    Layout.fillWidth: true
                    hasError: !!form.fieldErrors.password
                    onTextEdited: form.clearErrors()
                    onAccepted: page.submit()
                }
            }

            InfoBanner {
                objectName: "joinError"
                Layout.fillWidth: true
                visible: form.errorText !== ""
                tone: "danger"
                icon: "error_outline"
                text: form.errorText
            }
            PrimaryButton {
                objectName: "joinSubmit"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                enabled: !form.busy
                busy: form.busy
                text: form.stage === JoinForm.EnterCode ? qsTr("Continue") : qsTr("Join and sign in")
                onClicked: page.submit()
            }
        }
    }

    function submit() {
        if (form.stage === JoinForm.EnterCode)
            form.check()
        else
            form.join(nameField.text, phoneField.text, passwordField.text)
    }
}
