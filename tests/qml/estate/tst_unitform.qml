import QtQuick
import QtTest
import Courtyard.Core
import Courtyard.Estate

// The unit form on its own (no server): every message from the desk's one check
// (Estate.checkUnit), shown only once the person tried to save; the area read exactly,
// refusing a third decimal.
TestCase {
    id: testCase

    name: "UnitForm"
    width: 390
    height: 844
    when: windowShown

    Component {
        id: formComponent
        UnitForm { width: 358; buildingId: "bld-1-1" }
    }

    function makeForm(properties) {
        const form = createTemporaryObject(formComponent, testCase.parent, properties || {})
        verify(form, "the form loads")
        return form
    }

    function fill(form, number, floor, area) {
        form.numberText = number
        form.floorText = floor
        form.areaText = area
    }

    function errorTexts(form) {
        const out = []
        for (let i = 0; i < form.children.length; ++i) {
            const e = findChild(form.children[i], "fieldError")
            if (e && e.visible)
                out.push(e.children[1].text)
        }
        return out
    }

    function test_emptyFormNeedsNumberFloorArea() {
        const form = makeForm()
        compare(Object.keys(form.errors).sort(), ["area", "floor", "number"])
        verify(!form.valid)
        compare(errorTexts(form).length, 0, "nothing shown before the first save")
        form.attempted = true
        compare(errorTexts(form).length, 3)
    }

    function test_validForm() {
        const form = makeForm()
        fill(form, "1202", "12", "89.57")
        verify(form.valid)
        compare(form.values().area, "89.57")
        compare(form.values().buildingId, "bld-1-1")
    }

    function test_areaDecimals() {
        const form = makeForm()
        fill(form, "1202", "12", "89.575")
        compare(Object.keys(form.errors), ["area"])
        compare(form.errors.area, "At most two decimals (0.01 m²).")
        form.areaText = "89,5"
        verify(form.valid, "a comma is a decimal point too")
        form.areaText = "1e2"
        compare(form.errors.area, "Enter a number such as 89.50.")
        form.areaText = "0"
        compare(form.errors.area, "Between 0.01 and 100000 m².")
    }

    function test_floorRange() {
        const form = makeForm()
        fill(form, "B1-01", "-21", "12.80")
        compare(Object.keys(form.errors), ["floor"])
        form.floorText = "-1"
        verify(form.valid)
    }

    function test_editShowsTheRecord() {
        const form = makeForm({ unit: { id: "unit-1", buildingId: "bld-1-1", number: "0301", floor: 3,
                                        areaCentiSqm: 8957, purpose: "shop", status: "vacant" } })
        compare(form.numberText, "0301")
        compare(form.floorText, "3")
        compare(form.areaText, "89.57")
        compare(form.purpose, "shop")
        compare(form.status, "vacant")
        verify(form.valid)
        compare(form.values().id, "unit-1")
    }
}
