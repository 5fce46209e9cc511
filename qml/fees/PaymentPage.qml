// No "pragma ComponentBehavior: Bound" here: the Repeater's delegates read the page's detail.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Fees

// A payment's receipt as the PDF will print it — estate, unit, number (provisional until the
// server confirms it), time, method, the lines paid, the total in figures and in Chinese
// capitals, who recorded it — and "Save as PDF".
Page {
    id: page

    // The account's store and who looks (the signed-in account's; a test gives its own).
    property QtObject store: Workspace.store
    property Viewer viewer: Workspace.viewer
    required property string paymentId
    readonly property alias detail: detail
    readonly property alias writer: writer

    signal back()

    function savePdf() {
        const path = writer.save()
        if (path !== "")
            toast.show(qsTr("Saved to %1").arg(path))
        else
            toast.show(writer.errorText, true)
        return path
    }

    objectName: "paymentPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Receipt")
        subtitle: detail.receiptNo
        onBack: page.back()
    }

    PaymentDetail {
        id: detail
        store: page.store
        viewer: page.viewer
        paymentId: page.paymentId
    }
    ReceiptWriter {
        id: writer
        store: page.store
        paymentId: page.paymentId
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: !detail.exists
        icon: "receipt"
        title: qsTr("This payment is not on this phone")
        text: qsTr("Pull down on the Bills tab to sync.")
    }

    Flickable {
        id: flick
        anchors.fill: parent
        visible: detail.exists
        contentHeight: column.implicitHeight + 2 * Theme.spacingL

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            spacing: Theme.spacingM

            InfoBanner {
                Layout.fillWidth: true
                visible: detail.reversed
                tone: "danger"
                icon: "undo"
                text: detail.reversedText
            }
            InfoBanner {
                Layout.fillWidth: true
                visible: detail.provisional
                tone: "warning"
                icon: "cloud_upload"
                text: qsTr("Provisional receipt number: the property office's server has not confirmed this payment yet.")
            }

            Pane {
                objectName: "receiptCard"
                Layout.fillWidth: true
                padding: Theme.spacingL
                background: Rectangle { radius: Theme.radiusL; color: Theme.surface; border.color: Theme.outline }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingS
                    Text {
                        Layout.fillWidth: true
                        text: detail.estateName
                        horizontalAlignment: Text.AlignHCenter
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                        color: Theme.textPrimary
                        wrapMode: Text.Wrap
                    }
                    Text {
                        objectName: "receiptTotal"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: detail.totalText
                        font.pixelSize: Theme.fontDisplay
                        font.weight: Font.Bold
                        font.strikeout: detail.reversed
                        color: Theme.textPrimary
                    }
                    Text {
                        objectName: "receiptCapitals"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: detail.capitals
                        font.pixelSize: Theme.fontBody
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                    InfoRow { Layout.fillWidth: true; icon: "home"; label: qsTr("Unit"); value: detail.unitLabel }
                    InfoRow { Layout.fillWidth: true; icon: "tag"; label: qsTr("Receipt no."); value: detail.receiptNo }
                    InfoRow { Layout.fillWidth: true; icon: "schedule"; label: qsTr("Paid"); value: detail.paidAtText }
                    InfoRow { Layout.fillWidth: true; icon: "payments"; label: qsTr("Method"); value: detail.methodText }
                    InfoRow {
                        Layout.fillWidth: true
                        visible: detail.recordedBy !== ""
                        icon: "person"
                        label: qsTr("Recorded by")
                        value: detail.recordedBy
                    }
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                title: qsTr("What it paid")
            }
            Repeater {
                model: detail.lines
                RowLayout {
                    id: paidLine
                    required property var modelData
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: paidLine.modelData.period + " · " + paidLine.modelData.item
                        font.pixelSize: Theme.fontBody
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }
                    Text {
                        text: paidLine.modelData.amountText
                        font.pixelSize: Theme.fontBody
                        color: Theme.textPrimary
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: detail.creditText !== ""
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Kept as credit")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textSecondary
                }
                Text {
                    text: detail.creditText
                    font.pixelSize: Theme.fontBody
                    color: Theme.primary
                }
            }

            PrimaryButton {
                objectName: "savePdfButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingM
                text: qsTr("Save as PDF")
                onClicked: page.savePdf()
            }
            Text {
                Layout.fillWidth: true
                visible: writer.savedPath !== ""
                text: qsTr("Saved to %1").arg(writer.savedPath)
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                wrapMode: Text.WrapAnywhere
            }
        }
    }

    Toast { id: toast }
}
