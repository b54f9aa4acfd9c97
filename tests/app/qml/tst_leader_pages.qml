import QtQuick
import QtTest
import QtQuick.Controls
import SoHoi
import SoHoi.Models

// The leader's pages as a leader reads them on a phone and a cheap tablet: a visit read back without
// overlaps, its criteria as Đạt / Chưa đạt, one status line, no default role for a new person, a text
// size, readable sizes, sentence-case buttons, room under the last row, a dismissable draft dialog and
// a "Đã lưu" confirmation.
Item {
    id: root
    width: 1280; height: 800

    TestCase {
        name: "LeaderPages"
        when: windowShown

        Component { id: detailComponent; RecordDetailPage { app: demoApp } }
        Component { id: editorComponent; RecordEditorPage { app: demoApp; width: 1280; height: 800 } }
        Component { id: listComponent; RecordListPage { app: demoApp; width: 400; height: 700 } }
        Component { id: settingsComponent; SettingsPage { app: demoApp; width: 1280; height: 800 } }
        Component { id: shellComponent; AppShell { app: demoApp; width: 1280; height: 800 } }
        Component { id: windowComponent; Main { app: demoApp } }
        Component { id: cardComponent; ProgressCard { width: 400 } }
        Component { id: visits; RecordListModel { manager: demoApp.manager; kind: "household_visit" } }
        Component { id: households; RecordListModel { manager: demoApp.manager; kind: "household" } }

        function rowsOf(page) {
            const rows = []
            for (let i = 0; findChild(page, "fieldRow_" + i) !== null; ++i) rows.push(findChild(page, "fieldRow_" + i))
            return rows
        }

        // Read at a phone's width and at a tablet's: every value under its label, every row under the last.
        function test_a_visit_reads_back_without_values_over_labels_data() {
            return [{ tag: "phone", width: 360 }, { tag: "tablet", width: 1280 }]
        }
        function test_a_visit_reads_back_without_values_over_labels(data) {
            const list = createTemporaryObject(visits, root)
            const page = createTemporaryObject(detailComponent, root,
                                               { recordId: list.recordIdAt(0), width: data.width, height: 800 })
            tryVerify(() => rowsOf(page).length >= 10)
            const rows = rowsOf(page)
            waitForRendering(page)
            let previousBottom = -1
            for (const row of rows) {
                const label = findChild(row, "fieldLabel"), value = findChild(row, "fieldValue")
                const top = row.mapToItem(page, 0, 0).y
                verify(top >= previousBottom, "row " + label.text + " starts under the one before")
                verify(value.mapToItem(page, 0, 0).y >= label.mapToItem(page, 0, 0).y + label.height - 0.5,
                       "the value of " + label.text + " is under its label")
                verify(row.height >= label.height + value.height)
                previousBottom = top + row.height
            }
        }

        function test_a_visit_shows_each_criterion_as_met_or_not_and_the_count_on_top() {
            const list = createTemporaryObject(visits, root)
            const page = createTemporaryObject(detailComponent, root, { recordId: list.recordIdAt(0), width: 800, height: 800 })
            const values = rowsOf(page).map(row => findChild(row, "fieldValue").text)
            verify(values.every(v => v !== "Có" && v !== "Không"), values.join(" | "))
            verify(values.filter(v => v === "✓ Đạt" || v === "✗ Chưa đạt").length === 8, values.join(" | "))
            verify(/^\d\/8 tiêu chí$/.test(findChild(page, "criteriaSummary").text), findChild(page, "criteriaSummary").text)
        }

        // Delete is away from Edit: not in the header beside it, at the foot of the page in red.
        function test_delete_is_away_from_edit() {
            const list = createTemporaryObject(households, root)
            const page = createTemporaryObject(detailComponent, root, { recordId: list.recordIdAt(0), width: 800, height: 800 })
            verify(findChild(page.header, "editButton") !== null)
            compare(findChild(page.header, "deleteButton"), null)
            verify(findChild(page, "deleteButton") !== null)
            verify(Qt.colorEqual(findChild(page, "deleteButton").Material.foreground, Theme.rejected))
        }

        function test_a_household_page_has_its_visits_and_a_visit_action() {
            const list = createTemporaryObject(households, root)
            const page = createTemporaryObject(detailComponent, root, { recordId: list.recordIdAt(0), width: 800, height: 800 })
            verify(findChild(page, "householdCase").visible)
            compare(findChild(page, "visitHousehold").text, "Thăm hộ này")
        }

        function test_a_record_has_one_status_line_and_a_next_step() {
            const list = createTemporaryObject(households, root)
            const page = createTemporaryObject(detailComponent, root, { recordId: list.recordIdAt(0), width: 800, height: 800 })
            verify(findChild(page, "statusStep_0").text.length > 0)
            verify(findChild(page, "statusStep_1") !== null)
            verify(findChild(page, "nextStep").text.length > 0)
        }

        function test_a_visit_form_asks_each_criterion_as_met_or_not() {
            const page = createTemporaryObject(editorComponent, root, { kind: "household_visit" })
            verify(!findChild(page, "draftChoice").visible, "no draft is offered")
            compare(page.editor.criteriaUnanswered, 8)
            waitForRendering(page)
            compare(findChild(page, "met_no_poverty").text, "✓ Đạt")
            compare(findChild(page, "notMet_no_poverty").text, "✗ Chưa đạt")
            mouseClick(findChild(page, "notMet_no_poverty"))
            compare(page.editor.criteriaUnanswered, 7)
            compare(page.editor.criteriaMet, 0)
            verify(findChild(page, "notMet_no_poverty").highlighted)
            verify(!findChild(page, "met_no_poverty").highlighted)
            verify(findChild(page, "criteriaCount").text.indexOf("7 chưa trả lời") >= 0)
            page.editor.discardDraft()
        }

        function test_long_texts_are_written_in_several_lines() {
            const page = createTemporaryObject(editorComponent, root, { kind: "exemplar" })
            const area = findChild(page, "input_description")
            verify(area.wrapMode === TextEdit.Wrap)
            verify(area.height >= 3 * area.font.pixelSize)
        }

        // A trainee is rarely a branch leader: the role is chosen, never guessed.
        function test_a_person_added_from_a_training_has_no_role_until_chosen() {
            const page = createTemporaryObject(editorComponent, root, { kind: "training" })
            mouseClick(findChild(page, "pickPeople_trainee_ids"))
            tryVerify(() => findChild(root.Overlay.overlay, "addPersonButton") !== null)
            mouseClick(findChild(root.Overlay.overlay, "addPersonButton"))
            tryVerify(() => findChild(root.Overlay.overlay, "personRole") !== null && findChild(root.Overlay.overlay, "personRole").visible)
            const role = findChild(root.Overlay.overlay, "personRole")
            compare(role.currentIndex, -1)
            compare(role.displayText, "Chọn…")
            keyClick(Qt.Key_Escape)
            keyClick(Qt.Key_Escape)
        }

        function test_the_text_size_applies_and_is_kept() {
            const page = createTemporaryObject(settingsComponent, root)
            mouseClick(findChild(page, "textSizeLarger"))
            compare(demoApp.textScale, 1.3)
            mouseClick(findChild(page, "textSizeNormal"))
            compare(demoApp.textScale, 1)
        }

        function test_text_is_16_px_or_more_and_buttons_in_sentence_case() {
            verify(Theme.small >= 16)
            const window = createTemporaryObject(windowComponent, root)
            compare(window.font.capitalization, Font.MixedCase)
            tryVerify(() => findChild(window.contentItem, "add_household") !== null)
            compare(findChild(window.contentItem, "add_household").font.capitalization, Font.MixedCase)
            const before = Theme.body
            demoApp.textScale = 1.3
            tryVerify(() => Theme.body > before)
            demoApp.textScale = 1
        }

        function test_the_add_button_never_covers_the_last_row() {
            const page = createTemporaryObject(listComponent, root, { kind: "household" })
            const list = findChild(page, "recordList")
            verify(list.bottomMargin >= findChild(page, "addButton").height + 24)
        }

        function test_a_progress_row_not_judged_here_has_no_verdict() {
            const card = createTemporaryObject(cardComponent, root, { bars: [
                { title: "Tỷ lệ", valueText: "Chưa có số liệu", fraction: -1, met: false, hasTarget: true, judged: false }] })
            const row = findChild(card, "progressRow_0")
            verify(!findChild(row, "progressChip").visible)
            compare(findChild(row, "progressValue").text, "Chưa có số liệu")
            verify(findChild(row, "progressValue").font.pixelSize >= 16)
        }

        function test_the_draft_dialog_can_be_dismissed() {
            const first = createTemporaryObject(editorComponent, root, { kind: "media_post" })
            first.editor.setText("title", "Bài về Ngày Phụ nữ")
            const page = createTemporaryObject(editorComponent, root, { kind: "media_post" })
            const dialog = findChild(page, "draftChoice")
            tryVerify(() => dialog.opened)
            mouseClick(root, 4, 4)  // a tap beside it
            tryVerify(() => !dialog.visible)
            compare(page.editor.draftChoices.length, 0)
            page.editor.resumeDraft(first.editor.draftChoices.length > 0 ? first.editor.draftChoices[0].key : "")
            first.editor.discardDraft()
        }

        function test_a_save_says_saved() {
            const shell = createTemporaryObject(shellComponent, root)
            shell.showPage("editor:media_post")
            tryVerify(() => findChild(shell, "recordEditorPage") !== null)
            const page = findChild(shell, "recordEditorPage")
            const dialog = findChild(page, "draftChoice")
            if (dialog.visible) { page.editor.startNew() }
            page.editor.setText("title", "Tin về lớp học nghề")
            page.editor.setChoice("outlet_level", 3)
            page.save()
            tryVerify(() => findChild(shell, "notice").opened)
            compare(findChild(shell, "noticeText").text, "Đã lưu")
        }

        // A household just registered: its status at the start of the year comes next, and can be skipped.
        function test_a_new_household_is_followed_by_its_start_of_year_which_can_be_skipped() {
            const shell = createTemporaryObject(shellComponent, root)
            shell.showPage("editor:household")
            tryVerify(() => findChild(shell, "recordEditorPage") !== null)
            const page = findChild(shell, "recordEditorPage")
            if (findChild(page, "draftChoice").visible) page.editor.startNew()
            page.editor.setText("head_name", "Hộ chị Mai")
            page.save()
            tryVerify(() => findChild(shell, "recordEditorPage") !== null && findChild(shell, "recordEditorPage").startOfYear)
            const start = findChild(shell, "recordEditorPage")
            compare(start.editor.title, "Tình trạng đầu năm")
            compare(start.editor.value("date"), "31/12/2020")
            verify(findChild(start, "startOfYearBanner").visible)
            const skip = findChild(start, "skipStartOfYear")
            verify(skip.visible)
            compare(skip.text, "Bỏ qua")
            mouseClick(skip)
            tryVerify(() => findChild(shell, "recordEditorPage") === null)
        }
    }
}
