pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Core
import Courtyard.Tickets

// The technician's report on a finished job: what was done (required), the parts used and the
// minutes worked. Photos and the resident's signature are added by the page around it.
// It shows the C++ check's messages; report() builds the object TicketDesk.resolve takes.
ColumnLayout {
    id: form

    property alias summary: summaryField.text
    property alias minutesText: minutesField.text
    property alias partsEditor: partsEditor
    // Errors are shown once the person tried to send.
    property bool attempted: false

    // The check of a fix report, per field (C++: TicketPolicy::checkReport).
    readonly property var check: Tickets.validateReport({ summary: summary, minutesText: minutesText,
                                                          parts: partsEditor.rows })
    readonly property string summaryError: check.summary ?? ""
    readonly property string minutesError: check.minutes ?? ""
    readonly property bool valid: !!check.valid

    function focusSummary() {
        summaryField.forceActiveFocus()
    }

    // The report for TicketDesk.resolve; minutesWorked is left out when none were given.
    function report(signature, photos) {
        const r = {
            summary: summary.trim(),
            parts: partsEditor.parts(),
            signature: signature || "",
            photos: photos || []
        }
        if (minutesText.trim().length > 0)
            r.minutesWorked = Number(minutesText.trim())
        return r
    }

    spacing: Theme.spacingL

    FormSection {
        title: qsTr("What was done")
        error: form.attempted ? form.summaryError : ""
        TextArea {
            id: summaryField
            objectName: "resolveSummary"
            focus: true
            Layout.fillWidth: true
            Layout.minimumHeight: 96
            placeholderText: qsTr("e.g. Replaced the leaking valve under the sink and tested for 10 minutes.")
            wrapMode: TextArea.Wrap
            font.pixelSize: Theme.fontBody
            background: FieldFrame { field: summaryField; hasError: form.attempted && form.summaryError !== "" }
        }
    }

    FormSection {
        title: qsTr("Parts used")
        hint: qsTr("Optional: each part with its quantity.")
        PartsEditor {
            id: partsEditor
            Layout.fillWidth: true
            showErrors: form.attempted
        }
    }

    FormSection {
        title: qsTr("Minutes worked")
        error: form.attempted ? form.minutesError : ""
        RowLayout {
            spacing: Theme.spacingS
            TextField {
                id: minutesField
                objectName: "resolveMinutes"
                Layout.preferredWidth: 120
                placeholderText: qsTr("e.g. 45")
                inputMethodHints: Qt.ImhDigitsOnly
                font.pixelSize: Theme.fontBody
                background: FieldFrame { field: minutesField; hasError: form.attempted && form.minutesError !== "" }
            }
            Text {
                text: qsTr("min")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }
        }
    }
}
