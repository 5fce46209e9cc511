pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Courtyard.Core

// Switches the UI between Chinese and English; shows the language it switches to.
ToolButton {
    id: button

    property bool inverse: false

    objectName: "languageButton"
    text: AppSettings.effectiveLanguage === "zh_CN" ? "EN" : "中文"
    font.pixelSize: Theme.fontSmall
    font.weight: Font.Medium
    palette.buttonText: inverse ? Theme.textOnBrand : Theme.textSecondary
    Accessible.name: qsTr("Switch language")
    onClicked: AppSettings.toggleLanguage()

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
