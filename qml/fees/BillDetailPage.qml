// No "pragma ComponentBehavior: Bound" here: the Repeaters' delegates read the page's detail.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Fees

// One bill: status, total, paid and owed, each line with how it was computed ("89.37 m² ×
// ¥2.35 × 1 month = ¥210.02"), the payments that paid it (each opens its receipt), and a
// waiver's reason.
Page {
    id: page

    // The account's store and who looks (the signed-in account's; a test gives its own).
    property QtObject store: Workspace.store
    property Viewer viewer: Workspace.viewer
    required property string billId
    readonly property alias detail: detail

    signal back()

    objectName: "billDetailPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: detail.exists ? detail.title : qsTr("Bill")
        subtitle: detail.number !== "" ? qsTr("No. %1").arg(detail.number) : ""
        onBack: page.back()
    }

    BillDetail {
        id: detail
        store: page.store
        viewer: page.viewer
        billId: page.billId
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: !detail.exists
        icon: "receipt_long"
        title: qsTr("This bill is not on this phone")
        text: qsTr("It may have been withdrawn by the property office. Pull down on the Bills tab to sync.")
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
                visible: detail.waived
                tone: "success"
                icon: "verified"
                text: detail.waivedText
            }

            Pane {
                Layout.fillWidth: true
                padding: Theme.spacingL
                background: Rectangle {
                    radius: Theme.radiusL
                    color: Theme.surface
                    border.color: detail.overdue ? Theme.danger : Theme.outline
                }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingS
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            text: detail.unitLabel
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textSecondary
                            elide: Text.ElideRight
                        }
                        StatusChip {
                            objectName: "billStatusChip"
                            text: detail.statusText
                            tint: detail.statusTint
                        }
                    }
                    Text {
                        objectName: "billTotal"
                        text: detail.totalText
                        font.pixelSize: Theme.fontDisplay
                        font.weight: Font.Bold
                        color: Theme.textPrimary
                    }
                    Text {
                        Layout.fillWidth: true
                        text: detail.waived ? "" : qsTr("Paid %1 · left to pay %2").arg(detail.paidText).arg(detail.owedText)
                        visible: text !== ""
                        font.pixelSize: Theme.fontBody
                        color: detail.overdue ? Theme.danger : Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: detail.dueText
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                title: qsTr("Lines")
                subtitle: qsTr("Each amount is rounded once, as the estate's fee standard says.")
            }
            Repeater {
                model: detail.lines
                Pane {
                    id: line
                    required property var modelData
                    objectName: "billLine"
                    Layout.fillWidth: true
                    padding: Theme.spacingM
                    background: Rectangle { radius: Theme.radiusM; color: Theme.surface; border.color: Theme.outline }
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Text {
                                Layout.fillWidth: true
                                text: line.modelData.label
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: Theme.textPrimary
                                elide: Text.ElideRight
                            }
                            Text {
                                text: line.modelData.amountText
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: Theme.textPrimary
                            }
                        }
                        Text {
                            objectName: "lineExplanation"
                            Layout.fillWidth: true
                            text: line.modelData.explanation
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textSecondary
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: detail.payments.length > 0
                title: qsTr("Payments on this bill")
            }
            Repeater {
                model: detail.payments
                ItemDelegate {
                    id: paid
                    required property var modelData
                    Layout.fillWidth: true
                    padding: Theme.spacingM
                    background: Rectangle { radius: Theme.radiusM; color: paid.down ? Theme.surfaceMuted : Theme.surface; border.color: Theme.outline }
                    onClicked: Shell.open("qrc:/qt/qml/Courtyard/Fees/PaymentPage.qml", { paymentId: paid.modelData.paymentId })
                    contentItem: RowLayout {
                        spacing: Theme.spacingM
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: paid.modelData.title
                                font.pixelSize: Theme.fontBody
                                color: Theme.textPrimary
                                elide: Text.ElideRight
                            }
                            Text {
                                Layout.fillWidth: true
                                text: paid.modelData.text
                                font.pixelSize: Theme.fontSmall
                                color: paid.modelData.reversed ? Theme.danger : Theme.textSecondary
                                wrapMode: Text.Wrap
                            }
                        }
                        Text {
                            text: paid.modelData.amountText
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                            font.strikeout: paid.modelData.reversed
                            color: Theme.textPrimary
                        }
                    }
                }
            }
        }
    }
}
