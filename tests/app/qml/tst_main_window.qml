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

        function test_phone_layout_hides_the_side_menu() {
            const shell = createTemporaryObject(shellComponent, root, { width: 360, height: 640 })
            verify(!shell.wide)
        }
}
}
