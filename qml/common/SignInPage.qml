pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core

// Sign in with phone number and password. Shared by both apps; the session does the work.
// Below the form, the other ways in the feature modules add (Shell.signInActions: "Join my
// home", "Set a password with a code"): each opens its page over this one (Shell.open), and
// the page's back() closes it.
Page {
    id: page

    required property string appTitle
    required property string appSubtitle
    property string appIcon: "apartment"

    function submit() {
        Session.signIn(phoneField.text, passwordField.text)
    }

    objectName: "signInPage"
    background: Rectangle { color: Theme.background }

    Flickable {
        anchors.fill: parent
        contentHeight: content.height
        boundsBehavior: Flickable.StopAtBounds

        Item {
            id: content
            width: parent.width
            height: Math.max(page.height, hero.height + card.height + footer.height + 80)

            Rectangle {
                id: hero
                width: parent.width
                height: 320
                gradient: Gradient {
                    GradientStop { position: 0; color: Theme.primaryDark }
                    GradientStop { position: 1; color: Theme.primary }
                }

                RowLayout {
                    anchors { left: parent.left; right: parent.right; top: parent.top }
                    anchors.margins: Theme.spacingL
                    ConnectionBadge { inverse: true }
                    Item { Layout.fillWidth: true }
                    LanguageButton { inverse: true }
                }

                ColumnLayout {
                    anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                    anchors.leftMargin: Theme.pageMargin + 4
                    anchors.bottomMargin: 72
                    spacing: Theme.spacingS

                    Rectangle {
                        Layout.preferredWidth: 56
                        Layout.preferredHeight: 56
                        Layout.bottomMargin: Theme.spacingS
                        radius: 16
                        color: Theme.surface
                        Icon {
                            anchors.centerIn: parent
                            icon: page.appIcon
                            size: 32
                            color: Theme.primary
                        }
                    }
                    Text {
                        text: page.appTitle
                        font.pixelSize: Theme.fontDisplay
                        font.weight: Font.Bold
                        color: Theme.textOnBrand
                    }
                    Text {
                        Layout.fillWidth: true
                        text: page.appSubtitle
                        font.pixelSize: Theme.fontBody
                        color: Theme.textOnBrandMuted
                        wrapMode: Text.Wrap
                    }
                }
            }

            Pane {
                id: card
                anchors { left: parent.left; right: parent.right; top: hero.bottom }
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingL
                anchors.topMargin: -48
                padding: Theme.spacingXl
                Material.elevation: 3
                background: Rectangle {
                    radius: Theme.radiusL
                    color: Theme.surface
                    border.color: Theme.outline
                }

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingS

                    Text {
                        text: qsTr("Sign in")
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Font.Bold
                        color: Theme.textPrimary
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.bottomMargin: Theme.spacingM
                        text: qsTr("Use the phone number registered with your property office.")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }

                    Label {
                        text: qsTr("Phone number")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.Medium
                        color: Theme.textSecondary
                    }
                    TextField {
                        id: phoneField
                        objectName: "phoneField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("e.g. 138 0000 0000")
                        inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
                        enabled: !Session.busy
                        font.pixelSize: Theme.fontBodyLarge
                        onAccepted: passwordField.forceActiveFocus()
                        onTextEdited: Session.clearError()
                    }

                    Label {
                        Layout.topMargin: Theme.spacingS
                        text: qsTr("Password")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.Medium
                        color: Theme.textSecondary
                    }
                    TextField {
                        id: passwordField
                        objectName: "passwordField"
                        property bool revealed: false
                        Layout.fillWidth: true
                        rightPadding: revealButton.width
                        placeholderText: qsTr("Enter your password")
                        echoMode: revealed ? TextInput.Normal : TextInput.Password
                        // The CJK font's dots are full-width: pull them together while hidden.
                        passwordCharacter: "\u2022"
                        font.letterSpacing: revealed || text.length === 0 ? 0 : -font.pixelSize / 2
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        enabled: !Session.busy
                        font.pixelSize: Theme.fontBodyLarge
                        onAccepted: page.submit()
                        onTextEdited: Session.clearError()

                        ToolButton {
                            id: revealButton
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            focusPolicy: Qt.NoFocus
                            Accessible.name: passwordField.revealed ? qsTr("Hide password") : qsTr("Show password")
                            onClicked: passwordField.revealed = !passwordField.revealed
                            contentItem: Icon {
                                icon: passwordField.revealed ? "visibility_off" : "visibility"
                                size: 20
                                color: Theme.textTertiary
                            }
                        }
                    }

                    Rectangle {
                        objectName: "signInErrorBanner"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingS
                        visible: Session.errorText !== ""
                        implicitHeight: errorRow.implicitHeight + 2 * Theme.spacingM
                        radius: Theme.radiusS
                        color: Theme.dangerSoft

                        RowLayout {
                            id: errorRow
                            anchors.fill: parent
                            anchors.margins: Theme.spacingM
                            spacing: Theme.spacingS
                            Icon {
                                Layout.alignment: Qt.AlignTop
                                icon: "error_outline"
                                size: 20
                                color: Theme.danger
                            }
                            Text {
                                objectName: "signInError"
                                Layout.fillWidth: true
                                text: Session.errorText
                                font.pixelSize: Theme.fontSmall
                                color: Theme.danger
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.AlertMessage
                            }
                        }
                    }

                    PrimaryButton {
                        id: signInButton
                        objectName: "signInButton"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingM
                        enabled: !Session.busy
                        busy: Session.busy
                        text: Session.busy ? qsTr("Signing in…") : qsTr("Sign in")
                        onClicked: page.submit()
                    }
                }
            }

            ColumnLayout {
                id: footer
                anchors { left: parent.left; right: parent.right; top: card.bottom }
                anchors.margins: Theme.spacingXl
                spacing: Theme.spacingXs

                Repeater {
                    model: Shell.signInActions()
                    delegate: Button {
                        id: action
                        required property var modelData
                        objectName: "signInAction_" + modelData.id
                        Layout.fillWidth: true
                        flat: true
                        text: modelData.title
                        font.capitalization: Font.MixedCase
                        font.pixelSize: Theme.fontBody
                        Material.foreground: Theme.primary
                        enabled: !Session.busy
                        onClicked: overlay.open(modelData.page, {})
                        icon.width: 0
                        contentItem: RowLayout {
                            spacing: Theme.spacingS
                            Item { Layout.fillWidth: true }
                            Icon { icon: action.modelData.icon; size: 20; color: Theme.primary }
                            Text {
                                text: action.text
                                font: action.font
                                color: Theme.primary
                            }
                            Item { Layout.fillWidth: true }
                        }
                    }
                }

                Text {
                    Layout.fillWidth: true
                    text: qsTr("Forgot your password? Please contact your property service centre.")
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "serverLabel"
                    Layout.fillWidth: true
                    text: qsTr("Server: %1").arg(Session.serverDisplay)
                    visible: Session.serverDisplay !== ""
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textTertiary
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }
    }

    // The pages of the sign-in actions, over the form (empty: the form shows).
    StackView {
        id: overlay
        objectName: "signInOverlay"
        function open(url, properties) {
            const item = overlay.depth === 0 ? overlay.push(url, properties || {}, StackView.Immediate)
                                             : overlay.push(url, properties || {})
            if (item && item.back)
                item.back.connect(() => overlay.depth > 1 ? overlay.pop() : overlay.clear())
            return item
        }
        anchors.fill: parent
        visible: depth > 0
        Keys.onBackPressed: event => { event.accepted = depth > 0; if (depth > 1) pop(); else clear() }
        Connections {
            target: Shell
            // Pages the action pages open (a scanner) stack here too while nobody is signed in.
            function onOpenRequested(url, properties, replace) {
                if (!Session.signedIn)
                    overlay.open(url, properties)
            }
        }
    }
}
