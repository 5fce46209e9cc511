// No "pragma ComponentBehavior: Bound": Qt 6.4's StackView and Loader make their items in a
// child context, which a bound component refuses ("Component is not ready").
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Courtyard.Core

// The frame of a signed-in app: a bottom navigation of the app's home, the tabs the feature
// modules registered (Shell.tabs) and "Me", and one stack for the pages opened from them
// (Shell.open / Shell.replace, from any page). It names no feature: a module that registers a
// tab or a page appears here without an edit. A tab's page is made when first shown.
//   home, me:           the app's own first and last tab (components)
//   homeTitle, meTitle: their words in the navigation
StackView {
    id: stack

    required property Component home
    required property Component me
    property string homeTitle: qsTr("Home")
    property string meTitle: qsTr("Me")
    // [{id, title, icon, page}]: home, the modules' tabs, me.
    readonly property var tabs: [{ id: "home", title: homeTitle, icon: "home" }]
                                .concat(Shell.tabs(Workspace.viewer))
                                .concat([{ id: "me", title: meTitle, icon: "person" }])
    property int currentTab: 0

    // Opens a page on top (its back() signal, when it has one, goes back).
    function open(url, properties) {
        return wire(stack.push(url, properties || {}))
    }
    function wire(page) {
        if (page && page.back)
            page.back.connect(() => stack.pop())
        return page
    }
    // Shows a tab by its id (and, for a page of tabs, one of them: its currentIndex).
    function showTab(id, index) {
        stack.pop(null, StackView.Immediate)
        for (let i = 0; i < tabs.length; ++i) {
            if (tabs[i].id === id) {
                currentTab = i
                const loader = pages.itemAt(i)
                if (loader && loader.item && loader.item.currentIndex !== undefined)
                    loader.item.currentIndex = index || 0
                return loader ? loader.item : null
            }
        }
        return null
    }
    // The page a tab shows (made when first shown), for the app and the tours.
    function tabPage(id) {
        for (let i = 0; i < tabs.length; ++i) {
            if (tabs[i].id === id)
                return pages.itemAt(i) ? pages.itemAt(i).item : null
        }
        return null
    }

    objectName: "shellFrame"
    focus: true
    Keys.onBackPressed: event => event.accepted = stack.depth > 1 && !!stack.pop()
    Keys.onEscapePressed: event => event.accepted = stack.depth > 1 && !!stack.pop()

    Connections {
        target: Shell
        function onOpenRequested(url, properties, replace) {
            if (replace && stack.depth > 1)
                stack.wire(stack.replace(url, properties))
            else
                stack.open(url, properties)
        }
        function onTabRequested(id, index) { stack.showTab(id, index) }
    }

    initialItem: Page {
        objectName: "shellTabs"
        background: Rectangle { color: Theme.background }

        StackLayout {
            anchors.fill: parent
            currentIndex: stack.currentTab
            Repeater {
                id: pages
                model: stack.tabs
                delegate: Loader {
                    required property var modelData
                    required property int index
                    // Made when first shown, kept after.
                    active: stack.currentTab === index || item !== null
                    sourceComponent: index === 0 ? stack.home : index === stack.tabs.length - 1 ? stack.me : null
                    source: index > 0 && index < stack.tabs.length - 1 ? modelData.page : ""
                }
            }
        }

        footer: Rectangle {
            implicitHeight: 60
            color: Theme.surface
            Rectangle { width: parent.width; height: 1; color: Theme.outline }
            RowLayout {
                anchors.fill: parent
                spacing: 0
                Repeater {
                    model: stack.tabs
                    delegate: AbstractButton {
                        id: tabButton
                        required property var modelData
                        required property int index
                        readonly property bool current: stack.currentTab === index
                        objectName: "tab_" + modelData.id
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Accessible.role: Accessible.PageTab
                        Accessible.name: modelData.title
                        onClicked: stack.showTab(modelData.id, 0)
                        contentItem: Column {
                            spacing: 2
                            topPadding: Theme.spacingS
                            Icon {
                                anchors.horizontalCenter: parent.horizontalCenter
                                icon: tabButton.modelData.icon
                                size: 24
                                color: tabButton.current ? Theme.primary : Theme.textTertiary
                            }
                            Text {
                                anchors.horizontalCenter: parent.horizontalCenter
                                text: tabButton.modelData.title
                                font.pixelSize: Theme.fontCaption
                                font.weight: tabButton.current ? Font.DemiBold : Font.Normal
                                color: tabButton.current ? Theme.primary : Theme.textSecondary
                            }
                        }
                    }
                }
            }
        }
    }
}
