// No "pragma ComponentBehavior: Bound" here: Qt 6.4's ListView makes its header in a child
// context, which a bound component refuses ("Component is not ready").
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui

// The resident's home: who is signed in, the phone's state (offline, could not sync, changes
// refused), and a feed of what needs the resident now — each item from a feature module
// (Feed: repairs to confirm; later bills due, events, surveys, notices). Pull down to sync.
Page {
    id: page

    readonly property SyncEngine engine: Workspace.sync
    readonly property bool offline: engine !== null && engine.offline
    readonly property bool syncing: engine !== null && engine.syncing
    readonly property bool everSynced: engine !== null && !!engine.lastSyncAt && !isNaN(engine.lastSyncAt.getTime())
    readonly property string syncError: engine !== null ? engine.lastError : ""
    readonly property int refused: engine !== null ? engine.needsAttentionCount : 0
    readonly property alias feed: feed

    objectName: "residentHomePage"
    background: Rectangle { color: Theme.background }

    Feed {
        id: feed
        store: Workspace.store
        viewer: Workspace.viewer
    }

    ListView {
        id: list
        objectName: "feedList"
        anchors.fill: parent
        model: feed
        spacing: Theme.spacingM
        bottomMargin: Theme.spacingL
        boundsBehavior: Flickable.DragOverBounds
        readonly property bool pulledFar: verticalOvershoot < -72
        onDragEnded: if (pulledFar) Workspace.syncNow()

        header: Column {
            width: list.width
            spacing: Theme.spacingM
            bottomPadding: Theme.spacingS

            ProfileHeader {
                id: profile
                width: parent.width
                overlap: 0
                name: Session.userName
                avatarText: Session.avatarText
                roleLabel: Session.roleLabel
                estateName: Session.unitNames !== "" ? qsTr("%1 · %2").arg(Session.estateName).arg(Session.unitNames)
                                                     : Session.estateName
            }
            Column {
                x: Theme.spacingL
                width: parent.width - 2 * Theme.spacingL
                spacing: Theme.spacingM
                // Made only while shown: hidden banners cost the first frame nothing.
                Loader {
                    width: parent.width
                    active: page.offline
                    visible: active
                    sourceComponent: Component {
                        InfoBanner {
                            objectName: "offlineBanner"
                            tone: "warning"
                            icon: "cloud_off"
                            text: qsTr("You are offline. This is what your phone has; what you do is kept and sent when you are back online.")
                        }
                    }
                }
                Loader {
                    width: parent.width
                    active: !page.offline && page.syncError !== ""
                    visible: active
                    sourceComponent: Component {
                        InfoBanner {
                            objectName: "syncErrorBanner"
                            tone: "danger"
                            icon: "sync_problem"
                            title: qsTr("Could not sync")
                            text: page.syncError
                            actionText: qsTr("Try again")
                            onActionTriggered: Workspace.syncNow()
                        }
                    }
                }
                Loader {
                    width: parent.width
                    active: page.refused > 0
                    visible: active
                    sourceComponent: Component {
                        InfoBanner {
                            objectName: "attentionBanner"
                            tone: "danger"
                            icon: "report"
                            text: qsTr("%n change(s) were refused by the property office and need your attention.", "", page.refused)
                            actionText: qsTr("Review")
                            onActionTriggered: attention.open()
                        }
                    }
                }
                SectionTitle {
                    width: parent.width
                    title: qsTr("For you now")
                    subtitle: qsTr("Pull down to refresh.")
                }
                Loader {
                    width: parent.width
                    active: feed.count === 0
                    visible: active
                    sourceComponent: Component {
                        EmptyState {
                            objectName: "homeEmptyState"
                            busy: !page.everSynced && page.syncing
                            tone: page.offline && !page.everSynced ? "warning" : "neutral"
                            icon: page.offline && !page.everSynced ? "cloud_off" : "check_circle"
                            title: !page.everSynced && page.syncing ? qsTr("Loading…")
                                 : page.offline && !page.everSynced ? qsTr("You are offline")
                                 : qsTr("Nothing needs you now")
                            text: page.offline && !page.everSynced
                                  ? qsTr("What needs you shows here once this phone has been online.")
                                  : qsTr("Repairs to confirm and other things that wait for you show here.")
                        }
                    }
                }
            }
        }

        delegate: FeedCard {
            x: Theme.spacingL
            width: ListView.view.width - 2 * Theme.spacingL
            onOpened: (url, properties) => Shell.open(url, properties)
        }
    }

    // The refused changes, made when first asked for.
    Loader {
        id: attention
        active: false
        function open() {
            active = true
            item.open()
        }
        sourceComponent: Component {
            NeedsAttentionDialog {}
        }
    }
}
