pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate

// The estate's audit log, newest first, page by page: "when · who · what · from address",
// filtered by person and by a range of days. Read from the server, so online only.
Page {
    id: page

    property string estateId
    readonly property alias log: auditLog

    objectName: "auditLogPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Audit log")
        onBack: page.StackView.view.pop()
        ToolButton {
            objectName: "reloadAudit"
            Accessible.name: qsTr("Reload")
            contentItem: Icon { icon: "refresh"; color: Theme.primary }
            onClicked: auditLog.reload()
        }
    }

    AuditLog {
        id: auditLog
        estateId: page.estateId
        onFilterChanged: reload()
        Component.onCompleted: reload()
    }
    EstateList {
        id: people
        store: Workspace.store
        kind: "staff"
        estateId: page.estateId
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        GridLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingL
            columns: 2
            columnSpacing: Theme.spacingS
            rowSpacing: Theme.spacingS
            ComboBox {
                id: person
                objectName: "auditPerson"
                Layout.columnSpan: 2
                Layout.fillWidth: true
                model: people
                textRole: "title"
                valueRole: "id"
                displayText: currentIndex < 0 ? qsTr("Everyone") : currentText
                currentIndex: -1
                onActivated: auditLog.actorId = currentValue
            }
            TextField {
                id: fromDay
                objectName: "auditFrom"
                Layout.fillWidth: true
                placeholderText: qsTr("From (YYYY-MM-DD)")
                inputMask: ""
                font.pixelSize: Theme.fontSmall
                background: FieldFrame { field: fromDay }
                onEditingFinished: auditLog.fromDay = text
            }
            TextField {
                id: toDay
                objectName: "auditTo"
                Layout.fillWidth: true
                placeholderText: qsTr("To (YYYY-MM-DD)")
                font.pixelSize: Theme.fontSmall
                background: FieldFrame { field: toDay }
                onEditingFinished: auditLog.toDay = text
            }
            Button {
                Layout.columnSpan: 2
                visible: auditLog.actorId !== "" || auditLog.fromDay !== "" || auditLog.toDay !== ""
                flat: true
                text: qsTr("Clear the filters")
                font.capitalization: Font.MixedCase
                onClicked: {
                    person.currentIndex = -1
                    fromDay.text = ""
                    toDay.text = ""
                    auditLog.actorId = ""
                    auditLog.fromDay = ""
                    auditLog.toDay = ""
                }
            }
        }
        InfoBanner {
            objectName: "auditError"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingL
            Layout.rightMargin: Theme.spacingL
            visible: auditLog.errorText !== ""
            tone: "danger"
            icon: "cloud_off"
            text: auditLog.errorText
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: auditLog
            delegate: ItemDelegate {
                id: entry
                required property string when
                required property string who
                required property string what
                required property string address
                width: ListView.view.width
                padding: Theme.spacingM
                leftPadding: Theme.spacingL
                background: Rectangle {
                    color: Theme.surface
                    Rectangle {
                        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                        height: 1
                        color: Theme.outline
                    }
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: entry.what
                        font.pixelSize: Theme.fontBody
                        color: Theme.textPrimary
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: [entry.when, entry.who].concat(entry.address !== "" ? [qsTr("from %1").arg(entry.address)] : []).join(" · ")
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                }
            }
            onAtYEndChanged: if (atYEnd && auditLog.hasMore) auditLog.loadMore()
            footer: BusyIndicator {
                width: ListView.view.width
                visible: auditLog.loading
                running: visible
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingXl
                visible: auditLog.count === 0 && !auditLog.loading && auditLog.errorText === ""
                icon: "history"
                title: qsTr("Nothing recorded")
                text: qsTr("Changes to accounts, units, codes and settings are listed here.")
            }
        }
    }
}
