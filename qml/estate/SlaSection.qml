pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Estate

// The SLA targets of an estate, one row per priority (respond within, resolve within), each
// edited in a dialog in minutes or hours.
FormSection {
    id: section

    property string estateId
    property var targets: []
    signal saved()
    signal failed(string message)

    title: qsTr("SLA targets")
    hint: qsTr("How soon an order of each priority is answered and resolved.")

    Repeater {
        model: section.targets
        delegate: EstateRow {
            id: target
            required property var modelData
            objectName: "sla_" + modelData.priority
            Layout.fillWidth: true
            iconName: "timer"
            title: modelData.title
            detail: modelData.set ? qsTr("Respond within %1 · resolve within %2")
                                    .arg(Estate.durationText(modelData.responseMinutes))
                                    .arg(Estate.durationText(modelData.resolveMinutes))
                                  : qsTr("No target yet")
            onClicked: {
                dialog.priority = modelData.priority
                dialog.title = qsTr("%1 priority").arg(modelData.title)
                response.setMinutes(modelData.responseMinutes || 60)
                resolve.setMinutes(modelData.resolveMinutes || 24 * 60)
                dialog.open()
            }
        }
    }

    component Duration: RowLayout {
        id: duration
        property alias label: caption.text
        readonly property int minutes: (parseInt(amount.text) || 0) * (unit.currentIndex === 1 ? 60 : 1)
        function setMinutes(m) {
            const hours = m % 60 === 0
            unit.currentIndex = hours ? 1 : 0
            amount.text = String(hours ? m / 60 : m)
        }
        spacing: Theme.spacingS
        Text {
            id: caption
            Layout.preferredWidth: 110
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }
        TextField {
            id: amount
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhDigitsOnly
            validator: IntValidator { bottom: 1; top: 129600 }
            font.pixelSize: Theme.fontBody
            background: FieldFrame { field: amount }
        }
        ComboBox {
            id: unit
            Layout.preferredWidth: 110
            model: [qsTr("minutes"), qsTr("hours")]
        }
    }

    StaffDialog {
        id: dialog
        property string priority
        acceptText: qsTr("Save")
        acceptEnabled: response.minutes > 0 && resolve.minutes > 0
        onAccepted: {
            const desk = Estate.desk
            const id = desk ? desk.setSla(section.estateId, priority, response.minutes, resolve.minutes) : ""
            if (id === "")
                section.failed(desk ? desk.lastError : "")
            else
                section.saved()
        }
        contentItem: ColumnLayout {
            spacing: Theme.spacingM
            Duration { id: response; Layout.fillWidth: true; label: qsTr("Respond within") }
            Duration { id: resolve; Layout.fillWidth: true; label: qsTr("Resolve within") }
        }
    }
}
