import QtQuick
import QtTest
import SoHoi
import SoHoi.Models

// TestCase is invisible itself: pages are made inside the visible root so clicks and visibility work.
Item {
    id: root
    width: 1280; height: 800

    TestCase {
        name: "HomePage"
        when: windowShown

        Component { id: homeComponent; HomePage { app: demoApp; width: 1280; height: 800 } }

        function test_loads_with_unit_counts_and_sync_button() {
            const page = createTemporaryObject(homeComponent, root)
            verify(page)
            compare(findChild(page, "unitName").text, "Chi hội Tổ 1 Phan Đình Phùng")
            verify(findChild(page, "todayCount").value > 0)
            verify(findChild(page, "pendingCount").value > 0)
            verify(findChild(page, "lastSync").text.indexOf("Đồng bộ lần cuối") === 0)
            verify(findChild(page, "syncButton"))
            verify(findChild(page, "progressCard"))
            verify(findChild(page, "add_activity"))
        }
}
}
