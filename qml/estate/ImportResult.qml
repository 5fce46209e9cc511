pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Estate

// What the server said of a units file: the counts of a dry run with Apply, the problems by
// line number of a refused file, or why it could not be checked.
ColumnLayout {
    id: result

    required property UnitImport importer
    signal applyRequested()
    signal pickAgain()

    spacing: Theme.spacingM

    BusyIndicator {
        objectName: "importBusy"
        Layout.alignment: Qt.AlignHCenter
        visible: result.importer.busy
        running: visible
    }
    Text {
        Layout.fillWidth: true
        visible: result.importer.busy
        horizontalAlignment: Text.AlignHCenter
        text: result.importer.state === "applying" ? qsTr("Importing %1…").arg(result.importer.fileName)
                                                   : qsTr("Checking %1…").arg(result.importer.fileName)
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }

    // Counts (a clean dry run, or the import done).
    Rectangle {
        Layout.fillWidth: true
        visible: result.importer.state === "checked" || result.importer.state === "applied"
        implicitHeight: counts.implicitHeight + 2 * Theme.spacingL
        radius: Theme.radiusM
        color: Theme.surface
        border.color: Theme.outline
        ColumnLayout {
            id: counts
            x: Theme.spacingL
            y: Theme.spacingL
            width: parent.width - 2 * Theme.spacingL
            spacing: Theme.spacingS
            RowLayout {
                Icon {
                    icon: result.importer.state === "applied" ? "task_alt" : "fact_check"
                    color: result.importer.state === "applied" ? Theme.online : Theme.primary
                }
                Text {
                    Layout.fillWidth: true
                    text: result.importer.state === "applied" ? qsTr("Imported") : qsTr("Checked: nothing is changed yet")
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Bold
                    color: Theme.textPrimary
                    wrapMode: Text.Wrap
                }
            }
            Text {
                objectName: "importSummary"
                Layout.fillWidth: true
                text: result.importer.summary
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: result.importer.state === "checked" && !result.importer.canApply
                text: qsTr("The file matches what the estate has: there is nothing to import.")
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: result.importer.state === "applied"
                text: qsTr("The units arrive on this phone with the next sync.")
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
        }
    }
    PrimaryButton {
        objectName: "applyImport"
        Layout.fillWidth: true
        visible: result.importer.state === "checked"
        enabled: result.importer.canApply
        text: qsTr("Apply %1 changes").arg(result.importer.created + result.importer.updated)
        onClicked: result.applyRequested()
    }

    // Problems by line.
    InfoBanner {
        objectName: "importProblemsBanner"
        Layout.fillWidth: true
        visible: result.importer.state === "invalid"
        tone: "danger"
        icon: "error_outline"
        title: qsTr("The file was not imported")
        text: qsTr("%n problem(s). Correct the file and pick it again; nothing was changed.", "", result.importer.problems.length)
    }
    Repeater {
        objectName: "importProblems"
        model: result.importer.state === "invalid" ? result.importer.problems : []
        delegate: Text {
            required property var modelData
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingS
            text: "• " + modelData.text
            font.pixelSize: Theme.fontSmall
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }
    }

    InfoBanner {
        objectName: "importError"
        Layout.fillWidth: true
        visible: result.importer.state === "failed"
        tone: "danger"
        icon: "cloud_off"
        text: result.importer.errorText
    }
    Button {
        objectName: "pickAgain"
        Layout.alignment: Qt.AlignHCenter
        visible: result.importer.state === "invalid" || result.importer.state === "failed"
                 || result.importer.state === "applied"
        flat: true
        text: qsTr("Pick another file")
        font.capitalization: Font.MixedCase
        onClicked: result.pickAgain()
    }
}
