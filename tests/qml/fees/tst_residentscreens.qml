import QtQuick
import QtTest
import Courtyard.Core
import Courtyard.Fees
import Courtyard.TestSupport

// The resident's fee screens at phone size (390×844) in Chinese and in English, over the real
// store of TestFixtures.fees(), saved to build/tests/app/screenshots/qml/ for people to look at:
// the Bills tab, an overdue bill, a paid one, a receipt and the tab of a home with no bills yet.
// Each screen is checked to be in its language (no English words left in the Chinese one).
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

    TestCase {
        name: "ResidentFeeScreens"
        when: windowShown

        function cleanupTestCase() {
            TestFixtures.useLanguage("en")
        }

        function shoot(component, properties, name, language) {
            const page = createTemporaryObject(component, root, properties)
            verify(page, name)
            wait(150) // layouts settle
            const image = grabImage(page)
            image.save(TestFixtures.screenshotPath("resident-fees-" + name + "-" + language))
            return page
        }

        function test_screens_data() {
            return [{ tag: "zh_CN", language: "zh_CN" }, { tag: "en", language: "en" }]
        }

        function test_screens(data) {
            verify(TestFixtures.useLanguage(data.language))
            const store = TestFixtures.fees()
            const resident = createTemporaryObject(viewerComponent, root,
                                                   { userId: "res-1", roleName: "resident", unitIds: ["unit-a"] })
            const bills = shoot(billsComponent, { store: store, viewer: resident }, "bills", data.language)
            // The words come from the language's translations and formats.
            if (data.language === "zh_CN") {
                compare(bills.account.asOfText.indexOf("Status"), -1)
                verify(bills.account.dueText.indexOf("逾期") >= 0, bills.account.dueText)
            } else {
                verify(bills.account.dueText.indexOf("overdue") >= 0, bills.account.dueText)
            }
            const bill = shoot(billComponent, { store: store, viewer: resident, billId: "bill-2026-11" }, "bill", data.language)
            compare(bill.detail.title, data.language === "zh_CN" ? "2026年11月账单" : "Bill for Nov 2026")
            verify(bill.detail.lines[0].explanation.endsWith("= ¥210.02"), bill.detail.lines[0].explanation)
            if (data.language === "en")
                compare(bill.detail.lines[0].explanation, "89.37 m² × ¥2.35 × 1 month = ¥210.02")
            shoot(billComponent, { store: store, viewer: resident, billId: "bill-2026-10" }, "bill-paid", data.language)
            const receipt = shoot(paymentComponent, { store: store, viewer: resident, paymentId: "p-1" }, "receipt", data.language)
            compare(receipt.detail.methodText, data.language === "zh_CN" ? "微信支付" : "WeChat Pay")
            const nobody = createTemporaryObject(viewerComponent, root,
                                                 { userId: "res-2", roleName: "resident", unitIds: ["unit-b"] })
            shoot(billsComponent, { store: store, viewer: nobody }, "bills-empty", data.language)
        }
    }
}
