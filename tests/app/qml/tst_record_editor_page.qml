import QtQuick
import QtTest
import QtQuick.Controls
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

        name: "RecordEditorPage"
        when: windowShown

        Component { id: editorComponent; RecordEditorPage { app: demoApp; width: 1280; height: 800 } }
        SignalSpy { id: doneSpy; signalName: "done" }

        function test_an_invalid_form_shows_its_messages() {
            const page = createTemporaryObject(editorComponent, root, { kind: "activity" })
            verify(page)
            verify(!findChild(page, "message_title").visible)
            mouseClick(findChild(page, "saveButton"))
            tryVerify(() => findChild(page, "message_title").visible)
            compare(findChild(page, "message_title").text, "Không được để trống")
            verify(findChild(page, "saveError").visible)
        }

        function test_a_form_can_be_filled_and_saved() {
            const page = createTemporaryObject(editorComponent, root, { kind: "activity" })
            doneSpy.target = page
            doneSpy.clear()
            const kind = findChild(page, "input_kind")
            kind.currentIndex = 0
            kind.activated(0)
            const title = findChild(page, "input_title")
            mouseClick(title)
            typeText("Hop chi hoi thang 11")
            const total = findChild(page, "input_participants_total")
            mouseClick(total)
            typeText("25")
            verify(page.editor.valid)
            mouseClick(findChild(page, "saveButton"))
            compare(doneSpy.count, 1)
        }

        // media_post: no other test here leaves a form of that kind, so no other test meets the choice.
        function test_a_second_new_record_offers_to_continue_the_draft() {
            const first = editorComponent.createObject(root, { kind: "media_post" })
            first.editor.setText("title", "Tin bai dang do")
            first.destroy()
            const page = createTemporaryObject(editorComponent, root, { kind: "media_post" })
            const choice = findChild(page, "draftChoice")
            tryVerify(() => choice.opened)
            mouseClick(findChild(Overlay.overlay, "continueDraft_0"))
            tryVerify(() => !choice.visible)
            compare(page.editor.value("title"), "Tin bai dang do")
            verify(findChild(page, "draftBanner").visible)
            // Discarding asks first; keeping the draft changes nothing.
            const confirm = findChild(page, "discardConfirm")
            mouseClick(findChild(page, "discardDraft"))
            tryVerify(() => confirm.opened)
            mouseClick(findChild(Overlay.overlay, "keepDraft"))
            tryVerify(() => !confirm.visible)
            compare(page.editor.value("title"), "Tin bai dang do")
            verify(page.editor.restoredDraft)
            mouseClick(findChild(page, "discardDraft"))
            tryVerify(() => confirm.opened)
            mouseClick(findChild(Overlay.overlay, "confirmDiscard"))
            tryVerify(() => !confirm.visible)
            compare(page.editor.value("title"), "")
            verify(!page.editor.restoredDraft)
            compare(page.editor.draftChoices.length, 0)
        }

        function test_start_new_keeps_the_draft_for_next_time() {
            const first = editorComponent.createObject(root, { kind: "media_post" })
            first.editor.setText("title", "Ban nhap de lai")
            first.destroy()
            const page = createTemporaryObject(editorComponent, root, { kind: "media_post" })
            tryVerify(() => findChild(page, "draftChoice").opened)
            mouseClick(findChild(Overlay.overlay, "startNew"))
            tryVerify(() => !findChild(page, "draftChoice").visible)
            compare(page.editor.value("title"), "")
            const again = createTemporaryObject(editorComponent, root, { kind: "media_post" })
            compare(again.editor.draftChoices.length, 1)
            again.editor.resumeDraft(again.editor.draftChoices[0].key)
            again.editor.discardDraft()
        }

        function test_a_visit_has_the_eight_criteria() {
            const page = createTemporaryObject(editorComponent, root, { kind: "household_visit" })
            for (const name of ["no_poverty", "no_law_violation", "no_domestic_violence", "no_third_child",
                                "no_malnutrition_dropout", "clean_house", "clean_kitchen", "clean_lane"])
                verify(findChild(page, "input_" + name), name)
            mouseClick(findChild(page, "met_no_poverty"))
            compare(page.editor.criteriaMet, 1)
            mouseClick(findChild(page, "input_household_id"))
            tryVerify(() => findChild(root.Overlay.overlay, "household_3") !== null)  // the demo's households, listed
            mouseClick(findChild(root.Overlay.overlay, "household_0"))
            verify(page.editor.value("household_id").length > 0)
            page.editor.discardDraft()
        }

        Component { id: activities; RecordListModel { manager: demoApp.manager; kind: "activity" } }

        function test_an_edit_shows_the_saved_values() {
            const list = createTemporaryObject(activities, root, { searchText: "chu quyen bien dao" })
            const page = createTemporaryObject(editorComponent, root, { kind: "activity", recordId: list.recordIdAt(0) })
            compare(findChild(page, "input_title").text, "Tuyên truyền chủ quyền biển đảo")
            compare(findChild(page, "input_kind").currentIndex, 0)  // kind 1: propaganda
            compare(findChild(page, "input_kind").currentText, "Tuyên truyền, giáo dục chính trị tư tưởng")
        }

        function test_a_date_can_be_picked_from_the_calendar() {
            const page = createTemporaryObject(editorComponent, root, { kind: "activity" })
            mouseClick(findChild(page, "calendar_date"))
            const grid = findChild(Overlay.overlay, "monthGrid")
            verify(grid)
            tryVerify(() => grid.visible)
            grid.clicked(new Date(2021, 2, 15))
            compare(page.editor.value("date"), "15/03/2021")
            page.editor.discardDraft()  // the next activity form would offer it
        }

        function test_a_training_picks_people() {
            const page = createTemporaryObject(editorComponent, root, { kind: "training" })
            verify(findChild(page, "pickPeople_trainee_ids"))
        }
}
}
