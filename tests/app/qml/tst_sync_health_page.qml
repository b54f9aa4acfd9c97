import QtQuick
import QtTest
import SoHoi
import SoHoi.Models

// The sync-health page shows the rows its model gives (known figures from the test runner's fetcher),
// worst first with silent ones marked, and hands a click and a new N to the model.
Item {
    id: root
    width: 1366; height: 768

    TestCase {
        name: "SyncHealthPage"
        when: windowShown

        Component { id: pageComponent; SyncHealthPage { app: demoApp; model: sampleSyncHealth; width: 1366; height: 768 } }
        Component { id: chosenSpy; SignalSpy { target: sampleSyncHealth; signalName: "branchChosen" } }

        function loadedPage() {
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => !sampleSyncHealth.loading && findChild(page, "healthList").count === 4)
            sampleSyncHealth.silentAfterDays = 7
            return page
        }

        function test_rows_come_worst_first_with_silent_ones_marked() {
            const page = loadedPage()
            const list = findChild(page, "healthList")
            list.forceLayout()
            const first = findChild(list, "healthRow0")
            verify(first)
            compare(first.branchName, "Chi hội 3")
            verify(findChild(first, "silentChip").visible)
            const second = findChild(list, "healthRow1")
            compare(second.branchName, "Chi hội 2")
            compare(findChild(second, "pending").text, "5")
            verify(findChild(second, "wrongClock").visible)
            const last = findChild(list, "healthRow3")
            compare(last.branchName, "Chi hội 1")
            verify(!findChild(last, "silentChip").visible)
            verify(findChild(page, "updatedAt").visible)
            verify(findChild(page, "summary").text.indexOf("2") >= 0)
        }

        function test_fewer_days_mark_more_branches_silent() {
            const page = loadedPage()
            const spin = findChild(page, "silentAfterDays")
            compare(spin.value, 7)
            sampleSyncHealth.silentAfterDays = 2
            compare(spin.value, 2)
            compare(sampleSyncHealth.silentCount, 3)
            verify(findChild(findChild(page, "healthList"), "healthRow2").silent)
        }

        function test_a_click_on_a_row_chooses_its_branch() {
            const page = loadedPage()
            const spy = createTemporaryObject(chosenSpy, root)
            mouseClick(findChild(findChild(page, "healthList"), "healthRow1"))
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], "05449-2")
        }
    }
}
