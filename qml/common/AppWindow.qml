pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// The window of either app: phone-sized on desktop, in the Courtyard colours. Each app's
// Main.qml puts its page switching inside (a Loader there, so that its bound components are
// instantiated in the context they were made in).
ApplicationWindow {
    id: window

    required property string appTitle
    required property string appSubtitle

    width: 390
    height: 844
    visible: true
    title: appTitle
    color: Theme.background

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.foreground: Theme.textPrimary
    Material.background: Theme.background
}
