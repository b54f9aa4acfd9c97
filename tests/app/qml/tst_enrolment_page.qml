import QtQuick
import QtTest
import SoHoi
import SoHoi.Models

// TestCase is invisible itself: pages are made inside the visible root so clicks and visibility work.
Item {
    id: root
    width: 1280; height: 800

    TestCase {
        name: "EnrolmentPage"
        when: windowShown

        Component { id: enrolComponent; EnrolmentPage { app: freshApp; width: 1280; height: 800 } }

        function test_asks_for_a_code() {
            const page = createTemporaryObject(enrolComponent, root)
            verify(!freshApp.enrolled)
            verify(findChild(page, "serverField"))
            verify(findChild(page, "codeField"))
            mouseClick(findChild(page, "enrolButton"))
            tryVerify(() => findChild(page, "enrolError").visible)
            compare(findChild(page, "enrolError").text, "Hãy nhập mã đăng ký thiết bị.")
        }

        function test_staff_sign_in_with_a_user_name_and_password() {
            const page = createTemporaryObject(enrolComponent, root)
            mouseClick(findChild(page, "accountTab"))
            tryVerify(() => findChild(page, "usernameField").visible)
            verify(findChild(page, "passwordField").visible)
            compare(findChild(page, "passwordField").echoMode, TextInput.Password)
            verify(!findChild(page, "codeField").visible)
            mouseClick(findChild(page, "enrolButton"))  // nothing typed: said at once, no call made
            tryVerify(() => findChild(page, "enrolError").visible)
            compare(findChild(page, "enrolError").text, "Hãy nhập tên đăng nhập và mật khẩu.")
            verify(!freshApp.signingIn)
        }

        // A leader pastes the ticket, which carries the address: the field waits under "Advanced".
        function test_the_tablet_tab_keeps_the_server_address_under_advanced() {
            const page = createTemporaryObject(enrolComponent, root)
            const server = findChild(page, "serverField")
            verify(!server.visible)
            mouseClick(findChild(page, "advancedButton"))
            tryVerify(() => server.visible)
        }

        function test_staff_type_the_server_address_with_their_account() {
            const page = createTemporaryObject(enrolComponent, root)
            findChild(page, "signInMode").currentIndex = 1
            tryVerify(() => findChild(page, "serverField").visible)
            verify(!findChild(page, "advancedButton").visible)
            verify(findChild(page, "usernameField").visible)
        }
    }
}
