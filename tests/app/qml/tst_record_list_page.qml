import QtQuick
import QtTest
import SoHoi
import SoHoi.Models

// TestCase is invisible itself: pages are made inside the visible root so clicks and visibility work.
Item {
    id: root
    width: 1280; height: 800

    TestCase {
        function typeText(text) {
            for (const c of text) c === " " ? keyClick(Qt.Key_Space) : keyClick(c)
        }

        name: "RecordListPage"
        when: windowShown

        Component { id: listComponent; RecordListPage { app: demoApp; width: 1280; height: 800 } }

        function test_lists_a_kind_and_searches_without_accents() {
            const page = createTemporaryObject(listComponent, root, { kind: "person" })
            verify(page)
            const list = findChild(page, "recordList")
            verify(list)
            verify(findChild(page, "addButton"))
            tryCompare(list, "count", 6)
            const search = findChild(page, "searchField")
            search.forceActiveFocus()
            typeText("nguyen thi")
            tryCompare(list, "count", 1)
            compare(page.model.data(page.model.index(0, 0), 258 /* TitleRole */), "Nguyễn Thị Lan")
        }

        function test_households_show_their_criteria() {
            const page = createTemporaryObject(listComponent, root, { kind: "household" })
            tryCompare(findChild(page, "recordList"), "count", 4)
        }
}
}
