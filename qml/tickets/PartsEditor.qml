pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Core
import Courtyard.Tickets

// The parts used on a job: rows of name and quantity, added and removed by hand. A row is
// complete with a name (at most 64 characters) and a whole quantity from 1 to 9999.
ColumnLayout {
    id: editor

    readonly property int maximum: 20
    readonly property int nameMax: 64
    readonly property alias count: rows.count
    // Row errors are shown once the person tried to send the form.
    property bool showErrors: false
    readonly property bool valid: invalidRows === 0
    readonly property int invalidRows: {
        let bad = 0
        for (let i = 0; i < rows.count; ++i) {
            const row = rows.get(i)
            if (rowError(row.name, row.quantity) !== "")
                ++bad
        }
        return bad
    }

    // Empty when the row is fine, else what is wrong with it.
    function rowError(name, quantity) {
        const trimmed = String(name).trim()
        if (trimmed.length === 0)
            return qsTr("Name the part")
        if (trimmed.length > nameMax)
            return qsTr("At most %1 characters").arg(nameMax)
        const q = String(quantity).trim()
        if (!/^[0-9]+$/.test(q) || Number(q) < 1 || Number(q) > 9999)
            return qsTr("Quantity 1 to 9999")
        return ""
    }
    function addPart(name, quantity) {
        if (rows.count >= maximum)
            return
        rows.append({ name: name === undefined ? "" : String(name),
                      quantity: quantity === undefined ? "1" : String(quantity) })
    }
    function setPart(index, name, quantity) {
        rows.set(index, { name: String(name), quantity: String(quantity) })
    }
    function removePart(index) {
        rows.remove(index)
    }
    // The rows for TicketDesk.resolve: [{name, quantity}].
    function parts() {
        const list = []
        for (let i = 0; i < rows.count; ++i) {
            const row = rows.get(i)
            list.push({ name: String(row.name).trim(), quantity: Number(String(row.quantity).trim()) })
        }
        return list
    }

    spacing: Theme.spacingS

    ListModel {
        id: rows
    }

    Repeater {
        model: rows
        delegate: ColumnLayout {
            id: row
            required property int index
            required property string name
            required property string quantity
            readonly property string error: editor.rowError(name, quantity)

            Layout.fillWidth: true
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                TextField {
                    id: nameField
                    objectName: "partName" + row.index
                    Layout.fillWidth: true
                    placeholderText: qsTr("Part, e.g. PPR elbow 20 mm")
                    text: row.name
                    maximumLength: editor.nameMax + 10
                    font.pixelSize: Theme.fontBody
                    onTextEdited: editor.setPart(row.index, text, row.quantity)
                    background: FieldFrame { field: nameField; hasError: editor.showErrors && row.error !== "" }
                }
                TextField {
                    id: quantityField
                    objectName: "partQuantity" + row.index
                    Layout.preferredWidth: 64
                    placeholderText: qsTr("Qty")
                    text: row.quantity
                    horizontalAlignment: TextInput.AlignHCenter
                    inputMethodHints: Qt.ImhDigitsOnly
                    validator: RegularExpressionValidator { regularExpression: /[0-9]{0,4}/ }
                    font.pixelSize: Theme.fontBody
                    onTextEdited: editor.setPart(row.index, row.name, text)
                    background: FieldFrame { field: quantityField; hasError: editor.showErrors && row.error !== "" }
                }
                ToolButton {
                    objectName: "partRemove" + row.index
                    Accessible.name: qsTr("Remove part")
                    contentItem: Icon { icon: "remove_circle_outline"; size: 22; color: Theme.textTertiary }
                    onClicked: editor.removePart(row.index)
                }
            }
            Text {
                Layout.fillWidth: true
                visible: editor.showErrors && row.error !== ""
                text: row.error
                font.pixelSize: Theme.fontCaption
                color: Theme.danger
            }
        }
    }

    Button {
        objectName: "addPartButton"
        flat: true
        enabled: rows.count < editor.maximum
        text: rows.count === 0 ? qsTr("Add a part used") : qsTr("Add another part")
        font.capitalization: Font.MixedCase
        Material.foreground: Theme.primary
        icon.width: 0
        leftPadding: 0
        onClicked: editor.addPart()
    }
}
