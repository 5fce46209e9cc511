pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate
import Courtyard.Fees

// Creates or edits a fee item: name, what it is charged on, rounding, the units it applies to
// (by use and status, vacant units at a share of the rate), active; and its rates, each from
// a month on (a new rate never rewrites a bill already made).
Page {
    id: page

    property string estateId
    property string itemId
    property int revision: 0
    readonly property var item: itemId === "" ? null : FeeStaff.item(itemId, revision)
    readonly property bool isNew: item === null
    property string kind: item ? item.kind : "property"
    property string rounding: item ? item.rounding : "half_up"
    property var purposes: item ? item.purposes : []
    property bool active: item ? item.active : true
    property alias nameText: nameField.text
    property alias vacantText: vacantField.text
    property alias rateText: rateField.text
    property alias validFromText: validFromField.text
    property bool attempted: false
    readonly property var form: ({ id: itemId, estateId: estateId, kind: kind, name: nameField.text, rounding: rounding,
                                   purposes: purposes, statuses: [], vacantPercent: vacantField.text, active: active })
    readonly property var errors: FeeStaff.desk ? FeeStaff.desk.checkFeeItem(form) : ({})
    readonly property var rateErrors: FeeStaff.desk && !isNew
        ? FeeStaff.desk.checkRate(itemId, validFromField.text, rateField.text) : ({})

    function save() {
        attempted = true
        if (Object.keys(errors).length > 0)
            return
        const id = FeeStaff.desk.saveFeeItem(form)
        if (id === "") {
            toast.show(FeeStaff.desk.lastError, true)
            return
        }
        if (isNew)
            itemId = FeeStaff.desk.lastRecordId()
        revision++
        toast.show(qsTr("Saved. It is sent when the phone is online."), false)
    }
    function addRate() {
        const id = FeeStaff.desk.addRate(itemId, validFromField.text, rateField.text)
        toast.show(id !== "" ? qsTr("Rate added. It applies to bills from %1 on.").arg(validFromField.text)
                             : FeeStaff.desk.lastError, id === "")
        if (id !== "") {
            rateField.text = ""
            revision++
        }
    }

    objectName: "feeItemEditPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: page.isNew ? qsTr("New fee item") : page.item.name
        subtitle: page.isNew ? "" : FeeStaff.kindTitle(page.item.kind)
        onBack: page.StackView.view.pop()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            spacing: Theme.spacingL

            FormSection {
                title: qsTr("Name")
                error: page.attempted ? (page.errors.name ?? "") : ""
                FormTextField {
                    id: nameField
                    objectName: "feeItemName"
                    Layout.fillWidth: true
                    text: page.item ? page.item.name : ""
                    placeholderText: qsTr("e.g. 物业费")
                }
            }
            FormSection {
                title: qsTr("Charged on")
                ComboBox {
                    objectName: "feeItemKind"
                    Layout.fillWidth: true
                    enabled: page.isNew
                    textRole: "title"
                    valueRole: "id"
                    model: FeeStaff.choices("kind")
                    currentIndex: Math.max(0, model.findIndex(c => c.id === page.kind))
                    onActivated: page.kind = currentValue
                }
            }
            FormSection {
                title: qsTr("Rounding of each line")
                ComboBox {
                    objectName: "feeItemRounding"
                    Layout.fillWidth: true
                    textRole: "title"
                    valueRole: "id"
                    model: FeeStaff.choices("rounding")
                    currentIndex: Math.max(0, model.findIndex(c => c.id === page.rounding))
                    onActivated: page.rounding = currentValue
                }
            }
            FormSection {
                title: qsTr("Units it applies to")
                hint: qsTr("None ticked: every unit.")
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    Repeater {
                        model: Estate.choices("purpose")
                        delegate: CheckBox {
                            required property var modelData
                            text: modelData.title
                            checked: page.purposes.indexOf(modelData.id) >= 0
                            onToggled: {
                                const ids = page.purposes.filter(p => p !== modelData.id)
                                if (checked)
                                    ids.push(modelData.id)
                                page.purposes = ids
                            }
                        }
                    }
                }
            }
            FormSection {
                title: qsTr("Vacant units pay (% of the rate)")
                error: page.errors.vacantPercent ?? ""
                FormTextField {
                    id: vacantField
                    objectName: "feeItemVacant"
                    Layout.fillWidth: true
                    text: page.item ? FeeStaff.centiText(page.item.vacantPermille * 10) : "100"
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                }
            }
            Switch {
                objectName: "feeItemActive"
                text: qsTr("Active (billed)")
                checked: page.active
                onToggled: page.active = checked
            }
            PrimaryButton {
                objectName: "saveFeeItem"
                Layout.fillWidth: true
                text: page.isNew ? qsTr("Create item") : qsTr("Save")
                onClicked: page.save()
            }

            SectionTitle {
                visible: !page.isNew
                title: qsTr("Rates")
                subtitle: qsTr("Each applies to the bills of its month and after, until the next.")
            }
            Repeater {
                model: page.item ? page.item.rates : []
                delegate: InfoRow {
                    required property var modelData
                    Layout.fillWidth: true
                    icon: "sell"
                    label: qsTr("From %1").arg(modelData.validFrom)
                    value: modelData.text
                }
            }
            FormSection {
                visible: !page.isNew
                title: qsTr("New rate")
                error: page.rateText !== "" ? (page.rateErrors.rate ?? page.rateErrors.validFrom ?? "") : ""
                RowLayout {
                    Layout.fillWidth: true
                    FormTextField {
                        id: validFromField
                        objectName: "rateValidFrom"
                        Layout.preferredWidth: 120
                        text: FeeStaff.addMonths(FeeStaff.thisPeriod(page.estateId), 1)
                        placeholderText: "2026-12"
                    }
                    FormTextField {
                        id: rateField
                        objectName: "rateValue"
                        Layout.fillWidth: true
                        placeholderText: qsTr("yuan, e.g. 2.35")
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                    }
                    Button {
                        objectName: "addRate"
                        text: qsTr("Add")
                        enabled: Object.keys(page.rateErrors).length === 0
                        onClicked: page.addRate()
                    }
                }
            }
        }
    }

    Toast { id: toast }
}
