pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Courtyard.Core

// Switches the UI between Chinese and English; shows the language it switches to.
// A plain AbstractButton (no Material ripple): it sits on every first screen, and a styled
// tool button costs the start-up several milliseconds.
AbstractButton {
    id: button

    property bool inverse: false

    objectName: "languageButton"
    text: AppSettings.effectiveLanguage === "zh_CN" ? "EN" : "中文"
    font.pixelSize: Theme.fontSmall
    font.weight: Font.Medium
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    implicitHeight: 40
    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    Accessible.name: qsTr("Switch language")
    onClicked: AppSettings.toggleLanguage()

    background: Rectangle {
        radius: height / 2
        color: button.inverse ? Qt.rgba(1, 1, 1, button.down ? 0.24 : 0)
                              : (button.down ? Theme.surfaceMuted : "transparent")
    }

    contentItem: Row {
        spacing: Theme.spacingXs
        Icon {
            icon: "translate"
            size: 18
            color: button.inverse ? Theme.textOnBrand : Theme.textSecondary
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            text: button.text
            font: button.font
            color: button.inverse ? Theme.textOnBrand : Theme.textSecondary
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
