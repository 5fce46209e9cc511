// No "pragma ComponentBehavior: Bound": Qt 6.4's Loader makes its item in a child context,
// which a bound component refuses; the banners below are Loaders.
import QtQuick
import QtQuick.Layouts
import Courtyard.Core
import Courtyard.Ui

// The top of the resident's home list: who is signed in, the banners (offline, sync error,
// refused changes), the "Open requests" heading — or the whole screen's state when there is
// nothing to list yet (loading, offline, error, empty).
Item {
    id: header

    required property var home // the HomePage (typed var: the page uses this file)

    signal reportRequested()
    signal attentionRequested()

    // "list", or why there is none: "loading" | "offline" | "error" | "empty"
    readonly property string listState: !home.nothingYet ? "list"
        : home.everSynced ? "empty"
        : home.offline ? "offline"
        : home.syncError !== "" ? "error" : "loading"

    implicitHeight: profile.height + column.height - profile.overlap + Theme.spacingM

    ProfileHeader {
        id: profile
        width: parent.width
        overlap: 28
        name: Session.userName
        avatarText: Session.avatarText
        roleLabel: Session.roleLabel
        estateName: Session.unitNames !== "" ? qsTr("%1 · %2").arg(Session.estateName).arg(Session.unitNames)
                                             : Session.estateName
    }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: profile.bottom }
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        anchors.topMargin: -profile.overlap
        spacing: Theme.spacingM

        // A light card over the header's edge: what this screen is for.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: intro.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radiusM
            color: Theme.surface
            border.color: Theme.outline
            RowLayout {
                id: intro
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingM
                Icon { icon: "home_repair_service"; color: Theme.primary }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Repairs and requests")
                    font.pixelSize: Theme.fontBodyLarge
                    font.weight: Font.Bold
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "syncLine"
                    text: header.home.syncing ? qsTr("Syncing…")
                        : header.home.offline ? qsTr("Offline") : ""
                    font.pixelSize: Theme.fontCaption
                    color: header.home.offline ? Theme.warning : Theme.textTertiary
                }
            }
        }

        // Made only while shown: hidden banners cost the first frame nothing.
        Loader {
            Layout.fillWidth: true
            active: header.home.offline && header.listState !== "offline"
            visible: active
            sourceComponent: Component {
                InfoBanner {
                    objectName: "offlineBanner"
                    tone: "warning"
                    icon: "cloud_off"
                    text: qsTr("You are offline. This is what your phone has; new requests are kept and sent when you are back online.")
                }
            }
        }
        Loader {
            Layout.fillWidth: true
            active: !header.home.offline && header.home.syncError !== "" && header.listState !== "error"
            visible: active
            sourceComponent: Component {
                InfoBanner {
                    objectName: "syncErrorBanner"
                    tone: "danger"
                    icon: "sync_problem"
                    title: qsTr("Could not sync")
                    text: header.home.syncError
                    actionText: qsTr("Try again")
                    onActionTriggered: Workspace.syncNow()
                }
            }
        }
        Loader {
            Layout.fillWidth: true
            active: header.home.refused > 0
            visible: active
            sourceComponent: Component {
                InfoBanner {
                    objectName: "attentionBanner"
                    tone: "danger"
                    icon: "report"
                    text: qsTr("%n change(s) were refused by the property office and need your attention.", "",
                               header.home.refused)
                    actionText: qsTr("Review")
                    onActionTriggered: header.attentionRequested()
                }
            }
        }

        SectionTitle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            visible: header.listState === "list"
            title: qsTr("Open requests")
            subtitle: header.home.openModel.count === 0 ? qsTr("Nothing open: everything you reported is done.")
                                                        : qsTr("Pull down to refresh.")
        }

        Loader {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXl
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            active: header.listState !== "list"
            visible: active
            sourceComponent: Component {
                EmptyState {
                    objectName: "homeEmptyState"
                    busy: header.listState === "loading"
                    tone: header.listState === "offline" ? "warning" : header.listState === "error" ? "danger" : "neutral"
                    icon: header.listState === "offline" ? "cloud_off"
                        : header.listState === "error" ? "sync_problem" : "home_repair_service"
                    title: {
                        switch (header.listState) {
                        case "loading": return qsTr("Loading your requests…")
                        case "offline": return qsTr("You are offline")
                        case "error": return qsTr("Could not reach the property office")
                        default: return qsTr("No requests yet")
                        }
                    }
                    text: {
                        switch (header.listState) {
                        case "loading": return qsTr("Fetching them from the property office.")
                        case "offline": return qsTr("Your requests show here once this phone has been online. You can still report a problem now: it is sent later.")
                        case "error": return header.home.syncError
                        default: return qsTr("Something broken at home or in the estate? Report it with a few words and photos; we keep you posted here.")
                        }
                    }
                    actionText: header.listState === "error" ? qsTr("Try again")
                              : header.listState === "empty" ? qsTr("Report a repair") : ""
                    onActionTriggered: header.listState === "error" ? Workspace.syncNow() : header.reportRequested()
                }
            }
        }
    }
}
