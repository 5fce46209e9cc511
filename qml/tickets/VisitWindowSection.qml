pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Core
import Courtyard.Tickets

// "When can we come?" of a new request: optional; a day within two weeks and a time range
// in half hours. Reads and writes the form's visit fields.
FormSection {
    id: section

    required property var form // the NewRequestForm (typed var: the form uses this file)

    // 07:00 … 21:00 in half hours, as minutes after midnight.
    readonly property var times: Array.from({ length: 29 }, (_, i) => 7 * 60 + 30 * i)

    title: qsTr("Preferred visit time")
    error: form.errors.visit ?? ""

    RowLayout {
        Layout.fillWidth: true
        Text {
            Layout.fillWidth: true
            text: section.form.visitEnabled ? qsTr("The office plans the visit in this window if it can.")
                                            : qsTr("Optional: any time that suits the office")
            font.pixelSize: Theme.fontCaption
            color: Theme.textTertiary
            wrapMode: Text.Wrap
        }
        Switch {
            objectName: "visitSwitch"
            checked: section.form.visitEnabled
            onToggled: section.form.visitEnabled = checked
            Accessible.name: qsTr("Choose a visit time")
        }
    }
    ComboBox {
        objectName: "visitDay"
        Layout.fillWidth: true
        visible: section.form.visitEnabled
        model: Array.from({ length: 14 }, (_, i) => Format.dayFromToday(i))
        currentIndex: section.form.visitDayOffset
        onActivated: index => section.form.visitDayOffset = index
        Accessible.name: qsTr("Day")
    }
    RowLayout {
        Layout.fillWidth: true
        visible: section.form.visitEnabled
        spacing: Theme.spacingS

        ComboBox {
            objectName: "visitFrom"
            Layout.fillWidth: true
            model: section.times.map(m => Format.timeOfDay(m))
            currentIndex: section.times.indexOf(section.form.visitFromMinutes)
            onActivated: index => section.form.visitFromMinutes = section.times[index]
            Accessible.name: qsTr("From")
        }
        Text {
            text: "–"
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
        }
        ComboBox {
            objectName: "visitTo"
            Layout.fillWidth: true
            model: section.times.map(m => Format.timeOfDay(m))
            currentIndex: section.times.indexOf(section.form.visitToMinutes)
            onActivated: index => section.form.visitToMinutes = section.times[index]
            Accessible.name: qsTr("To")
        }
    }
}
