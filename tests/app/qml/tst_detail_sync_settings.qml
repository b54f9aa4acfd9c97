import QtQuick
import QtTest
import QtQuick.Controls
import QtQuick.Controls.Material
import SoHoi
import SoHoi.Models

// TestCase is invisible itself: pages are made inside the visible root so clicks and visibility work.
Item {
    id: root
    width: 1280; height: 800

    TestCase {
        name: "DetailSyncSettings"
        when: windowShown

        Component { id: detailComponent; RecordDetailPage { app: demoApp; width: 1280; height: 800 } }
        Component { id: syncComponent; SyncPage { app: demoApp; width: 1280; height: 800 } }
        Component { id: settingsComponent; SettingsPage { app: demoApp; width: 1280; height: 800 } }
        Component { id: listModel; RecordListModel { manager: demoApp.manager; kind: "household" } }

        function test_detail_shows_state_and_history() {
            const households = createTemporaryObject(listModel, root)
            const page = createTemporaryObject(detailComponent, root, { recordId: households.recordIdAt(0) })
            verify(page.detail.exists)
            verify(findChild(page, "statusStep_0").text.length > 0)
            verify(findChild(page, "nextStep").text.length > 0)
            verify(findChild(page, "editButton").enabled)
            compare(page.detail.versions.length, 1)
        }

        // Deleting cannot be undone: the act is red, and the focused, first choice keeps the record.
        function test_deleting_asks_with_the_safe_choice_first() {
            const households = createTemporaryObject(listModel, root)
            const recordId = households.recordIdAt(0)
            const page = createTemporaryObject(detailComponent, root, { recordId: recordId })
            const dialog = findChild(page, "confirmDelete")
            dialog.open()
            tryVerify(() => dialog.opened)
            const safe = findChild(Overlay.overlay, "safeChoice")
            const destructive = findChild(Overlay.overlay, "destructiveChoice")
            tryVerify(() => safe.activeFocus)
            compare(destructive.text, "Xoá")
            verify(Qt.colorEqual(destructive.Material.foreground, Theme.rejected))
            keyClick(Qt.Key_Escape)
            tryVerify(() => !dialog.visible)
            verify(page.detail.exists)
            compare(households.recordIdAt(0), recordId)
        }

        function test_sync_page_has_its_controls() {
            const page = createTemporaryObject(syncComponent, root)
            verify(findChild(page, "syncButton"))
            verify(findChild(page, "lastSync").text.length > 0)
            verify(findChild(page, "syncProgress"))
        }

        function test_settings_refuse_sign_out_with_unsent_records() {
            const page = createTemporaryObject(settingsComponent, root)
            verify(findChild(page, "languageVi").checked)
            verify(findChild(page, "appVersion"))
            verify(findChild(page, "deviceId").text.length > 0)
            verify(!demoApp.signOut())
            tryVerify(() => findChild(page, "signOutMessage").visible)
            verify(demoApp.enrolled)
        }

        function test_language_switches_at_run_time() {
            const page = createTemporaryObject(settingsComponent, root)
            mouseClick(findChild(page, "languageEn"))
            compare(demoApp.language, "en")
            mouseClick(findChild(page, "languageVi"))
            compare(demoApp.language, "vi")
        }
}
}
