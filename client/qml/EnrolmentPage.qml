// First run: the server address and the one-time device enrolment code from the district. Errors say
// what to do: a wrong code, an expired code, no connection.
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
            Label {
                text: qsTr("Enter the device enrolment code the district gave you. After this the tablet works without a network.")
                wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            Label { text: qsTr("Server address"); color: Theme.muted; font.pixelSize: 14 }
            TextField {
                id: server
                objectName: "serverField"
                Layout.fillWidth: true
                text: page.app.serverAddress
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            }
            Label { text: qsTr("Device enrolment code"); color: Theme.muted; font.pixelSize: 14 }
            TextField {
                id: code
                objectName: "codeField"
                Layout.fillWidth: true
                font.pixelSize: 22
                font.letterSpacing: 2
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                onAccepted: page.app.enrol(server.text, code.text)
            }
            Label {
                objectName: "enrolError"
                text: page.app.enrolError
                visible: text.length > 0
                color: Theme.rejected
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Button {
                    objectName: "enrolButton"
                    text: qsTr("Enrol this device")
                    highlighted: true
                    enabled: !page.app.enrolling
                    Layout.preferredHeight: Theme.touch + 8
                    onClicked: page.app.enrol(server.text, code.text)
                }
                BusyIndicator { running: page.app.enrolling; visible: running; implicitHeight: Theme.touch }
            }
        }
    }
}
