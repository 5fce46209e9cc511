pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Core
import Courtyard.Tickets

// The buttons of an order's detail: what the viewer may do now, as one main button and a row of
// smaller ones — which, in which order and in which words is the C++ action policy's
// (TicketPolicy); this file only draws it. Tests feed it a policy and read what it shows.
ColumnLayout {
    id: bar

    // TicketDetail.actionPolicy (or Tickets.actionPolicy(actions, role)): {primary: {name, text,
    // icon} or null, secondary: [{name, text, icon, danger}], canAssign, canPool}.
    property var policy: ({})
    readonly property var primary: policy.primary ?? null
    readonly property string primaryAction: primary ? primary.name : ""
    readonly property var secondary: policy.secondary ?? []
    readonly property var secondaryActions: secondary.map(a => a.name)
    readonly property bool canAssign: !!policy.canAssign
    readonly property bool canPool: !!policy.canPool
    property bool busy: false

    signal triggered(string action)

    objectName: "orderActionBar"
    spacing: Theme.spacingS
    visible: primaryAction !== "" || secondaryActions.length > 0

    PrimaryButton {
        objectName: "action_" + bar.primaryAction
        Layout.fillWidth: true
        visible: bar.primaryAction !== ""
        enabled: !bar.busy
        text: bar.primary ? bar.primary.text : ""
        onClicked: bar.triggered(bar.primaryAction)
    }

    Flow {
        Layout.fillWidth: true
        visible: bar.secondaryActions.length > 0
        spacing: Theme.spacingS

        Repeater {
            model: bar.secondary
            delegate: Button {
                id: chip
                required property var modelData
                objectName: "action_" + modelData.name
                enabled: !bar.busy
                flat: true
                text: modelData.text
                font.pixelSize: Theme.fontSmall
                font.capitalization: Font.MixedCase
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
                implicitHeight: 40
                Material.foreground: modelData.danger ? Theme.danger : Theme.primary
                contentItem: RowLayout {
                    spacing: Theme.spacingXs
                    Icon {
                        icon: chip.modelData.icon
                        size: 18
                        color: chip.modelData.danger ? Theme.danger : Theme.primary
                    }
                    Text {
                        text: chip.text
                        font: chip.font
                        color: chip.modelData.danger ? Theme.danger : Theme.primary
                    }
                }
                background: Rectangle {
                    radius: height / 2
                    color: chip.down ? Theme.primarySoft : Theme.surface
                    border.color: chip.modelData.danger ? Theme.dangerSoft : Theme.outline
                }
                onClicked: bar.triggered(modelData.name)
            }
        }
    }
}
