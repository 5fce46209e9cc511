pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui

// A join code to show or hand on: its letters big, its QR code (image://qr), for whom and until
// when. Until the server has made it (offline), it says so instead.
//   code: HomesDesk.joinCode(id)
Rectangle {
    id: card

    property var code: ({})
    // Never undefined, so no binding below throws while the code is being read.
    readonly property var c: code || ({})

    objectName: "joinCodeCard"
    implicitHeight: column.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radiusL
    color: Theme.surface
    border.color: Theme.outline

    ColumnLayout {
        id: column
        x: Theme.spacingL
        y: Theme.spacingL
        width: parent.width - 2 * Theme.spacingL
        spacing: Theme.spacingS

        Text {
            Layout.fillWidth: true
            text: qsTr("Join code for a %1").arg(card.c.relationLabel || "")
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: Theme.textPrimary
            horizontalAlignment: Text.AlignHCenter
        }
        Image {
            objectName: "joinCodeQr"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 220
            Layout.preferredHeight: 220
            visible: !card.c.waiting
            source: card.c.qrSource || ""
            sourceSize: Qt.size(440, 440)
            smooth: false
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: !!card.c.waiting
            running: visible
        }
        Text {
            objectName: "joinCodeText"
            Layout.fillWidth: true
            text: card.c.waiting ? qsTr("Waiting for the server…") : (card.c.codeDisplay || "")
            font.pixelSize: card.c.waiting ? Theme.fontBody : Theme.fontDisplay + 8
            font.weight: Font.Bold
            font.letterSpacing: card.c.waiting ? 0 : 3
            color: card.c.waiting ? Theme.textSecondary : Theme.primaryDark
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            Layout.fillWidth: true
            text: card.c.waiting
                  ? (Workspace.sync && Workspace.sync.offline
                     ? qsTr("Saved on this phone. The code appears when you are back online.")
                     : qsTr("The code appears in a moment."))
                  : qsTr("Single use, valid until %1. They enter it under “Join my home”, or scan it.").arg(card.c.expiresText || "")
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
}
