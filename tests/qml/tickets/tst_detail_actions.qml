import QtQuick
import QtTest
import Courtyard.Core
import Courtyard.Tickets
import Courtyard.TestSupport

// An order's actions per role, end to end in QML: the real TicketDetail reads an order of each
// state from a real store (TestFixtures.orders()) and gives the actions TicketRules allows the
// viewer; the staff action bar turns them into buttons. Nobody sees another role's actions.
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: detailComponent
        TicketDetail {}
    }
    Component {
        id: viewerComponent
        Viewer {}
    }
    Component {
        id: barComponent
        OrderActionBar { width: 358 }
    }

    TestCase {
        name: "DetailActionsPerRole"
        when: windowShown

        function actionsFor(role, viewerId, orderId) {
            const viewer = createTemporaryObject(viewerComponent, root, {
                userId: viewerId, roleName: role, unitIds: ["unit-a"] }) // a unit counts for residents only
            const detail = createTemporaryObject(detailComponent, root, {
                store: TestFixtures.orders(), viewer: viewer, ticketId: orderId })
            verify(detail)
            verify(detail.exists, "no order " + orderId)
            return detail.actions.slice().sort()
        }

        function test_actions_data() {
            return [
                { tag: "resident, new", role: "resident", who: "res-1", order: "o-submitted",
                  expected: ["cancel", "note"] },
                { tag: "resident, on site (too late to cancel)", role: "resident", who: "res-1", order: "o-on_site",
                  expected: ["note"] },
                { tag: "resident, resolved", role: "resident", who: "res-1", order: "o-resolved",
                  expected: ["confirm", "note", "reject"] },
                { tag: "resident, closed", role: "resident", who: "res-1", order: "o-closed",
                  expected: ["note"] },
                { tag: "neighbour, resolved", role: "resident", who: "res-9", order: "o-resolved",
                  expected: ["confirm", "note", "reject"] }, // same unit: their home's order too
                { tag: "agent, new complaint", role: "agent", who: "agent-1", order: "o-complaint",
                  expected: ["accept", "assign", "cancel", "convert", "note", "openToPool", "setPriority"] },
                { tag: "agent, new repair", role: "agent", who: "agent-1", order: "o-submitted",
                  expected: ["accept", "assign", "cancel", "note", "openToPool", "setPriority"] },
                { tag: "agent, on hold", role: "agent", who: "agent-1", order: "o-on_hold",
                  expected: ["note", "resume", "setPriority"] },
                { tag: "agent, resolved", role: "agent", who: "agent-1", order: "o-resolved",
                  expected: ["note", "setPriority"] },
                { tag: "technician, assigned", role: "technician", who: "tech-1", order: "o-assigned",
                  expected: ["checkIn", "hold", "note"] },
                { tag: "technician, on site", role: "technician", who: "tech-1", order: "o-on_site",
                  expected: ["hold", "note", "resolve"] },
                { tag: "another technician", role: "technician", who: "tech-2", order: "o-on_site",
                  expected: [] },
                { tag: "manager, cancelled", role: "manager", who: "mgr-1", order: "o-cancelled",
                  expected: ["note"] },
            ]
        }

        function test_actions(data) {
            compare(actionsFor(data.role, data.who, data.order), data.expected)
        }

        // The bar shows a button for what the rules allow and nothing else.
        function test_barFollowsTheRules_data() {
            return [
                { tag: "agent", role: "agent", who: "agent-1", order: "o-submitted",
                  shown: ["accept", "setPriority", "dispatch", "note", "cancel"], hidden: ["checkIn", "resolve", "take"] },
                { tag: "technician", role: "technician", who: "tech-1", order: "o-assigned",
                  shown: ["checkIn", "hold", "note"], hidden: ["accept", "dispatch", "resolve", "cancel"] },
                { tag: "technician on site", role: "technician", who: "tech-1", order: "o-on_site",
                  shown: ["resolve", "hold", "note"], hidden: ["checkIn", "accept"] },
            ]
        }

        function test_barFollowsTheRules(data) {
            const bar = createTemporaryObject(barComponent, root, {
                policy: Tickets.actionPolicy(actionsFor(data.role, data.who, data.order), data.role) })
            verify(bar)
            for (const action of data.shown) {
                const button = findChild(bar, "action_" + action)
                verify(button !== null && button.visible, action + " should be offered")
            }
            for (const action of data.hidden) {
                const button = findChild(bar, "action_" + action)
                verify(button === null || !button.visible, action + " should not be offered")
            }
        }
    }
}
