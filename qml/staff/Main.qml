// No "pragma ComponentBehavior: Bound" here, unlike every other file: Qt 6.4's Loader makes
// its item in a child context, which a bound component refuses ("Cannot instantiate bound
// component outside its creation context"). These two components use no delegate data.
import QtQuick
import Courtyard.Core
import Courtyard.Ui

// The sign-in page until someone is signed in, then the staff app (StaffShell).
AppWindow {
    id: window

    appTitle: qsTr("Courtyard Staff")
    appSubtitle: qsTr("Work orders, fees and your estates, for the property team.")

    Loader {
        id: pageLoader
        objectName: "pageLoader"
        anchors.fill: parent
        sourceComponent: Session.signedIn ? homeComponent : signInComponent
    }

    Component {
        id: signInComponent
        SignInPage {
            // qmllint disable unqualified
            appTitle: window.appTitle
            appSubtitle: window.appSubtitle
            // qmllint enable unqualified
            appIcon: "engineering"
        }
    }

    Component {
        id: homeComponent
        StaffShell {}
    }
}
