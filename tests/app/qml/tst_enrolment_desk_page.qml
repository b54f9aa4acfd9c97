import QtQuick
import QtTest
import SoHoi
import SoHoi.Models

// The enrolment and devices page: staff pick a unit, type a name and get the code as text and as a
// scannable QR code carrying the server's address; the devices of the subtree are listed, and revoking one
// asks first. The desk and the device list are answered by the test runner's fake AdminService.
Item {
    id: root
    width: 1366; height: 768

    TestCase {
        name: "EnrolmentDeskPage"
        when: windowShown

        Component {
            id: pageComponent
            EnrolmentDeskPage { app: demoApp; desk: enrolmentDesk; devices: enrolmentDevices; width: 1366; height: 768 }
        }

        function loadedPage() {
            enrolmentDesk.clearIssued()  // the desk outlives each test's page
            const page = createTemporaryObject(pageComponent, root)
            tryVerify(() => !enrolmentDevices.loading && findChild(page, "deviceList").count === 3)
            return page
        }

        function issueFor(page, unitRow, name) {
            const units = findChild(page, "unitList")
            units.positionViewAtIndex(unitRow, ListView.Beginning)
            mouseClick(findChild(units, "unitRow" + unitRow))
            const nameField = findChild(page, "personNameField")
            nameField.text = name
            mouseClick(findChild(page, "issueButton"))
        }

        function test_an_issued_code_shows_as_text_and_as_a_scannable_qr_code() {
            const page = loadedPage()
            verify(!findChild(page, "enrolmentCodeCard").visible)
            issueFor(page, 3, "Nguyễn Thị Hạnh")  // the third branch of the first commune unit
            compare(page.chosenUnitName, "Chi hội Tổ 3")
            tryCompare(enrolmentDesk, "issuing", false)
            compare(findChild(page, "deskError").visible, false)
            verify(findChild(page, "enrolmentCodeCard").visible)
            compare(findChild(page, "codeLabel").text, "HK4T7MWQ")
            const qr = findChild(page, "ticketQr")
            verify(qr.valid)
            compare(qr.text, enrolmentDesk.ticket)
            verify(qr.text.indexOf("sohoi://10.20.0.5:50551/HK4T7MWQ?pin=") === 0)
            verify(qr.width >= 240 && qr.height >= 240)
            verify(findChild(page, "issuedFor").text.indexOf("Nguyễn Thị Hạnh") >= 0)
            verify(findChild(page, "expiresText").text.indexOf("2021") >= 0)
            verify(findChild(page, "tabletSteps").text.indexOf("10.20.0.5:50551") >= 0)
            verify(!findChild(page, "personNameField").visible)
        }

        function test_the_next_person_gets_the_form_back_with_the_name_cleared() {
            const page = loadedPage()
            issueFor(page, 0, "Hoàng Thị Đào")  // the first commune unit: a commune officer's tablet
            tryCompare(enrolmentDesk, "code", "HK4T7MWQ")
            mouseClick(findChild(page, "nextPersonButton"))
            verify(!findChild(page, "enrolmentCodeCard").visible)
            const nameField = findChild(page, "personNameField")
            verify(nameField.visible)
            compare(nameField.text, "")
            compare(page.chosenUnitName, "Phường Hoàng Văn Thụ")
        }

        function test_a_blank_name_is_refused_with_a_message() {
            const page = loadedPage()
            issueFor(page, 1, "   ")
            verify(!enrolmentDesk.issuing)
            const error = findChild(page, "deskError")
            verify(error.visible)
            compare(error.text, enrolmentDesk.error)
        }

        function test_a_search_narrows_the_units() {
            const page = loadedPage()
            const units = findChild(page, "unitList")
            compare(units.count, 15)
            findChild(page, "unitSearchField").text = "quang trung to 3"
            compare(units.count, 1)
            findChild(page, "unitSearchField").text = ""
            compare(units.count, 15)
        }

        function test_the_devices_show_who_where_and_whether_revoked() {
            const page = loadedPage()
            const list = findChild(page, "deviceList")
            list.forceLayout()
            const active = findChild(list, "deviceRow0")
            compare(active.personName, "Nguyễn Thị Hạnh")
            compare(active.unitName, "Chi hội Tổ 1")
            verify(active.lastSeenText.length > 0)
            verify(findChild(active, "revokeButton").visible)
            const lost = findChild(list, "deviceRow2")
            verify(lost.revoked)
            verify(!findChild(lost, "revokeButton").visible)
            verify(findChild(lost, "deviceStatus").text !== findChild(active, "deviceStatus").text)
        }

        function test_revoking_asks_first_and_says_what_it_does() {
            const page = loadedPage()
            const list = findChild(page, "deviceList")
            list.forceLayout()
            const row = findChild(list, "deviceRow1")
            verify(!row.revoked)
            const dialog = findChild(page, "revokeDialog")
            mouseClick(findChild(row, "revokeButton"))
            tryCompare(dialog, "opened", true)
            verify(findChild(dialog, "revokeWhat").text.indexOf("Trần Thị Mai") >= 0)
            verify(findChild(dialog, "revokeConsequence").text.length > 0)
            dialog.reject()
            tryCompare(dialog, "visible", false)
            verify(!row.revoked)
            mouseClick(findChild(row, "revokeButton"))
            tryCompare(dialog, "opened", true)
            mouseClick(findChild(dialog, "confirmRevoke"))
            tryVerify(() => row.revoked)
            verify(!findChild(row, "revokeButton").visible)
        }
    }
}
