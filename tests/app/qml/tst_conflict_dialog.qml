import QtQuick
import QtTest
import SoHoi
import SoHoi.Models

// The review pane's way into a hard conflict, and the dialog that resolves it, at the office's smaller
// screen (1366×768): the demo workspace holds one activity two leaders renamed from the same version.
Item {
    id: root
    width: 1366; height: 768

    TestCase {
        name: "ConflictDialog"
        when: windowShown

        Component { id: paneComponent; ReviewRecordPane { app: workspaceApp; width: 800; height: 768 } }
        Component { id: conflicts; ReviewQueueModel { manager: workspaceApp.manager; status: "conflict" } }
        Component { id: awaiting; ReviewQueueModel { manager: workspaceApp.manager; status: "awaiting" } }

        function conflictId() {
            const queue = createTemporaryObject(conflicts, root)
            compare(queue.count, 1)
            return queue.recordIdAt(0)
        }

        function openDialog() {
            const pane = createTemporaryObject(paneComponent, root, { recordId: conflictId() })
            const button = findChild(pane, "resolveConflictButton")
            verify(button.visible)
            mouseClick(button)
            tryVerify(() => pane.conflictDialog.opened)
            return pane
        }

        function rowFor(dialog, field) { return findChild(dialog.contentItem, "conflictRow_" + field) }

        function test_dialog_shows_only_differing_fields_side_by_side() {
            const dialog = openDialog().conflictDialog
            compare(dialog.resolution.count, 2)  // the title both changed, the place only one did
            verify(rowFor(dialog, "title"))
            verify(rowFor(dialog, "place"))
            verify(!rowFor(dialog, "participants_total"))
            verify(dialog.resolution.sameFields.length > 0)
            verify(dialog.width <= root.width && dialog.height <= root.height)
            compare(rowFor(dialog, "place").chosen, "right")  // the side that changed it
            verify(findChild(rowFor(dialog, "place"), "rightChoice").checked)
        }

        function test_pane_offers_no_resolution_without_a_conflict() {
            const queue = createTemporaryObject(awaiting, root)
            const pane = createTemporaryObject(paneComponent, root, { recordId: queue.recordIdAt(0) })
            verify(pane.detail.exists)
            verify(!findChild(pane, "resolveConflictButton").visible)
        }

        function test_radios_follow_choose_all_after_a_click() {
            const dialog = openDialog().conflictDialog
            const title = rowFor(dialog, "title")
            mouseClick(findChild(title, "rightChoice"))
            compare(title.chosen, "right")
            mouseClick(findChild(dialog.contentItem, "chooseAllLeft"))
            compare(title.chosen, "left")
            verify(findChild(title, "leftChoice").checked)
            verify(!findChild(title, "rightChoice").checked)
        }

        function test_saving_makes_one_version_and_ends_the_conflict() {
            const pane = openDialog()
            const dialog = pane.conflictDialog
            const before = pane.detail.versions.length
            mouseClick(findChild(rowFor(dialog, "title"), "rightChoice"))
            mouseClick(findChild(dialog.footer, "saveResolution"))
            tryVerify(() => !dialog.visible)
            compare(pane.detail.versions.length, before + 1)
            verify(!pane.detail.conflict)
            verify(!findChild(pane, "resolveConflictButton").visible)
            compare(workspaceApp.sync.pendingCount, 1)
        }
    }
}
