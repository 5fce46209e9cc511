pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate

// One join code, clean enough to show across the desk or print: the code in big letters, its
// QR (courtyard:join:<CODE>), the unit, who it is for and until when; revoke while it is open.
// A code issued offline shows once the server has drawn it.
Page {
    id: page

    property string estateId
    property string codeId
    property string unitLabel

    objectName: "joinCodePage"
    background: Rectangle { color: Theme.surface }

    header: TopBar {
        title: qsTr("Join code")
        subtitle: page.unitLabel
        onBack: page.StackView.view.pop()
    }

    EstateList {
        id: one
        store: Workspace.store
        kind: "joinCode"
        recordId: page.codeId
    }

    Repeater {
        model: one
        delegate: ColumnLayout {
            id: card
            required property var model
            readonly property string code: model.record.code || ""
            x: Theme.spacingXl
            y: Theme.spacingXl
            width: page.width - 2 * Theme.spacingXl
            spacing: Theme.spacingL

            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: page.unitLabel
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.textPrimary
            }
            Text {
                objectName: "joinCodeText"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: card.model.title
                font.pixelSize: card.code !== "" ? 40 : Theme.fontBody
                font.weight: Font.Bold
                font.letterSpacing: card.code !== "" ? 4 : 0
                font.family: card.code !== "" ? "monospace" : font.family
                color: card.model.active ? Theme.textPrimary : Theme.textTertiary
            }
            Image {
                objectName: "joinCodeQr"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 220
                Layout.preferredHeight: 220
                visible: source.toString() !== ""
                source: card.code !== "" && card.model.active ? Estate.joinQrSource(card.code) : ""
                sourceSize: Qt.size(440, 440)
                smooth: false
                fillMode: Image.PreserveAspectFit
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: card.model.detail
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: card.model.active
                horizontalAlignment: Text.AlignHCenter
                text: card.code !== ""
                      ? qsTr("In the Courtyard app: Join a home, then scan this code or type it. It works once.")
                      : qsTr("The code is drawn by the server: it shows here as soon as this phone is online.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "revokeJoinCode"
                Layout.alignment: Qt.AlignHCenter
                visible: card.model.active && card.code !== ""
                flat: true
                text: qsTr("Revoke this code")
                font.capitalization: Font.MixedCase
                palette.buttonText: Theme.danger
                onClicked: {
                    const desk = Estate.desk
                    if (!desk || desk.revokeJoinCode(card.model.id) === "")
                        toast.show(desk ? desk.lastError : "", true)
                }
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: one.count === 0
        busy: one.loading
        icon: "key"
        title: one.loading ? "" : qsTr("This code is not on this phone")
    }

    Toast { id: toast }
}
