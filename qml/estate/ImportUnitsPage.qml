pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate

// Imports the estate's units from a CSV file on the device (the template's columns): a check
// first that changes nothing, its counts or its problems by line, then Apply. Online only.
Page {
    id: page

    property string estateId
    readonly property alias importer: importer
    readonly property bool online: Session.connectionState !== Session.Offline

    objectName: "importUnitsPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Import units")
        onBack: page.StackView.view.pop()
    }

    UnitImport {
        id: importer
        estateId: page.estateId
    }

    FileDialog {
        id: picker
        title: qsTr("Pick a units file")
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: importer.check(selectedFile)
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
                objectName: "importOffline"
                Layout.fillWidth: true
                visible: !page.online
                tone: "warning"
                icon: "cloud_off"
                text: qsTr("You are offline. Importing needs a connection.")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("One row per unit: building, number, floor, area in m², use and status. Existing units are updated by building and number; none is deleted.")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "templateLink"
                Layout.fillWidth: true
                // The template ships with the documentation (README, docs/units-template.csv).
                text: qsTr("Start from the template units-template.csv of the Courtyard documentation; keep its header row.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            PrimaryButton {
                objectName: "pickFile"
                Layout.fillWidth: true
                visible: importer.state === "idle"
                enabled: page.online
                text: qsTr("Pick a file and check it")
                onClicked: picker.open()
            }
            ImportResult {
                Layout.fillWidth: true
                importer: importer
                onApplyRequested: importer.apply()
                onPickAgain: {
                    importer.reset()
                    if (page.online)
                        picker.open()
                }
            }
        }
    }
}
