pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Courtyard.Ui
import Courtyard.Onboarding

// What a checked join code is for: the estate, the unit and the relation, and until when.
AccountCard {
    id: card

    required property JoinForm form

    objectName: "joinTargetCard"
    title: qsTr("This code is for")
    InfoRow {
        Layout.fillWidth: true
        icon: "apartment"
        label: qsTr("Estate")
        value: card.form.estateName
    }
    InfoRow {
        objectName: "joinTargetUnit"
        Layout.fillWidth: true
        icon: "meeting_room"
        label: qsTr("Unit")
        value: card.form.unitLabel
    }
    InfoRow {
        objectName: "joinTargetRelation"
        Layout.fillWidth: true
        icon: "people"
        label: qsTr("You join as")
        value: card.form.relationLabel
    }
    InfoRow {
        Layout.fillWidth: true
        visible: card.form.expiresText !== ""
        icon: "event"
        label: qsTr("Valid until")
        value: card.form.expiresText
    }
}
