pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui
import Courtyard.Onboarding

// One of the resident's homes: who lives there, the open join codes (an owner invites a tenant
// or family member, when the estate allows it, and withdraws a code), and leaving the home.
Page {
    id: page

    required property string unitId
    property string unitLabel
    // The code just issued, shown big until the page closes.
    property string issuedId

    readonly property var desk: Onboarding.homes
    // Read again on every change of the desk's records (revision).
    readonly property int revision: desk ? desk.revision : 0
    readonly property bool canInvite: revision >= 0 && !!desk && desk.canInvite(unitId)
    readonly property var issued: revision >= 0 && desk && issuedId !== "" ? desk.joinCode(issuedId) : ({})
    readonly property var codes: revision >= 0 && desk ? desk.openCodes(unitId).filter(c => c.id !== issuedId) : []
    readonly property var people: revision >= 0 && desk ? desk.residents(unitId) : []
    readonly property var me: people.find(p => p.self) || null

    signal back()

    objectName: "invitePage"
    background: Rectangle { color: Theme.background }
    header: TopBar {
        title: page.unitLabel
        subtitle: qsTr("People and invitations")
        onBack: page.back()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            x: Theme.spacingL
            y: Theme.spacingL
            width: parent.width - 2 * Theme.spacingL
            spacing: Theme.spacingM

            JoinCodeCard {
                Layout.fillWidth: true
                visible: page.issuedId !== "" && page.issued.id !== undefined
                code: page.issued
            }
            PrimaryButton {
                objectName: "inviteButton"
                Layout.fillWidth: true
                visible: page.canInvite
                text: qsTr("Invite family or tenant")
                onClicked: relationDialog.open()
            }
            Text {
                Layout.fillWidth: true
                visible: !!page.desk && page.desk.lastError !== ""
                text: page.desk ? page.desk.lastError : ""
                font.pixelSize: Theme.fontSmall
                color: Theme.danger
                wrapMode: Text.Wrap
            }

            SectionTitle {
                visible: page.codes.length > 0
                title: qsTr("Open codes")
            }
            Repeater {
                model: page.codes
                delegate: Rectangle {
                    id: codeRow
                    required property var modelData
                    required property int index
                    objectName: "openCode" + index
                    Layout.fillWidth: true
                    implicitHeight: 60
                    radius: Theme.radiusM
                    color: Theme.surface
                    border.color: Theme.outline
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacingM
                        spacing: Theme.spacingS
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                text: codeRow.modelData.waiting ? qsTr("Waiting for the server…") : codeRow.modelData.codeDisplay
                                font.pixelSize: Theme.fontBodyLarge
                                font.weight: Font.DemiBold
                                font.letterSpacing: 1
                                color: Theme.textPrimary
                            }
                            Text {
                                text: qsTr("%1 · valid until %2").arg(codeRow.modelData.relationLabel).arg(codeRow.modelData.expiresText)
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textSecondary
                            }
                        }
                        Button {
                            objectName: "revokeCode" + codeRow.index
                            flat: true
                            text: qsTr("Withdraw")
                            font.capitalization: Font.MixedCase
                            Material.foreground: Theme.danger
                            onClicked: page.desk.revokeCode(codeRow.modelData.id)
                        }
                    }
                }
            }

            SectionTitle {
                title: qsTr("People in this home")
            }
            Repeater {
                model: page.people
                delegate: Rectangle {
                    id: personRow
                    required property var modelData
                    required property int index
                    objectName: "resident" + index
                    Layout.fillWidth: true
                    implicitHeight: 60
                    radius: Theme.radiusM
                    color: Theme.surface
                    border.color: Theme.outline
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacingM
                        spacing: Theme.spacingS
                        Icon { icon: "person"; size: 22; color: Theme.textTertiary }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: personRow.modelData.self ? qsTr("%1 (you)").arg(personRow.modelData.name) : personRow.modelData.name
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: Theme.textPrimary
                                elide: Text.ElideRight
                            }
                            Text {
                                text: [personRow.modelData.relationLabel, personRow.modelData.phoneMasked].filter(s => !!s).join(" · ")
                                font.pixelSize: Theme.fontCaption
                                color: Theme.textSecondary
                            }
                        }
                        Button {
                            objectName: "removeResident" + personRow.index
                            visible: personRow.modelData.removable
                            flat: true
                            text: qsTr("Remove")
                            font.capitalization: Font.MixedCase
                            Material.foreground: Theme.danger
                            onClicked: {
                                confirmDialog.residencyId = personRow.modelData.residencyId
                                confirmDialog.leaving = false
                                confirmDialog.name = personRow.modelData.name
                                confirmDialog.open()
                            }
                        }
                    }
                }
            }
            Button {
                objectName: "leaveHomeButton"
                Layout.fillWidth: true
                visible: page.me !== null
                flat: true
                text: qsTr("Leave this home")
                font.capitalization: Font.MixedCase
                Material.foreground: Theme.danger
                onClicked: {
                    confirmDialog.residencyId = page.me.residencyId
                    confirmDialog.leaving = true
                    confirmDialog.open()
                }
            }
        }
    }

    ChoiceDialog {
        id: relationDialog
        objectName: "relationDialog"
        title: qsTr("Whom do you invite?")
        note: qsTr("They get a single-use code, valid for 7 days, to join this home with their own account.")
        acceptText: qsTr("Make a code")
        choices: Onboarding.invitableRelations().map(r => r.relation)
        textOf: r => Onboarding.relationLabel(r)
        onPicked: value => {
            const id = page.desk.invite(page.unitId, value)
            if (id !== "")
                page.issuedId = id
        }
    }

    StaffDialog {
        id: confirmDialog
        property string residencyId
        property string name
        property bool leaving: false
        objectName: "confirmRemoveDialog"
        title: leaving ? qsTr("Leave this home?") : qsTr("Remove %1?").arg(name)
        acceptText: leaving ? qsTr("Leave") : qsTr("Remove")
        contentItem: Text {
            text: confirmDialog.leaving
                  ? qsTr("You will no longer see this home's repairs and bills. Your other homes stay. To come back you need a new code.")
                  : qsTr("They will no longer see this home's repairs and bills, on any phone. Their own past requests stay on record.")
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
        onAccepted: {
            if (page.desk.removeResident(residencyId) && leaving)
                page.back()
        }
    }
}
