pragma ComponentBehavior: Bound

import QtQuick
import Courtyard.Ui
import Courtyard.Fees

// Reverses a payment (a manager, with a reason): a counter-entry, the payment itself stays.
ReasonDialog {
    id: dialog

    property string paymentId

    signal done(bool ok, string message)

    function askFor(payment, amountText) {
        paymentId = payment
        message = qsTr("%1 will no longer count as paid; the bills it paid are owed again. Say why.").arg(amountText)
        ask()
    }

    objectName: "reverseDialog"
    title: qsTr("Reverse this payment?")
    placeholderText: qsTr("e.g. 银行转账被退回")
    confirmText: qsTr("Reverse")
    reasonRequired: true
    danger: true
    maxLength: FeeStaff.reasonMax
    onConfirmed: reason => {
        const desk = FeeStaff.desk
        const id = desk ? desk.reversePayment(paymentId, reason) : ""
        done(id !== "", id !== "" ? qsTr("Reversed. It is sent when the phone is online.") : (desk ? desk.lastError : ""))
    }
}
