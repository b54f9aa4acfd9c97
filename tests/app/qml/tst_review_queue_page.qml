import QtQuick
import QtTest
import SoHoi
import SoHoi.Models

// The district review queue at the office's smaller screen (1366×768), over the demo workspace: the list
// beside the chosen record, and the keyboard a reviewer works it with.
Item {
    id: root
    width: 1366; height: 768

    TestCase {
        name: "ReviewQueuePage"
        when: windowShown

        Component { id: pageComponent; ReviewQueuePage { app: workspaceApp; width: 1366; height: 768 } }
        Component { id: returnedQueue; ReviewQueueModel { manager: workspaceApp.manager; status: "returned" } }

        function openPage() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => page.queue.count > 0)
            page.list.forceActiveFocus()
            return page
        }

        function test_the_chosen_record_shows_beside_the_list() {
            const page = openPage()
            const pane = findChild(page, "reviewRecordPane")
            compare(pane.recordId, page.queue.recordIdAt(0))
            verify(pane.detail.exists)
            verify(findChild(pane, "approveButton").enabled)
        }

        function test_a_approves_the_chosen_record_and_it_leaves_the_queue() {
            const page = openPage()
            const before = page.queue.count
            const chosen = page.chosenId
            keyClick(Qt.Key_A)
            tryCompare(page.queue, "count", before - 1)
            verify(page.chosenId !== chosen)
        }

        function test_r_asks_for_a_comment_before_returning() {
            const page = openPage()
            page.queue.status = "awaiting"  // a hard conflict would stay one whatever review says
            page.list.forceActiveFocus()
            const chosen = page.chosenId
            keyClick(Qt.Key_R)
            const dialog = findChild(page, "returnDialog")
            tryVerify(() => dialog.opened)
            const confirm = findChild(dialog.footer, "confirmReturn")
            verify(!confirm.enabled)  // a return says why
            findChild(dialog, "returnComment").text = "Bổ sung địa điểm"
            verify(confirm.enabled)
            mouseClick(confirm)
            tryVerify(() => !dialog.opened)
            compare(findChild(page, "reviewError").text, "")
            const returned = createTemporaryObject(returnedQueue, root)
            let found = false
            for (let row = 0; row < returned.count; ++row) found = found || returned.recordIdAt(row) === chosen
            verify(found)
        }

        function test_ctrl_a_selects_what_is_shown_and_ctrl_enter_approves_it() {
            const page = openPage()
            page.queue.communeId = "05452"
            page.queue.status = "awaiting"
            verify(page.queue.count > 1)
            page.list.forceActiveFocus()
            keyClick(Qt.Key_A, Qt.ControlModifier)
            compare(page.queue.selectedCount, page.queue.count)
            keyClick(Qt.Key_Return, Qt.ControlModifier)
            tryCompare(page.queue, "count", 0)
        }

        function test_space_selects_the_chosen_row() {
            const page = openPage()
            compare(page.queue.selectedCount, 0)
            keyClick(Qt.Key_Space)
            compare(page.queue.selectedCount, 1)
            compare(page.queue.selectedIds[0], page.chosenId)
        }

        function test_search_without_diacritics_narrows_the_list() {
            const page = openPage()
            page.queue.status = "all"
            findChild(page, "searchField").text = "bien dao"
            verify(page.queue.count > 0)
            for (let row = 0; row < page.queue.count; ++row) {
                const title = page.queue.data(page.queue.index(row, 0), ReviewQueueModel.TitleRole)
                compare(title, "Tuyên truyền chủ quyền biển đảo")
            }
        }
    }
}
