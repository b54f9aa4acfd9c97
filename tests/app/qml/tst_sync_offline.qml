import QtQuick
import QtTest
import SoHoi
import SoHoi.Models

// No network is a village's normal state: Home and the Sync page say so calmly, with what waits and that
// the tablet sends it by itself, and show no red error.
Item {
    id: root
    width: 1280; height: 800

    TestCase {
        name: "SyncOffline"
        when: windowShown

        Component { id: homeComponent; HomePage { app: offlineApp; width: root.width; height: root.height } }
        Component { id: syncComponent; SyncPage { app: offlineApp; width: root.width; height: root.height } }

        function initTestCase() {
            offlineApp.sync.syncNow()
            tryVerify(() => offlineApp.sync.offline && !offlineApp.sync.running, 10000)
        }

        function test_pages_show_a_calm_offline_strip_instead_of_an_error_data() {
            return [ { tag: "home", page: homeComponent }, { tag: "sync", page: syncComponent } ]
        }

        function test_pages_show_a_calm_offline_strip_instead_of_an_error(data) {
            const page = createTemporaryObject(data.page, root)
            const strip = findChild(page, "offlineStrip")
            verify(strip.visible)
            verify(strip.children[0].text.indexOf(String(offlineApp.sync.pendingCount)) >= 0)
            verify(!findChild(page, "syncError").visible)
            verify(findChild(page, "syncButton").enabled)  // a tap tries again at once
        }
    }
}
