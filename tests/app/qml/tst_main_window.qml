import QtQuick
import QtTest
import SoHoi
import SoHoi.Models

// TestCase is invisible itself: pages are made inside the visible root so clicks and visibility work.
Item {
    id: root
    width: 1280; height: 800

    TestCase {
        name: "AppShell"
        when: windowShown

        Component { id: shellComponent; AppShell { app: demoApp; width: 1280; height: 800 } }

        function test_every_page_opens_from_the_shell_data() {
            return [
                { tag: "home", page: "home", object: "homePage" },
                { tag: "list", page: "list:member", object: "recordListPage" },
                { tag: "editor", page: "editor:household", object: "recordEditorPage" },
                { tag: "sync", page: "sync", object: "syncPage" },
                { tag: "settings", page: "settings", object: "settingsPage" },
            { tag: "inbox", page: "inbox", object: "inboxPage" }
            ]
        }

        function test_every_page_opens_from_the_shell(data) {
            const shell = createTemporaryObject(shellComponent, root)
            shell.showPage(data.page)
            tryVerify(() => findChild(shell, data.object) !== null)
        }

        RecordListModel { id: households; manager: demoApp.manager; kind: "household" }

        function entry(shell, name) { return findChild(shell, "nav_" + name) }
        function highlighted(shell, name) { const e = entry(shell, name); return e !== null && e.highlighted }

        function test_the_other_kinds_fold_under_more() {
            const shell = createTemporaryObject(shellComponent, root)
            tryVerify(() => entry(shell, "group:more") !== null)
            compare(entry(shell, "list:exemplar"), null)
            mouseClick(entry(shell, "group:more"))
            tryVerify(() => entry(shell, "list:exemplar") !== null)
            mouseClick(entry(shell, "list:exemplar"))
            tryVerify(() => findChild(shell, "recordListPage") !== null && findChild(shell, "recordListPage").kind === "exemplar")
            tryVerify(() => highlighted(shell, "list:exemplar"))
            compare(entry(shell, "list:fund_report"), null)  // a branch has no fund of its own
        }

        function test_a_new_form_of_a_folded_kind_opens_the_group() {
            const shell = createTemporaryObject(shellComponent, root)
            shell.showPage("editor:plan_event")
            tryVerify(() => highlighted(shell, "list:plan_event"))
            shell.back()
            tryCompare(shell, "current", "list:plan_event")
        }

        function test_the_highlight_follows_the_detail_page_and_back() {
            const shell = createTemporaryObject(shellComponent, root)
            shell.showPage("sync")
            tryVerify(() => highlighted(shell, "sync"))
            shell.openDetail(households.recordIdAt(0))
            tryCompare(shell, "current", "list:household")
            tryVerify(() => highlighted(shell, "list:household"))
            verify(!highlighted(shell, "sync"))
            shell.back()
            tryCompare(shell, "current", "sync")
            tryVerify(() => highlighted(shell, "sync"))
        }

        function test_the_highlight_follows_a_detail_opened_by_name() {
            const shell = createTemporaryObject(shellComponent, root)
            shell.showPage("list:activity")
            shell.showPage("detail:" + households.recordIdAt(0))
            tryCompare(shell, "current", "list:household")
            shell.back()
            tryCompare(shell, "current", "list:activity")
        }

        function test_phone_layout_hides_the_side_menu() {
            const shell = createTemporaryObject(shellComponent, root, { width: 360, height: 640 })
            verify(!shell.wide)
        }

        // The demo holds one activity the district returned: Home says so first, and a tap fixes it.
        function test_home_leads_with_the_returned_records() {
            const shell = createTemporaryObject(shellComponent, root)
            const card = findChild(shell, "returnedCard")
            tryVerify(() => card !== null && card.visible)
            mouseClick(findChild(shell, "returnedButton"))
            tryCompare(shell, "current", "inbox")
        }

        function test_a_phone_menu_button_shows_the_returned_count() {
            const shell = createTemporaryObject(shellComponent, root, { width: 360, height: 640 })
            const badge = findChild(shell, "menuBadge")
            verify(badge !== null)
            tryVerify(() => badge.visible)
            compare(badge.text, "1")
        }
    }
}
