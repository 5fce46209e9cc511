import QtQuick
import QtTest
import Courtyard.Core
import Courtyard.Fees
import Courtyard.TestSupport

// The payment form on a fixture store (no server): the amount read exactly by the desk's one
// check (Money::parse), the bills ticked paid in that order with the rest kept as credit,
// the record button disabled while the form is invalid, and a recorded payment queued once.
TestCase {
    id: testCase

    name: "PaymentForm"
    width: 390
    height: 844
    when: windowShown

    Component {
        id: pageComponent
        PaymentFormPage {
            width: 390
            height: 844
            estateId: "est-1"
            unitId: "unit-f-0101"
            unitLabel: "1号楼 0101"
            desk: TestFixtures.staffFees()
        }
    }

    function makePage() {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page, "the page loads")
        waitForRendering(page) // laid out before anything is tapped
        return page
    }

    function test_amountValidation() {
        const page = makePage()
        const button = findChild(page, "recordPayment")
        verify(button)
        verify(!page.valid, "empty amount")
        verify(!button.enabled)
        for (const bad of ["12.345", "abc", "-5", "0", "1.2.3"]) {
            page.amountText = bad
            verify(page.errors.amount !== undefined, bad + " is refused")
            verify(!button.enabled, bad + ": record disabled")
        }
        for (const good of ["12", "1,234.50", "¥12.30", "0.05"]) {
            page.amountText = good
            compare(page.errors.amount, undefined, good + " is taken")
            verify(button.enabled)
        }
        page.amountText = "420.04"
        compare(page.preview.amountFen, 42004)
        compare(page.preview.amountText, "¥420.04")
    }

    function test_oldestFirstThenCredit() {
        const page = makePage()
        compare(page.bills.length, 2)
        compare(page.bills[0].period, "2025-01")
        page.amountText = "300"
        const a = page.preview.allocations
        compare(a.length, 2)
        compare(a[0].billId, "bill-0101-2025-01")
        compare(a[0].amountFen, 21002)
        compare(a[1].billId, "bill-0101-2025-02")
        compare(a[1].amountFen, 30000 - 21002)
        compare(page.preview.creditFen, 0)
    }

    function test_billsPickedInOrder() {
        const page = makePage()
        const second = findChild(page, "bill_bill-0101-2025-02")
        verify(second)
        // A tap on the row: it toggles and says so (as the pointer would).
        second.toggle(); second.toggled()
        compare(page.billIds, ["bill-0101-2025-02"])
        page.amountText = "250"
        const a = page.preview.allocations
        compare(a.length, 1, "only the ticked bill is paid")
        compare(a[0].billId, "bill-0101-2025-02")
        compare(a[0].amountFen, 21002)
        compare(page.preview.creditFen, 25000 - 21002)
        verify(findChild(page, "recordPayment").enabled)
        second.toggle(); second.toggled()
        compare(page.billIds, [])
    }

    function test_methodRequired() {
        const page = makePage()
        page.amountText = "10"
        page.method = ""
        verify(page.errors.method !== undefined)
        verify(!findChild(page, "recordPayment").enabled)
        const wechat = findChild(page, "method_wechat")
        verify(wechat)
        wechat.clicked()
        compare(page.method, "wechat")
        verify(page.valid)
    }

    SignalSpy {
        id: recordedSpy
        signalName: "recorded"
    }

    function test_recordQueuesOnce() {
        // Another unit than the other cases': what it records changes what that unit owes.
        const page = makePage()
        page.unitId = "unit-f-0102"
        recordedSpy.target = page
        recordedSpy.clear()
        page.amountText = "1"
        page.submit()
        compare(recordedSpy.count, 1)
        const desk = TestFixtures.staffFees()
        verify(desk.lastRecordId() !== "")
        // The oldest bill owes 1 yuan less on the phone at once (the payment's own split).
        const owed = page.desk.outstanding("unit-f-0102")
        compare(owed[0].billId, "bill-0102-2025-03")
        compare(owed[0].owedFen, 500 - 100)
    }
}
