import QtQuick
import QtTest
import Courtyard.Core
import Courtyard.Fees
import Courtyard.TestSupport

// The resident's Bills tab over a real store (TestFixtures.fees()): what is owed now in all and
// per item, the credit, the estate's payment instructions, the bills by period; a bill opens
// its page, whose lines say how each amount was computed; a payment's receipt page.
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: viewerComponent
        Viewer {}
    }
    Component {
        id: billsComponent
        BillsPage { width: 390; height: 844 }
    }
    Component {
        id: billComponent
        BillDetailPage { width: 390; height: 844 }
    }
    Component {
        id: paymentComponent
        PaymentPage { width: 390; height: 844 }
    }
    SignalSpy {
        id: opened
        target: Shell
        signalName: "openRequested"
    }

    TestCase {
        name: "ResidentBills"
        when: windowShown

        function findNamed(item, name) {
            if (!item)
                return null
            if (item.objectName === name)
                return item
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i) {
                const found = findNamed(kids[i], name)
                if (found)
                    return found
            }
            return null
        }
        function allNamed(item, name, out) {
            if (!item)
                return out
            if (item.objectName === name)
                out.push(item)
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i)
                allNamed(kids[i], name, out)
            return out
        }
        function resident() {
            return createTemporaryObject(viewerComponent, root, { userId: "res-1", roleName: "resident", unitIds: ["unit-a"] })
        }

        function test_owedNowAndBills() {
            const page = createTemporaryObject(billsComponent, root, { store: TestFixtures.fees(), viewer: resident() })
            verify(page)
            tryCompare(page.account, "hasBills", true)
            compare(findNamed(page, "owedTotal").text, "¥620.04")
            compare(findNamed(page, "creditText").text, "¥39.98")
            verify(findNamed(page, "instructionsText").text.indexOf("front desk") >= 0)
            verify(!findNamed(page, "billsEmptyState").visible)
            const items = page.account.items
            compare(items.length, 3)
            compare(items[0].label, "物业费")
            compare(items[0].amountText, "¥420.04")
            tryCompare(page.bills, "count", 3)
            const cards = allNamed(page, "billCard", [])
            compare(cards.length, 3)
            compare(cards[0].periodText, "Dec 2026")
            compare(cards[1].totalText, "¥360.02")
            compare(allNamed(page, "paymentCard", []).length, 3)

            // A bill opens its page.
            opened.clear()
            cards[1].clicked()
            compare(opened.count, 1)
            verify(opened.signalArguments[0][0].toString().endsWith("BillDetailPage.qml"))
            compare(opened.signalArguments[0][1].billId, "bill-2026-11")
        }

        function test_aBillsLines() {
            const page = createTemporaryObject(billComponent, root,
                                               { store: TestFixtures.fees(), viewer: resident(), billId: "bill-2026-11" })
            verify(page)
            tryCompare(page.detail, "exists", true)
            compare(findNamed(page, "billTotal").text, "¥360.02")
            const explanations = allNamed(page, "lineExplanation", []).map(t => t.text)
            compare(explanations.length, 2)
            compare(explanations[0], "89.37 m² × ¥2.35 × 1 month = ¥210.02")
            verify(explanations[1].endsWith("= ¥150.00"))
        }

        function test_aReceipt() {
            const page = createTemporaryObject(paymentComponent, root,
                                               { store: TestFixtures.fees(), viewer: resident(), paymentId: "p-1" })
            verify(page)
            tryCompare(page.detail, "exists", true)
            compare(findNamed(page, "receiptTotal").text, "¥400.00")
            compare(findNamed(page, "receiptCapitals").text, "肆佰元整")
            page.writer.folder = TestFixtures.tempPath("receipts")
            const path = page.savePdf()
            compare(path, TestFixtures.tempPath("receipts") + "/receipt-R202611-000001.pdf")
            compare(page.writer.savedPath, path)
        }

        function test_noBillsYet() {
            const viewer = createTemporaryObject(viewerComponent, root, { userId: "res-2", roleName: "resident", unitIds: ["unit-b"] })
            const page = createTemporaryObject(billsComponent, root, { store: TestFixtures.fees(), viewer: viewer })
            verify(page)
            verify(!page.account.hasBills)
            verify(findNamed(page, "billsEmptyState").visible)
            verify(!findNamed(page, "owedCard").visible)
        }
    }
}
