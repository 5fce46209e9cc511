// No "pragma ComponentBehavior: Bound": the components are made by ShellFrame's Loaders.
import QtQuick
import Courtyard.Ui

// The signed-in staff app: the home of the person's role, the tabs the feature modules add for
// it (work orders; later fees, notices, events) and Me.
ShellFrame {
    homeTitle: qsTr("Home")
    meTitle: qsTr("Me")
    home: Component { HomePage {} }
    me: Component { MePage {} }
}
