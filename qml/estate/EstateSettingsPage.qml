pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Estate

// The manager's estate settings: name, address, time zone, how new requests are dispatched,
// whether owners may invite their tenants and family, and the SLA targets per priority. A save
// goes through the desk's outbox (kept on the phone, sent once); a refusal shows its reason.
Page {
    id: page

    property string estateId
    readonly property var estate: settings.estate
    property string dispatchMode: estate ? estate.dispatchMode : "assign"
    property bool ownerInvites: estate ? estate.ownerInvites === true : false
    property string timeZone: estate ? (estate.timeZone || "Asia/Shanghai") : "Asia/Shanghai"
    readonly property var zones: Estate.timeZones()
    property alias nameText: nameField.text
    property alias addressText: addressField.text

    function changes() {
        const c = {}
        if (!estate)
            return c
        if (nameField.text.trim() !== (estate.name || ""))
            c.name = nameField.text
        if (addressField.text.trim() !== (estate.address || ""))
            c.address = addressField.text
        if (timeZone !== (estate.timeZone || "Asia/Shanghai"))
            c.timeZone = timeZone
        if (dispatchMode !== estate.dispatchMode)
            c.dispatchMode = dispatchMode
        if (ownerInvites !== (estate.ownerInvites === true))
            c.ownerInvites = ownerInvites
        return c
    }
    function save() {
        const desk = Estate.desk
        const id = desk ? desk.updateEstate(estateId, changes()) : ""
        toast.show(id !== "" ? qsTr("Saved. It is sent when the phone is online.")
                             : (desk ? desk.lastError : qsTr("Sign in again.")), id === "")
    }

    objectName: "estateSettingsPage"
    background: Rectangle { color: Theme.background }

    header: TopBar {
        title: qsTr("Estate settings")
        subtitle: page.estate ? page.estate.name : ""
        onBack: page.StackView.view.pop()
    }

    EstateSettings {
        id: settings
        store: Workspace.store
        viewer: Workspace.viewer
        estateId: page.estateId
        onChanged: {
            if (!nameField.activeFocus && page.estate)
                nameField.text = page.estate.name || ""
            if (!addressField.activeFocus && page.estate)
                addressField.text = page.estate.address || ""
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        visible: page.estate !== undefined && page.estate !== null

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: flick.width - 2 * Theme.spacingL
            spacing: Theme.spacingL

            RejectionBanner {
                Layout.fillWidth: true
                rejection: settings.rejection
                onDismiss: settings.dismissRejection()
            }
            InfoBanner {
                Layout.fillWidth: true
                visible: settings.pending > 0
                icon: "cloud_upload"
                text: qsTr("Changes waiting to be sent: %1").arg(settings.pending)
            }

            FormSection {
                title: qsTr("Name")
                TextField {
                    id: nameField
                    objectName: "estateNameField"
                    Layout.fillWidth: true
                    text: page.estate ? page.estate.name : ""
                    font.pixelSize: Theme.fontBody
                    background: FieldFrame { field: nameField }
                }
            }
            FormSection {
                title: qsTr("Address")
                TextField {
                    id: addressField
                    objectName: "estateAddressField"
                    Layout.fillWidth: true
                    text: page.estate ? (page.estate.address || "") : ""
                    placeholderText: qsTr("e.g. 88 Jinqiao Road, Pudong, Shanghai")
                    font.pixelSize: Theme.fontBody
                    background: FieldFrame { field: addressField }
                }
            }
            FormSection {
                title: qsTr("Time zone")
                hint: qsTr("Due dates and the audit log's days are counted in it.")
                ComboBox {
                    id: zoneBox
                    objectName: "timeZoneBox"
                    Layout.fillWidth: true
                    model: page.zones
                    textRole: "title"
                    valueRole: "id"
                    currentIndex: page.zones.findIndex(z => z.id === page.timeZone)
                    onActivated: page.timeZone = currentValue
                }
            }
            FormSection {
                title: qsTr("Dispatch of new requests")
                Repeater {
                    model: Estate.choices("dispatchMode")
                    delegate: RadioDelegate {
                        id: mode
                        required property var modelData
                        objectName: "dispatch_" + modelData.id
                        Layout.fillWidth: true
                        checked: page.dispatchMode === modelData.id
                        onClicked: page.dispatchMode = modelData.id
                        contentItem: ColumnLayout {
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                Layout.rightMargin: mode.indicator.width + Theme.spacingS
                                text: mode.modelData.title
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: Theme.textPrimary
                            }
                            Text {
                                Layout.fillWidth: true
                                Layout.rightMargin: mode.indicator.width + Theme.spacingS
                                text: mode.modelData.text
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textSecondary
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
            FormSection {
                title: qsTr("Residents")
                SwitchDelegate {
                    objectName: "ownerInvitesSwitch"
                    Layout.fillWidth: true
                    text: qsTr("Owners may invite tenants and family")
                    checked: page.ownerInvites
                    onToggled: page.ownerInvites = checked
                }
            }
            PrimaryButton {
                objectName: "saveEstate"
                Layout.fillWidth: true
                text: qsTr("Save settings")
                enabled: Object.keys(page.changes()).length > 0
                onClicked: page.save()
            }
            SlaSection {
                Layout.fillWidth: true
                estateId: page.estateId
                targets: settings.slaTargets
                onFailed: message => toast.show(message, true)
                onSaved: toast.show(qsTr("Saved. It is sent when the phone is online."), false)
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        visible: !flick.visible
        icon: "settings"
        title: qsTr("The estate is not on this phone yet")
        text: qsTr("It arrives with the next sync.")
    }

    Toast { id: toast }
}
