pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Onboarding

// "Add another home with a code", for a resident signed in already: the code, what it is for,
// then the home joins their account (its repairs arrive with the next sync).
Page {
    id: page

    readonly property alias form: form

    signal back()

    objectName: "addHomePage"
    background: Rectangle { color: Theme.background }

    JoinForm {
        id: form
        onHomeAdded: page.back()
    }

    header: TopBar {
        title: qsTr("Add another home")
        onBack: form.stage === JoinForm.Details ? form.back() : page.back()
    }

    ColumnLayout {
        x: Theme.spacingL
        y: Theme.spacingL
        width: parent.width - 2 * Theme.spacingL
        spacing: Theme.spacingM

        FormSection {
            Layout.fillWidth: true
            visible: form.stage === JoinForm.EnterCode
            title: qsTr("Join code")
            hint: qsTr("From your property office or the owner of that home")
            error: form.fieldErrors.code || ""
            CodeField { Layout.fillWidth: true; form: form }
        }
        JoinTargetCard {
            Layout.fillWidth: true
            visible: form.stage !== JoinForm.EnterCode
            form: form
        }
        InfoBanner {
            Layout.fillWidth: true
            visible: form.errorText !== ""
            tone: "danger"
            icon: "error_outline"
            text: form.errorText
        }
        PrimaryButton {
            objectName: "addHomeSubmit"
            Layout.fillWidth: true
            enabled: !form.busy
            busy: form.busy
            text: form.stage === JoinForm.EnterCode ? qsTr("Continue") : qsTr("Add this home")
            onClicked: form.stage === JoinForm.EnterCode ? form.check() : form.addHome()
        }
    }
}
