pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui

// The server refused a change made on this phone: says why (TicketDetail.rejection) until the
// person dismisses it. The order already shows the server's state again.
Rectangle {
    id: banner

    // {code, message, commandId} or null.
    property var rejection: null

    signal dismiss()

    objectName: "rejectionBanner"
    visible: !!rejection
    implicitHeight: row.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusM
    color: Theme.dangerSoft
    border.color: Theme.danger

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        anchors.rightMargin: Theme.spacingXs
        spacing: Theme.spacingS
        Icon {
            Layout.alignment: Qt.AlignTop
            icon: "error_outline"
            size: 20
            color: Theme.danger
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: qsTr("The office's server refused your last change")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.danger
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: banner.rejection ? banner.rejection.message : ""
                font.pixelSize: Theme.fontSmall
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }
        }
        ToolButton {
            objectName: "dismissRejection"
            Accessible.name: qsTr("Dismiss")
            contentItem: Icon { icon: "close"; size: 20; color: Theme.danger }
            onClicked: banner.dismiss()
        }
    }
}
