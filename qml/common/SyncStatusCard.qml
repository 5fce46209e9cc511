pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core

// Where this phone's data stands: offline or up to date, changes still to send, changes the
// server refused, and a button to sync now. Reads the signed-in account's sync engine.
Pane {
    id: card

    readonly property SyncEngine engine: Workspace.sync
    readonly property bool offline: engine !== null && engine.offline
    readonly property bool syncing: engine !== null && engine.syncing
    readonly property int pending: engine !== null ? engine.pendingCount : 0
    readonly property int refused: engine !== null ? engine.needsAttentionCount : 0
    readonly property var lastSync: engine !== null ? engine.lastSyncAt : undefined

    objectName: "syncStatusCard"
    visible: Workspace.ready
    padding: Theme.spacingL
    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.color: card.refused > 0 ? Theme.danger : Theme.outline
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Icon {
                icon: card.offline ? "cloud_off" : (card.syncing ? "sync" : "cloud_done")
                size: 22
                color: card.offline ? Theme.warning : Theme.primary
            }
            Text {
                objectName: "syncStateText"
                Layout.fillWidth: true
                text: card.offline ? qsTr("Offline: changes are kept on this phone")
                                   : card.syncing ? qsTr("Syncing…")
                                   : (card.lastSync && !isNaN(card.lastSync.getTime()))
                                     ? qsTr("Up to date · synced at %1").arg(
                                           Format.time(card.lastSync))
                                     : qsTr("Not synced yet")
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }
            ToolButton {
                objectName: "syncNowButton"
                enabled: !card.syncing
                text: qsTr("Sync now")
                font.capitalization: Font.MixedCase
                Material.foreground: Theme.primary
                onClicked: Workspace.syncNow()
            }
        }
        Text {
            objectName: "syncPendingText"
            Layout.fillWidth: true
            visible: card.pending > 0
            text: qsTr("%n change(s) waiting to be sent", "", card.pending)
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "syncRefusedText"
            Layout.fillWidth: true
            visible: card.refused > 0
            text: qsTr("%n change(s) were refused by the property office's server and need your attention", "",
                       card.refused)
            font.pixelSize: Theme.fontSmall
            color: Theme.danger
            wrapMode: Text.Wrap
        }
    }
}
