import QtQuick
import QtTest
import Courtyard.Tickets

// The staff app's order detail without a server: which buttons the action bar shows for a
// role (the C++ policy, Tickets.actionPolicy, drawn by the bar) and the resolve form's
// messages (the C++ check, Tickets.validateReport).
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: barComponent
        OrderActionBar { width: 358 }
    }
    Component {
        id: formComponent
        ResolveForm { width: 358 }
    }

    TestCase {
        name: "StaffOrderActions"
        when: windowShown

        function makeBar(role, actions) {
            const bar = createTemporaryObject(barComponent, root, { policy: Tickets.actionPolicy(actions, role) })
            verify(bar)
            return bar
        }
        function shown(bar, action) {
            const button = findChild(bar, "action_" + action)
            return button !== null && button.visible
        }

        // The actions are what TicketDetail gives for the role and state (TicketRules).
        function test_buttons_data() {
            return [
                { tag: "agent, new complaint", role: "agent",
                  actions: ["accept", "setPriority", "assign", "openToPool", "cancel", "note", "convert"],
                  primary: "accept", secondary: ["setPriority", "dispatch", "convert", "note", "cancel"] },
                { tag: "agent, accepted", role: "agent",
                  actions: ["setPriority", "assign", "openToPool", "hold", "cancel", "note"],
                  primary: "dispatch", secondary: ["setPriority", "hold", "note", "cancel"] },
                { tag: "manager, assigned", role: "manager",
                  actions: ["setPriority", "assign", "openToPool", "hold", "cancel", "note"],
                  primary: "dispatch", secondary: ["setPriority", "hold", "note", "cancel"] },
                { tag: "agent, on hold", role: "agent", actions: ["setPriority", "resume", "note"],
                  primary: "resume", secondary: ["setPriority", "note"] },
                { tag: "agent, resolved on behalf", role: "agent", actions: ["callBack", "note"],
                  primary: "callBack", secondary: ["note"] },
                { tag: "agent, resolved by resident", role: "agent", actions: ["note"],
                  primary: "", secondary: ["note"] },
                { tag: "technician, pool", role: "technician", actions: ["take"],
                  primary: "take", secondary: [] },
                { tag: "technician, assigned", role: "technician", actions: ["checkIn", "hold", "note"],
                  primary: "checkIn", secondary: ["hold", "note"] },
                { tag: "technician, on site", role: "technician", actions: ["resolve", "hold", "note"],
                  primary: "resolve", secondary: ["hold", "note"] },
                { tag: "technician, on hold", role: "technician", actions: ["resume", "note"],
                  primary: "resume", secondary: ["note"] },
                // Never shown whatever the list says: the office's work to a technician, the
                // resident's to staff.
                { tag: "technician, office actions", role: "technician",
                  actions: ["accept", "assign", "setPriority", "callBack", "convert", "note"],
                  primary: "", secondary: ["note"] },
                { tag: "agent, technician and resident actions", role: "agent",
                  actions: ["take", "checkIn", "resolve", "confirm", "reject", "note"],
                  primary: "", secondary: ["note"] },
            ]
        }
        function test_buttons(data) {
            const bar = makeBar(data.role, data.actions)
            compare(bar.primaryAction, data.primary)
            compare(bar.secondaryActions, data.secondary)
            verify(bar.visible)
            const all = ["accept", "setPriority", "dispatch", "take", "checkIn", "hold", "resume",
                         "resolve", "note", "callBack", "convert", "cancel", "confirm", "reject",
                         "assign", "openToPool"]
            for (const action of all) {
                const expected = action === data.primary || data.secondary.indexOf(action) >= 0
                compare(shown(bar, action), expected, action)
            }
        }

        function test_nothingToDo() {
            const bar = makeBar("agent", [])
            compare(bar.primaryAction, "")
            compare(bar.secondaryActions.length, 0)
            verify(!bar.visible)
        }

        function test_dispatchModes() {
            let bar = makeBar("agent", ["assign", "openToPool"])
            verify(bar.canAssign && bar.canPool)
            bar = makeBar("agent", ["openToPool"])
            verify(!bar.canAssign && bar.canPool)
            compare(bar.primaryAction, "dispatch")
        }

        function test_clickTriggers() {
            const bar = makeBar("technician", ["checkIn", "hold", "note"])
            const spy = createTemporaryObject(signalSpy, root, { target: bar, signalName: "triggered" })
            waitForRendering(bar)
            mouseClick(findChild(bar, "action_checkIn"))
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], "checkIn")
            mouseClick(findChild(bar, "action_note"))
            compare(spy.count, 2)
            compare(spy.signalArguments[1][0], "note")
            bar.busy = true
            mouseClick(findChild(bar, "action_hold"))
            compare(spy.count, 2) // disabled while busy
        }

        Component {
            id: signalSpy
            SignalSpy {}
        }

        // --- the resolve form

        function makeForm() {
            const form = createTemporaryObject(formComponent, root)
            verify(form)
            return form
        }

        function test_summaryRequired() {
            const form = makeForm()
            verify(!form.valid)
            verify(form.summaryError !== "")
            form.summary = "   "
            verify(!form.valid)
            form.summary = "Replaced the valve"
            verify(form.valid)
            compare(form.summaryError, "")
            form.summary = "x".repeat(2001)
            verify(!form.valid)
        }

        function test_errorsShownAfterAttempt() {
            const form = makeForm()
            const error = findChild(form, "fieldError")
            verify(error)
            verify(!error.visible)
            form.attempted = true
            verify(error.visible)
        }

        function test_minutes_data() {
            return [
                { tag: "none", text: "", valid: true },
                { tag: "zero", text: "0", valid: true },
                { tag: "45", text: "45", valid: true },
                { tag: "max", text: "100000", valid: true },
                { tag: "too many", text: "100001", valid: false },
                { tag: "negative", text: "-5", valid: false },
                { tag: "fraction", text: "1.5", valid: false },
                { tag: "words", text: "abc", valid: false },
            ]
        }
        function test_minutes(data) {
            const form = makeForm()
            form.summary = "Fixed"
            form.minutesText = data.text
            compare(form.valid, data.valid)
            compare(form.minutesError === "", data.valid)
        }

        function test_parts_data() {
            return [
                { tag: "complete", name: "PPR elbow", quantity: "2", valid: true },
                { tag: "no name", name: "", quantity: "2", valid: false },
                { tag: "blank name", name: "   ", quantity: "1", valid: false },
                { tag: "name too long", name: "x".repeat(65), quantity: "1", valid: false },
                { tag: "name at limit", name: "x".repeat(64), quantity: "1", valid: true },
                { tag: "quantity 0", name: "Valve", quantity: "0", valid: false },
                { tag: "no quantity", name: "Valve", quantity: "", valid: false },
                { tag: "negative quantity", name: "Valve", quantity: "-1", valid: false },
                { tag: "quantity too big", name: "Valve", quantity: "10000", valid: false },
                { tag: "quantity max", name: "Valve", quantity: "9999", valid: true },
            ]
        }
        function test_parts(data) {
            const form = makeForm()
            form.summary = "Fixed"
            form.partsEditor.addPart(data.name, data.quantity)
            compare(form.partsEditor.count, 1)
            compare(form.partsEditor.valid, data.valid)
            compare(form.valid, data.valid)
            // Removing the row makes the form whole again.
            form.partsEditor.removePart(0)
            compare(form.partsEditor.count, 0)
            verify(form.valid)
        }

        function test_partRowsAddedAndRemoved() {
            const form = makeForm()
            form.summary = "Fixed"
            form.partsEditor.addPart()        // a new row: quantity 1, no name yet
            verify(!form.valid)
            form.partsEditor.setPart(0, "Valve", "1")
            form.partsEditor.addPart("Tape", 3)
            verify(form.valid)
            compare(form.partsEditor.count, 2)
            for (let i = 0; i < 30; ++i)
                form.partsEditor.addPart("Washer", 1)
            compare(form.partsEditor.count, form.partsEditor.maximum) // at most 20 rows
        }

        function test_report() {
            const form = makeForm()
            form.summary = "  Replaced the valve  "
            form.partsEditor.addPart(" Valve DN15 ", "2")
            form.partsEditor.addPart("Tape", 1)
            form.minutesText = "45"
            verify(form.valid)
            const report = form.report("abc123", ["p1", "p2"])
            compare(report.summary, "Replaced the valve")
            compare(report.parts, [{ name: "Valve DN15", quantity: 2 }, { name: "Tape", quantity: 1 }])
            compare(report.minutesWorked, 45)
            compare(report.signature, "abc123")
            compare(report.photos, ["p1", "p2"])

            form.minutesText = ""
            const bare = form.report("", [])
            verify(!("minutesWorked" in bare))
            compare(bare.signature, "")
            compare(bare.photos, [])
        }
    }
}
