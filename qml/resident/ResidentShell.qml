// No "pragma ComponentBehavior: Bound": the components are made by ShellFrame's Loaders.
import QtQuick
import Courtyard.Ui

// The signed-in resident's app: home (the feed), the tabs the feature modules add (报修
// Repairs; later 缴费 Bills, 社区 Community) and Me.
ShellFrame {
    homeTitle: qsTr("Home")
    meTitle: qsTr("Me")
    home: Component { HomePage {} }
    me: Component { MePage {} }
}
