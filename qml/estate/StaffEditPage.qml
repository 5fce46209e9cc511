pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate

// Creates a staff account (the server texts a setup code to the phone) or edits one: name,
// phone, role and estates; deactivates or reactivates it (their sessions end at once), and
// sends a password reset code to their phone.
Page {
    id: page

    property string estateId
    property var person: null
    readonly property bool isNew: person === null
    property string role: person ? person.role : "technician"
    property var estateIds: person ? person.estateIds : [estateId]
    property bool attempted: false
    readonly property var errors: Estate.checkStaff(values())
    property alias nameText: nameField.text
    property alias phoneText: phoneField.text
    readonly property var current: person ? Estate.record("staff", person.id) : null
    readonly property bool active: current ? current.active !== false : true

    function values() {
        return { id: person ? person.id : "", name: nameField.text, phone: phoneField.text, role: role,
                 estateIds: estateIds }
    }
    function save() {
        attempted = true
        if (Object.keys(errors).length > 0)
            return
        const desk = Estate.desk
        const id = desk ? desk.saveStaff(values()) : ""
        if (id === "") {
            toast.show(desk ? desk.lastError : qsTr("Sign in again."), true)
            return
        }
        page.StackView.view.pop()
    }
    function act(what) {
        const desk = Estate.desk
        let id = ""
        if (desk && what === "deactivate")
            id = desk.deactivateStaff(person.id)
        else if (desk && what === "reactivate")
            id = desk.reactivateStaff(person.id)
        else if (desk && what === "reset")
            id = desk.issueResetCode(person.id)
        toast.show(id !== "" ? (what === "reset" ? qsTr("A reset code goes to their phone when this phone is online.")
                                                 : qsTr("Saved. It is sent when the phone is online."))
                             : (desk ? desk.lastError : ""), id === "")
    }

    objectName: "staffEditPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: page.isNew ? qsTr("New staff account") : page.person.name
        subtitle: page.isNew ? "" : (page.active ? Estate.roleTitle(page.person.role) : qsTr("Deactivated"))
        onBack: page.StackView.view.pop()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            spacing: Theme.spacingL

            InfoBanner {
                Layout.fillWidth: true
                visible: page.isNew
                icon: "sms"
                text: qsTr("The account has no password yet: the server texts a setup code to this phone, and the person sets their password with it.")
            }
            FormSection {
                title: qsTr("Name")
                error: page.attempted ? (page.errors.name ?? "") : ""
                TextField {
                    id: nameField
                    objectName: "staffNameField"
                    Layout.fillWidth: true
                    text: page.person ? page.person.name : ""
                    font.pixelSize: Theme.fontBody
                    background: FieldFrame { field: nameField; hasError: page.attempted && page.errors.name !== undefined }
                }
            }
            FormSection {
                title: qsTr("Mobile phone")
                hint: page.isNew ? "" : qsTr("Now %1. Leave empty to keep it.").arg(page.person.phoneMasked || "")
                error: page.attempted ? (page.errors.phone ?? "") : ""
                TextField {
                    id: phoneField
                    objectName: "staffPhoneField"
                    Layout.fillWidth: true
                    text: page.person && page.person.phone ? page.person.phone : ""
                    placeholderText: qsTr("e.g. 139 0000 0000")
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    font.pixelSize: Theme.fontBody
                    background: FieldFrame { field: phoneField; hasError: page.attempted && page.errors.phone !== undefined }
                }
            }
            FormSection {
                title: qsTr("Role")
                SegmentedButtons {
                    objectName: "staffRoleButtons"
                    Layout.fillWidth: true
                    options: Estate.choices("role").map(c => ({ value: c.id, text: c.title }))
                    value: page.role
                    onActivated: value => page.role = value
                }
            }
            FormSection {
                title: qsTr("Estates")
                error: page.attempted ? (page.errors.estateIds ?? "") : ""
                Repeater {
                    model: Estate.estates()
                    delegate: CheckDelegate {
                        required property var modelData
                        Layout.fillWidth: true
                        text: modelData.title
                        checked: page.estateIds.indexOf(modelData.id) >= 0
                        onToggled: {
                            const ids = page.estateIds.filter(e => e !== modelData.id)
                            if (checked)
                                ids.push(modelData.id)
                            page.estateIds = ids
                        }
                    }
                }
            }
            PrimaryButton {
                objectName: "saveStaff"
                Layout.fillWidth: true
                text: page.isNew ? qsTr("Create account") : qsTr("Save")
                onClicked: page.save()
            }
            Button {
                objectName: "sendResetCode"
                Layout.fillWidth: true
                visible: !page.isNew && page.active
                flat: true
                text: qsTr("Send a password reset code")
                font.capitalization: Font.MixedCase
                onClicked: confirm.ask("reset")
            }
            Button {
                objectName: page.active ? "deactivateStaff" : "reactivateStaff"
                Layout.fillWidth: true
                visible: !page.isNew && page.person.id !== Workspace.viewer.userId
                flat: true
                text: page.active ? qsTr("Deactivate account") : qsTr("Reactivate account")
                font.capitalization: Font.MixedCase
                palette.buttonText: page.active ? Theme.danger : Theme.primary
                onClicked: confirm.ask(page.active ? "deactivate" : "reactivate")
            }
        }
    }

    StaffDialog {
        id: confirm
        property string what
        function ask(w) {
            what = w
            title = w === "deactivate" ? qsTr("Deactivate %1?").arg(page.person.name)
                  : w === "reactivate" ? qsTr("Reactivate %1?").arg(page.person.name)
                  : qsTr("Send a reset code?")
            open()
        }
        acceptText: what === "deactivate" ? qsTr("Deactivate") : what === "reactivate" ? qsTr("Reactivate") : qsTr("Send")
        onAccepted: page.act(what)
        contentItem: Text {
            text: confirm.what === "deactivate"
                  ? qsTr("They are signed out on every device at once and can no longer sign in. Their orders stay; reassign open ones.")
                  : confirm.what === "reactivate"
                    ? qsTr("They can sign in again with their password.")
                    : qsTr("A one-time code is texted to their phone; with it they choose a new password, and their other sessions end.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
    }

    Toast { id: toast }
}
