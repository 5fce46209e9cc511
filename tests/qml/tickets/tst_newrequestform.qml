import QtQuick
import QtTest
import Courtyard.Core
import Courtyard.Tickets
import Courtyard.TestSupport

// The resident's new-request form on its own (no server): which fields are required, the
// limits, the visit window, photos and phone checks — every message from the desk's one check
// (Tickets.validateRequest), shown as the person types — and what formData() hands to submit().
TestCase {
    id: testCase

    name: "NewRequestForm"
    width: 390
    height: 844
    when: windowShown

    readonly property var oneUnit: [{ id: "unit-1", label: "1栋 0301" }]
    readonly property var twoUnits: [{ id: "unit-1", label: "1栋 0301" }, { id: "unit-2", label: "2栋 1502" }]

    Component {
        id: formComponent
        NewRequestForm { width: 358 }
    }

    // Parented to the window's root item: the TestCase itself is not visible, and clicks
    // need visible items. Photos go to a folder of the run (signed out, there is no account).
    function makeForm(properties) {
        const form = createTemporaryObject(formComponent, testCase.parent, properties || {})
        verify(form, "the form loads")
        form.tray.outputDir = TestFixtures.tempPath("media")
        return form
    }

    // A form that passes: a repair of the plumbing in the only unit.
    function validForm() {
        const form = makeForm({ units: testCase.oneUnit })
        form.category = "plumbing"
        form.description = "The kitchen tap drips"
        return form
    }

    function test_nothingShownBeforeTheFirstCheck() {
        const form = makeForm({ units: [] })
        compare(Object.keys(form.errors).length, 0)
        verify(!form.hasErrors)
    }

    function test_requiredFields() {
        const form = makeForm({ units: [] })
        form.kind = ""
        verify(!form.validate())
        compare(Object.keys(form.errors).sort(), ["category", "description", "kind", "place"])
        verify(form.hasErrors)
    }

    function test_blankDescriptionIsMissing() {
        const form = validForm()
        form.description = "   \n  "
        verify(!form.validate())
        verify(form.errors.description !== undefined)
    }

    function test_validFormPasses() {
        const form = validForm()
        verify(form.validate(), JSON.stringify(form.errors))
        compare(Object.keys(form.errors).length, 0)
    }

    function test_errorsFollowTheEdits() {
        const form = validForm()
        form.category = ""
        verify(!form.validate())
        verify(form.errors.category !== undefined)
        form.category = "electrical"
        compare(form.errors.category, undefined)
        verify(!form.hasErrors)
    }

    function test_onlyUnitIsPreselected() {
        const form = makeForm({ units: testCase.oneUnit })
        verify(!form.common)
        compare(form.unitId, "unit-1")
    }

    function test_severalUnitsNeedAChoice() {
        const form = makeForm({ units: testCase.twoUnits })
        form.category = "lift"
        form.description = "The lift stops between floors"
        compare(form.unitId, "")
        verify(!form.validate())
        verify(form.errors.place !== undefined)
        const chip = findChild(form, "unit_unit-2")
        verify(chip)
        mouseClick(chip)
        compare(form.unitId, "unit-2")
        verify(form.validate())
    }

    function test_noUnitMeansCommonArea() {
        const form = makeForm({ units: [] })
        verify(form.common)
        form.category = "public_area"
        form.description = "Broken bench"
        verify(!form.validate())
        verify(form.errors.place !== undefined)
        form.locationLabel = "Garden by building 3"
        verify(form.validate())
        form.locationLabel = "x".repeat(TicketLimits.locationLabelMax + 1)
        verify(!form.validate())
        verify(form.errors.place !== undefined)
    }

    function test_descriptionLimit() {
        const form = validForm()
        compare(TicketLimits.descriptionMax, 2000)
        form.description = "x".repeat(2000)
        verify(form.validate())
        form.description = "x".repeat(2001)
        verify(!form.validate())
        verify(form.errors.description.indexOf("2000") >= 0, form.errors.description)
    }

    function test_visitWindow() {
        const form = validForm()
        form.visitEnabled = true
        form.visitDayOffset = 1
        form.visitFromMinutes = 14 * 60
        form.visitToMinutes = 10 * 60
        verify(!form.validate())
        verify(form.errors.visit !== undefined)
        form.visitToMinutes = 14 * 60 // empty window
        verify(!form.validate())
        form.visitToMinutes = 16 * 60
        verify(form.validate(), JSON.stringify(form.errors))
        form.visitEnabled = false
        form.visitToMinutes = 10 * 60 // ignored while off
        verify(form.validate())
    }

    function test_visitWindowInThePast() {
        const form = validForm()
        form.visitEnabled = true
        form.visitDayOffset = 0
        form.visitFromMinutes = 0
        form.visitToMinutes = 30 // 00:30 today has passed (unless the test runs right after midnight)
        if (new Date().getHours() === 0 && new Date().getMinutes() < 31)
            skip("too close to midnight")
        verify(!form.validate())
        verify(form.errors.visit !== undefined)
    }

    function test_seventhPhotoRefused() {
        const form = validForm()
        for (let i = 1; i <= 6; ++i)
            verify(form.addPhotos([TestFixtures.imageFile(i)]), "photo " + i)
        compare(form.tray.count, 6)
        compare(form.photoMessage, "")
        verify(!form.addPhotos([TestFixtures.imageFile(7)]), "the 7th is refused")
        compare(form.tray.count, 6)
        verify(form.photoMessage !== "")
        // The add tile is gone while the tray is full.
        verify(!findChild(form, "addPhotoTile").visible)
        form.tray.remove(0)
        compare(form.tray.count, 5)
        verify(findChild(form, "addPhotoTile").visible)
    }

    function test_photosBecomeHashes() {
        const form = validForm()
        verify(form.addPhotos([TestFixtures.imageFile(11), TestFixtures.imageFile(12)]))
        tryCompare(form.tray, "busy", false, 10000)
        compare(form.tray.hashes.length, 2)
        verify(form.validate(), JSON.stringify(form.errors))
        const data = form.formData()
        compare(data.photos.length, 2)
        verify(/^[0-9a-f]{64}$/.test(data.photos[0]), data.photos[0])
    }

    function test_phone_data() {
        return [
            { tag: "empty is fine", phone: "", ok: true, sent: undefined },
            { tag: "mobile", phone: "13800000001", ok: true, sent: "13800000001" },
            { tag: "spaces and dashes", phone: "+86 138-0000-0001", ok: true, sent: "+86 138-0000-0001" },
            { tag: "letters", phone: "138abc", ok: false },
            { tag: "too short", phone: "1234", ok: false },
            { tag: "too long", phone: "1".repeat(21), ok: false },
            { tag: "plus inside", phone: "138+0000", ok: false }
        ]
    }

    function test_phone(data) {
        const form = validForm()
        form.contactPhone = data.phone
        compare(form.validate(), data.ok, JSON.stringify(form.errors))
        compare(form.errors.phone === undefined, data.ok)
        if (data.ok)
            compare(form.formData().contactPhone, data.sent)
    }

    function test_formDataForAUnit() {
        const form = validForm()
        form.kind = "complaint"
        form.description = "  Noise from the pump room at night  "
        form.contactPhone = "13800000001"
        verify(form.validate())
        const data = form.formData()
        compare(data.kind, "complaint")
        compare(data.category, "plumbing")
        compare(data.description, "  Noise from the pump room at night  ") // the desk cleans it (Text::clean)
        compare(data.unitId, "unit-1")
        compare(data.locationLabel, undefined)
        compare(data.latitude, undefined)
        compare(data.photos.length, 0)
        compare(data.visitFrom, undefined)
        compare(data.visitTo, undefined)
        compare(data.contactPhone, "13800000001")
    }

    function test_formDataForACommonAreaWithAVisit() {
        const form = makeForm({ units: testCase.oneUnit })
        form.kind = "repair"
        form.category = "lift"
        form.description = "Lift door does not close"
        form.common = true
        form.locationLabel = " Lift hall, building 3 "
        form.useFix = true // no fix came: nothing is sent for it
        form.visitEnabled = true
        form.visitDayOffset = 2
        form.visitFromMinutes = 9 * 60 + 30
        form.visitToMinutes = 11 * 60
        verify(form.validate(), JSON.stringify(form.errors))
        const data = form.formData()
        compare(data.unitId, undefined)
        compare(data.locationLabel, " Lift hall, building 3 ")
        compare(data.latitude, undefined)
        compare(data.accuracyM, undefined)
        const from = data.visitFrom
        const to = data.visitTo
        verify(from instanceof Date && to instanceof Date)
        const day = new Date()
        day.setHours(0, 0, 0, 0)
        day.setDate(day.getDate() + 2)
        compare(from.getDate(), day.getDate())
        compare(from.getHours(), 9)
        compare(from.getMinutes(), 30)
        compare(to.getHours(), 11)
        compare((to - from) / 60000, 90)
        compare(data.contactPhone, undefined)
    }

    // Kind preselected, the only unit preselected: a category tap and the description are all
    // a resident needs before "Send".
    function test_fewTaps() {
        const form = makeForm({ units: testCase.oneUnit })
        const tile = findChild(form, "category_electrical")
        verify(tile)
        mouseClick(tile)
        compare(form.category, "electrical")
        const field = findChild(form, "descriptionField")
        mouseClick(field)
        tryVerify(() => field.activeFocus)
        keyClick(Qt.Key_H)
        keyClick(Qt.Key_I)
        compare(form.description, "hi")
        verify(form.validate(), JSON.stringify(form.errors))
    }

    // Lengths are characters, as the server counts them: 2000 emoji pass, 2001 do not.
    function test_descriptionCountsCharacters() {
        const form = validForm()
        form.description = "\u{1F4A7}".repeat(2000)
        verify(form.validate(), JSON.stringify(form.errors))
        form.description = "\u{1F4A7}".repeat(2001)
        verify(!form.validate())
        verify(form.errors.description !== undefined)
    }

    // As the person types, after the first check: the message follows each keystroke.
    function test_messagesFollowTyping() {
        const form = validForm()
        form.contactPhone = "138"
        verify(!form.validate())
        verify(form.errors.phone !== undefined)
        const field = findChild(form, "phoneField")
        mouseClick(field)
        tryVerify(() => field.activeFocus)
        field.cursorPosition = field.text.length
        for (const key of [Qt.Key_0, Qt.Key_0, Qt.Key_0])
            keyClick(key)
        compare(form.contactPhone, "138000")
        compare(form.errors.phone, undefined)
        keyClick(Qt.Key_A)
        verify(form.errors.phone !== undefined)
    }

    function test_kindChooser() {
        const form = validForm()
        const inquiry = findChild(form, "segment_inquiry")
        verify(inquiry)
        mouseClick(inquiry)
        compare(form.kind, "inquiry")
        compare(form.formData().kind, "inquiry")
    }
}
