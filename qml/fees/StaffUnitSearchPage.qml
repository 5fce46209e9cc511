pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate
import Courtyard.Fees

// Finds a unit's account: type part of "1号楼 0301" and tap it.
Page {
    id: page

    property string estateId
    property alias searchText: searchField.text
    readonly property var matches: Estate.directory ? Estate.directory.unitChoices(searchField.text.trim(), 50) : []

    objectName: "staffUnitSearchPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Unit accounts")
        onBack: page.StackView.view.pop()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        FormTextField {
            id: searchField
            objectName: "unitSearch"
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            placeholderText: qsTr("Building or unit number, e.g. 0301")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.matches
            delegate: EstateRow {
                required property var modelData
                objectName: "unit_" + modelData.id
                width: ListView.view.width
                iconName: "home"
                title: modelData.label
                onClicked: Shell.open("qrc:/qt/qml/Courtyard/Fees/StaffUnitAccountPage.qml",
                                      { estateId: page.estateId, unitId: modelData.id })
            }
        }
    }
}
