pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Fees

// A bill run for one month: a dry run first says what would be made (units, bills, totals),
// then "Make the bills" makes them. The server makes nothing twice; online only.
Page {
    id: page

    property string estateId
    readonly property alias run: generation
    property alias periodText: periodField.text

    objectName: "generateBillsPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Bill generation")
        onBack: page.StackView.view.pop()
    }

    BillGeneration {
        id: generation
        estateId: page.estateId
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

            FormSection {
                title: qsTr("Period")
                hint: qsTr("The month the bills are for (YYYY-MM).")
                FormTextField {
                    id: periodField
                    objectName: "generatePeriod"
                    Layout.fillWidth: true
                    text: generation.thisPeriod
                    placeholderText: generation.thisPeriod
                }
            }
            PrimaryButton {
                objectName: "checkGeneration"
                Layout.fillWidth: true
                busy: generation.checking
                enabled: !generation.busy
                text: qsTr("Check (dry run)")
                onClicked: generation.check(periodField.text)
            }
            InfoBanner {
                Layout.fillWidth: true
                visible: generation.failed
                icon: "error_outline"
                tone: "warning"
                text: generation.errorText
            }
            InfoBanner {
                Layout.fillWidth: true
                visible: generation.reported
                icon: generation.applied ? "task_alt" : "fact_check"
                tone: generation.applied ? "success" : "info"
                title: generation.applied ? qsTr("Bills made for %1").arg(generation.period)
                                                      : qsTr("Dry run for %1: nothing made yet").arg(generation.period)
                text: generation.applied ? qsTr("They reach the phones with the next sync.")
                                                     : qsTr("Check the figures, then make the bills.")
            }
            Repeater {
                model: generation.report
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: modelData.title
                        font.pixelSize: Theme.fontBody
                        color: Theme.textSecondary
                    }
                    Text {
                        text: modelData.value
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: Theme.textPrimary
                    }
                }
            }
            PrimaryButton {
                objectName: "applyGeneration"
                Layout.fillWidth: true
                visible: generation.canApply || generation.applying
                busy: generation.applying
                text: qsTr("Make the bills")
                onClicked: generation.apply()
            }
        }
    }
}
