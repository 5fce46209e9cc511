import QtQuick
import QtTest
import Courtyard.Core
import Courtyard.Fees
import Courtyard.TestSupport

// The arrears list on a fixture store (no server): only bills past due count, sorted by amount
// or by age; a reminder is logged in two taps from a row (the bell, then an outcome), and a
// promise asks for its day first.
TestCase {
    id: testCase

    name: "StaffArrears"
    width: 390
    height: 844
    when: windowShown

    Component {
        id: listComponent
        ArrearsList {
            store: TestFixtures.staffFeesStore()
            estateId: "est-1"
            today: "2025-06-30"
        }
    }
    Component {
        id: delegateHost
        ListView {
            id: view
            width: 390
            height: 600
            property var dialog: reminder
            model: ArrearsList {
                store: TestFixtures.staffFeesStore()
                estateId: "est-1"
                today: "2025-06-30"
            }
            delegate: ArrearsDelegate {
                width: 390
                onRemind: (unitId, label) => reminder.ask(unitId, label)
            }
            ArrearsReminderDialog {
                id: reminder
                desk: TestFixtures.staffFees()
                estateId: "est-1"
            }
        }
    }

    function test_sortedByAmountAndAge() {
        const list = createTemporaryObject(listComponent, testCase)
        verify(list)
        tryCompare(list, "count", 2)
        // 0101 owes 2 × 210.02 from January; 0102 owes 5.00 from March (its 2099 bill is not due).
        compare(list.unitAt(0), "unit-f-0101")
        compare(list.totalFen, 21002 * 2 + 500)
        list.sort = "age"
        tryCompare(list, "count", 2)
        wait(0)
        compare(list.unitAt(0), "unit-f-0101")
        list.today = "2025-04-01"
        tryVerify(() => list.totalFen === 21002 * 2 + 500)
    }

    function test_twoTapReminder() {
        const view = createTemporaryObject(delegateHost, testCase)
        verify(view)
        tryCompare(view, "count", 2)
        waitForRendering(view)
        const bell = findChild(view, "remind_unit-f-0102")
        verify(bell)
        bell.clicked()                                    // tap 1
        tryCompare(view.dialog, "opened", true)
        compare(view.dialog.unitId, "unit-f-0102")
        const refused = findChild(view.dialog.contentItem, "outcome_refused")
        verify(refused)
        const desk = TestFixtures.staffFees()
        waitForRendering(view.dialog.contentItem)
        refused.clicked()                               // tap 2: logged
        tryCompare(view.dialog, "opened", false)
        verify(desk.lastRecordId() !== "")
    }

    function test_promiseAsksForTheDay() {
        const view = createTemporaryObject(delegateHost, testCase)
        tryCompare(view, "count", 2)
        waitForRendering(view)
        findChild(view, "remind_unit-f-0101").clicked()
        tryCompare(view.dialog, "opened", true)
        const before = TestFixtures.staffFees().lastRecordId()
        waitForRendering(view.dialog.contentItem)
        findChild(view.dialog.contentItem, "outcome_promised").clicked()
        verify(view.dialog.promising, "a promise needs its day")
        verify(view.dialog.opened)
        compare(TestFixtures.staffFees().lastRecordId(), before, "nothing logged yet")
        view.dialog.promisedText = "not a date"
        findChild(view.dialog.contentItem, "outcome_promised").clicked()
        verify(view.dialog.opened, "a bad day is refused")
        view.dialog.promisedText = "2025-07-15"
        findChild(view.dialog.contentItem, "outcome_promised").clicked()
        tryCompare(view.dialog, "opened", false)
        verify(TestFixtures.staffFees().lastRecordId() !== before)
    }
}
