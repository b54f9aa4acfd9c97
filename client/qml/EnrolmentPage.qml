// First run: either the one-time device enrolment code from the district (a leader's tablet) or a user
// name and password (district and province staff at a desktop, who then get the workspace). A leader
// pastes or scans the whole ticket (sohoi://HOST:PORT/CODE?pin=…), which carries the server address, so
// the address field waits under "Nâng cao" (advanced) on the tablet tab; staff type it. Errors say what
// to do: a wrong code, an expired code, a wrong password, no connection.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoHoi.Models

Page {
    id: page
    required property AppController app
    objectName: "enrolmentPage"
    background: Rectangle { color: "#E0F2F1" }

    RowLayout {
        anchors { top: parent.top; right: parent.right; margins: 8 }
        Button { text: "Tiếng Việt"; flat: true; highlighted: page.app.language === "vi"; onClicked: page.app.setLanguage("vi") }
        Button { text: "English"; flat: true; highlighted: page.app.language === "en"; onClicked: page.app.setLanguage("en") }
    }

    Card {
        anchors.centerIn: parent
        width: Math.min(page.width - 32, 520)
        ColumnLayout {
            width: parent.width
            spacing: 10
            Label { text: qsTr("Sổ Hội"); font.pixelSize: 32; font.bold: true; color: Theme.primary }
            TabBar {
                id: mode
                objectName: "signInMode"
                Layout.fillWidth: true
                TabButton { text: qsTr("Tablet: enrolment code") }
                TabButton { objectName: "accountTab"; text: qsTr("Staff: account") }
            }
            Label {
                text: mode.currentIndex === 0
                      ? qsTr("Enter the device enrolment code the district gave you. After this the tablet works without a network.")
                      : qsTr("District and province staff: sign in with the account the province gave you. The records of your unit are kept on this computer, so review also works offline.")
                wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            StackLayout {
                currentIndex: mode.currentIndex
                Layout.fillWidth: true
                ColumnLayout {
                    spacing: 10
                    Label { text: qsTr("Device enrolment code"); color: Theme.muted; font.pixelSize: Theme.small }
                    Label {
                        text: qsTr("Type the code from the paper, or paste the whole line that starts with sohoi:// (it also tells the tablet which server to use).")
                        color: Theme.muted; font.pixelSize: Theme.small
                        wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                    TextField {
                        id: code
                        objectName: "codeField"
                        Layout.fillWidth: true
                        font.pixelSize: Theme.title
                        font.letterSpacing: 2
                        placeholderText: qsTr("Code or sohoi:// line")
                        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                        onAccepted: page.app.enrol(server.text, code.text)
                    }
                }
                ColumnLayout {
                    spacing: 10
                    Label { text: qsTr("User name"); color: Theme.muted; font.pixelSize: Theme.small }
                    TextField {
                        id: username
                        objectName: "usernameField"
                        Layout.fillWidth: true
                        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                        onAccepted: password.forceActiveFocus()
                    }
                    Label { text: qsTr("Password"); color: Theme.muted; font.pixelSize: Theme.small }
                    TextField {
                        id: password
                        objectName: "passwordField"
                        Layout.fillWidth: true
                        echoMode: TextInput.Password
                        onAccepted: page.app.signIn(server.text, username.text, password.text)
                    }
                }
            }
            Button {
                id: advanced
                objectName: "advancedButton"
                visible: mode.currentIndex === 0
                checkable: true
                flat: true
                focusPolicy: Qt.TabFocus  // the code field keeps the focus a first tap gives
                text: (checked ? "▾ " : "▸ ") + qsTr("Advanced: server address")
                Layout.leftMargin: -8
            }
            Label {
                visible: server.visible
                text: qsTr("Server address"); color: Theme.muted; font.pixelSize: Theme.small
            }
            TextField {
                id: server
                objectName: "serverField"
                visible: mode.currentIndex === 1 || advanced.checked
                Layout.fillWidth: true
                text: page.app.serverAddress
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            }
            Label {
                objectName: "enrolError"
                text: mode.currentIndex === 0 ? page.app.enrolError : page.app.signInError
                visible: text.length > 0
                color: Theme.rejected
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Button {
                    objectName: "enrolButton"
                    text: mode.currentIndex === 0 ? qsTr("Enrol this device") : qsTr("Sign in")
                    highlighted: true
                    enabled: !page.app.enrolling && !page.app.signingIn
                    Layout.preferredHeight: Theme.touch + 8
                    onClicked: mode.currentIndex === 0 ? page.app.enrol(server.text, code.text)
                                                       : page.app.signIn(server.text, username.text, password.text)
                }
                BusyIndicator {
                    running: page.app.enrolling || page.app.signingIn
                    visible: running
                    implicitHeight: Theme.touch
                }
            }
        }
    }
}
