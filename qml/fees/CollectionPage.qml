pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Fees

// The manager's collection figures (收费率, 户收费率, 清缴率) for the last twelve months, by
// month and by building, from the server (online only: offline it says so).
Page {
    id: page

    property string estateId
    readonly property alias figures: collection
    property int month: -1

    objectName: "collectionPage"
    background: Rectangle { color: Theme.background }
    Component.onCompleted: collection.load()

    header: TopBar {
        title: qsTr("Collection")
        subtitle: qsTr("%1 to %2").arg(collection.from).arg(collection.to)
        onBack: page.StackView.view.pop()
        ToolButton {
            objectName: "reloadCollection"
            Accessible.name: qsTr("Reload")
            enabled: !collection.loading
            contentItem: Icon { icon: "refresh"; color: Theme.primary }
            onClicked: collection.load()
        }
    }

    CollectionFigures {
        id: collection
        estateId: page.estateId
        to: FeeStaff.thisPeriod(page.estateId)
        from: FeeStaff.addMonths(FeeStaff.thisPeriod(page.estateId), -11)
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
                Layout.fillWidth: true
                visible: collection.failed
                icon: collection.offline ? "cloud_off" : "error_outline"
                tone: "warning"
                text: collection.errorText
            }
            // The whole run, then the month tapped.
            Rectangle {
                Layout.fillWidth: true
                visible: collection.hasFigures
                implicitHeight: totals.implicitHeight + 2 * Theme.spacingL
                radius: Theme.radiusM
                color: Theme.surface
                ColumnLayout {
                    id: totals
                    readonly property var shown: page.month >= 0 ? collection.months[page.month] : collection.totals
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    spacing: Theme.spacingXs
                    Text {
                        text: page.month >= 0 ? totals.shown.title : qsTr("Twelve months")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }
                    Text {
                        objectName: "collectionRate"
                        text: qsTr("Collection rate %1").arg(totals.shown.rateText ?? "")
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Font.Bold
                        color: Theme.primary
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("%1 collected of %2").arg(totals.shown.collectedText ?? "").arg(totals.shown.receivableText ?? "")
                        font.pixelSize: Theme.fontBody
                        color: Theme.textPrimary
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Households paid in full: %1").arg(totals.shown.householdsText ?? "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Arrears recovered: %1").arg(totals.shown.recoveryText ?? "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                }
            }
            SectionTitle {
                visible: collection.hasFigures
                title: qsTr("By month")
                subtitle: qsTr("Tap a month for its figures.")
            }
            CollectionBars {
                objectName: "monthChart"
                Layout.fillWidth: true
                visible: collection.hasFigures
                bars: collection.months
                selected: page.month
                onPicked: index => page.month = page.month === index ? -1 : index
            }
            SectionTitle {
                visible: collection.hasFigures
                title: qsTr("By building")
            }
            CollectionBars {
                objectName: "buildingChart"
                Layout.fillWidth: true
                visible: collection.hasFigures
                vertical: false
                bars: collection.buildings
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: collection.loading || collection.empty
        busy: collection.loading
        icon: "bar_chart"
        title: collection.loading ? qsTr("Asking the server for the figures…") : qsTr("Nothing due yet")
        text: collection.loading ? "" : qsTr("No bill of these months is past its due date, so there is no rate yet.")
    }
}
