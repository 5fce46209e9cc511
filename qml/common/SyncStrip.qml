pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui

// A thin line under a list's header while the phone is offline or still holds changes to
// send (or changes the server refused): the sync state at a glance on every work screen.
Rectangle {
    id: strip

    readonly property SyncEngine engine: Workspace.sync
    readonly property bool offline: engine !== null && engine.offline
    readonly property int pending: engine !== null ? engine.pendingCount : 0
    readonly property int refused: engine !== null ? engine.needsAttentionCount : 0

    objectName: "syncStrip"
    visible: offline || pending > 0 || refused > 0
    implicitHeight: visible ? row.implicitHeight + Theme.spacingS * 2 : 0
    color: refused > 0 ? Theme.dangerSoft : offline ? "#FEF3C7" : Theme.primarySoft

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingS
        Icon {
            icon: strip.refused > 0 ? "error_outline" : strip.offline ? "cloud_off" : "cloud_upload"
            size: 18
            color: strip.refused > 0 ? Theme.danger : strip.offline ? Theme.warning : Theme.primary
        }
        Text {
            objectName: "syncStripText"
            Layout.fillWidth: true
            text: {
                const parts = []
                if (strip.offline)
                    parts.push(qsTr("Offline"))
                if (strip.pending > 0)
                    parts.push(qsTr("%n change(s) waiting to send", "", strip.pending))
                if (strip.refused > 0)
                    parts.push(qsTr("%n refused", "", strip.refused))
                if (parts.length === 1 && strip.offline)
                    parts.push(qsTr("your work is kept on this phone"))
                return parts.join(" · ")
            }
            font.pixelSize: Theme.fontCaption
            font.weight: Font.Medium
            color: strip.refused > 0 ? Theme.danger : Theme.textPrimary
            elide: Text.ElideRight
        }
    }
}
