import QtQuick
import QtTest
import Courtyard.Core
import Courtyard.Estate

// The import result screen on its own (no server): the server's answers fed to UnitImport as
// the calls would — the counts of a dry run with Apply, Apply off when nothing would change,
// the problems by line of a refused file, and why a file could not be checked.
TestCase {
    id: testCase

    name: "ImportResult"
    width: 390
    height: 844
    when: windowShown

    Component {
        id: importComponent
        UnitImport { estateId: "est-1" }
    }
    Component {
        id: resultComponent
        ImportResult { width: 358 }
    }

    function makeResult() {
        // Not temporary: it must outlive the screen that binds to it (destroyed after the test).
        const importer = importComponent.createObject(testCase)
        const result = createTemporaryObject(resultComponent, testCase.parent, { importer: importer })
        verify(result, "the screen loads")
        return result
    }

    function test_counts() {
        const result = makeResult()
        const apply = findChild(result, "applyImport")
        verify(!apply.visible, "no Apply before a check")
        result.importer.takeAnswer(200, { rows: 1200, created: 3, updated: 10, unchanged: 1187, dryRun: true }, true)
        const summary = findChild(result, "importSummary").text
        verify(/^1200 rows?(\(s\))?: 3 new, 10 updated, 1187 unchanged$/.test(summary), summary)
        verify(apply.visible)
        verify(apply.enabled)
        compare(apply.text, "Apply 13 changes")
        verify(!findChild(result, "importProblemsBanner").visible)
    }

    function test_nothingToApply() {
        const result = makeResult()
        result.importer.takeAnswer(200, { rows: 4, created: 0, updated: 0, unchanged: 4 }, true)
        const apply = findChild(result, "applyImport")
        verify(apply.visible)
        verify(!apply.enabled, "Apply is off when the file changes nothing")
    }

    function test_applyRequested() {
        const result = makeResult()
        result.importer.takeAnswer(200, { rows: 2, created: 2, updated: 0, unchanged: 0 }, true)
        const spy = createTemporaryObject(spyComponent, testCase, { target: result, signalName: "applyRequested" })
        mouseClick(findChild(result, "applyImport"))
        compare(spy.count, 1)
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    function test_problemsByLine() {
        const result = makeResult()
        result.importer.takeAnswer(422, {
            error: "import_invalid",
            problems: [{ line: 14, reason: "unknown building 9号楼" }, { line: 20, reason: "floor is not a number" }]
        }, true)
        verify(findChild(result, "importProblemsBanner").visible)
        verify(!findChild(result, "applyImport").visible, "a refused file cannot be applied")
        const problems = findChild(result, "importProblems")
        compare(problems.count, 2)
        compare(problems.itemAt(0).text, "• Line 14: unknown building 9号楼")
        compare(problems.itemAt(1).text, "• Line 20: floor is not a number")
        verify(findChild(result, "pickAgain").visible)
    }

    function test_appliedThenAnother() {
        const result = makeResult()
        result.importer.takeAnswer(200, { rows: 2, created: 2, updated: 0, unchanged: 0 }, false)
        compare(result.importer.state, "applied")
        verify(!findChild(result, "applyImport").visible, "applied once, no second Apply")
        verify(findChild(result, "pickAgain").visible)
    }

    function test_signedOutCannotCheck() {
        // Signed out (as in this runner), a check stops at once with a reason, never silently.
        const result = makeResult()
        result.importer.check(Qt.resolvedUrl("no-such-file.csv"))
        compare(result.importer.state, "failed")
        verify(findChild(result, "importError").visible)
        verify(result.importer.errorText !== "")
    }
}
