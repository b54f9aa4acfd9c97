import QtQuick
import QtTest
import SoHoi
import SoHoi.Models

// The photo strip under a form: photos from files where the device has no camera (as here), none for
// kinds that take no evidence.
Item {
    id: root
    width: 1280; height: 800

    TestCase {
        name: "PhotoStrip"
        when: windowShown

        Component { id: editorComponent; RecordEditorPage { app: demoApp; width: 1280; height: 800 } }

        function test_a_device_without_a_camera_offers_photos_from_files_data() {
            return [{ tag: "activity" }, { tag: "training" }, { tag: "household_visit" }]
        }
        function test_a_device_without_a_camera_offers_photos_from_files(data) {
            const page = createTemporaryObject(editorComponent, root, { kind: data.tag })
            const strip = findChild(page, "photoStrip")
            verify(strip)
            verify(strip.visible)
            verify(findChild(strip, "choosePhotoButton").visible)
            verify(!findChild(strip, "takePhotoButton").visible)
        }

        function test_the_place_a_form_holds_is_shown_in_words() {
            const page = createTemporaryObject(editorComponent, root, { kind: "activity" })
            const strip = findChild(page, "photoStrip")
            page.editor.setText("latitude_e6", "21594120")
            page.editor.setText("longitude_e6", "105848000")
            tryCompare(strip, "place", "21,59412° B, 105,84800° Đ")
        }

        function test_a_household_takes_no_photos() {
            const page = createTemporaryObject(editorComponent, root, { kind: "household" })
            verify(!findChild(page, "photoStrip").visible)
        }
    }
}
