import QtQuick
import QtQuick.Controls
import QtTest
import SoHoi
import SoHoi.Models

// With Vietnamese chosen, no page or dialog may show an English word: Qt's standard buttons (Yes, No,
// Cancel, Save, Close…) come in English unless the app names them itself. Every page of the tablet, the
// first-run page and the workspace are walked, each with its dialogs open, and every visible text (labels,
// buttons, placeholders) is checked against the English a leader would meet.
Item {
    id: root
    width: 1280; height: 800

    TestCase {
        name: "NoEnglishOnVietnamesePages"
        when: windowShown

        Component { id: shellComponent; AppShell { app: demoApp; width: root.width; height: root.height } }
        Component { id: enrolComponent; EnrolmentPage { app: freshApp; width: root.width; height: root.height } }
        Component { id: workspaceComponent; WorkspaceShell { app: workspaceApp; width: root.width; height: root.height } }
        RecordListModel { id: records; manager: demoApp.manager }

        readonly property var english: /(^|[^A-Za-z])&?(Yes|No|Cancel|Save|Close|OK|Ok|Open|Delete|Back|Menu|Done|Apply|Discard|Reset|Help|Abort|Retry|Ignore|Edit|Sign out|Sign in|Revoke|Today|Search|Add|Sync|Home|Settings|Pending|Sent|Rejected|Returned|Month|Calendar|Choose|Server|Advanced)([^A-Za-z]|$)/

        function initTestCase() {
            demoApp.setLanguage("vi")
            freshApp.setLanguage("vi")
            workspaceApp.setLanguage("vi")
        }

        // Every text shown inside item, as "text" lines; popups live on the window's overlay.
        function shownTexts(item, found) {
            if (!item || !item.visible) return found
            for (const property of ["text", "placeholderText"]) {
                const value = item[property]
                if (typeof value === "string" && value.length > 0) found.push(value)
            }
            for (let i = 0; i < item.children.length; ++i) shownTexts(item.children[i], found)
            return found
        }

        function checkVietnamese(where) {
            const texts = shownTexts(root, []).concat(shownTexts(root.Overlay.overlay, []))
            verify(texts.length > 0, where + ": nothing shown")
            const englishTexts = texts.filter(t => english.test(t))
            compare(englishTexts.join(" | "), "", where + " shows English")
        }

        function settle() { wait(50) }  // a page's delegates and a popup's enter transition

        // A button's action, wherever a page transition has put it.
        function press(parent, name) {
            const button = findChild(parent, name)
            verify(button !== null, name)
            button.clicked()
        }

        function openPopup(parent, name) {
            const popup = findChild(parent, name)
            verify(popup !== null, name)
            popup.open()
            tryVerify(() => popup.opened, 2000, name)
            return popup
        }

        function closePopup(popup) {
            popup.close()
            tryVerify(() => !popup.visible)
        }

        function test_tablet_pages() {
            for (const width of [1280, 360]) {
                const shell = createTemporaryObject(shellComponent, root, { width: width })
                const names = ["home", "sync", "settings", "inbox", "branches"]
                for (const kind of ["activity", "training", "household", "household_visit", "member", "person"])
                    names.push("list:" + kind, "editor:" + kind)
                for (const name of names) {
                    shell.showPage(name)
                    settle()
                    checkVietnamese(name + " at " + width + " px")
                }
            }
        }

        function test_tablet_dialogs() {
            const shell = createTemporaryObject(shellComponent, root)
            shell.showPage("editor:activity")
            settle()
            press(shell, "calendar_date")
            tryVerify(() => findChild(root.Overlay.overlay, "monthGrid") !== null && findChild(root.Overlay.overlay, "monthGrid").visible)
            checkVietnamese("the calendar")
            keyClick(Qt.Key_Escape)

            shell.showPage("editor:training")
            settle()
            press(shell, "pickPeople_trainee_ids")
            tryVerify(() => findChild(root.Overlay.overlay, "addPersonButton") !== null)
            const addPerson = findChild(root.Overlay.overlay, "addPersonButton")
            tryVerify(() => addPerson.visible)
            checkVietnamese("the people picker")
            addPerson.clicked()
            tryVerify(() => findChild(root.Overlay.overlay, "personName") !== null && findChild(root.Overlay.overlay, "personName").visible)
            checkVietnamese("adding a person")
            keyClick(Qt.Key_Escape)
            keyClick(Qt.Key_Escape)

            records.kind = "activity"
            shell.showPage("detail:" + records.recordIdAt(0))
            settle()
            checkVietnamese("a record's detail")
            const confirmDelete = openPopup(shell, "confirmDelete")
            checkVietnamese("confirming a deletion")
            closePopup(confirmDelete)

            shell.showPage("settings")
            settle()
            const confirmSignOut = openPopup(shell, "confirmSignOut")
            checkVietnamese("confirming sign-out")
            closePopup(confirmSignOut)
        }

        function test_first_run_page() {
            const page = createTemporaryObject(enrolComponent, root)
            checkVietnamese("the enrolment tab")
            findChild(page, "advancedButton").toggle()
            checkVietnamese("the enrolment tab, advanced")
            findChild(page, "signInMode").currentIndex = 1
            settle()
            checkVietnamese("the account tab")
        }

        function test_workspace_pages() {
            const shell = createTemporaryObject(workspaceComponent, root)
            for (const name of ["review", "dashboard", "health", "reports", "devices", "sync", "settings"]) {
                shell.showPage(name)
                settle()
                checkVietnamese("workspace " + name)
            }
        }
    }
}
