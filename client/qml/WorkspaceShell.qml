// The district and province workspace (a person signed in with an account at a desktop): a permanent
// side menu of the workspace's places, the page on a StackView, and the sign-in-again dialog when the
// session ends (the data on this computer stays; only the password is asked for).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Item {
    id: workspace
    required property AppController app
    readonly property bool wide: true
    readonly property int depth: stack.depth
    readonly property Item currentPage: stack.currentItem
    readonly property string current: stack.currentItem && stack.currentItem.navName !== undefined
                                      ? stack.currentItem.navName : ""

    /// Shows a page by name: "review", "dashboard", "health", "devices", "reports", "sync", "settings".
    function showPage(name) {
        const page = pages[name]
        if (page) stack.replace(null, page)
    }
    /// "One click to the branch": the review queue with everything of that unit.
    function showUnit(unitId) {
        showPage("review")
        stack.currentItem.queue.showUnit(unitId)
    }
    function back() { stack.pop() }
    function openMenu() {}
    function openEditor(kind, recordId) { stack.push(editorComponent, { kind: kind, recordId: recordId }) }
    function openDetail(recordId) { stack.push(detailComponent, { recordId: recordId }) }

    readonly property var pages: ({ "review": reviewComponent, "dashboard": dashboardComponent,
                                    "health": healthComponent, "reports": reportsComponent, "devices": devicesComponent, "sync": syncComponent,
                                    "settings": settingsComponent })

    WorkspaceMenu {
        id: menu
        width: 232
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        app: workspace.app
        current: workspace.current
        onSelected: (name) => workspace.showPage(name)
    }

    StackView {
        id: stack
        anchors { left: menu.right; right: parent.right; top: parent.top; bottom: parent.bottom }
        initialItem: reviewComponent
    }

    Component { id: reviewComponent; ReviewQueuePage { app: workspace.app; shell: workspace } }
    Component { id: dashboardComponent; DashboardPage { app: workspace.app; shell: workspace; model: workspace.app.services.dashboard } }
    Component {
        id: healthComponent
        SyncHealthPage { app: workspace.app; shell: workspace; model: workspace.app.services.syncHealth }
    }
    Component {
        id: devicesComponent
        EnrolmentDeskPage {
            app: workspace.app; shell: workspace
            desk: workspace.app.services.enrolmentDesk; devices: workspace.app.services.devices
        }
    }
    Component { id: reportsComponent; ReportsPage { app: workspace.app; shell: workspace; exporter: workspace.app.services.exporter } }
    Connections {
        target: workspace.app.services.syncHealth
        function onBranchChosen(unitId) { workspace.showUnit(unitId) }
    }
    Component { id: syncComponent; SyncPage { app: workspace.app; shell: workspace } }
    Component { id: settingsComponent; SettingsPage { app: workspace.app; shell: workspace } }
    Component { id: editorComponent; RecordEditorPage { app: workspace.app; shell: workspace } }
    Component { id: detailComponent; RecordDetailPage { app: workspace.app; shell: workspace } }

    SignInAgainDialog {
        app: workspace.app
        visible: workspace.app.sync.sessionEnded
    }
}
