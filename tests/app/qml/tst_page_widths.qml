import QtQuick
import QtQuick.Controls
import QtTest
import SoHoi
import SoHoi.Models

// Nothing on a page is wider than the window: no card, row or text runs past the right edge, on a phone
// and a tablet, in Vietnamese and in English (longer words). Every page the menu reaches is walked, with
// each kind's form and the page of its first record, and the first-run page; every visible item is
// measured where it is drawn.
Item {
    id: root
    width: 1280; height: 800

    TestCase {
        name: "NothingWiderThanTheWindow"
        when: windowShown

        Component { id: shellComponent; AppShell { app: demoApp } }
        Component { id: enrolComponent; EnrolmentPage { app: freshApp } }
        NavigationModel { id: navigation; manager: demoApp.manager; moreExpanded: true }
        RecordListModel { id: records; manager: demoApp.manager }

        function cleanupTestCase() { setUp({ language: "vi", textScale: 1, width: 1280, height: 800 }) }

        // The menu's pages, each kind's form and its first record's page, the inbox and the branches.
        function pageNames() {
            const names = ["branches", "invalid:activity"]
            for (const name of navigation.names()) {
                if (name.startsWith("group:")) continue
                names.push(name)
                if (!name.startsWith("list:")) continue
                const kind = name.slice("list:".length)
                names.push("editor:" + kind)
                records.kind = kind
                if (records.rowCount() > 0) names.push("detail:" + records.recordIdAt(0))
            }
            return names
        }

        // Items drawn past [0, width] inside item, as "type 'text' (left–right)" lines. The style's shadows
        // and ripples spread beyond their control on purpose and are left out. A text that neither wraps nor
        // elides is drawn as wide as its content, whatever its width.
        function outside(item, width, found) {
            if (!item || !item.visible || item.opacity === 0) return found
            const type = String(item).split("(")[0]
            if (/Elevation|BoxShadow|Ripple|ShaderEffect/.test(type)) return found
            let drawn = item.width
            if (item.elide === Text.ElideNone && item.wrapMode === Text.NoWrap && item.contentWidth !== undefined)
                drawn = Math.max(drawn, item.contentWidth)
            const left = item.mapToItem(root, 0, 0).x, right = item.mapToItem(root, drawn, 0).x
            if (item.width > 0 && (left < -0.5 || right > width + 0.5))
                found.push(type + (typeof item.text === "string" ? " '" + item.text + "'" : "")
                           + " (" + left.toFixed(1) + "–" + right.toFixed(1) + ")")
            for (let i = 0; i < item.children.length; ++i) outside(item.children[i], width, found)
            return found
        }

        // Both languages on a phone and a tablet, and the largest text on a phone.
        function screens() {
            const sizes = [{ name: "phone", width: 360, height: 640 }, { name: "tablet", width: 1280, height: 800 }]
            const rows = []
            for (const language of ["vi", "en"])
                for (const size of sizes)
                    rows.push({ tag: language + " " + size.name, language: language, width: size.width, height: size.height,
                                textScale: 1 })
            rows.push({ tag: "en phone, largest text", language: "en", width: 360, height: 640, textScale: 1.3 })
            return rows
        }

        // The app in the row's language and text size, in a window of the row's size (so that dialogs are
        // placed as on the device).
        function setUp(data) {
            for (const app of [demoApp, freshApp]) {
                app.setLanguage(data.language)
                app.textScale = data.textScale
            }
            root.width = data.width
            root.height = data.height
        }

        // The items drawn past the window's edge, on the page and in any dialog open over it.
        function outsideWindow(item, width) {
            const overlay = root.Overlay.overlay
            let found = outside(item, width, [])
            for (let i = 0; i < overlay.children.length; ++i) found = outside(overlay.children[i], width, found)
            return found
        }

        function test_every_page_fits_the_window_data() { return screens() }
        function test_every_page_fits_the_window(data) {
            setUp(data)
            const shell = createTemporaryObject(shellComponent, root, { width: data.width, height: data.height })
            const stack = findChild(shell, "pageStack")
            const failures = []
            for (const name of pageNames()) {
                shell.showPage(name)
                tryVerify(() => !stack.busy, 3000, name + " settles")
                wait(50)  // the new page's layouts are polished
                const found = outsideWindow(shell, data.width)
                if (found.length > 0) failures.push(name + ": " + found.join(", "))
            }
            compare(failures.join("\n"), "", "items past the window's edge at " + data.width + " px")
        }

        // The first-run page, with the server address shown under "Advanced" and on the staff tab.
        function test_the_first_run_page_fits_the_window_data() { return screens() }
        function test_the_first_run_page_fits_the_window(data) {
            setUp(data)
            const page = createTemporaryObject(enrolComponent, root, { width: data.width, height: data.height })
            findChild(page, "advancedButton").toggle()
            wait(50)
            compare(outsideWindow(page, data.width).join(", "), "", "the enrolment tab at " + data.width + " px")
            findChild(page, "signInMode").currentIndex = 1
            wait(50)
            compare(outsideWindow(page, data.width).join(", "), "", "the account tab at " + data.width + " px")
        }
    }
}
