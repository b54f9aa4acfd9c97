// Navigation around the pages: a permanent side menu on a tablet, a drawer behind a menu button on a
// phone; pages stack on a StackView so Back returns to the list.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Item {
    id: appShell
    required property AppController app
    readonly property bool wide: width >= Theme.wideLayout

    function showPage(name) {
        const parts = name.split(":")
        stack.pop(null)
        if (parts[0] === "home") stack.replace(null, homeComponent)
        else if (parts[0] === "list") stack.replace(null, listComponent, { kind: parts[1] })
        else if (parts[0] === "editor" || parts[0] === "invalid") {
            stack.replace(null, listComponent, { kind: parts[1] })
            openEditor(parts[1], "")
            if (parts[0] === "invalid") stack.currentItem.save()  // shows every field's message
        }
        else if (parts[0] === "start") {  // "start:<household id>": its status at the start of the year
            stack.replace(null, listComponent, { kind: "household" })
            openEditor("household_visit", "", { householdId: parts[1], startOfYear: true })
        }
        else if (parts[0] === "detail") stack.push(detailComponent, { recordId: parts[1] })
        else if (parts[0] === "edit") { stack.replace(null, inboxComponent); openEditor(parts[1], parts[2]) }
        else if (parts[0] === "sync") stack.replace(null, syncComponent)
        else if (parts[0] === "settings") stack.replace(null, settingsComponent)
        else if (parts[0] === "inbox") stack.replace(null, inboxComponent)
        else if (parts[0] === "branches") stack.push(branchesComponent, { firstTarget: parts.length > 1 ? parts[1] : "" })
        if (!wide) drawer.close()
    }
    // preset: { householdId } starts a visit to that household (with startOfYear: true, its status at the
    // start of the year); { draftKey } continues that unsaved form.
    function openEditor(kind, recordId, preset) {
        stack.push(editorComponent, { kind: kind, recordId: recordId,
                                      presetHouseholdId: preset && preset.householdId ? preset.householdId : "",
                                      presetDraftKey: preset && preset.draftKey ? preset.draftKey : "",
                                      startOfYear: preset && preset.startOfYear === true })
    }
    function openDetail(recordId) { stack.push(detailComponent, { recordId: recordId }) }

    // The menu selects the entry of the page on top of the stack, whichever way it got there (menu, home,
    // a list, Back): each page names its entry in navName.
    readonly property string current: navigation.current
    NavigationModel {
        id: navigation
        manager: appShell.app.manager
        current: stack.currentItem && stack.currentItem.navName !== undefined ? stack.currentItem.navName : ""
    }

    NavigationMenu {
        id: sideMenu
        visible: appShell.wide
        width: 260
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        app: appShell.app
        navigation: navigation
        onSelected: (name) => appShell.showPage(name)
    }
    Drawer {
        id: drawer
        width: Math.min(300, appShell.width * 0.85)
        height: appShell.height
        interactive: !appShell.wide
        NavigationMenu {
            anchors.fill: parent
            app: appShell.app
            navigation: navigation
            onSelected: (name) => appShell.showPage(name)
        }
    }

    StackView {
        id: stack
        objectName: "pageStack"
        anchors { left: appShell.wide ? sideMenu.right : parent.left; right: parent.right; top: parent.top; bottom: parent.bottom }
        initialItem: homeComponent
    }

    Component { id: homeComponent; HomePage { app: appShell.app; shell: appShell } }
    Component { id: listComponent; RecordListPage { app: appShell.app; shell: appShell } }
    Component { id: editorComponent; RecordEditorPage { app: appShell.app; shell: appShell } }
    Component { id: detailComponent; RecordDetailPage { app: appShell.app; shell: appShell } }
    Component { id: syncComponent; SyncPage { app: appShell.app; shell: appShell } }
    Component { id: settingsComponent; SettingsPage { app: appShell.app; shell: appShell } }
    Component { id: inboxComponent; InboxPage { app: appShell.app; shell: appShell } }
    Component { id: branchesComponent; BranchProgressPage { app: appShell.app; shell: appShell } }

    /// Records returned by review and not fixed: the phone's menu button carries the count, as the menu does.
    readonly property int returnedCount: inbox.count
    ReviewInboxModel { id: inbox; manager: appShell.app.manager }

    /// A short confirmation at the foot of the screen ("Đã lưu"), gone after a few seconds.
    function showNotice(text) {
        noticeLabel.text = text
        notice.open()
        noticeTimer.restart()
    }
    Popup {
        id: notice
        objectName: "notice"
        x: (appShell.width - width) / 2
        y: appShell.height - height - 32
        padding: 12
        leftPadding: 24; rightPadding: 24
        closePolicy: Popup.CloseOnPressOutside
        background: Rectangle { radius: 8; color: "#323232" }
        Label { id: noticeLabel; objectName: "noticeText"; color: "white"; font.pixelSize: Theme.body }
        Timer { id: noticeTimer; interval: 3000; onTriggered: notice.close() }
    }

    /// The menu button pages put in their header on a phone.
    function menuButtonVisible() { return !wide && stack.depth <= 1 }
    function openMenu() { drawer.open() }
    function back() { stack.pop() }
    readonly property int depth: stack.depth
}
