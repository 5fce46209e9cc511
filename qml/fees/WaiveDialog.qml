pragma ComponentBehavior: Bound

import QtQuick
import Courtyard.Ui
import Courtyard.Fees

// Waives a bill (a manager, with a reason): nothing may be paid on it.
ReasonDialog {
    id: dialog

    property string billId

    signal done(bool ok, string message)

    function askFor(bill, periodText) {
        billId = bill
        message = qsTr("The bill for %1 will no longer be owed. Say why; the reason is kept with it.").arg(periodText)
        ask()
    }

    objectName: "waiveDialog"
    title: qsTr("Waive this bill?")
    placeholderText: qsTr("e.g. 开发商承担空置期物业费")
    confirmText: qsTr("Waive")
    reasonRequired: true
    danger: true
    maxLength: FeeStaff.reasonMax
    onConfirmed: reason => {
        const desk = FeeStaff.desk
        const id = desk ? desk.waiveBill(billId, reason) : ""
        done(id !== "", id !== "" ? qsTr("Waived. It is sent when the phone is online.") : (desk ? desk.lastError : ""))
    }
}
