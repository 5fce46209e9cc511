pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate
import Courtyard.Fees

// The estate's fee items (物业费, parking, water…) with their current rate; a tap edits one
// and its rates, the button adds one.
Page {
    id: page

    property string estateId
    readonly property var items: FeeStaff.items(estateId, revision)
    property int revision: 0

    objectName: "feeItemsPage"
    background: Rectangle { color: Theme.background }
    StackView.onActivated: revision++

    header: TopBar {
        title: qsTr("Fee items & rates")
        subtitle: qsTr("%n item(s)", "", page.items.length)
        onBack: page.StackView.view.pop()
        ToolButton {
            objectName: "addFeeItem"
            Accessible.name: qsTr("Add a fee item")
            contentItem: Icon { icon: "add"; color: Theme.primary }
            onClicked: Shell.open("qrc:/qt/qml/Courtyard/Fees/FeeItemEditPage.qml", { estateId: page.estateId })
        }
    }

    ListView {
        anchors.fill: parent
        clip: true
        model: page.items
        delegate: EstateRow {
            required property var modelData
            objectName: "feeItem_" + modelData.id
            width: ListView.view.width
            iconName: "list_alt"
            muted: !modelData.active
            title: modelData.name
            detail: modelData.detail
            onClicked: Shell.open("qrc:/qt/qml/Courtyard/Fees/FeeItemEditPage.qml",
                                  { estateId: page.estateId, itemId: modelData.id })
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: page.items.length === 0
        icon: "list_alt"
        title: qsTr("No fee items yet")
    }
}
