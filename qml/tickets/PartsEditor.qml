pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Core
import Courtyard.Tickets

// The parts used on a job: rows of name and quantity, added and removed by hand. A row is
// complete with a name and a whole quantity within TicketLimits (the check is C++'s).
ColumnLayout {
    id: editor

    readonly property int maximum: TicketLimits.partsMax
    readonly property alias count: rowsModel.count
    // Row errors are shown once the person tried to send the form.
    property bool showErrors: false
    // The rows as typed: [{name, quantity}] (the form's check reads them).
    property var rows: []
    readonly property bool valid: rows.every(row => rowError(row.name, row.quantity) === "")

    // Empty when the row is fine, else what is wrong with it (C++: TicketPolicy::checkPart).
    function rowError(name, quantity) {
        return Tickets.validatePart(String(name), String(quantity))
    }
    function syncRows() {
        const list = []
        for (let i = 0; i < rowsModel.count; ++i)
            list.push({ name: rowsModel.get(i).name, quantity: rowsModel.get(i).quantity })
        rows = list
    }
    function addPart(name, quantity) {
        if (rowsModel.count >= maximum)
            return
        rowsModel.append({ name: name === undefined ? "" : String(name),
                      quantity: quantity === undefined ? "1" : String(quantity) })
    }
    function setPart(index, name, quantity) {
        rowsModel.set(index, { name: String(name), quantity: String(quantity) })
    }
    function removePart(index) {
        rowsModel.remove(index)
    }
    // The rows for TicketDesk.resolve: [{name, quantity}].
    function parts() {
        const list = []
        for (let i = 0; i < rowsModel.count; ++i) {
            const row = rowsModel.get(i)
            list.push({ name: String(row.name).trim(), quantity: Number(String(row.quantity).trim()) })
        }
        return list
    }

    spacing: Theme.spacingS

    ListModel {
        id: rowsModel
        onCountChanged: editor.syncRows()
        onDataChanged: editor.syncRows()
    }

    Repeater {
        model: rowsModel
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
                    maximumLength: TicketLimits.partNameMax * 2 // room to see "too long" before it is cut
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
                    validator: RegularExpressionValidator { regularExpression: /[0-9]*/ }
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
        enabled: rowsModel.count < editor.maximum
        text: rowsModel.count === 0 ? qsTr("Add a part used") : qsTr("Add another part")
        font.capitalization: Font.MixedCase
        Material.foreground: Theme.primary
        icon.width: 0
        leftPadding: 0
        onClicked: editor.addPart()
    }
}
