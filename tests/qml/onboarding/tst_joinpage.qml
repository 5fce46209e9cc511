import QtQuick
import QtTest
import Courtyard.Core
import Courtyard.Onboarding

// "Join my home" on its own (signed out, no server): the code typed in any case with spaces and
// hyphens, shown grouped; a code that cannot be one is refused before anything is sent; the
// scan button on a device without a camera explains and leaves the field; a problem reaching
// the server is said in the banner and keeps what was typed.
TestCase {
    id: testCase

    name: "JoinPage"
    width: 390
    height: 844
    when: windowShown

    Component {
        id: pageComponent
        JoinPage { width: 390; height: 844 }
    }

    function makePage() {
        const page = createTemporaryObject(pageComponent, testCase.parent)
        verify(page, "the page loads")
        return page
    }

    function typeCode(page, text) {
        const field = findChild(page, "codeField")
        verify(field)
        field.forceActiveFocus()
        field.selectAll()
        keySequence("Ctrl+A")
        keyClick(Qt.Key_Backspace)
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
        return field
    }

    function test_codeIsGroupedAsTyped() {
        const page = makePage()
        const field = typeCode(page, "abcd efgh")
        compare(page.form.code, "ABCDEFGH")
        compare(field.text, "ABCD-EFGH")
        verify(page.form.codeComplete)
    }

    function test_hyphensAndCaseIgnored() {
        const page = makePage()
        page.form.code = "kmnp-qrst"
        compare(page.form.code, "KMNPQRST")
        compare(findChild(page, "codeField").text, "KMNP-QRST")
        page.form.code = "km"
        compare(findChild(page, "codeField").text, "KM")
    }

    function test_incompleteCodeIsRefusedHere() {
        const page = makePage()
        typeCode(page, "abc")
        mouseClick(findChild(page, "joinSubmit"))
        verify(!page.form.busy, "nothing was sent")
        verify(page.form.fieldErrors.code.indexOf("8 letters") >= 0, page.form.fieldErrors.code)
        compare(page.form.stage, JoinForm.EnterCode)
        // Typing again clears the message.
        typeCode(page, "abcdefgh")
        compare(page.form.fieldErrors.code, undefined)
    }

    function test_lettersNotInTheAlphabet() {
        const page = makePage()
        page.form.code = "ABCD-EFG0" // no 0, O, 1 or I
        verify(!page.form.codeComplete)
        page.form.check()
        verify(page.form.fieldErrors.code !== undefined)
    }

    function test_emptyCode() {
        const page = makePage()
        page.form.check()
        verify(page.form.fieldErrors.code.indexOf("Enter the code") >= 0, page.form.fieldErrors.code)
    }

    function test_noCameraExplainsAndKeepsTheField() {
        const page = makePage()
        const banner = findChild(page, "noCameraBanner")
        verify(!banner.visible)
        typeCode(page, "abcd")
        mouseClick(findChild(page, "scanButton"))
        if (Onboarding.cameraAvailable())
            skip("this machine has a camera")
        verify(banner.visible)
        verify(findChild(page, "codeField").visible, "the field stays")
        compare(findChild(page, "codeField").text, "ABCD")
    }

    function test_unreachableServerKeepsTheCode() {
        const page = makePage()
        typeCode(page, "abcdefgh")
        mouseClick(findChild(page, "joinSubmit"))
        tryVerify(() => !page.form.busy, 5000)
        tryVerify(() => page.form.errorText !== "", 5000)
        verify(findChild(page, "joinError").visible)
        compare(page.form.stage, JoinForm.EnterCode)
        compare(findChild(page, "codeField").text, "ABCD-EFGH")
    }

    function test_detailsHiddenUntilTheCodeIsChecked() {
        const page = makePage()
        verify(!findChild(page, "nameField").visible)
        verify(!findChild(page, "joinTargetCard").visible)
        // join() does nothing before a checked code.
        page.form.join("王芳", "13800000001", "Lantern-Quiet-47")
        verify(!page.form.busy)
    }

    function test_detailsValidation() {
        const form = createTemporaryObject(Qt.createComponent("qrc:/qt/qml/Courtyard/Onboarding/JoinPage.qml"), testCase.parent).form
        const errors = form.validate("", "12", "short")
        verify(errors.name !== undefined)
        verify(errors.phone !== undefined)
        verify(errors.password.indexOf("8") >= 0, errors.password)
        compare(Object.keys(form.validate("王芳", "138 0000 0001", "Lantern-Quiet-47")).length, 0)
    }
}
