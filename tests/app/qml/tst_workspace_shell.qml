import QtQuick
import QtTest
import SoHoi
import SoHoi.Models

// The workspace a signed-in district officer gets: every place of its menu opens its page, at both of
// the office's screen sizes.
Item {
    id: root
    width: 1920; height: 1080

    TestCase {
        name: "WorkspaceShell"
        when: windowShown

        Component { id: shellComponent; WorkspaceShell { app: workspaceApp } }

        function test_pages_data() {
            return [
                { tag: "review", page: "reviewQueuePage" }, { tag: "dashboard", page: "dashboardPage" },
                { tag: "health", page: "syncHealthPage" }, { tag: "devices", page: "enrolmentDeskPage" },
                { tag: "reports", page: "reportsPage" }, { tag: "sync", page: "syncPage" },
                { tag: "settings", page: "settingsPage" }
            ]
        }

        function test_pages(data) {
            for (const size of [[1366, 768], [1920, 1080]]) {
                const shell = createTemporaryObject(shellComponent, root, { width: size[0], height: size[1] })
                mouseClick(findChild(shell, "nav_" + data.tag))
                tryCompare(shell, "current", data.tag)
                verify(findChild(shell, data.page))
            }
        }

        function test_a_branch_chosen_in_sync_health_opens_its_records() {
            const shell = createTemporaryObject(shellComponent, root, { width: 1366, height: 768 })
            shell.showUnit("05449-1")
            tryCompare(shell, "current", "review")
            const queue = shell.currentPage.queue
            compare(queue.branchId, "05449-1")
            compare(queue.communeId, "05449")
        }
    }
}
