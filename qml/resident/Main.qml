import QtQuick
import Courtyard.Core
import Courtyard.Ui

// The sign-in page until someone is signed in, then the resident's app (ResidentShell).
AppWindow {
    id: window

    appTitle: qsTr("Courtyard Resident")
    appSubtitle: qsTr("Repairs, bills and notices for your home, in one place.")

    // By URL: the app loads only the page it shows (a kept session starts straight on home).
    Loader {
        id: pageLoader
        objectName: "pageLoader"
        anchors.fill: parent
        function showPage() {
            if (Session.signedIn)
                setSource(Qt.resolvedUrl("ResidentShell.qml"))
            else
                setSource("qrc:/qt/qml/Courtyard/Ui/SignInPage.qml",
                          { appTitle: window.appTitle, appSubtitle: window.appSubtitle })
        }
        Component.onCompleted: showPage()
        Connections {
            target: Session
            function onSignedInChanged() { pageLoader.showPage() }
        }
    }
}
